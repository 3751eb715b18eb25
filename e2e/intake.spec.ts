import { expect, test } from '@playwright/test';
import { makeOwnYouth } from './casework-support.js';
import { expectAccessible, expectNoHorizontalScroll, login, loginAsTeamLead, LOGINS, shot, unique } from './support.js';

/** A report that came in a few days ago (the form defaults to today). */
const reportedOn = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);

test('a coach reports a youth, the team lead assigns it from the intake queue, and the coach sees the youth', async ({ page, browser }) => {
  await login(page, LOGINS.coach, 'Mijn jongeren');
  await page.getByRole('main').getByRole('link', { name: 'Aanmelding doen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aanmelding doen' })).toBeVisible();
  await expectAccessible(page, 'Aanmelding doen');
  await expectNoHorizontalScroll(page);

  // Nothing filled in: the summary says what is missing.
  await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Er is iets niet goed ingevuld' })).toBeVisible();
  await expectAccessible(page, 'Aanmelding doen (met fouten)');

  const nickname = unique('Melding');
  await page.getByLabel(/^Wie meldt/).selectOption({ label: 'Wijkagent' });
  await page.getByLabel('Naam van de melder').fill('Wijkagent Bakker');
  await page.getByLabel(/^Datum van de melding/).fill(reportedOn);
  await page.getByLabel('Organisatie van de melder').fill('Politie Rotterdam');
  await page.getByLabel('Vindplaats').fill('Pleintje bij de snackbar');
  await page.getByLabel('Reden van aanmelding').fill('Hangt rond, reageert niet op berichten.');
  await page.getByLabel('Roepnaam').fill(nickname);
  await page.getByLabel('Wijk').fill('Feijenoord');
  await shot(page, 'signal-form');
  await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
  await expect(page.getByText(`De aanmelding van ${nickname} staat bij het team klaar om toe te wijzen.`)).toBeVisible();

  // The team lead (2FA) assigns it to the coach from the intake queue.
  const lead = await browser.newContext();
  const leadPage = await lead.newPage();
  await loginAsTeamLead(leadPage);
  await leadPage.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Aanmeldingen' }).click();
  await expect(leadPage.getByRole('heading', { level: 1, name: 'Aanmeldingen' })).toBeVisible();
  await expect(leadPage.getByRole('region', { name: 'Coaches en caseload' })).toContainText(/Sanne de Vries: \d+\/\d+ jongeren/);
  const card = leadPage.getByRole('listitem').filter({ has: leadPage.getByRole('heading', { name: nickname }) });
  await expect(card).toContainText('Wijkagent');
  await expect(card).toContainText('Wijkagent Bakker, Politie Rotterdam');
  await expect(card).toContainText('Pleintje bij de snackbar');
  await expectAccessible(leadPage, 'Aanmeldingen (teamleider)');
  await expectNoHorizontalScroll(leadPage);
  await shot(leadPage, 'intake');

  await card.getByRole('button', { name: 'Toewijzen' }).click();
  const dialog = leadPage.getByRole('dialog', { name: `${nickname} toewijzen` });
  await dialog.getByRole('button', { name: 'Toewijzen' }).click();
  await expect(dialog.getByText('Kies een coach.').first()).toBeVisible();
  await dialog.getByLabel(/^Coach/).selectOption({ label: (await dialog.getByLabel(/^Coach/).locator('option', { hasText: 'Sanne de Vries' }).textContent())!.trim() });
  await expectAccessible(leadPage, 'dialoog Toewijzen');
  await dialog.getByRole('button', { name: 'Toewijzen' }).click();
  await expect(dialog).toBeHidden();
  await expect(leadPage.getByText(`${nickname} is toegewezen aan Sanne de Vries.`)).toBeVisible();
  await expect(leadPage.getByRole('heading', { name: nickname })).toHaveCount(0);
  await lead.close();

  // The coach finds the youth in Mijn jongeren.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn jongeren' }).click();
  await expect(page.getByRole('region', { name: /Mijn caseload/ }).getByRole('link', { name: nickname })).toBeVisible();
});

test('a report about a youth Spil may know shows a duplicate warning; the team lead can dismiss with a reason', async ({ page }) => {
  await loginAsTeamLead(page);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Aanmeldingen' }).click();
  await page.getByRole('main').getByRole('link', { name: 'Aanmelding doen' }).click();
  await page.getByLabel(/^Wie meldt/).selectOption({ label: 'Familie' });
  const reporter = unique('Tante');
  await page.getByLabel('Naam van de melder').fill(reporter);
  await page.getByLabel(/^Datum van de melding/).fill(reportedOn);
  await page.getByLabel('Voornaam').fill('Enzo');
  await page.getByLabel('Geboortedatum').fill('2006-02-03');
  await page.getByLabel('Wijk').fill('Feijenoord');
  await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
  await expect(page.getByText(/Mogelijk bekend: Enzo — zelfde .*geboortedatum/).first()).toBeVisible();
  await expectAccessible(page, 'Aanmelding doen (mogelijk bekend)');

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Aanmeldingen' }).click();
  const card = page.getByRole('listitem').filter({ hasText: reporter });
  await expect(card.getByText(/Mogelijk bekend: Enzo/)).toBeVisible();
  await card.getByRole('button', { name: 'Toewijzen' }).click();
  const assign = page.getByRole('dialog', { name: 'Enzo toewijzen' });
  await expect(assign.getByLabel(/Koppelen aan bekende jongere: Enzo/)).toBeVisible();
  await expectAccessible(page, 'dialoog Toewijzen (mogelijk bekend)');
  await assign.getByRole('button', { name: 'Annuleren' }).click();

  await card.getByRole('button', { name: 'Niet oppakken' }).click();
  const dismiss = page.getByRole('dialog', { name: 'Enzo niet oppakken' });
  await dismiss.getByRole('button', { name: 'Niet oppakken' }).click();
  await expect(dismiss.getByText('Vul een reden in.').first()).toBeVisible();
  await dismiss.getByLabel(/^Reden om niet op te pakken/).fill('Dubbele melding: Enzo is al in begeleiding.');
  await dismiss.getByRole('button', { name: 'Niet oppakken' }).click();
  await expect(dismiss).toBeHidden();
  await expect(page.getByText('De aanmelding van Enzo wordt niet opgepakt.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: reporter })).toHaveCount(0);
});

test('a report about a youth known to another team says so without a name', async ({ page, browser }) => {
  // A coach of another team (Delfshaven) knows the youth.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await login(otherPage, LOGINS.coachDelfshaven, 'Mijn jongeren');
  const nickname = unique('Elders');
  await makeOwnYouth(otherPage, nickname);
  await other.close();

  await login(page, LOGINS.coach, 'Mijn jongeren');
  await page.getByRole('main').getByRole('link', { name: 'Aanmelding doen' }).click();
  await page.getByLabel(/^Wie meldt/).selectOption({ label: 'Familie' });
  await page.getByLabel(/^Datum van de melding/).fill(reportedOn);
  await page.getByLabel('Roepnaam').fill(nickname);
  await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
  await expect(page.getByText('Mogelijk al bekend bij een ander team in de gemeente (1). Overleg met de teamleider van dat team.')).toBeVisible();
  await expect(page.getByText(/Mogelijk bekend: /)).toHaveCount(0);
  await expectAccessible(page, 'Aanmelding doen (bekend bij een ander team)');
});
