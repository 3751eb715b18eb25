import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { makeOwnYouth } from './casework-support.js';
import { expectAccessible, expectNoHorizontalScroll, login, loginAsTeamLead, LOGINS, openTab, shot, unique } from './support.js';

/**
 * The afronding on a phone (issue 11): the coach closes a trajectory with the closing
 * conversation and fills in the result measurement (Bijlage 5) with the youth. A youth of its
 * own, so no other spec's demo youth is closed.
 */
/** On the team lead's dashboard: how many result measurements answered "Werk gevonden?" with ja. */
async function workFoundYes(page: Page) {
  const table = page.getByRole('region', { name: 'Tabel: Resultaatgebieden' });
  const headers = (await table.getByRole('columnheader').allTextContents()).map((h) => h.trim());
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Werk gevonden?' }) });
  return Number((await row.locator('th, td').allTextContents())[headers.indexOf('Ja')]);
}

test('the coach closes a trajectory with a closing conversation and a result measurement; the team lead sees it on the dashboard and in Excel', async ({ page, browser }) => {
  test.slow(); // the team lead logs in with 2FA beside the coach
  // The team lead of Sanne's team opens the dashboard first: the figure before.
  const lead = await (await browser.newContext({ viewport: page.viewportSize()! })).newPage();
  await loginAsTeamLead(lead);
  await lead.goto('/dashboard');
  await expect(lead.getByRole('heading', { level: 2, name: 'Resultaatgebieden' })).toBeVisible();
  const before = await workFoundYes(lead);
  expect(Number.isInteger(before)).toBe(true);

  await login(page, LOGINS.coach, 'Mijn jongeren');
  const name = unique('Afronding');
  const youthId = await makeOwnYouth(page, name);
  await page.goto(`/jongeren/${youthId}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await openTab(page, 'Afronding');

  await page.getByRole('button', { name: 'Eindgesprek vastleggen en afsluiten' }).click();
  // Without a summary and a reason the form says what is missing, at the fields.
  await page.getByRole('button', { name: 'Opslaan en traject afsluiten' }).click();
  await expect(page.getByRole('alert')).toContainText('Vat het eindgesprek samen.');
  await page.getByLabel('Samenvatting van het gesprek').fill('Werkt vijf maanden in de keuken en wil verder als kok.');
  await page.getByLabel('Wat neemt de jongere mee?').fill('Zijn cv en het nummer van de coach.');
  await page.getByLabel('Reden van afsluiten').selectOption({ label: 'Regulier werk' });
  await expectAccessible(page, 'Afronding: eindgesprek');
  await page.getByRole('button', { name: 'Opslaan en traject afsluiten' }).click();
  await expect(page.getByText('Het eindgesprek is vastgelegd en het traject is afgesloten.')).toBeVisible();

  await page.getByRole('button', { name: 'Resultaatmeting bij afsluiten invullen' }).click();
  const work = page.getByRole('group', { name: 'Werk gevonden?' });
  // Only the answers of this row of the form.
  await expect(work.getByRole('radio')).toHaveCount(2);
  await work.getByRole('radio', { name: 'Ja' }).check();
  await work.getByLabel('Functie').fill('Kok-assistent');
  await work.getByLabel('Bedrijf').fill('Restaurant De Haven');
  await work.getByLabel('Uren per week').fill('32');
  const income = page.getByRole('group', { name: 'Inkomen gestegen?' });
  await income.getByRole('radio', { name: 'Ja' }).check();
  // As a Dutch coach types it: the dot is the thousands separator.
  await income.getByLabel('Hoeveel per maand (euro)').fill('1.350');
  const debts = page.getByRole('group', { name: 'Schuldensituatie verbeterd?' });
  await expect(debts.getByRole('radio')).toHaveCount(3);
  await debts.getByRole('radio', { name: 'Ja, gelukt' }).check();
  await debts.getByLabel('Welke regeling?').fill('Betalingsregeling');
  const housing = page.getByRole('group', { name: 'Woonsituatie verbeterd?' });
  await housing.getByRole('radio', { name: 'Ja' }).check();
  await housing.getByLabel('Toelichting').fill('Een eigen kamer.');
  // The form is saved whole: the questions still open are named, each linked to its answers.
  await page.getByRole('button', { name: 'Resultaatmeting opslaan' }).click();
  const open = page.getByRole('alert');
  await expect(open.getByRole('link')).toHaveCount(6);
  await expect(open).toContainText('Gezondheidssituatie verbeterd of gestabiliseerd?: Kies een antwoord.');
  await expect(open).not.toContainText('Werk gevonden?');
  await expectAccessible(page, 'Afronding: resultaatmeting, vragen open');
  for (const [question, answer] of [['Gezondheidssituatie verbeterd of gestabiliseerd?', 'Ja, gelukt'], ['Vrijetijdsbesteding verbeterd?', 'Nee, wel geprobeerd'],
    ['Sociaal netwerk versterkt?', 'Ja, gelukt'], ['Thuissituatie verbeterd?', 'Niet van toepassing'], ['Werknemersvaardigheden ontwikkeld?', 'Nee'], ['Criminele activiteiten?', 'Nee']] as const) {
    await page.getByRole('group', { name: question }).getByRole('radio', { name: answer, exact: true }).check();
  }
  await expectAccessible(page, 'Afronding: resultaatmeting');
  await expectNoHorizontalScroll(page);
  await shot(page, 'closing-result-form');
  await page.getByRole('button', { name: 'Resultaatmeting opslaan' }).click();

  // Focus goes to the message that says what happened, not to the page body.
  await expect(page.getByText('De resultaatmeting is opgeslagen.')).toBeVisible();
  await expect(page.locator(':focus')).toContainText('De resultaatmeting is opgeslagen.');
  const summary = page.locator('dl').filter({ hasText: 'Werk gevonden?' });
  await expect(summary).toContainText('Kok-assistent · bij Restaurant De Haven · 32 uur per week');
  await expect(summary).toContainText('€ 1.350 per maand');
  await expect(summary).toContainText('Een eigen kamer.');
  await expect(page.getByRole('button', { name: 'Naar traject heropenen' })).toBeVisible();
  await expectAccessible(page, 'Afronding: na afsluiten');
  await expectNoHorizontalScroll(page);
  await shot(page, 'closing-after');

  // The team lead's dashboard counts it (a team lead sees exact figures), and so does its Excel export.
  await lead.reload();
  await expect.poll(() => workFoundYes(lead)).toBe(before + 1);
  await expectAccessible(lead, 'Dashboard (team)');
  const download = lead.waitForEvent('download');
  await lead.getByRole('link', { name: 'Excel downloaden: Resultaatgebieden' }).click();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await (await download).path());
  const rows = book.worksheets[0]!.getSheetValues().filter(Array.isArray).map((r) => (r as unknown[]).map((v) => (v === undefined || v === null ? '' : String(v))));
  const header = rows.find((r) => r.includes('Ja') && r.includes('Totaal'))!;
  const workRow = rows.find((r) => r.includes('Werk gevonden?'))!;
  expect(Number(workRow[header.indexOf('Ja')])).toBe(before + 1);
});
