import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { makeOwnYouth } from './casework-support.js';
import { amsterdamDate, apiSend, expectAccessible, expectNoHorizontalScroll, login, LOGINS, nlDate, openTab, shot, todayNl, unique } from './support.js';

// Long stories with an accessibility check at each state: more time than a single check needs.
test.describe.configure({ timeout: 180_000 });

/** A date some days back, as the date field takes it (YYYY-MM-DD) and as the app shows it (dd-MM-yyyy). */
function daysAgo(days: number) {
  const iso = amsterdamDate(-days);
  return { iso, nl: nlDate(iso) };
}

/** Score one life domain in the form: the radio of that score in the domain's group. */
async function score(page: Page, domain: string, value: number) {
  await page.getByRole('group', { name: domain, exact: true }).getByLabel(new RegExp(`^${value} – `)).check();
}

test('the coach scores the life domains at the baseline and again later, and sees the change in the chart and its table', async ({ page }) => {
  await login(page, LOGINS.coach, 'Mijn jongeren');
  const nickname = unique('Leef');
  const id = await makeOwnYouth(page, nickname);
  await page.goto(`/jongeren/${id}`);
  await openTab(page, 'Beeld');
  await expect(page.getByRole('heading', { level: 2, name: 'Beeld van de jongere' })).toBeVisible();
  await expectAccessible(page, 'Dossier: Beeld (leeg)');
  await expectNoHorizontalScroll(page);
  await shot(page, 'picture-empty');

  await page.getByRole('navigation', { name: 'Onderdelen van het beeld' }).getByRole('link', { name: 'Leefgebieden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Leefgebieden' })).toBeVisible();
  await expect(page.getByText(nickname).first()).toBeVisible();

  // The first assessment: the form is open and proposes a baseline of today.
  await expect(page.getByRole('group', { name: 'Moment' }).getByLabel('Nulmeting')).toBeChecked();
  await expect(page.getByLabel(/^Datum van de meting/)).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  // Each option says what the score means.
  await expect(page.getByRole('group', { name: 'Wonen', exact: true }).getByLabel(/^1 – /)).toBeVisible();
  await expectAccessible(page, 'Leefgebieden: nieuwe meting (leeg)');
  await expectNoHorizontalScroll(page);

  // Without any score the form says what is missing.
  await page.getByRole('button', { name: 'Meting opslaan' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Er is iets niet goed ingevuld' });
  await expect(summary).toContainText('Geef minstens één leefgebied een score.');
  await expectAccessible(page, 'Leefgebieden: nieuwe meting (met fouten)');

  const baseline = daysAgo(30);
  await page.getByLabel(/^Datum van de meting/).fill(baseline.iso);
  await score(page, 'Wonen', 2);
  await score(page, 'Werk', 3);
  await score(page, 'Financiën', 1);
  await page.getByLabel('Toelichting bij Wonen').fill('Slaapt bij een vriend op de bank.');
  await shot(page, 'assessment-form');
  await page.getByRole('button', { name: 'Meting opslaan' }).click();
  await expect(page.getByText('De meting is opgeslagen.')).toBeVisible();

  const compare = page.getByRole('figure', { name: 'Score per leefgebied (1–5) bij de nulmeting' });
  await expect(compare.getByRole('img')).toHaveAccessibleName(new RegExp(`^Nulmeting van ${baseline.nl}\\. Werk: 3; Financiën: 1; Wonen: 2\\.$`));
  await expect(compare.getByRole('img')).toHaveAccessibleName(/Wonen: 2/);
  await expectAccessible(page, 'Leefgebieden: na de nulmeting');
  await expectNoHorizontalScroll(page);

  // The second assessment, today, an interim one with other scores.
  await page.getByRole('button', { name: 'Nieuwe meting starten' }).click();
  await expect(page.getByRole('group', { name: 'Moment' }).getByLabel('Tussenmeting')).toBeChecked();
  await score(page, 'Wonen', 4);
  await score(page, 'Werk', 3);
  await score(page, 'Financiën', 2);
  await page.getByRole('button', { name: 'Meting opslaan' }).click();
  await expect(page.getByText('De meting is opgeslagen.')).toBeVisible();

  const chart = page.getByRole('figure', { name: 'Score per leefgebied (1–5): nulmeting en laatste meting' });
  const img = chart.getByRole('img');
  await expect(img).toHaveAccessibleName(new RegExp(`^Nulmeting van ${baseline.nl} en laatste meting van ${todayNl()}\\.`));
  await expect(img).toHaveAccessibleName(/Wonen: 2 → 4 \(\+2\)/);
  await expect(img).toHaveAccessibleName(/Werk: 3 → 3 \(0\)/);
  await expect(img).toHaveAccessibleName(/Financiën: 1 → 2 \(\+1\)/);
  await expect(chart).toContainText('Aantal leefgebieden vooruit: 2, achteruit: 0, gelijk: 1.');

  await page.getByText('Bekijk de nulmeting en laatste meting als tabel').click();
  const table = page.getByRole('region', { name: 'Tabel: Nulmeting en laatste meting' });
  const wonen = table.getByRole('row').filter({ hasText: 'Wonen' });
  await expect(wonen.getByRole('cell')).toHaveText(['2', '4', '+2']);
  await expect(table.getByRole('row').filter({ hasText: 'Financiën' }).getByRole('cell')).toHaveText(['1', '2', '+1']);

  // Each domain over time as its own small chart, and all scores as one table.
  await expect(page.getByRole('figure', { name: 'Wonen (+2 sinds de nulmeting)' }).getByRole('img'))
    .toHaveAccessibleName(`Wonen: 2 op ${baseline.nl}, 4 op ${todayNl()}.`);
  await page.getByText('Bekijk het verloop als tabel').click();
  const trend = page.getByRole('region', { name: 'Tabel: Verloop per leefgebied' });
  await expect(trend.getByRole('row').filter({ hasText: 'Tussenmeting' })).toContainText(todayNl());
  await expect(trend.getByRole('row').filter({ hasText: 'Nulmeting' })).toContainText(baseline.nl);
  await expectAccessible(page, 'Leefgebieden: grafieken en tabellen');
  await expectNoHorizontalScroll(page);
  await shot(page, 'assessment-charts');

  // The earlier assessments, newest first; a wrong score is corrected.
  const earlier = page.getByRole('list', { name: 'Eerdere metingen' });
  await expect(earlier.getByRole('listitem')).toHaveCount(2);
  await expect(earlier.getByRole('listitem').first()).toContainText(`${todayNl()} · Tussenmeting`);
  await expect(earlier.getByRole('listitem').first()).toContainText('Door Sanne de Vries');
  await expect(earlier.getByRole('listitem').nth(1)).toContainText('Slaapt bij een vriend op de bank.');
  await earlier.getByRole('listitem').first().getByRole('button', { name: `Meting van ${todayNl()} wijzigen` }).click();
  const dialog = page.getByRole('dialog', { name: `Meting van ${todayNl()} wijzigen` });
  await expect(dialog.getByRole('group', { name: 'Werk', exact: true }).getByLabel(/^3 – /)).toBeChecked();
  await dialog.getByRole('group', { name: 'Werk', exact: true }).getByLabel(/^4 – /).check();
  await expectAccessible(page, 'Leefgebieden: meting wijzigen');
  await dialog.getByRole('button', { name: 'Wijziging opslaan' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('De wijziging is opgeslagen.')).toBeVisible();
  await expect(img).toHaveAccessibleName(/Werk: 3 → 4 \(\+1\)/);
  await expect(table.getByRole('row').filter({ hasText: 'Werk' }).getByRole('cell')).toHaveText(['3', '4', '+1']);
});

test('a correction made on an old version of an assessment is not saved over someone else\'s change', async ({ page }) => {
  await login(page, LOGINS.coach, 'Mijn jongeren');
  const id = await makeOwnYouth(page, unique('Botsing'));
  const created = await apiSend(page.request, 'POST', `/api/youth/${id}/assessments`, {
    id: randomUUID(), assessedOn: daysAgo(3).iso, moment: 'baseline', scores: [{ domainKey: 'wonen', score: 2 }],
  });
  expect(created.status(), await created.text()).toBe(201);
  const assessment = await created.json() as { id: string; version: number };
  await page.goto(`/jongeren/${id}/leefgebieden`);
  await expect(page.getByRole('heading', { level: 1, name: 'Leefgebieden' })).toBeVisible();
  await page.getByRole('button', { name: `Meting van ${daysAgo(3).nl} wijzigen` }).click();
  const dialog = page.getByRole('dialog', { name: `Meting van ${daysAgo(3).nl} wijzigen` });
  await dialog.getByRole('group', { name: 'Wonen', exact: true }).getByLabel(/^3 – /).check();

  // Meanwhile the same assessment is changed elsewhere.
  const other = await apiSend(page.request, 'PATCH', `/api/assessments/${assessment.id}`, { version: assessment.version, scores: [{ domainKey: 'wonen', score: 5 }] });
  expect(other.status(), await other.text()).toBe(200);

  await dialog.getByRole('button', { name: 'Wijziging opslaan' }).click();
  await expect(dialog.getByText(/Iemand anders heeft deze meting intussen gewijzigd/)).toBeVisible();
  await expect(dialog.getByRole('group', { name: 'Wonen', exact: true }).getByLabel(/^5 – /)).toBeChecked();
  await expectAccessible(page, 'Leefgebieden: meting wijzigen (conflict)');
  await dialog.getByRole('group', { name: 'Wonen', exact: true }).getByLabel(/^3 – /).check();
  await dialog.getByRole('button', { name: 'Wijziging opslaan' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('list', { name: 'Eerdere metingen' })).toContainText('Wonen 3');
});

test('the coach keeps the quick scan: point statuses, the BSA outcome and a referral stay after a reload', async ({ page }) => {
  await login(page, LOGINS.coach, 'Mijn jongeren');
  const id = await makeOwnYouth(page, unique('Scan'));
  await page.goto(`/jongeren/${id}#beeld`);
  await expect(page.getByRole('tab', { name: 'Beeld', exact: true })).toHaveAttribute('aria-selected', 'true');
  const points = page.getByRole('list', { name: 'Quick scan: de zeven punten' });
  await expect(points.getByRole('listitem')).toHaveCount(7);
  await expect(points.getByRole('listitem').first()).toContainText('Niet begonnen');
  await expect(points.getByRole('listitem').first().getByRole('link', { name: 'Naar het zoekprofiel' })).toBeVisible();

  await points.getByRole('button', { name: 'Punt 1 wijzigen' }).click();
  const dialog = page.getByRole('dialog', { name: /^1\. Werkwensen/ });
  await dialog.getByRole('group', { name: 'Status' }).getByLabel('Bezig').check();
  await dialog.getByLabel('Korte notitie').fill('Wil iets met auto’s; eerste gesprek over talenten gehad.');
  await expectAccessible(page, 'Beeld: punt 1 wijzigen');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Punt 1 is opgeslagen.')).toBeVisible();

  await points.getByRole('button', { name: 'Punt 5 wijzigen' }).click();
  const five = page.getByRole('dialog', { name: '5. Cognitief niveau' });
  await five.getByRole('group', { name: 'Status' }).getByLabel('Klaar').check();
  await five.getByLabel('Uitkomst BSA').fill('Leert het best door te doen; lezen kost moeite.');
  await five.getByLabel('SCIL-score').fill('300');
  await five.getByRole('button', { name: 'Opslaan' }).click();
  await expect(five.getByRole('alert')).toContainText('Vul een heel getal van 0 tot en met 200 in.');
  await expectAccessible(page, 'Beeld: punt 5 wijzigen (met fout)');
  await five.getByLabel('SCIL-score').fill('94');
  await five.getByLabel('Conclusie').fill('Praktisch ingesteld, geen nader onderzoek nodig voor werk.');
  await shot(page, 'quick-scan-point5');
  await five.getByRole('button', { name: 'Opslaan' }).click();
  await expect(five).toBeHidden();

  await page.getByRole('button', { name: 'Doorverwijzing vastleggen' }).click();
  const referral = page.getByRole('dialog', { name: 'Doorverwijzing voor nader onderzoek' });
  await referral.getByRole('button', { name: 'Opslaan' }).click();
  await expect(referral.getByRole('alert')).toContainText('Vul in naar wie de jongere is verwezen.');
  await referral.getByLabel(/^Verwezen naar/).fill('GZ-psycholoog wijkteam');
  await referral.getByLabel('Reden').fill('Somberheid blijft terugkomen.');
  await referral.getByRole('button', { name: 'Opslaan' }).click();
  await expect(referral).toBeHidden();

  await page.reload();
  await expect(page.getByRole('tab', { name: 'Beeld', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(points.getByRole('listitem').nth(0)).toContainText('Bezig');
  await expect(points.getByRole('listitem').nth(0)).toContainText('Wil iets met auto’s');
  const cognitive = points.getByRole('listitem').nth(4);
  await expect(cognitive).toContainText('Klaar');
  await expect(cognitive).toContainText('Leert het best door te doen; lezen kost moeite.');
  await expect(cognitive).toContainText('94');
  await expect(cognitive).toContainText('Praktisch ingesteld');
  await expect(points.getByRole('listitem').nth(1)).toContainText('Niet begonnen');
  const panel = page.getByRole('tabpanel', { name: 'Beeld' });
  await expect(panel.getByRole('region', { name: 'Doorverwijzing voor nader onderzoek' })).toContainText('GZ-psycholoog wijkteam');
  await expect(panel.getByText(/^Laatst opgeslagen op .* door Sanne de Vries$/)).toBeVisible();
  await expectAccessible(page, 'Dossier: Beeld (quick scan ingevuld)');
  await expectNoHorizontalScroll(page);
  await shot(page, 'picture-quick-scan');
});
