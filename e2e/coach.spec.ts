import { expect, test } from '@playwright/test';
import { expectAccessible, expectNoHorizontalScroll, login, LOGINS, openTab, todayNl, unique } from './support.js';

test('a coach registers a youth from a street signal, starts a trajectory, moves it on and reads back history and access log', async ({ page }) => {
  test.slow(); // the whole first day of a youth in one story, with axe at every step
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expectAccessible(page, 'login');

  await login(page, LOGINS.coach, 'Mijn jongeren');
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
  for (const name of ['Jeffrey', 'Enzo', 'Ricardo', 'Bob', 'Tamir']) {
    await expect(page.getByRole('link', { name: new RegExp(name) }).first()).toBeVisible();
  }
  await expectAccessible(page, 'Mijn jongeren');
  await expectNoHorizontalScroll(page);

  // Search narrows the list.
  await page.getByLabel('Zoek op naam of roepnaam').fill('Enzo');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page.getByRole('heading', { name: /Zoekresultaten/ })).toBeVisible();
  const results = page.getByRole('region', { name: /Zoekresultaten/ });
  await expect(results.getByRole('link', { name: /Enzo/ })).toBeVisible();
  await expect(results.getByRole('link', { name: /Jeffrey/ })).toHaveCount(0);

  // Register: an empty form shows an error summary linked to the field.
  await page.getByRole('main').getByRole('link', { name: 'Jongere aanmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jongere aanmelden' })).toBeVisible();
  await expectAccessible(page, 'Jongere aanmelden');
  await expectNoHorizontalScroll(page);
  await page.getByRole('button', { name: 'Jongere aanmelden' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Er is iets niet goed ingevuld' });
  await expect(summary).toBeVisible();
  await expect(page.getByLabel('Roepnaam')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'Jongere aanmelden (met fouten)');

  // A street signal: only a nickname and a neighbourhood (and where the signal came from).
  const nickname = unique('Straat');
  await page.getByLabel('Roepnaam').fill(nickname);
  await page.getByLabel('Wijk').fill('Afrikaanderwijk');
  const source = page.getByLabel('Bron van de melding');
  const streetOption = source.locator('option', { hasText: /straat/i }).first();
  if (await streetOption.count()) await source.selectOption({ label: (await streetOption.textContent())!.trim() });
  await page.getByRole('button', { name: 'Jongere aanmelden' }).click();

  await expect(page.getByRole('heading', { level: 1, name: nickname })).toBeVisible();
  await expect(page.getByText('Nog geen traject').first()).toBeVisible();
  // The file's sections are tabs; the trajectory comes first. Only a team lead may change the coach.
  await expect(page.getByRole('tab', { name: 'Traject' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('button', { name: 'Coach wijzigen' })).toHaveCount(0);
  await expectAccessible(page, 'Dossier (nieuw)');
  await expectNoHorizontalScroll(page);

  // Start the trajectory; it begins in the first phase.
  await page.getByRole('button', { name: 'Traject starten' }).click();
  await expect(page.getByText('Het traject is gestart.')).toBeVisible();
  const timeline = page.getByRole('list').filter({ has: page.locator('[aria-current="step"]') });
  await expect(timeline.getByRole('listitem')).toHaveCount(1);
  const firstPhase = (await timeline.getByRole('listitem').first().locator('strong').textContent())!.trim();

  // Scout complete: the four conditions are ticked (each kept with who and when) before moving on.
  const scout = page.getByRole('group', { name: 'Scout compleet: de vier voorwaarden' });
  for (const condition of ['Gevonden en gesproken', 'Voldoet aan de criteria van de doelgroep', 'Wil aan zijn/haar toekomst werken', 'Verwachtingen zijn afgestemd']) {
    await scout.getByLabel(condition).check();
  }
  await page.getByRole('button', { name: 'Voorwaarden opslaan' }).click();
  await expect(page.getByText('De voorwaarden zijn opgeslagen.')).toBeVisible();
  await expect(page.getByText('Scout compleet', { exact: true })).toBeVisible();
  await expect(scout.getByText(`Afgevinkt op ${todayNl()}`).first()).toBeVisible();
  await expect(scout.getByText('door Sanne de Vries').first()).toBeVisible();
  await expectAccessible(page, 'Scoutvoorwaarden afgevinkt');

  // Next phase, with a reason (required).
  await page.getByRole('button', { name: 'Volgende fase' }).click();
  const dialog = page.getByRole('dialog', { name: 'Naar de volgende fase' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page, 'dialoog Volgende fase');
  await dialog.getByRole('button', { name: 'Naar deze fase' }).click();
  await expect(dialog.getByText('Vul een reden in.').first()).toBeVisible();
  const reason = 'Kennismaking op het plein gehad; hij wil verder praten.';
  await dialog.getByLabel('Reden').fill(reason);
  const nextPhase = (await dialog.getByLabel('Naar fase').locator('option:checked').textContent())!.trim();
  await dialog.getByRole('button', { name: 'Naar deze fase' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Het traject staat nu in ${nextPhase}.`)).toBeVisible();
  await expect(timeline.getByRole('listitem')).toHaveCount(2);
  await expect(page.locator('[aria-current="step"]')).toContainText(nextPhase);

  // History: who did what, when, and why.
  await openTab(page, 'Geschiedenis');
  const history = page.getByRole('list', { name: 'Geschiedenis' });
  const move = history.getByRole('listitem').filter({ hasText: 'Naar volgende fase' });
  await expect(move).toContainText('Sanne de Vries');
  await expect(move).toContainText(todayNl());
  await expect(move).toContainText(reason);
  await expect(move).toContainText(nextPhase);
  await expect(move).toContainText(firstPhase);
  await expect(history.getByRole('listitem').filter({ hasText: 'Traject gestart' })).toContainText('Sanne de Vries');

  // Access log: who looked at the file.
  await openTab(page, 'Wie heeft dit bekeken');
  const log = page.getByRole('region', { name: 'Tabel: Wie heeft dit dossier bekeken' });
  await expect(log).toBeVisible();
  await expect(log.getByRole('row').filter({ hasText: 'Sanne de Vries' }).first()).toBeVisible();
  await expect(log.getByRole('row').filter({ hasText: 'bekeken' }).first()).toBeVisible();
  await expectAccessible(page, 'Dossier (met traject)');
  await expectNoHorizontalScroll(page);

  // Back on "Mijn jongeren" the new youth shows in the new phase.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn jongeren' }).click();
  const card = page.getByRole('region', { name: /Mijn caseload/ }).getByRole('listitem').filter({ has: page.getByRole('link', { name: nickname }) });
  await expect(card).toContainText(nextPhase);
  await expect(card).toContainText('Sanne de Vries');
});

test('the coach edits the details and a stale edit is caught', async ({ page, browser }) => {
  await login(page, LOGINS.coach, 'Mijn jongeren');
  await page.getByRole('main').getByRole('link', { name: 'Jongere aanmelden' }).click();
  const nickname = unique('Bewerk');
  await page.getByLabel('Roepnaam').fill(nickname);
  await page.getByLabel('Wijk').fill('Katendrecht');
  await page.getByRole('button', { name: 'Jongere aanmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: nickname })).toBeVisible();
  const url = page.url();

  // A second session of the same coach changes the record first.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await login(otherPage, LOGINS.coach, 'Mijn jongeren');
  await otherPage.goto(url);
  await openTab(otherPage, 'Gegevens');
  await otherPage.getByRole('button', { name: 'Gegevens wijzigen' }).click();
  await otherPage.getByLabel('Telefoon').fill('06 12345678');
  await otherPage.getByRole('button', { name: 'Opslaan' }).click();
  await expect(otherPage.getByText('De gegevens zijn opgeslagen.')).toBeVisible();
  await other.close();

  // This (stale) session now edits and is told someone else changed it.
  await openTab(page, 'Gegevens');
  await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
  await expectAccessible(page, 'Dossier bewerken');
  await page.getByLabel('Woonplaats').fill('Rotterdam');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Iemand anders heeft dit gewijzigd', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Nieuwste versie laden' }).click();
  await expect(page.getByLabel('Telefoon')).toHaveValue('06 12345678');
  await page.getByLabel('Woonplaats').fill('Rotterdam');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('De gegevens zijn opgeslagen.')).toBeVisible();

  await openTab(page, 'Geschiedenis');
  const history = page.getByRole('list', { name: 'Geschiedenis' });
  await expect(history.getByRole('listitem').filter({ hasText: 'Woonplaats' })).toContainText('Rotterdam');

  // A server-side field error shows next to the field and in the summary.
  await openTab(page, 'Gegevens');
  await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
  await page.getByLabel('Postcode').fill('12');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Er is iets niet goed ingevuld' })).toBeVisible();
  await expect(page.getByLabel('Postcode')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'Dossier bewerken (met fouten)');
});

test('moving on from the first phase without all four scout conditions asks for a reason', async ({ page }) => {
  await login(page, LOGINS.coach, 'Mijn jongeren');
  await page.getByRole('main').getByRole('link', { name: 'Jongere aanmelden' }).click();
  const nickname = unique('Scout');
  await page.getByLabel('Roepnaam').fill(nickname);
  await page.getByRole('button', { name: 'Jongere aanmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: nickname })).toBeVisible();
  await page.getByRole('button', { name: 'Traject starten' }).click();
  await expect(page.getByText('Het traject is gestart.')).toBeVisible();

  // Only two of the four are ticked.
  await page.getByLabel('Gevonden en gesproken').check();
  await page.getByLabel('Wil aan zijn/haar toekomst werken').check();
  await page.getByRole('button', { name: 'Voorwaarden opslaan' }).click();
  await expect(page.getByText('De voorwaarden zijn opgeslagen.')).toBeVisible();
  await expect(page.getByText('Nog niet alle voorwaarden afgevinkt')).toBeVisible();

  await page.getByRole('button', { name: 'Volgende fase' }).click();
  const dialog = page.getByRole('dialog', { name: 'Naar de volgende fase' });
  await expect(dialog.getByText('Nog niet afgevinkt:')).toBeVisible();
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Voldoet aan de criteria van de doelgroep' })).toBeVisible();
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Verwachtingen zijn afgestemd' })).toBeVisible();
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Gevonden en gesproken' })).toHaveCount(0);
  await expectAccessible(page, 'dialoog Volgende fase (scout niet compleet)');
  await dialog.getByLabel(/^Reden \(/).fill('Eerste gesprek gehad.');
  await dialog.getByRole('button', { name: 'Naar deze fase' }).click();
  await expect(dialog.getByText('Vul een reden in om toch door te gaan.').first()).toBeVisible();
  await dialog.getByLabel('Reden om toch door te gaan').fill('Hij wil nu al aan de slag; verwachtingen bespreken we volgende week.');
  const nextPhase = (await dialog.getByLabel('Naar fase').locator('option:checked').textContent())!.trim();
  await dialog.getByRole('button', { name: 'Naar deze fase' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Het traject staat nu in ${nextPhase}.`)).toBeVisible();
});
