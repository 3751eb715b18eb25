import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { makeOwnYouthWithTrajectory } from './casework-support.js';
import { amsterdamDate, apiSend, expectAccessible, expectNoHorizontalScroll, login, LOGINS, nlDate, openTab, shot, unique } from './support.js';

/**
 * The afronding on a phone (issue 11): the Traject tab sends the coach to the Afronding tab to
 * close (no plain close without a closing conversation), and the youth's timeline shows the
 * closing conversation, the warm handover and its check, the aftercare contact and the result
 * measurement; the coach reopens it in one step, in the phase it closed in (which skips the scout
 * phase, so it asks why). A youth of its own, so no other spec's demo youth is closed.
 */

test('the coach closes through the Afronding tab and sees the afronding in the timeline', async ({ page }) => {
  await login(page, LOGINS.coach, 'Mijn jongeren');
  const name = unique('Tijdlijn-afronding');
  const { youthId, trajectory } = await makeOwnYouthWithTrajectory(page, name);

  // The Traject tab has no plain close: it leads to the Afronding tab and its closing conversation.
  await page.goto(`/jongeren/${youthId}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const traject = page.getByRole('tabpanel', { name: 'Traject' });
  await expect(traject.getByRole('button', { name: 'Volgende fase' })).toBeVisible();
  await expect(traject.getByRole('button', { name: 'Afsluiten', exact: true })).toHaveCount(0);
  await traject.getByRole('button', { name: 'Afronden met eindgesprek' }).click();
  const afrondingTab = page.getByRole('tab', { name: 'Afronding', exact: true });
  await expect(afrondingTab).toHaveAttribute('aria-selected', 'true');
  await expect(afrondingTab).toBeFocused();
  await expect(page.getByRole('button', { name: 'Eindgesprek vastleggen en afsluiten' })).toBeVisible();

  // The afronding recorded through the API (the Afronding tab's own spec drives its forms).
  const day = amsterdamDate();
  const base = `/api/trajectories/${trajectory.id}`;
  expect((await apiSend(page.request, 'POST', `${base}/closing`, {
    version: trajectory.version, heldOn: day, summary: 'Werkt in de keuken en wil verder als kok.', takesAlong: 'Zijn cv.', closingReason: 'regulier_werk',
  })).status()).toBe(201);
  expect((await apiSend(page.request, 'POST', `${base}/result-measurements`, {
    id: randomUUID(), moment: 'closing', measuredOn: day,
    answers: {
      work: { answer: 'ja', details: { function: 'Kok-assistent' } }, income: { answer: 'nee' }, debts: { answer: 'ja_gelukt' }, health: { answer: 'nvt' },
      leisure: { answer: 'nvt' }, social_network: { answer: 'nvt' }, housing: { answer: 'nvt' }, home_situation: { answer: 'nvt' },
      employee_skills: { answer: 'nee' }, criminal_activity: { answer: 'nee' },
    },
  })).status()).toBe(201);
  const handoverId = randomUUID();
  expect((await apiSend(page.request, 'POST', `${base}/warm-handovers`, {
    id: handoverId, toOrganisation: 'Schuldhulpverlening Rotterdam', toPerson: 'Mevrouw Bakker', what: 'De restschuld.', conversationOn: day,
  })).status()).toBe(201);
  expect((await apiSend(page.request, 'PATCH', `${base}/warm-handovers/${handoverId}`, { version: 1, checkedOn: day, landed: true, checkNote: 'De regeling loopt.' })).status()).toBe(200);
  expect((await apiSend(page.request, 'POST', `${base}/aftercare-contacts`, { id: randomUUID(), heldOn: day, stillWorking: true, stillHoused: false })).status()).toBe(201);

  await page.reload();
  await openTab(page, 'Tijdlijn');
  const items = page.getByRole('list', { name: 'Tijdlijn' }).getByRole('listitem');
  await expect(items.first()).toContainText('Nazorgcontact: werkt nog: ja · woont nog: nee');
  await expect(items.first()).toContainText(nlDate(day));
  await expect(items.nth(1)).toContainText('Controle warme overdracht: overdracht aan Schuldhulpverlening Rotterdam is geland · De regeling loopt.');
  await expect(items.nth(2)).toContainText('Warme overdracht: overdrachtsgesprek met Schuldhulpverlening Rotterdam (Mevrouw Bakker) · De restschuld.');
  await expect(items.nth(3)).toContainText('Resultaatmeting: bij afsluiten · werk gevonden: ja; inkomen gestegen: nee');
  await expect(items.nth(3)).not.toContainText('wonen');
  await expect(page.getByText('Eindgesprek: Werkt in de keuken en wil verder als kok. · neemt mee: Zijn cv.')).toBeVisible();
  await expectAccessible(page, 'Tijdlijn met afronding');
  await expectNoHorizontalScroll(page);
  await shot(page, 'timeline-closing');

  // Reopened in one step: a new trajectory for the same youth, here in a later phase.
  await openTab(page, 'Traject');
  await page.getByRole('tabpanel', { name: 'Traject' }).getByRole('button', { name: 'Heropenen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Traject heropenen' });
  // In the first phase no extra reason is asked; in a later one the skipped scout phase needs its own.
  await expect(dialog.getByRole('textbox', { name: /Reden om de scoutfase over te slaan/ })).toHaveCount(0);
  await dialog.getByLabel('Naar fase').selectOption({ label: 'Fase 2 Verdieping' });
  await dialog.getByRole('textbox', { name: 'Reden (verplicht)' }).fill('Hij is zijn baan kwijt en belt zelf.');
  await dialog.getByRole('button', { name: 'Heropenen' }).click();
  await expect(dialog.getByRole('link', { name: 'Reden om de scoutfase over te slaan: Vul een reden in om toch door te gaan.' })).toBeVisible();
  await dialog.getByRole('textbox', { name: /Reden om de scoutfase over te slaan/ }).fill('We kennen elkaar; de vier voorwaarden golden al.');
  await expectAccessible(page, 'Heropenen in een latere fase');
  await dialog.getByRole('button', { name: 'Heropenen' }).click();
  await expect(page.getByText('Er is een nieuw traject geopend in Fase 2 Verdieping.')).toBeVisible();
  await expect(page.getByRole('tabpanel', { name: 'Traject' }).getByText('Eerdere trajecten')).toBeVisible();
});
