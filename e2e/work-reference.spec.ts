import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { amsterdamDate, apiSend, expectAccessible, expectNoHorizontalScroll, login, LOGINS, nlDate, openTab, pdfText, shot, todayNl } from './support.js';

/** Like shot(), but of one part of a long page (the work tab is many screens long). */
async function partShot(part: Locator, name: string) {
  const dir = process.env.E2E_SHOTS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await part.screenshot({ path: path.join(dir, `${name}-360.png`) });
}

/** An Amsterdam calendar date, `days` from today, as 'YYYY-MM-DD'. */

/** Ricardo's placement in the kitchen, on the youth file's work tab. */
async function ricardosKitchen(page: Page): Promise<Locator> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Ricardo', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ricardo' })).toBeVisible();
  await openTab(page, 'Werk');
  const panel = page.getByRole('tabpanel', { name: 'Werk' });
  await expect(panel.getByRole('heading', { level: 2, name: 'Plaatsingen' })).toBeVisible();
  return panel.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: 'Proefplaatsing — Keuken bij Restaurant De Haven' }) });
}

/** A browser of someone without an account: no cookies, no session. */
async function freshPhone(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  return { context, page: await context.newPage() };
}

const BODY = 'Restaurant De Haven verklaart dat Ricardo acht weken in de keuken werkte, op tijd kwam en zijn afspraken nakwam.';
const CONDITIONS = 'Samenwerken en zelfstandig werken groeien nog; de chef ziet elke week vooruitgang.';

// At the end of Ricardo's eight weeks in De Haven's kitchen, the chef's observations become a
// certificate: Spil drafts it from the weekly forms, the coach edits it (and meets a colleague's
// change on the way), the chef confirms it on his phone through his personal link, and the
// coach downloads the PDF with the chef's name under it.
test('the certificate: drafted from the weekly forms, edited, confirmed by the chef through the link, and downloaded as a PDF', async ({ page, browser }) => {
  test.slow(); // two browsers, each state checked with axe
  await login(page, LOGINS.coach, 'Mijn jongeren');
  const kitchen = await ricardosKitchen(page);
  const refs = kitchen.getByRole('region', { name: 'Certificaat en aanbevelingsbrief' });
  const certificate = refs.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 5, name: 'Certificaat' }) });
  const letter = refs.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 5, name: 'Aanbevelingsbrief' }) });
  await expect(certificate).toContainText('Nog geen concept.');
  await expect(letter).toContainText('Nog geen concept.');

  // Spil drafts the certificate from the competencies the chef saw in the last weeks.
  await certificate.getByRole('button', { name: 'Concept maken uit de weekformulieren — Certificaat' }).click();
  await expect(refs.getByText('Certificaat: het concept is gemaakt uit de weekformulieren.', { exact: false })).toBeVisible();
  await expect(certificate).toContainText('Concept');
  await expect(certificate).toContainText('Wacht op bevestiging door de werkgever');
  await expect(certificate.getByRole('definition').first()).toContainText('Op tijd komen');
  await certificate.getByText('Tekst lezen').click();
  await expect(certificate).toContainText('Restaurant De Haven verklaart dat Ricardo tijdens de proefplaatsing in de keuken');
  await expect(letter.getByRole('button', { name: 'Concept maken uit de weekformulieren — Aanbevelingsbrief' })).toBeVisible();
  await expectAccessible(page, 'Werk: concept certificaat');
  await expectNoHorizontalScroll(page);
  await partShot(refs, 'reference-draft');

  // The coach edits the draft: one more competency, one less, an addition and the text.
  await certificate.getByRole('button', { name: 'Concept aanpassen — Certificaat' }).click();
  const dialog = page.getByRole('dialog', { name: 'Certificaat aanpassen' });
  const seen = dialog.getByRole('group', { name: 'Gezien op de werkplek' });
  await expect(seen.getByRole('checkbox')).toHaveCount(10);
  await expect(seen.getByRole('checkbox', { name: 'Op tijd komen' })).toBeChecked();
  await seen.getByRole('checkbox', { name: 'Ondernemend zijn' }).check();
  await seen.getByRole('checkbox', { name: 'Willen werken' }).uncheck();
  await dialog.getByLabel('Aanvulling').fill(CONDITIONS);
  await dialog.getByLabel(/^Tekst/).fill(BODY);
  await expectAccessible(page, 'dialoog certificaat aanpassen');
  await expectNoHorizontalScroll(page);
  await partShot(dialog, 'reference-edit-dialog');

  // Meanwhile a colleague saves another addition: nothing is overwritten, the form shows both.
  const listUrl = await certificate.getByRole('link', { name: /^Certificaat als PDF/ }).getAttribute('href');
  const referenceUrl = listUrl!.replace(/\/pdf$/, '');
  const current = await (await page.request.get(referenceUrl.replace(/\/[^/]+$/, ''))).json() as { items: { kind: string; version: number }[] };
  const version = current.items.find((r) => r.kind === 'certificate')!.version;
  expect((await apiSend(page.request, 'PATCH', referenceUrl, { version, conditions: 'Door een collega aangevuld.' })).status()).toBe(200);
  await dialog.getByRole('button', { name: 'Concept opslaan' }).click();
  await expect(dialog.getByText('Iemand anders heeft dit concept intussen gewijzigd.', { exact: false })).toBeVisible();
  await expect(dialog).toContainText('Nu opgeslagen: Door een collega aangevuld.');
  await expect(dialog).toContainText(`Uw wijziging: ${CONDITIONS}`);
  await expectAccessible(page, 'dialoog certificaat met conflict');
  await partShot(dialog, 'reference-conflict-dialog');
  await dialog.getByRole('button', { name: 'Mijn wijziging toch opslaan' }).click();
  await expect(dialog).toBeHidden();
  await expect(refs.getByText('Het concept is opgeslagen.')).toBeVisible();
  await expect(certificate).toContainText(CONDITIONS);
  await expect(certificate.getByRole('definition').first()).toContainText('Ondernemend zijn');
  await expect(certificate.getByRole('definition').first()).not.toContainText('Willen werken');

  // A personal link for the chef: the same link as for the weekly form.
  await kitchen.getByRole('button', { name: 'Link voor de leidinggevende maken' }).click();
  const linkDialog = page.getByRole('dialog', { name: 'De link is klaar' });
  const url = await linkDialog.getByLabel('De link').inputValue();
  await linkDialog.getByRole('button', { name: 'Klaar' }).click();
  await expect(linkDialog).toBeHidden();

  // The chef opens the link on his phone, without an account: the draft waits for him.
  const chef = await freshPhone(browser);
  await chef.page.goto(url);
  await expect(chef.page.getByRole('heading', { level: 1, name: 'Weekformulier voor Ricardo — Keuken bij Restaurant De Haven' })).toBeVisible();
  await expect(chef.page.getByText('Er ligt een document voor u klaar om te bevestigen.')).toBeVisible();
  await chef.page.getByRole('link', { name: 'Naar de documenten' }).click();
  const toConfirm = chef.page.getByRole('region', { name: 'Certificaat en aanbevelingsbrief bevestigen' });
  await expect(toConfirm.getByRole('heading', { level: 2 })).toBeInViewport();
  const doc = toConfirm.getByRole('listitem').filter({ has: chef.page.getByRole('heading', { level: 3, name: 'Certificaat' }) });
  await expect(doc).toContainText(BODY);
  await expect(doc).toContainText(CONDITIONS);
  const seenByChef = doc.getByRole('list', { name: 'Gezien op de werkplek' });
  await expect(seenByChef).toContainText('Ondernemend zijn');
  await expect(seenByChef).not.toContainText('Willen werken');
  await expectAccessible(chef.page, 'leidinggevende: certificaat bevestigen');
  await expectNoHorizontalScroll(chef.page);
  await doc.scrollIntoViewIfNeeded();
  await shot(chef.page, 'supervisor-reference');

  // Without a name or a function the form says what is missing.
  const form = doc.getByRole('form', { name: 'Certificaat' });
  await form.getByRole('button', { name: 'Certificaat bevestigen' }).click();
  const summary = form.getByRole('alert').filter({ hasText: 'Er is iets niet goed ingevuld' });
  await expect(summary).toContainText('Vul de naam in van wie bevestigt.');
  await expect(summary).toContainText('Vul de functie in.');
  await expectAccessible(chef.page, 'leidinggevende: bevestigen met fouten');

  await form.getByLabel(/^Naam van de ondertekenaar/).fill('Youssef Amrani');
  await form.getByLabel(/^Functie van de ondertekenaar/).fill('Chef-kok');
  await form.getByRole('button', { name: 'Certificaat bevestigen' }).click();
  await expect(doc.getByText(`Bedankt! Bevestigd door Youssef Amrani (Chef-kok) op ${todayNl()}.`)).toBeVisible();
  await expect(doc.getByRole('form')).toHaveCount(0);
  await expect(chef.page.getByText('Er ligt een document voor u klaar om te bevestigen.')).toHaveCount(0);
  await expectAccessible(chef.page, 'leidinggevende: certificaat bevestigd');
  await shot(chef.page, 'supervisor-reference-confirmed');
  await chef.context.close();

  // Back with the coach: confirmed, no longer editable, and the PDF carries the chef's name.
  await page.reload();
  await openTab(page, 'Werk');
  await expect(certificate).toContainText('Bevestigd door de werkgever');
  await expect(certificate).toContainText(`Bevestigd door Youssef Amrani (Chef-kok) op ${todayNl()}.`);
  await expect(certificate.getByRole('button', { name: /^Concept aanpassen/ })).toHaveCount(0);
  await expectAccessible(page, 'Werk: certificaat bevestigd');
  await expectNoHorizontalScroll(page);
  await partShot(refs, 'reference-confirmed');

  const pdfLink = certificate.getByRole('link', { name: /^Certificaat als PDF/ });
  await expect(pdfLink).toHaveAttribute('type', 'application/pdf');
  const text = await pdfText(page, (await pdfLink.getAttribute('href'))!, 'certificaat.pdf');
  expect(text).toContain('Certificaat werknemersvaardigheden');
  expect(text).toContain('Ricardo');
  expect(text).toContain('Keuken, Restaurant De Haven (Rotterdam)');
  expect(text).toContain(BODY);
  expect(text).toContain('Gezien op de werkplek');
  expect(text).toContain('Op tijd komen');
  expect(text).toContain('Ondernemend zijn');
  expect(text).not.toContain('Willen werken');
  expect(text).toContain(CONDITIONS);
  expect(text).toContain('Youssef Amrani');
  expect(text).toContain('Chef-kok, Restaurant De Haven');
  expect(text).toContain('Bevestigd via Spil op');
  expect(text).not.toContain('CONCEPT');
});

// An evaluation with the chef was planned last week; today the coach marks it held, with what
// came out of it. A date in the future is refused next to the field.
test('an evaluation moment marked held, with a note; a day in the future refused', async ({ page }) => {
  test.slow(); // each state checked with axe
  await login(page, LOGINS.coach, 'Mijn jongeren');
  const kitchen = await ricardosKitchen(page);
  const evaluations = kitchen.getByRole('list', { name: 'Evaluaties' });
  await kitchen.getByRole('button', { name: 'Evaluatie toevoegen' }).click();
  const add = page.getByRole('dialog', { name: 'Evaluatie toevoegen' });
  await add.getByLabel(/^Geplande datum/).fill(amsterdamDate(-7));
  await add.getByRole('button', { name: 'Evaluatie opslaan' }).click();
  await expect(add).toBeHidden();
  const planned = `Evaluatie gepland op ${nlDate(amsterdamDate(-7))}`;
  const item = evaluations.getByRole('listitem').filter({ hasText: planned });
  await expect(item).toContainText('Nog niet gehouden');

  await item.getByRole('button', { name: `Als gehouden markeren — ${planned}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Evaluatie gehouden' });
  await expect(dialog.getByLabel(/^Gehouden op/)).toHaveValue(amsterdamDate());
  await dialog.getByLabel(/^Gehouden op/).fill(amsterdamDate(3));
  await dialog.getByLabel('Notitie').fill('Chef tevreden; proefplaatsing met een maand verlengen.');
  await dialog.getByRole('button', { name: 'Opslaan als gehouden' }).click();
  const held = dialog.getByLabel(/^Gehouden op/);
  await expect(held).toHaveAttribute('aria-invalid', 'true');
  await expect(held).toHaveAccessibleDescription(/Deze datum ligt in de toekomst\./);
  await expectAccessible(page, 'dialoog evaluatie gehouden met weigering');
  await expectNoHorizontalScroll(page);
  await partShot(dialog, 'evaluation-held-dialog');

  await held.fill(amsterdamDate());
  await dialog.getByRole('button', { name: 'Opslaan als gehouden' }).click();
  await expect(dialog).toBeHidden();
  await expect(kitchen.getByText(`De evaluatie is gemarkeerd als gehouden op ${todayNl()}.`)).toBeVisible();
  await expect(item).toContainText(`Gehouden op ${todayNl()}`);
  await expect(item).toContainText('Chef tevreden; proefplaatsing met een maand verlengen.');
  await expect(item.getByRole('button', { name: `Gehouden evaluatie aanpassen — ${planned}` })).toBeVisible();
  await expectAccessible(page, 'Werk: evaluatie gehouden');
  await expectNoHorizontalScroll(page);
  await partShot(item, 'evaluation-held');
});
