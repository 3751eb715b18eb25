import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expectAccessible, expectNoHorizontalScroll, login, LOGINS, shot } from './support.js';

// The policy officer's municipality dashboard: totals only, counts under five suppressed, one
// ended quarter at a time, an organisation and an earlier quarter chosen, everything exported to
// Excel and read back. At 360 px and at a desk.
test('the policy officer reads the municipality dashboard, chooses an organisation and a quarter and exports it to Excel', async ({ page }) => {
  await login(page, LOGINS.policy, 'Dashboard');
  await expect(page.getByText(/Aantallen onder de 5 worden niet getoond/)).toBeVisible();
  const inflow = page.getByRole('region', { name: 'Tabel: Instroom per signaalbron' });
  // A whole quarter that has ended, never loose days: the quarter is the period and the one column.
  const quarter = page.getByLabel('Kwartaal');
  const lastQuarter = (await quarter.locator('option:checked').textContent())!;
  expect(lastQuarter).toMatch(/^Q[1-4] \d{4}$/);
  await expect(page.getByLabel('Van', { exact: true })).toHaveCount(0);
  await expect(inflow.getByRole('columnheader', { name: lastQuarter })).toBeVisible();
  await expect(page.getByLabel('Team', { exact: true })).toHaveCount(0);
  for (const name of ['Jongeren per fase', 'Trechter: van gescout tot na zes maanden nog aan het werk', 'Resultaatgebieden', 'Verandering per leefgebied']) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  await expect(page.getByRole('heading', { level: 2, name: 'Caseload per coach' })).toHaveCount(0);
  await expect(page.getByRole('cell', { name: '<5' }).first()).toBeVisible();
  // A cell hidden only so a small count cannot be recovered is "×", explained once on the page and named on the cell.
  await expect(page.getByText(/^× = verborgen, zodat een klein aantal elders niet terug te rekenen is/)).toBeVisible();
  await expect(page.getByRole('cell', { name: 'verborgen, zodat een klein aantal elders niet terug te rekenen is' }).first()).toBeVisible();
  for (const name of ['Jeffrey', 'Enzo', 'Ricardo']) await expect(page.getByText(name)).toHaveCount(0);
  await expectAccessible(page, 'Dashboard (gemeente)');
  await expectNoHorizontalScroll(page);
  await shot(page, 'dashboard-policy');

  const organisation = page.getByLabel('Organisatie');
  const orgName = (await organisation.locator('option').nth(1).textContent())!;
  await organisation.selectOption({ label: orgName });
  const earlier = (await quarter.locator('option').nth(1).textContent())!;
  await quarter.selectOption({ label: earlier });
  await page.getByRole('button', { name: 'Toon' }).click();
  await expect(page.getByText(`${orgName} · ${earlier}:`, { exact: false })).toBeVisible();
  await expect(inflow.getByRole('columnheader', { name: earlier })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Alles naar Excel' }).click();
  const file = await (await download).path();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.getWorksheet('Instroom per signaalbron')!;
  expect(String(sheet.getCell('A1').value)).toMatch(/^Gemeente: /);
  expect(String(sheet.getCell('A2').value)).toContain(`Periode: ${earlier}, `);
  expect(String(sheet.getCell('A3').value)).toContain(`organisatie: ${orgName}`);
  expect(book.worksheets.length).toBeGreaterThanOrEqual(9);
  const texts = book.worksheets.flatMap((s) => s.getSheetValues().flat().map(String));
  expect(texts).toContain('<5');
  expect(String(sheet.getCell('A5').value)).toMatch(/^× = verborgen/);
});
