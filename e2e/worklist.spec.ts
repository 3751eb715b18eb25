import { expect, test, type Page } from '@playwright/test';
import { amsterdamDate, demoDaysAgo, expectAccessible, expectNoHorizontalScroll, login, LOGINS, shot } from './support.js';

const worklistOf = (page: Page) => page.getByRole('region', { name: /^Werklijst/ });

test('Monday morning: the coach\'s worklist shows the handbook cases most urgent first, grouped three ways, one on each card', async ({ page }) => {
  await login(page, LOGINS.coach, 'Mijn jongeren');
  const worklist = worklistOf(page);
  await expect(worklist.getByRole('heading', { level: 3, name: /^Te laat \(\d+\)$/ })).toBeVisible();
  const item = (text: RegExp) => worklist.getByRole('listitem').filter({ hasText: text }).first();
  // Rotterdam (IJA): the plan is the ondersteuningsplan; six weeks from registration. (Bob's:
  // Enzo's plan may have been signed by an earlier browser test.)
  await expect(item(/^Bob: ondersteuningsplan nog niet ondertekend — de 6 weken eindigen \w+ \d+ \w+ \(nog \d+ dag(en)?\)/)).toBeVisible();
  await expect(item(/^Ricardo: loonkostensubsidie bij Keuken · Restaurant De Haven eindigt over \d+ dagen/)).toBeVisible();
  await expect(item(/^Jeffrey[^:]*: actie te laat: /)).toBeVisible();
  await expect(item(new RegExp(`^Bob: ${demoDaysAgo(16)} dagen geen contact`))).toBeVisible();
  await expect(item(/^Jeffrey[^:]*: actie te laat: Aanmelden bij de Kredietbank/)).toBeVisible();
  // Each sentence opens the place to act: the plan tab of Bob's file.
  await expect(item(/^Bob: ondersteuningsplan/).getByRole('link')).toHaveAttribute('href', /\/jongeren\/[0-9a-f-]+#plan$/);
  await expectAccessible(page, 'Werklijst (op urgentie)');
  await expectNoHorizontalScroll(page);
  await shot(page, 'worklist');

  const order = worklist.getByRole('group', { name: 'Ordenen' });
  await order.getByRole('button', { name: 'Per jongere' }).click();
  await expect(order.getByRole('button', { name: 'Per jongere' })).toHaveAttribute('aria-pressed', 'true');
  await expect(worklist.getByRole('heading', { level: 3, name: /^Ricardo \(\d+\)$/ })).toBeVisible();
  await order.getByRole('button', { name: 'Per soort' }).click();
  await expect(worklist.getByRole('heading', { level: 3, name: /^Plan nog niet ondertekend \(\d+\)$/ })).toBeVisible();
  await expectAccessible(page, 'Werklijst (per soort)');
  await order.getByRole('button', { name: 'Op urgentie' }).click();

  // Mijn caseload: each youth's most urgent signal on the card.
  const card = page.getByRole('region', { name: /Mijn caseload/ }).getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Ricardo', exact: true }) });
  await expect(card).toContainText(/Te laat|Vandaag|Deze week|Binnenkort/);
  await expect(card.locator('p').first()).not.toHaveText('');
});

test('the coach snoozes a signal with a reason (a day in range, the reason required), finds it under Uitgesteld, and puts it back; marks one as seen and undoes it', async ({ page }) => {
  await login(page, LOGINS.coach, 'Mijn jongeren');
  const worklist = worklistOf(page);
  const subsidy = worklist.getByRole('listitem').filter({ hasText: /^Ricardo: loonkostensubsidie/ });
  await expect(subsidy).toBeVisible();
  await subsidy.getByRole('button', { name: 'Uitstellen' }).click();
  const form = subsidy.getByRole('form', { name: /^Uitstellen: Ricardo/ });
  const until = form.getByLabel('Uitstellen tot');
  await expect(until).toBeFocused();

  // The reason is required; today is not a day after today (the server says so, next to the field).
  await until.fill(amsterdamDate(0));
  await form.getByRole('button', { name: 'Uitstellen' }).click();
  await expect(form.getByText('Schrijf waarom het signaal even weg mag.')).toBeVisible();
  const reason = 'Gesprek met de werkgever over verlenging staat op 15 december.';
  await form.getByLabel(/^Reden/).fill(reason);
  await form.getByRole('button', { name: 'Uitstellen' }).click();
  await expect(form.getByText('Kies een dag na vandaag.')).toBeVisible();
  await expect(until).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'Werklijst: uitstellen (met fouten)');
  await shot(page, 'worklist-snooze-errors');

  await until.fill(amsterdamDate(10));
  await form.getByRole('button', { name: 'Uitstellen' }).click();
  await expect(page.getByText(/^Uitgesteld tot \w+ \d+ \w+/).first()).toBeVisible();
  await expect(worklist.getByRole('listitem').filter({ hasText: /^Ricardo: loonkostensubsidie/ })).toHaveCount(0); // folded away
  const snoozedList = worklist.getByRole('group').filter({ has: page.getByText(/^Uitgesteld \(\d+\)$/) });
  await snoozedList.getByText(/^Uitgesteld \(\d+\)$/).click();
  const snoozed = snoozedList.getByRole('listitem').filter({ hasText: /Ricardo: loonkostensubsidie/ }); // after its bucket
  await expect(snoozed).toContainText(`door Sanne de Vries: ${reason}`);
  await expectAccessible(page, 'Werklijst: uitgesteld');
  await expectNoHorizontalScroll(page);
  await shot(page, 'worklist-snoozed');
  await snoozed.getByRole('button', { name: 'Terugzetten' }).click();
  await expect(page.getByText('Het signaal staat weer op de werklijst.')).toBeVisible();
  await expect(worklist.getByRole('listitem').filter({ hasText: /^Ricardo: loonkostensubsidie/ }).getByRole('button', { name: 'Uitstellen' })).toBeVisible();

  // Gezien, with an optional word on what happens next; undone again.
  const action = worklist.getByRole('listitem').filter({ hasText: /^Jeffrey[^:]*: actie te laat: / }).first();
  await action.getByRole('button', { name: 'Gezien' }).click();
  await action.getByLabel('Reden of wat u gaat doen').fill('Ik bel Jeffrey vanmiddag.');
  await action.getByRole('button', { name: 'Markeren als gezien' }).click();
  await expect(action).toContainText(/Gezien door Sanne de Vries op \d{2}-\d{2}-\d{4}: Ik bel Jeffrey vanmiddag\./);
  await expectAccessible(page, 'Werklijst: gezien');
  await action.getByRole('button', { name: 'Terugzetten' }).click();
  await expect(action.getByRole('button', { name: 'Gezien' })).toBeVisible();
});
