import { expect, test } from '@playwright/test';
import { adminApi, expectAccessible, expectNoHorizontalScroll, shot, unique } from './support.js';

const HEADER = 'Roepnaam;Achternaam;Geboortedatum;Team;Aanmelder/bron;Reden';
const csv = (lines: string[]) => Buffer.from(`\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`, 'utf8');

test('the administrator checks a spreadsheet, sees the rejected row, imports the fixed file once', async ({ page }) => {
  const admin = await adminApi();
  await page.context().addCookies((await admin.storageState()).cookies);
  // Each project (360 px, desktop) imports youth of its own; no coach, so no caseload changes.
  const tag = unique('Imp');
  const good = [`${tag}-a;Import;03-02-2006;Wijkteam Delfshaven;wijkagent;"Hangt rond; zoekt werk"`, `${tag}-b;Import;2005-11-30;Wijkteam Delfshaven;Jongere zelf;`];

  await page.goto('/beheer');
  await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Importeren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Importeren' })).toBeVisible();
  await expectAccessible(page, 'Beheer: importeren');
  await expectNoHorizontalScroll(page);

  // Nothing chosen: said at the field.
  await page.getByRole('button', { name: 'Bestand controleren' }).click();
  await expect(page.getByText('Kies een CSV-bestand.')).toBeVisible();

  // A Windows-1252 file is refused before it is sent, with how to save it.
  await page.getByLabel('CSV-bestand').setInputFiles({ name: 'oud.csv', mimeType: 'text/csv', buffer: Buffer.from(`${HEADER}\nJos\xe9;;;Wijkteam Delfshaven;;\n`, 'latin1') });
  await page.getByRole('button', { name: 'Bestand controleren' }).click();
  await expect(page.getByText(/Het bestand is geen UTF-8/)).toBeVisible();

  // One wrong date: its batch (here the whole file) would not be imported.
  await page.getByLabel('CSV-bestand').setInputFiles({ name: 'jongeren.csv', mimeType: 'text/csv', buffer: csv([...good, `${tag}-c;Import;31-02-2004;Wijkteam Delfshaven;;`]) });
  await page.getByRole('button', { name: 'Bestand controleren' }).click();
  const checkResult = page.getByRole('region', { name: 'Controle van jongeren.csv' });
  await expect(checkResult.getByText('3 regels gelezen')).toBeVisible();
  await expect(checkResult.getByText('Afgekeurd: 1 regels')).toBeVisible();
  await expect(checkResult.getByText(/batch 1 \(regels 2–4, 1 afgekeurd\)/)).toBeVisible();
  const table = checkResult.getByRole('table');
  await expect(table.getByRole('row').nth(1)).toHaveText(/4\s*geboortedatum\s*geen bestaande datum \(31-02-2004\)/);
  await expect(page.getByText('Er is niets te importeren.', { exact: false })).toBeVisible();
  await expectAccessible(page, 'Beheer: importeren (afgekeurde regels)');
  await expectNoHorizontalScroll(page);
  await shot(page, 'beheer-importeren-afgekeurd');

  // Fixed: checked, confirmed, imported; progress ends in the result.
  await page.getByLabel('CSV-bestand').setInputFiles({ name: 'jongeren.csv', mimeType: 'text/csv', buffer: csv([...good, `${tag}-c;Import;28-02-2004;Wijkteam Delfshaven;;`]) });
  await page.getByRole('button', { name: 'Bestand controleren' }).click();
  await expect(checkResult.getByText('Te importeren: 3')).toBeVisible();
  await expect(checkResult.getByRole('table')).toHaveCount(0);
  await page.getByRole('button', { name: '3 jongeren importeren' }).click();
  const result = page.getByRole('region', { name: 'Import van jongeren.csv' });
  await expect(result.getByText('De import is klaar: 3 jongeren geïmporteerd, 0 waren er al.')).toBeVisible();
  await expect(result.getByText('Geïmporteerd: 3')).toBeVisible();
  await expectAccessible(page, 'Beheer: importeren (klaar)');
  await expectNoHorizontalScroll(page);
  await shot(page, 'beheer-importeren-klaar');
  // The page remembers it: when, which file, by whom, how it ended.
  await expect(page.getByRole('region', { name: 'Eerdere imports', exact: true }).getByRole('row').nth(1)).toHaveText(/jongeren\.csv\s*Karin Bakker\s*Klaar\s*3\s*0/);

  // The same file again: nobody twice.
  await page.getByRole('button', { name: 'Bestand controleren' }).click();
  await expect(checkResult.getByText('Al eerder geïmporteerd (worden overgeslagen): 3')).toBeVisible();
  await expect(checkResult.getByText('Te importeren: 0')).toBeVisible();
  await expectAccessible(page, 'Beheer: importeren (al geïmporteerd)');
});
