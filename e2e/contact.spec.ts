import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { makeOwnYouth } from './casework-support.js';
import { adminApi, apiSend, expectAccessible, expectNoHorizontalScroll, login, LOGINS, openTab, shot, todayNl, unique } from './support.js';

test('the coach records a contact with a scaling score and sees it in the chart and its table', async ({ page }) => {
  await login(page, LOGINS.coach, 'Mijn jongeren');
  const nickname = unique('Schaal');
  const id = await makeOwnYouth(page, nickname);
  await page.goto(`/jongeren/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: nickname })).toBeVisible();
  await openTab(page, 'Contact');
  await expect(page.getByText('Nog geen scores op de schaalvraag.')).toBeVisible();
  await expectAccessible(page, 'Dossier: Contact (leeg)');
  await expectNoHorizontalScroll(page);

  await page.getByRole('button', { name: 'Contactmoment', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Contactmoment met ${nickname}` });
  await expect(dialog).toBeVisible();
  // Without a kind of contact the form says what is missing.
  await dialog.getByRole('button', { name: 'Contactmoment opslaan' }).click();
  await expect(dialog.getByRole('alert').filter({ hasText: 'Er is iets niet goed ingevuld' })).toBeVisible();
  await expectAccessible(page, 'dialoog Contactmoment (met fouten)');

  await dialog.getByLabel('Soort contact').selectOption({ label: 'Face to face' });
  await expect(dialog.getByRole('group', { name: 'Met wie' }).getByLabel('Jongere')).toBeChecked();
  await dialog.getByLabel('Duur in minuten').fill('45');
  await dialog.getByLabel('Korte notitie').fill('Gesprek bij de snackbar over school.');
  await dialog.getByRole('group', { name: 'Gebruikte werkprincipes' }).getByLabel('Aandacht geven').check();
  await dialog.getByText('5G-notitie toevoegen').click();
  await dialog.getByLabel('Gebeurtenis').fill('Ruzie thuis over geld.');
  await dialog.getByLabel('Gedachten').fill('Niemand luistert.');
  await dialog.getByLabel('Gevoelens').fill('Boos.');
  await dialog.getByLabel('Gedrag').fill('Deur dichtgeslagen.');
  await dialog.getByLabel('Gevolg').fill('Slaapt bij een vriend.');
  await dialog.getByLabel('Score (0–10)').fill('6');
  await dialog.getByLabel('Onderwerp van de schaalvraag').fill('Thuis');
  await expectAccessible(page, 'dialoog Contactmoment (ingevuld)');
  await shot(page, 'contact-dialog');
  await dialog.getByRole('button', { name: 'Contactmoment opslaan' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Het contactmoment is opgeslagen.')).toBeVisible();

  const chart = page.getByRole('figure', { name: 'Scores op de schaalvraag (0–10)' });
  await expect(chart).toBeVisible();
  await expect(chart.getByRole('img')).toHaveAccessibleName(/1 score, op \d\d-\d\d-\d{4}: 6\./);
  await page.getByText('Bekijk de scores als tabel').click();
  const table = page.getByRole('region', { name: 'Tabel: Scores op de schaalvraag' });
  const row = table.getByRole('row').filter({ hasText: 'Thuis' });
  await expect(row).toContainText('6');
  await expect(row).toContainText(todayNl());
  await expectAccessible(page, 'Dossier: Contact (grafiek en tabel)');
  await expectNoHorizontalScroll(page);
  await shot(page, 'contact-chart');
});

test('the coach records an incident, sees the response time, and adds the arrival of another later', async ({ page }) => {
  await login(page, LOGINS.coach, 'Mijn jongeren');
  const nickname = unique('Incident');
  const id = await makeOwnYouth(page, nickname);
  await page.goto(`/jongeren/${id}`);
  await openTab(page, 'Contact');

  await page.getByRole('button', { name: 'Incident', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Incident: ${nickname}` });
  await dialog.getByLabel(/^Gemeld op/).fill('2026-01-12T14:00');
  await dialog.getByLabel(/^Coach ter plaatse op/).fill('2026-01-12T14:25');
  await dialog.getByLabel(/^Waar/).selectOption({ label: 'Werk' });
  await dialog.getByLabel(/^Wat is er gebeurd/).fill('Ruzie met de leidinggevende op het werk.');
  await dialog.getByLabel('Wat is afgesproken').fill('Morgen samen een gesprek met de werkgever.');
  await expectAccessible(page, 'dialoog Incident');
  await shot(page, 'incident-dialog');
  await dialog.getByRole('button', { name: 'Incident opslaan' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Het incident is opgeslagen. Coach ter plaatse na 25 minuten.')).toBeVisible();
  const incidents = page.getByRole('list', { name: 'Incidenten' });
  await expect(incidents.getByRole('listitem').first()).toContainText('Coach ter plaatse na 25 minuten');
  await expect(incidents.getByRole('listitem').first()).toContainText('Werk');

  // A second incident without the arrival; the arrival time is added afterwards.
  await page.getByRole('button', { name: 'Incident', exact: true }).click();
  await dialog.getByLabel(/^Gemeld op/).fill('2026-01-13T09:00');
  await dialog.getByLabel(/^Waar/).selectOption({ label: 'Thuis' });
  await dialog.getByLabel(/^Wat is er gebeurd/).fill('Buren belden over geschreeuw.');
  await dialog.getByRole('button', { name: 'Incident opslaan' }).click();
  await expect(dialog).toBeHidden();
  const second = incidents.getByRole('listitem').filter({ hasText: 'Buren belden' });
  await expect(second).toContainText('Aankomst van de coach nog niet vastgelegd.');
  await second.getByRole('button', { name: 'Aankomsttijd toevoegen' }).click();
  await second.getByLabel(/^Coach ter plaatse op/).fill('2026-01-13T09:40');
  await expectAccessible(page, 'Dossier: aankomsttijd toevoegen');
  await second.getByRole('button', { name: 'Aankomsttijd opslaan' }).click();
  await expect(second).toContainText('Coach ter plaatse na 40 minuten');
  await expectNoHorizontalScroll(page);
  await shot(page, 'incidents');
});

test('the timeline shows everything newest first and only incidents when filtered', async ({ page }) => {
  await login(page, LOGINS.coach, 'Mijn jongeren');
  const nickname = unique('Tijdlijn');
  const id = await makeOwnYouth(page, nickname);
  await page.goto(`/jongeren/${id}`);
  await openTab(page, 'Contact');

  // An attempt and an incident.
  await page.getByRole('button', { name: 'Contactpoging', exact: true }).click();
  const attempt = page.getByRole('dialog', { name: `Contactpoging: ${nickname}` });
  await attempt.getByLabel('WhatsApp').check();
  await attempt.getByRole('button', { name: 'Poging opslaan' }).click();
  await expect(attempt).toBeHidden();
  await page.getByRole('button', { name: 'Incident', exact: true }).click();
  const incident = page.getByRole('dialog', { name: `Incident: ${nickname}` });
  await incident.getByLabel(/^Waar/).selectOption({ label: 'Straat' });
  await incident.getByLabel(/^Wat is er gebeurd/).fill('Aangehouden op straat.');
  await incident.getByRole('button', { name: 'Incident opslaan' }).click();
  await expect(incident).toBeHidden();

  await openTab(page, 'Tijdlijn');
  const timeline = page.getByRole('list', { name: 'Tijdlijn' });
  await expect(timeline.getByRole('listitem').filter({ hasText: 'Contactpoging: WhatsApp · Geen reactie' })).toBeVisible();
  await expect(timeline.getByRole('listitem').filter({ hasText: 'Incident: Straat' })).toBeVisible();
  await expect(timeline.getByRole('listitem').filter({ hasText: 'Fasewissel' })).toBeVisible();
  await expect(timeline.getByRole('listitem').first()).toContainText('Sanne de Vries');
  await expectAccessible(page, 'Dossier: Tijdlijn');
  await expectNoHorizontalScroll(page);
  await shot(page, 'timeline');

  // Only incidents: untick the others.
  const filter = page.getByRole('group', { name: 'Toon' });
  for (const kind of ['Aanmeldingen', 'Contactpogingen', 'Kennismaking', 'Contactmomenten', 'Afspraken', 'Fasewissels']) {
    await filter.getByLabel(kind, { exact: true }).uncheck();
  }
  await expect(timeline.getByRole('listitem')).toHaveCount(1);
  await expect(timeline.getByRole('listitem').first()).toContainText('Incident: Straat');
  await expectAccessible(page, 'Dossier: Tijdlijn (alleen incidenten)');
});

test('the coach opens a contactmoment from the timeline, changes its note, and the history shows the change', async ({ page }) => {
  await login(page, LOGINS.coach, 'Mijn jongeren');
  const nickname = unique('Wijzig');
  const id = await makeOwnYouth(page, nickname);
  await page.goto(`/jongeren/${id}`);
  await openTab(page, 'Contact');
  await page.getByRole('button', { name: 'Contactmoment', exact: true }).click();
  const record = page.getByRole('dialog', { name: `Contactmoment met ${nickname}` });
  await record.getByLabel('Soort contact').selectOption({ label: 'Face to face' });
  await record.getByLabel('Korte notitie').fill('Eerste versie van de notitie.');
  await record.getByRole('button', { name: 'Contactmoment opslaan' }).click();
  await expect(record).toBeHidden();

  await openTab(page, 'Tijdlijn');
  const timeline = page.getByRole('list', { name: 'Tijdlijn' });
  const item = timeline.getByRole('listitem').filter({ hasText: 'Eerste versie van de notitie.' });
  await item.getByRole('button', { name: /^Contactmoment van .* openen$/ }).click();
  const dialog = page.getByRole('dialog', { name: /^Contactmoment van / });
  await expect(dialog.getByText('Eerste versie van de notitie.')).toBeVisible();
  await expect(dialog.getByText('Sanne de Vries')).toBeVisible();
  await expectAccessible(page, 'dialoog Contactmoment bekijken');
  await shot(page, 'contact-detail');

  await dialog.getByRole('button', { name: 'Wijzigen' }).click();
  await expect(dialog.getByLabel('Korte notitie')).toHaveValue('Eerste versie van de notitie.');
  await expect(dialog.getByLabel('Soort contact')).toHaveValue(/.+/);
  await dialog.getByLabel('Korte notitie').fill('Tweede versie: ook over werk gesproken.');
  await expectAccessible(page, 'dialoog Contactmoment wijzigen');
  await dialog.getByRole('button', { name: 'Wijziging opslaan' }).click();
  await expect(dialog.getByText('De wijziging is opgeslagen.')).toBeVisible();
  await expect(dialog.getByText('Tweede versie: ook over werk gesproken.')).toBeVisible();
  await expectAccessible(page, 'dialoog Contactmoment (gewijzigd)');
  await dialog.getByRole('button', { name: 'Sluiten' }).first().click();
  await expect(dialog).toBeHidden();
  await expect(timeline.getByRole('listitem').filter({ hasText: 'Tweede versie: ook over werk gesproken.' })).toBeVisible();

  await openTab(page, 'Geschiedenis');
  const history = page.getByRole('list', { name: 'Geschiedenis' });
  await expect(history.getByRole('listitem').filter({ hasText: 'Notitie (contactmoment)' }).first())
    .toContainText('Eerste versie van de notitie. → Tweede versie: ook over werk gesproken.');
  await expectAccessible(page, 'Dossier: Geschiedenis (contactmoment gewijzigd)');
  await expectNoHorizontalScroll(page);
});

test('a contactmoment past the edit window cannot be changed, only amended with a visible addendum', async ({ page }) => {
  // The municipality's edit window set to 0 days: every contact is past it at once.
  const admin = await adminApi();
  const setWindow = async (days: number) => {
    const settings = await (await admin.get('/api/admin/tenant')).json() as { version: number };
    expect((await apiSend(admin, 'PATCH', '/api/admin/tenant', { version: settings.version, contactEditDays: days })).status()).toBe(200);
  };
  await setWindow(0);
  try {
    await login(page, LOGINS.coach, 'Mijn jongeren');
    const nickname = unique('Aanvul');
    const id = await makeOwnYouth(page, nickname);
    const created = await apiSend(page.request, 'POST', `/api/youth/${id}/contacts`, {
      id: randomUUID(), happenedAt: new Date(Date.now() - 3_600_000).toISOString(), mode: 'telefoon', withWhom: ['jongere'], note: 'Vastgelegde notitie.',
    });
    expect(created.status()).toBe(201);
    await page.goto(`/jongeren/${id}`);
    await openTab(page, 'Tijdlijn');
    const item = page.getByRole('list', { name: 'Tijdlijn' }).getByRole('listitem').filter({ hasText: 'Vastgelegde notitie.' });
    await item.getByRole('button', { name: /^Contactmoment van .* openen$/ }).click();
    const dialog = page.getByRole('dialog', { name: /^Contactmoment van / });
    await expect(dialog.getByText('Vastgelegde notitie.')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Wijzigen' })).toHaveCount(0);
    await dialog.getByLabel('Aanvulling').fill('Aanvulling: ook de huur besproken.');
    await expectAccessible(page, 'dialoog Contactmoment (aanvullen)');
    await dialog.getByRole('button', { name: 'Aanvulling opslaan' }).click();
    await expect(dialog.getByText('De aanvulling is opgeslagen.')).toBeVisible();
    await expect(dialog.getByText('Aanvulling: ook de huur besproken.')).toBeVisible();
    await expect(dialog.getByText('Vastgelegde notitie.')).toBeVisible();
    await expectAccessible(page, 'dialoog Contactmoment (aangevuld)');
  } finally {
    await setWindow(7);
    await admin.dispose();
  }
});
