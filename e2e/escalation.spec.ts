import { expect, test } from '@playwright/test';
import { amsterdamDate, expectAccessible, expectNoHorizontalScroll, loginAsTeamLead, LOGINS, loginWithPassword, nlDate, shot, unique } from './support.js';

test('a team lead brings a bottleneck to the opschaal-overleg; the policy officer records the decision and marks it a policy change', async ({ page, browser }) => {
  await loginAsTeamLead(page);
  await page.goto('/opschaal-overleg');
  await expect(page.getByRole('heading', { level: 1, name: 'Opschaal-overleg' })).toBeVisible();

  const title = unique('Geen kamers voor jongeren zonder adres');
  await page.getByRole('button', { name: 'Nieuw punt inbrengen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nieuw punt inbrengen' });
  await expect(dialog.getByRole('radio', { name: 'Knelpunt' })).toBeChecked();
  // Without a question the form says what is missing, and sends nothing.
  await dialog.getByLabel('Titel').fill(title);
  await dialog.getByRole('button', { name: 'Inbrengen' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Schrijf op welke vraag of welk knelpunt u inbrengt.');
  await dialog.getByLabel('Vraag of knelpunt').fill('Jongeren die bankslapen krijgen geen kamer zonder inschrijving, en zonder adres geen uitkering.');
  await expectAccessible(page, 'Opschaal-overleg: nieuw punt');
  await dialog.getByRole('button', { name: 'Inbrengen' }).click();
  await expect(page.getByText(`„${title}” is ingebracht.`)).toBeVisible();
  // Focus lands on what happened, not on the page body.
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('is ingebracht.');
  await expect(page.getByRole('list', { name: 'Punten met status Open' }).getByRole('link', { name: title })).toBeVisible();
  await expectAccessible(page, 'Opschaal-overleg (teamleider)');
  await expectNoHorizontalScroll(page);
  await shot(page, 'escalation-list-teamlead');

  const other = await browser.newContext({ viewport: page.viewportSize()!, hasTouch: true });
  const policy = await other.newPage();
  await loginWithPassword(policy, LOGINS.policy);
  await expect(policy.getByRole('heading', { level: 1, name: 'Inloggen' })).toHaveCount(0);
  await policy.goto('/opschaal-overleg');
  await expect(policy.getByText('Casussen over één jongere horen bij het dossier van die jongere')).toBeVisible();
  await expect(policy.getByText('Tamir')).toHaveCount(0);
  await policy.getByRole('link', { name: title }).click();
  await expect(policy.getByRole('heading', { level: 1, name: title })).toBeVisible();

  await policy.getByLabel('Datum overleg').fill(amsterdamDate(0));
  await policy.getByRole('textbox', { name: 'Besluit', exact: true }).fill('De afdeling Wonen reserveert kamers bij de corporaties voor deelnemers van het wijkteam.');
  await policy.getByLabel('Wie voert het uit').fill('Afdeling Wonen');
  await policy.getByLabel('Klaar op').fill(amsterdamDate(30));
  await policy.getByRole('radio', { name: 'Besloten' }).check();
  await policy.getByRole('button', { name: 'Opslaan' }).click();
  await expect(policy.getByText('Opgeslagen.')).toBeVisible();
  await expect.poll(() => policy.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Opgeslagen.');

  await policy.getByLabel('Dit is een beleidswijziging geworden').check();
  await policy.getByRole('button', { name: 'Opslaan' }).click();
  await expect(policy.getByRole('alert')).toContainText('Beschrijf welke beleidswijziging eruit is gekomen.');
  await expect(policy.getByRole('textbox', { name: 'Welke beleidswijziging' })).toHaveAccessibleDescription(/Beschrijf welke beleidswijziging/);
  await policy.getByLabel('Welke beleidswijziging').fill('Kamers voor jongeren zonder adres: vaste afspraak met de corporaties.');
  await policy.getByRole('button', { name: 'Opslaan' }).click();
  await expect(policy.getByText('Beleidswijziging', { exact: true })).toBeVisible();
  await expectAccessible(policy, 'Opschaal-overleg: knelpunt (beleidsmedewerker)');
  await expectNoHorizontalScroll(policy);
  await shot(policy, 'escalation-detail-policy');

  await policy.getByRole('link', { name: 'Terug naar het opschaal-overleg' }).click();
  await policy.getByRole('tab', { name: /Besloten/ }).click();
  const card = policy.getByRole('list', { name: 'Punten met status Besloten' }).getByRole('listitem').filter({ hasText: title });
  await expect(card).toContainText('Beleidswijziging');
  await expect(card).toContainText('Actie: Afdeling Wonen');
  // Dates in Dutch order (dd-mm-jjjj).
  await expect(card).toContainText(`Klaar op ${nlDate(amsterdamDate(30))}`);
  await other.close();
});
