import { expect, test, type Locator, type Page } from '@playwright/test';
import path from 'node:path';
import { amsterdamDate, apiSend, demoDaysAgo, expectAccessible, expectNoHorizontalScroll, login, LOGINS, nlDate, openTab, shot, todayNl } from './support.js';

// Days are counted from when this file started, so a run across midnight in Amsterdam compares
// the meeting's dates with the day they were entered on, not with a new today.
const STARTED = Date.now();
const dayFromStart = (days = 0) => amsterdamDate(days, STARTED);

/**
 * A dialog scrolls inside itself, so a page screenshot shows only its top: for people to look at
 * (E2E_SHOTS_DIR only), the viewport is made tall for a moment and the whole dialog is captured.
 */
async function dialogShot(page: Page, dialog: Locator, name: string) {
  const dir = process.env.E2E_SHOTS_DIR;
  if (!dir) return;
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: size.width, height: 4000 });
  await dialog.evaluate((el) => el.scrollTo(0, 0));
  await dialog.screenshot({ path: path.join(dir, `${name}-${size.width}.png`) });
  await page.setViewportSize(size);
}

/** Every state is checked the same way: WCAG 2.2 AA, and nothing wider than the phone. */
async function check(page: Page, where: string, name?: string) {
  await expectAccessible(page, where);
  await expectNoHorizontalScroll(page);
  if (name) await shot(page, name);
}

// Ricardo (demo): his first wrap-around meeting was two weeks ago, with Tante Gloria, the debt
// counsellor and a jobhunter; one action is done, one is overdue. His coach plans the next one on
// her phone, records who came and what was agreed, and sees the actions through to done.
test('wrap-around overleg: planned with Tante Gloria and the debt counsellor, attendance, two actions (a deadline before the meeting refused, an owner kept on the list), one done, one changed over a conflict, the overdue one, an ontbindende voorwaarde that occurred, the minutes only under consent', async ({ page }) => {
  test.setTimeout(240_000); // one long story through fifteen states, each checked with axe (about 4 s each at 360 px)
  await login(page, LOGINS.coach, 'Mijn jongeren');
  await page.getByRole('link', { name: 'Ricardo', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ricardo' })).toBeVisible();
  const youthId = new URL(page.url()).pathname.split('/').pop()!;
  await openTab(page, 'Ondersteuningsplan');
  const panel = page.getByRole('tabpanel', { name: 'Ondersteuningsplan' });
  const wrap = panel.getByRole('region', { name: 'Wrap-around overleg' });
  const actions = panel.getByRole('region', { name: 'Afspraken en acties' });

  // The demo meeting of two weeks ago: who came, the conditions, its actions.
  const meetings = wrap.getByRole('list', { name: 'Wrap-around overleggen, nieuwste eerst' });
  await expect(meetings.getByRole('article')).toHaveCount(1);
  const first = meetings.getByRole('article').first();
  await expect(first).toContainText('Buurthuis Hillesluis');
  const came = first.getByRole('list', { name: 'Wie waren er' });
  await expect(came.getByRole('listitem').filter({ hasText: 'Tante Gloria' })).toContainText('Aanwezig');
  await expect(came.getByRole('listitem').filter({ hasText: 'Mo el Amrani' })).toContainText('Afwezig');
  await expect(first).toContainText('Ricardo verliest zijn kamer');
  await first.scrollIntoViewIfNeeded();
  await check(page, 'wrap-around: the demo meeting', 'wraparound-list');

  // The overdue action of the demo meeting, under "Te laat": in words and with a symbol.
  await actions.getByRole('button', { name: /^Te laat \(\d+\)$/ }).click();
  await expect(actions.getByRole('button', { name: /^Te laat \(/ })).toHaveAttribute('aria-pressed', 'true');
  const lateList = actions.getByRole('list', { name: 'Acties: te laat' });
  const debt = lateList.getByRole('listitem').filter({ hasText: 'Schuldregeling voorstellen aan de schuldeisers' });
  await expect(debt).toContainText(new RegExp(`Te laat: deadline was \\d{2}-\\d{2}-\\d{4} \\(${demoDaysAgo(3)} dagen geleden\\)`));
  await expect(debt).toContainText('R. Kramer');
  await expect(debt).toContainText(/uit overleg \d{2}-\d{2}-\d{4}/);
  await expect(debt.getByRole('list', { name: 'Werkprincipes' })).toContainText('Draaglast verkleinen en structuur bieden');
  await check(page, 'actions: te laat', 'actions-overdue');

  // Planning the next meeting: the youth and the coach are on the list already; Tante Gloria from
  // the network and R. Kramer from the professionals are chosen, each with their contribution.
  await wrap.getByRole('button', { name: 'Overleg plannen' }).click();
  const form = page.getByRole('dialog', { name: 'Wrap-around overleg plannen met Ricardo' });
  await expect(form).toBeVisible();
  await expect(form.getByRole('checkbox', { name: /^Ricardo/ })).toBeChecked();
  await expect(form.getByRole('checkbox', { name: /^Sanne de Vries/ })).toBeChecked();
  await form.getByRole('button', { name: 'Overleg opslaan' }).click();
  const summary = form.getByRole('alert').filter({ hasText: 'Er is iets niet goed ingevuld' });
  await expect(summary).toContainText('Vul de datum en de tijd van het overleg in.');
  await expect(summary).toContainText('Vul in waar het overleg is.');
  await expect(form.getByLabel('Plaats')).toHaveAttribute('aria-invalid', 'true');

  await form.getByLabel('Datum en tijd').fill(`${dayFromStart(0)}T10:00`);
  await form.getByLabel('Plaats').fill('Buurthuis Hillesluis, zaaltje boven');
  const network = form.getByRole('group', { name: 'Uit het netwerk' });
  await network.getByRole('checkbox', { name: 'Tante Gloria (tante)' }).check();
  await expect(network.getByLabel('Rol van Tante Gloria')).toHaveValue('tante');
  await network.getByLabel('Bijdrage van Tante Gloria').fill('Ricardo blijft bij haar slapen tot hij een kamer heeft.');
  const pros = form.getByRole('group', { name: 'Professionals' });
  await pros.getByRole('checkbox', { name: /^R\. Kramer/ }).check();
  await expect(pros.getByLabel('Rol van R. Kramer')).toHaveValue('Schuldhulpverlener, Kredietbank Rotterdam');
  await pros.getByLabel('Bijdrage van R. Kramer').fill('Stuurt het voorstel voor de schuldregeling.');
  await form.getByLabel('Doelen').fill('Een eigen kamer voor de zomer; de schulden in een regeling.');
  await form.getByLabel('Hoe houden we elkaar op de hoogte?').fill('De groepsapp blijft; de coach belt tante elke week.');
  await form.getByLabel('Volgend overleg').fill(dayFromStart(28));
  const conditions = form.getByRole('group', { name: 'Ontbindende voorwaarden' });
  await conditions.getByLabel('Voorwaarde 1').fill('Ricardo kan niet meer bij tante slapen');
  await conditions.getByRole('button', { name: 'Voorwaarde toevoegen' }).click();
  await expect(conditions.getByLabel('Voorwaarde 2')).toBeFocused();
  await conditions.getByLabel('Voorwaarde 2').fill('De proefplaatsing stopt');
  await check(page, 'wrap-around: planning form');
  await dialogShot(page, form, 'wraparound-form');
  await form.getByRole('button', { name: 'Overleg opslaan' }).click();
  await expect(form).toBeHidden();
  const when = `${nlDate(dayFromStart(0))} 10:00`;
  await expect(wrap.getByText(`Het wrap-around overleg van ${when} is gepland.`)).toBeVisible();
  await expect(page.locator(':focus')).toContainText(`Het wrap-around overleg van ${when} is gepland.`);

  // Newest first: the new meeting above the demo one.
  await expect(meetings.getByRole('article')).toHaveCount(2);
  const meeting = meetings.getByRole('article', { name: `Overleg van ${when}` });
  await expect(meetings.getByRole('article').first()).toHaveAccessibleName(`Overleg van ${when}`);
  const coming = meeting.getByRole('list', { name: 'Wie komen er' });
  await expect(coming.getByRole('listitem')).toHaveCount(4);
  for (const who of ['Ricardo (jongere)', 'Sanne de Vries (coach en gespreksleider)', 'Tante Gloria (tante)', 'R. Kramer (Schuldhulpverlener, Kredietbank Rotterdam)']) await expect(coming.getByRole('listitem').filter({ hasText: who })).toBeVisible();
  await expect(meeting).toContainText(`Volgend overleg${nlDate(dayFromStart(28))}`);

  // After the meeting: everyone came except the debt counsellor.
  await meeting.getByRole('button', { name: /^Aanwezigheid vastleggen/ }).click();
  const attendance = page.getByRole('dialog', { name: 'Aanwezigheid vastleggen' });
  await attendance.getByRole('button', { name: 'Iedereen was er' }).click();
  await attendance.getByRole('group', { name: /^R\. Kramer/ }).getByLabel('Afwezig').check();
  await expect(attendance.getByRole('group', { name: /^Tante Gloria/ }).getByLabel('Aanwezig')).toBeChecked();
  await check(page, 'wrap-around: attendance');
  await dialogShot(page, attendance, 'wraparound-attendance');
  await attendance.getByRole('button', { name: 'Aanwezigheid opslaan' }).click();
  await expect(attendance).toBeHidden();
  await expect(wrap.getByText('Aanwezigheid vastgelegd: 3 van de 4 deelnemers waren er.')).toBeVisible();
  await expect(meeting.getByRole('list', { name: 'Wie waren er' }).getByRole('listitem').filter({ hasText: 'R. Kramer' })).toContainText('Afwezig');

  // Two actions with an owner and a deadline; a deadline before the meeting is refused by the server, at the field.
  await meeting.getByRole('button', { name: /^Actie toevoegen/ }).click();
  const add = page.getByRole('dialog', { name: 'Actie toevoegen' });
  await add.getByLabel('Actie (verplicht)').fill('Logeerafspraak verlengen tot 1 juni');
  await add.getByLabel('Eigenaar').selectOption({ label: 'Tante Gloria (tante)' });
  await add.getByLabel('Deadline (uiterlijk klaar op)').fill(dayFromStart(-1));
  await add.getByRole('group', { name: 'Werkprincipes' }).getByLabel('Draaglast verkleinen en structuur bieden').check();
  await add.getByRole('button', { name: 'Actie opslaan' }).click();
  const due = add.getByLabel('Deadline (uiterlijk klaar op)');
  await expect(due).toHaveAttribute('aria-invalid', 'true');
  await expect(due).toHaveAccessibleDescription(/De deadline ligt vóór het overleg\. Kies de dag van het overleg of later\./);
  await check(page, 'wrap-around: deadline before the meeting refused');
  await dialogShot(page, add, 'wraparound-action-refused');
  await due.fill(dayFromStart(7));
  await add.getByRole('button', { name: 'Actie opslaan' }).click();
  await expect(add).toBeHidden();
  await expect(wrap.getByText('Actie toegevoegd: ‘Logeerafspraak verlengen tot 1 juni’ (eigenaar: Tante Gloria).')).toBeVisible();

  await meeting.getByRole('button', { name: /^Actie toevoegen/ }).click();
  await add.getByLabel('Actie (verplicht)').fill('Voorstel schuldregeling naar Ricardo sturen');
  await add.getByLabel('Eigenaar').selectOption({ label: 'R. Kramer (Schuldhulpverlener, Kredietbank Rotterdam)' });
  await add.getByLabel('Deadline (uiterlijk klaar op)').fill(dayFromStart(14));
  await add.getByRole('button', { name: 'Actie opslaan' }).click();
  await expect(add).toBeHidden();
  const meetingActions = meeting.getByRole('list', { name: 'Acties uit dit overleg' }).getByRole('listitem').filter({ hasText: 'Logeerafspraak verlengen tot 1 juni' });
  await expect(meetingActions).toContainText(`Tante Gloria, uiterlijk ${nlDate(dayFromStart(7))}`);
  await check(page, 'wrap-around: meeting with actions', 'wraparound-meeting');

  // Someone who owns an action stays on the list of participants: the server says no, next to her name.
  await meeting.getByRole('button', { name: /^Overleg wijzigen/ }).click();
  const change = page.getByRole('dialog', { name: 'Overleg wijzigen' });
  await expect(change.getByLabel('Plaats')).toHaveValue('Buurthuis Hillesluis, zaaltje boven');
  await change.getByRole('checkbox', { name: 'Tante Gloria (tante)' }).uncheck();
  await change.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(change.getByRole('alert').filter({ hasText: 'Er is iets niet goed ingevuld' }))
    .toContainText('Iemand die eigenaar is van een actie blijft op de lijst van deelnemers.');
  await expect(change.getByRole('group', { name: 'Uit het netwerk' })).toContainText('Tante Gloria is eigenaar van een actie en blijft daarom op de lijst.');
  await check(page, 'wrap-around: owner of an action stays');
  await change.getByRole('button', { name: 'Annuleren' }).click();
  await expect(change).toBeHidden();

  // The one list of actions: open ones, the new two among them; one is done in one tap.
  await actions.getByRole('button', { name: /^Open \(\d+\)$/ }).click();
  const openList = actions.getByRole('list', { name: 'Acties: open' });
  const stay = openList.getByRole('listitem').filter({ hasText: 'Logeerafspraak verlengen tot 1 juni' });
  await expect(stay).toContainText('Tante Gloria');
  await expect(stay).toContainText(nlDate(dayFromStart(7)));
  await expect(stay).toContainText(`uit overleg ${nlDate(dayFromStart(0))}`);
  await expect(stay.getByRole('list', { name: 'Werkprincipes' })).toContainText('Draaglast verkleinen en structuur bieden');
  await expect(openList.getByRole('listitem').filter({ hasText: 'Voorstel schuldregeling naar Ricardo sturen' })).toContainText('R. Kramer');
  const doneBefore = Number((await actions.getByRole('button', { name: /^Klaar \(\d+\)$/ }).textContent())!.match(/\((\d+)\)/)![1]);
  await check(page, 'actions: open', 'actions-list');
  await stay.getByRole('button', { name: /^Klaar: / }).click();
  await expect(page.locator(':focus')).toContainText('‘Logeerafspraak verlengen tot 1 juni’ is klaar. U vindt de actie onder Klaar.');
  await expect(openList.getByRole('listitem').filter({ hasText: 'Logeerafspraak verlengen tot 1 juni' })).toHaveCount(0);
  await actions.getByRole('button', { name: `Klaar (${doneBefore + 1})` }).click();
  const doneList = actions.getByRole('list', { name: 'Acties: klaar' });
  const done = doneList.getByRole('listitem').filter({ hasText: 'Logeerafspraak verlengen tot 1 juni' });
  await expect(done).toContainText(new RegExp(`Klaar op ${todayNl()} \\d{2}:\\d{2} door Sanne de Vries`));
  await expect(done.getByRole('button', { name: /^Weer openzetten/ })).toBeVisible();
  await check(page, 'actions: klaar', 'actions-done');

  // A change to the note or the deadline, while someone else changed the same action: nothing is
  // overwritten; the newest version is loaded on request and the change made again.
  const open = await (await page.request.get(`/api/youth/${youthId}/actions?status=open`)).json() as { items: { id: string; version: number; description: string }[] };
  const proposal = open.items.find((a) => a.description === 'Voorstel schuldregeling naar Ricardo sturen')!;
  await actions.getByRole('button', { name: /^Open \(\d+\)$/ }).click();
  const item = openList.getByRole('listitem').filter({ hasText: 'Voorstel schuldregeling naar Ricardo sturen' });
  await item.getByRole('button', { name: 'Wijzigen: Voorstel schuldregeling naar Ricardo sturen' }).click();
  const edit = page.getByRole('dialog', { name: 'Actie wijzigen' });
  await expect(edit.getByLabel('Deadline (uiterlijk klaar op)')).toHaveValue(dayFromStart(14));
  const meanwhile = await apiSend(page.request, 'PATCH', `/api/youth/${youthId}/actions/${proposal.id}`, { version: proposal.version, note: 'Kredietbank wacht op de loonstrook.' });
  expect(meanwhile.status()).toBe(200);
  await edit.getByLabel('Deadline (uiterlijk klaar op)').fill(dayFromStart(21));
  await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(edit.getByText(/^Iemand anders heeft dit intussen gewijzigd\./)).toBeVisible();
  await check(page, 'actions: changed by someone else meanwhile');
  await edit.getByRole('button', { name: 'Nieuwste versie laden' }).click();
  await expect(edit.getByLabel('Toelichting')).toHaveValue('Kredietbank wacht op de loonstrook.');
  await edit.getByLabel('Deadline (uiterlijk klaar op)').fill(dayFromStart(21));
  await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(edit).toBeHidden();
  await expect(page.locator(':focus')).toContainText('De actie ‘Voorstel schuldregeling naar Ricardo sturen’ is gewijzigd.');
  await expect(item).toContainText(nlDate(dayFromStart(21)));
  await expect(item).toContainText('Kredietbank wacht op de loonstrook.');

  // An ontbindende voorwaarde occurs: kept with a note, and the screen offers a new meeting.
  const condition = meeting.getByRole('list', { name: 'Ontbindende voorwaarden' }).getByRole('listitem').filter({ hasText: 'Ricardo kan niet meer bij tante slapen' });
  await condition.getByRole('button', { name: 'Voorgevallen: Ricardo kan niet meer bij tante slapen' }).click();
  const occurred = page.getByRole('dialog', { name: 'Ontbindende voorwaarde voorgevallen' });
  await occurred.getByLabel('Wat is er gebeurd?').fill('Tante Gloria verhuist naar Spijkenisse.');
  await check(page, 'wrap-around: condition occurred (form)');
  await occurred.getByRole('button', { name: 'Vastleggen als voorgevallen' }).click();
  await expect(occurred).toBeHidden();
  await expect(wrap.getByText('Vastgelegd: ‘Ricardo kan niet meer bij tante slapen’ heeft zich voorgedaan. Plan een nieuw overleg.')).toBeVisible();
  await expect(condition).toContainText('Tante Gloria verhuist naar Spijkenisse.');
  await expect(condition).toContainText(new RegExp(`Vastgelegd op ${todayNl()} \\d{2}:\\d{2} door Sanne de Vries`));
  await expect(condition).toContainText('Dit is een reden om opnieuw bij elkaar te komen.');
  // Offered twice: with the message that has focus, and at the condition itself.
  await expect(wrap.getByRole('button', { name: 'Nieuw overleg plannen' })).toHaveCount(2);
  await check(page, 'wrap-around: condition occurred, new meeting offered', 'wraparound-occurred');
  await condition.getByRole('button', { name: 'Nieuw overleg plannen' }).click();
  const again = page.getByRole('dialog', { name: 'Nieuw wrap-around overleg plannen met Ricardo' });
  await expect(again.getByRole('checkbox', { name: 'Tante Gloria (tante)' })).toBeChecked();
  await expect(again.getByRole('group', { name: 'Ontbindende voorwaarden' }).getByLabel('Voorwaarde 1')).toHaveValue('De proefplaatsing stopt');
  await check(page, 'wrap-around: new meeting after a condition');
  await again.getByRole('button', { name: 'Annuleren' }).click();
  await expect(again).toBeHidden();

  // The minutes leave Spil only under Ricardo's consent for the wrap-around purpose.
  await meeting.getByRole('button', { name: /^Verslag \(PDF\)/ }).click();
  const minutes = page.getByRole('dialog', { name: 'Verslag als PDF' });
  await expect(minutes.getByText(/^Er is geen geldige toestemming van Ricardo om het verslag/)).toBeVisible();
  await expect(minutes.getByRole('link', { name: 'Naar Toestemming om te delen (bij het verkoopverhaal)' }))
    .toHaveAttribute('href', `/jongeren/${youthId}/verkoopverhaal#consents-title`);
  await check(page, 'wrap-around: minutes without consent');

  // Where consent is recorded (with the verkoopverhaal): for the wrap-around purpose this time.
  await minutes.getByRole('link', { name: 'Naar Toestemming om te delen (bij het verkoopverhaal)' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Toestemming om te delen' })).toBeVisible();
  await page.getByRole('button', { name: 'Toestemming vastleggen' }).click();
  const consentForm = page.getByRole('form', { name: 'Nieuwe toestemming vastleggen' });
  await consentForm.getByRole('group', { name: 'Waarvoor is de toestemming?' }).getByLabel('Verslag wrap-around overleg delen met de deelnemers').check();
  await consentForm.getByLabel(/^Voor wie/).fill('De deelnemers aan het wrap-around overleg');
  await check(page, 'consent for the wrap-around purpose');
  await consentForm.getByRole('button', { name: 'Toestemming opslaan' }).click();
  const recorded = page.getByRole('list', { name: 'Toestemmingen' }).getByRole('listitem').filter({ hasText: 'De deelnemers aan het wrap-around overleg' });
  await expect(recorded).toContainText('Verslag wrap-around overleg delen met de deelnemers');
  // The verkoopverhaal is not printed under it.
  await expect(recorded.getByRole('link', { name: /^Afdrukken als PDF/ })).toHaveCount(0);

  await page.goto(`/jongeren/${youthId}#plan`);
  await expect(page.getByRole('tab', { name: 'Ondersteuningsplan', exact: true })).toHaveAttribute('aria-selected', 'true');
  await meeting.getByRole('button', { name: /^Verslag \(PDF\)/ }).click();
  const link = minutes.getByRole('link', { name: /^Verslag openen als PDF/ });
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(new RegExp(`^/api/youth/${youthId}/meetings/[0-9a-f-]+/minutes\\.pdf\\?consentId=`));
  const pdf = await page.request.get(href);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  await check(page, 'wrap-around: minutes under consent');
});
