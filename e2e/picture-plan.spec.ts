import { expect, test } from '@playwright/test';
import { makeOwnYouth } from './casework-support.js';
import { amsterdamDate, apiSend, expectAccessible, expectNoHorizontalScroll, expectVersionComparison, login, LOGINS, pdfText, shot, unique } from './support.js';

/** A calendar date in Amsterdam, `days` from today, as a date input takes it (YYYY-MM-DD). */

test('mijn plan: the youth fills in their column, the coach adds a remark, a change makes a second version, and the two are compared', async ({ page }, info) => {
  test.slow(); // a long story: two saves, a read-only view, a comparison, a conflict, each checked with axe
  await login(page, LOGINS.coach, 'Mijn jongeren');
  const nickname = unique('Plan');
  const id = await makeOwnYouth(page, nickname);
  await page.goto(`/jongeren/${id}/mijn-plan`);
  await expect(page.getByRole('heading', { level: 1, name: `Mijn plan van ${nickname}` })).toBeVisible();
  await expect(page.getByRole('link', { name: `Terug naar het dossier van ${nickname}` })).toHaveAttribute('href', `/jongeren/${id}#beeld`);
  await expect(page.getByText(/^Nog geen versies opgeslagen\./)).toBeVisible();

  // The youth's column comes first, in the first person.
  await page.getByLabel('Wat ik wil').fill('Een eigen kamer en werk waar ik trots op ben.');
  await page.getByLabel('Wat ik moeilijk vind').fill('Op tijd opstaan.');
  await page.getByLabel('Wat voor baan ik zoek').fill('Iets in een keuken.');
  // On a phone the coach's remarks are folded away; on a wide screen they stand beside the youth's column.
  const coachToggle = page.getByRole('button', { name: /^Opmerkingen coach/ });
  if (info.project.name === 'mobile') {
    await expect(coachToggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByLabel('Toekomstperspectief')).toBeHidden();
    await expectAccessible(page, 'Mijn plan (coach ingeklapt)');
    await coachToggle.click();
    await expect(coachToggle).toHaveAttribute('aria-expanded', 'true');
  } else {
    await expect(coachToggle).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2, name: 'Opmerkingen coach' })).toBeVisible();
  }
  await page.getByLabel('Toekomstperspectief').fill('Wil koken; zijn tante is een steun.');
  await expect(page.getByText('Er zijn wijzigingen die nog niet zijn opgeslagen.')).toBeVisible();
  await expectAccessible(page, 'Mijn plan (ingevuld)');
  await expectNoHorizontalScroll(page);
  await shot(page, 'plan-filled');

  await page.getByRole('button', { name: 'Mijn plan opslaan' }).click();
  await expect(page.getByText('Versie 1 opgeslagen.')).toBeVisible();

  // One field changes: a second version.
  await page.getByLabel('Wat ik moeilijk vind').fill('Op tijd opstaan, en rekenen met geld.');
  await page.getByRole('button', { name: 'Mijn plan opslaan' }).click();
  await expect(page.getByText('Versie 2 opgeslagen.')).toBeVisible();

  const versions = page.getByRole('list', { name: 'Versies' });
  await expect(versions.getByRole('listitem')).toHaveCount(2);
  await expect(versions.getByRole('listitem').first()).toContainText('Versie 2');
  await expect(versions.getByRole('listitem').first()).toContainText('huidige versie');
  await expect(versions.getByRole('listitem').first()).toContainText('Gewijzigd: Wat ik moeilijk vind.');
  await expect(versions.getByRole('listitem').first()).toContainText('Sanne de Vries');
  await expect(versions.getByRole('listitem').nth(1))
    .toContainText('Eerste versie. Ingevuld: Wat ik wil, Wat ik moeilijk vind, Wat voor baan ik zoek, Coach: Toekomstperspectief.');

  // The first version, read-only.
  await versions.getByRole('button', { name: 'Versie 1 bekijken' }).click();
  const view = page.getByRole('region', { name: 'Versie 1 (alleen lezen)' });
  await expect(view.getByRole('definition').filter({ hasText: /^Op tijd opstaan\.$/ })).toBeVisible();
  await expect(view.getByRole('textbox')).toHaveCount(0);
  await expectAccessible(page, 'Mijn plan: versie 1 bekijken');
  await expectNoHorizontalScroll(page);
  await view.getByRole('button', { name: 'Versie 1 sluiten' }).click();
  await expect(view).toBeHidden();

  // Version 1 beside the current one: the changed field is marked in words, the added words underlined.
  await versions.getByRole('button', { name: 'Versie 1 vergelijken met de huidige' }).click();
  const comparison = await expectVersionComparison(page, { summary: '1 veld gewijzigd: Wat ik moeilijk vind.', field: 'Wat ik moeilijk vind', inserted: 'en rekenen met geld.' });
  await expect(comparison.getByRole('listitem')).toHaveCount(1);
  await comparison.getByLabel('Ook de velden tonen die gelijk bleven').check();
  await expect(comparison.getByRole('listitem').filter({ hasText: 'Wat ik wil' })).toContainText('Gelijk');
  await expectAccessible(page, 'Mijn plan: versies vergeleken');
  await expectNoHorizontalScroll(page);
  await shot(page, 'plan-compare');

  // Meanwhile someone else saves version 3. This coach's next save is not lost: it is shown, and re-applied on request.
  const other = await apiSend(page.request, 'PUT', `/api/youth/${id}/my-plan`, {
    version: 2, body: { youth: { wants: 'Een eigen kamer.' }, coach: {} },
  });
  expect(other.status()).toBe(200);
  await page.getByLabel('Wat voor baan ik zoek').fill('Kok, of iets in een keuken.');
  await page.getByRole('button', { name: 'Mijn plan opslaan' }).click();
  const conflict = page.getByRole('alert').filter({ hasText: 'Iemand anders heeft intussen opgeslagen' });
  await expect(conflict).toBeVisible();
  await expect(page.getByLabel('Wat voor baan ik zoek')).toHaveValue('Kok, of iets in een keuken.');
  await expectAccessible(page, 'Mijn plan: opslaan botst met een andere versie');
  await expectNoHorizontalScroll(page);
  await shot(page, 'plan-conflict');
  await conflict.getByRole('button', { name: 'Mijn tekst opslaan als nieuwe versie' }).click();
  await expect(page.getByText('Versie 4 opgeslagen.')).toBeVisible();
  await expect(conflict).toBeHidden();
  await expect(versions.getByRole('listitem')).toHaveCount(4);
});

test('zoekprofiel: a dream job in music, working with the hands, and companies, saved as a version', async ({ page }) => {
  test.slow(); // three axe checks and a reload
  await login(page, LOGINS.coach, 'Mijn jongeren');
  const nickname = unique('Zoek');
  const id = await makeOwnYouth(page, nickname);
  await page.goto(`/jongeren/${id}/zoekprofiel`);
  await expect(page.getByRole('heading', { level: 1, name: 'Zoekprofiel' })).toBeVisible();
  await expectAccessible(page, 'Zoekprofiel (leeg)');
  await expectNoHorizontalScroll(page);

  await page.getByLabel('Droombaan').fill('Iets met muziek: geluidstechnicus op een podium');
  await page.getByLabel('Broodbaan').fill('Magazijnmedewerker');
  await page.getByRole('group', { name: 'Met het hoofd of met de handen?' }).getByLabel('Met de handen', { exact: true }).check();
  await page.getByRole('group', { name: 'Binnen of buiten werken?' }).getByLabel('Binnen', { exact: true }).check();
  await page.getByRole('group', { name: 'Drukke of rustige omgeving?' }).getByLabel('Maakt niet uit').check();
  await page.getByLabel('Soort werk').fill('Afwisselend, met apparatuur en kabels.');

  const companies = page.getByRole('group', { name: 'Bedrijven waar ik zou willen werken' });
  await companies.getByLabel('Bedrijf toevoegen').fill('Poppodium Annabel');
  await companies.getByLabel('Bedrijf toevoegen').press('Enter');
  await companies.getByLabel('Bedrijf toevoegen').fill('Coolblue');
  await companies.getByRole('button', { name: 'Toevoegen' }).click();
  const list = companies.getByRole('list', { name: 'Bedrijven' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await list.getByRole('button', { name: 'Verwijderen Coolblue' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('Poppodium Annabel');
  // Enter in the company field adds; it did not save the form.
  await expect(page.getByText('Nog niet eerder opgeslagen.')).toHaveCount(0);
  await expectAccessible(page, 'Zoekprofiel (ingevuld)');
  await expectNoHorizontalScroll(page);
  await shot(page, 'search-profile');

  await page.getByRole('button', { name: 'Zoekprofiel opslaan' }).click();
  await expect(page.getByText('Versie 1 opgeslagen.')).toBeVisible();
  const versions = page.getByRole('list', { name: 'Versies' });
  await expect(versions.getByRole('listitem')).toHaveCount(1);
  await expect(versions.getByRole('listitem').first()).toContainText('Droombaan, Broodbaan');
  await expect(versions.getByRole('listitem').first()).toContainText('Met het hoofd of met de handen?');
  await expect(versions.getByRole('listitem').first()).toContainText('Bedrijven waar ik zou willen werken');

  // Saved on the server: after a reload everything is back.
  await page.reload();
  await expect(page.getByLabel('Droombaan')).toHaveValue('Iets met muziek: geluidstechnicus op een podium');
  await expect(page.getByRole('group', { name: 'Met het hoofd of met de handen?' }).getByLabel('Met de handen', { exact: true })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Alleen of samen werken?' }).getByLabel('Nog niet besproken')).toBeChecked();
  await expect(page.getByRole('list', { name: 'Bedrijven' })).toContainText('Poppodium Annabel');
  await expectAccessible(page, 'Zoekprofiel (opgeslagen)');
  await expectNoHorizontalScroll(page);

  // The way back leads to the file, on its "Beeld" tab.
  await page.getByRole('link', { name: `Terug naar het dossier van ${nickname}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: nickname })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Beeld', exact: true })).toHaveAttribute('aria-selected', 'true');
});

test('verkoopverhaal: printing needs a recorded consent; a wrong end date is refused; the PDF carries the story and stops when consent is withdrawn', async ({ page }, info) => {
  test.slow(); // text, consent refused, consent recorded, PDF fetched and read, consent withdrawn
  await login(page, LOGINS.coach, 'Mijn jongeren');
  const nickname = unique('Verhaal');
  const id = await makeOwnYouth(page, nickname);
  await page.goto(`/jongeren/${id}/verkoopverhaal`);
  await expect(page.getByRole('heading', { level: 1, name: 'Verkoopverhaal en gebruiksaanwijzing' })).toBeVisible();

  const sentence = 'Hij komt elke dag op tijd en helpt collega’s uit zichzelf.';
  await page.getByLabel('Verkoopverhaal', { exact: true }).fill(`${nickname} wil koken in een restaurant. ${sentence}`);
  await page.getByLabel('Gebruiksaanwijzing', { exact: true }).fill('Geef één opdracht tegelijk en spreek een vaste begintijd af.');
  await page.getByRole('button', { name: 'Verkoopverhaal opslaan' }).click();
  await expect(page.getByText('Versie 1 opgeslagen.')).toBeVisible();

  // Without consent, no print.
  await expect(page.getByText(/^Afdrukken kan pas als er een geldige toestemming/)).toBeVisible();
  await expect(page.getByRole('link', { name: /Afdrukken als PDF/ })).toHaveCount(0);
  await expectAccessible(page, 'Verkoopverhaal (zonder toestemming)');
  await expectNoHorizontalScroll(page);
  await shot(page, 'sales-story');

  // A consent that ends before it starts is refused, with the error at the field.
  await page.getByRole('button', { name: 'Toestemming vastleggen' }).click();
  const form = page.getByRole('form', { name: 'Nieuwe toestemming vastleggen' });
  await expect(form.getByLabel(/^Datum toestemming/)).toHaveValue(amsterdamDate());
  await expect(form.getByLabel(/^Geldig tot en met/)).not.toHaveValue('');
  await form.getByLabel(/^Voor wie/).fill('Restaurant De Haven (werkgever)');
  await form.getByLabel(/^Geldig tot en met/).fill(amsterdamDate(-1));
  await form.getByRole('button', { name: 'Toestemming opslaan' }).click();
  await expect(form.getByRole('alert').filter({ hasText: 'Er is iets niet goed ingevuld' }))
    .toContainText('Geldig tot en met: De einddatum ligt vóór de datum van de toestemming.');
  await expect(form.getByLabel(/^Geldig tot en met/)).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'Toestemming (einddatum vóór begindatum)');
  await expectNoHorizontalScroll(page);
  await shot(page, 'consent-error');

  await form.getByLabel(/^Geldig tot en met/).fill(amsterdamDate(60));
  await form.getByLabel('Opmerking').fill('Mondeling gegeven.');
  await form.getByRole('button', { name: 'Toestemming opslaan' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByText('Toestemming vastgelegd voor Restaurant De Haven (werkgever)')).toBeVisible();
  const consent = page.getByRole('list', { name: 'Toestemmingen' }).getByRole('listitem').filter({ hasText: 'Restaurant De Haven (werkgever)' });
  await expect(consent).toContainText('Geldig');
  await expect(page.getByText(/^Afdrukken kan pas/)).toHaveCount(0);

  const print = consent.getByRole('link', { name: /^Afdrukken als PDF voor Restaurant De Haven \(werkgever\)/ });
  await expect(print).toHaveAttribute('target', '_blank');
  await expectAccessible(page, 'Verkoopverhaal (met toestemming)');
  await expectNoHorizontalScroll(page);
  await shot(page, 'consent-active');

  const href = (await print.getAttribute('href'))!;
  const flat = await pdfText(page, href, info.project.name === 'desktop' ? 'sales-story.pdf' : undefined);
  expect(flat).toContain(`Verkoopverhaal van ${nickname}`);
  expect(flat).toContain(sentence);
  expect(flat).toContain('Restaurant De Haven (werkgever)');

  // No consent named: refused.
  const bare = await page.request.get(`/api/youth/${id}/sales-story.pdf`);
  expect(bare.status()).toBe(400);
  expect(bare.headers()['content-type']).not.toContain('application/pdf');

  // The youth withdraws: no print offered, and the old link is refused.
  await consent.getByRole('button', { name: /^Intrekken/ }).click();
  await consent.getByRole('button', { name: 'Ja, intrekken' }).click();
  await expect(page.getByText('De toestemming voor Restaurant De Haven (werkgever) is ingetrokken.')).toBeVisible();
  await expect(consent).toContainText('Ingetrokken');
  await expect(page.getByRole('link', { name: /Afdrukken als PDF/ })).toHaveCount(0);
  await expect(page.getByText(/^Afdrukken kan pas als er een geldige toestemming/)).toBeVisible();
  const refused = await page.request.get(href);
  expect(refused.status()).toBe(403);
  expect((await refused.json() as { code: string }).code).toBe('CONSENT_REQUIRED');
  await expectAccessible(page, 'Verkoopverhaal (toestemming ingetrokken)');
  await expectNoHorizontalScroll(page);
  await shot(page, 'consent-withdrawn');
});
