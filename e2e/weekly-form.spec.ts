import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { amsterdamDate, expectAccessible, expectNoHorizontalScroll, login, LOGINS, nlDate, openTab, shot } from './support.js';

/** Like shot(), but only what is on the screen now: a dialog scrolls inside itself. */
async function screenShot(page: Page, name: string) {
  const dir = process.env.E2E_SHOTS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}-${page.viewportSize()?.width ?? 0}.png`) });
}

/** An Amsterdam calendar date, `days` from today, as 'YYYY-MM-DD'. */
/** This week's Monday in Amsterdam, 'YYYY-MM-DD'. */
function thisMonday(): string {
  const [y, m, d] = amsterdamDate().split('-').map(Number) as [number, number, number];
  const utc = Date.UTC(y, m - 1, d);
  return new Date(utc - ((new Date(utc).getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
}
/** "23 november 2026" for this week's Monday, as the weekly form names the week. */
const thisMondayLong = () => new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(thisMonday()));

async function openYouthWork(page: Page, name: string): Promise<Locator> {
  await page.goto('/');
  await page.getByRole('link', { name, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await openTab(page, 'Werk');
  const panel = page.getByRole('tabpanel', { name: 'Werk' });
  await expect(panel.getByRole('heading', { level: 2, name: 'Plaatsingen' })).toBeVisible();
  return panel;
}

/** A browser of someone without an account: no cookies, no session. */
async function freshPhone(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  return { context, page: await context.newPage() };
}

const CHOICES: [string, string][] = [
  ['Op tijd komen', 'Gezien'], ['Willen werken', 'Gezien'], ['Respect tonen', 'Gezien'], ['Kunnen samenwerken', 'Deels'],
  ['Eerlijk zijn', 'Gezien'], ['Ideeën hebben', 'Deels'], ['Ondernemend zijn', 'Nog niet'], ['Afspraken nakomen', 'Gezien'],
  ['Zelfstandig kunnen werken', 'Deels'], ['Doorzetten', 'N.v.t.'],
];

/** Ricardo's placement in the kitchen, on the youth file's work tab. */
async function ricardosKitchen(page: Page): Promise<Locator> {
  const panel = await openYouthWork(page, 'Ricardo');
  return panel.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: 'Proefplaatsing — Keuken bij Restaurant De Haven' }) });
}

// Ricardo (demo) has been in De Haven's kitchen on a trial placement for eight weeks; the chef
// filled in a weekly form every Friday and the wage-cost subsidy runs out in three weeks.
test('the kitchen placement: its agreements, the subsidy running out, and the eight-week trend of the ten competencies as charts and as a table', async ({ page }) => {
  test.slow(); // long pages, each checked with axe
  await login(page, LOGINS.coach, 'Mijn jongeren');
  const kitchen = await ricardosKitchen(page);
  await expect(kitchen).toContainText('Loopt');
  await expect(kitchen).toContainText('Youssef Amrani (Chef-kok)');
  await expect(kitchen).toContainText('24 uur per week');
  await expect(kitchen.getByText(/Let op: Loonkostensubsidie loopt af over \d+ dagen \(\d\d-\d\d-\d{4}\)\.$/).first()).toBeVisible();

  // The agreements at placement as a checklist with notes, in the handbook's words.
  const agreements = kitchen.getByRole('list', { name: 'Afspraken bij plaatsing' });
  await expect(agreements.getByRole('listitem')).toHaveCount(10);
  await expect(agreements.getByRole('listitem').filter({ hasText: 'Scholing en training (bijv. VCA)' })).toContainText('— afgesproken');
  await expect(agreements.getByRole('listitem').filter({ hasText: 'Scholing en training (bijv. VCA)' })).toContainText('VCA-cursus');
  await expect(agreements.getByRole('listitem').filter({ hasText: 'Coaching op de werkplek' })).toContainText('nog niet afgesproken');

  // The trend of the ten competencies over eight weeks, in words and as a table.
  const trend = kitchen.getByRole('list', { name: 'Verloop per competentie' });
  await expect(trend.getByRole('listitem')).toHaveCount(10);
  await expect(kitchen.getByText(/^Verloop over 8 weken, van /)).toBeVisible();
  await expect(trend.getByRole('img', { name: 'Op tijd komen. van ○ nog niet naar ✓ gezien (8 weken)' })).toBeVisible();
  await kitchen.getByText('Verloop als tabel').click();
  const table = kitchen.getByRole('table');
  await expect(table.getByRole('rowgroup').nth(1).getByRole('row')).toHaveCount(10);
  await expect(table.getByRole('columnheader')).toHaveCount(9);
  await expect(table.getByRole('row', { name: /^Op tijd komen/ }).getByRole('cell').last()).toHaveText('✓ gezien');
  const weeks = kitchen.getByRole('list', { name: /^Ingevulde weken/ });
  await expect(kitchen.getByRole('heading', { name: 'Ingevulde weken (8)' })).toBeVisible();
  await expect(weeks.getByText('Ingevuld door Youssef Amrani via de link')).toHaveCount(4);
  await kitchen.getByRole('button', { name: 'Alle 8 weken tonen' }).click();
  await expect(weeks.getByText('Ingevuld door Youssef Amrani via de link')).toHaveCount(8);
  await expectAccessible(page, 'Werk: plaatsing met verloop');
  await expectNoHorizontalScroll(page);
  await shot(page, 'placement-trend');

  // The coach can also fill in a week with the chef in person.
  await kitchen.getByRole('button', { name: 'Zelf invullen met de leidinggevende' }).click();
  const fill = page.getByRole('dialog', { name: 'Week samen invullen' });
  await expect(fill.getByLabel('Welke week?')).toHaveValue(thisMonday());
  await expect(fill.getByLabel('Naam van de leidinggevende')).toHaveValue('Youssef Amrani');
  await expectAccessible(page, 'dialoog zelf invullen');
  await screenShot(page, 'placement-fill-in-dialog');
  await fill.getByRole('button', { name: 'Annuleren' }).click();
  await expect(fill).toBeHidden();
});

// Every Friday the chef gets a personal link and fills in the week on his phone, without an
// account. The coach sees the new week; once the link is revoked it shows nothing any more.
test('a link for the chef: made once, used on a phone without an account, the new week in the list, and revoked', async ({ page, browser }) => {
  test.slow(); // two browsers, each state checked with axe
  await login(page, LOGINS.coach, 'Mijn jongeren');
  const kitchen = await ricardosKitchen(page);
  const weeks = kitchen.getByRole('list', { name: /^Ingevulde weken/ });
  await expect(kitchen.getByRole('heading', { name: 'Ingevulde weken (8)' })).toBeVisible();

  // A personal link for the chef: shown once, with the date it stops working.
  await kitchen.getByRole('button', { name: 'Link voor de leidinggevende maken' }).click();
  const dialog = page.getByRole('dialog', { name: 'De link is klaar' });
  const url = await dialog.getByLabel('De link').inputValue();
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/week\/[A-Za-z0-9_-]{43}$/);
  await expect(dialog).toContainText('U ziet deze link maar één keer: Spil bewaart hem niet leesbaar. Bewaar of deel hem nu.');
  await expect(dialog).toContainText(`De link werkt tot ${nlDate(amsterdamDate(14))}`);
  await expect(dialog.getByRole('link', { name: /^Delen via WhatsApp/ })).toHaveAttribute('href', /^https:\/\/wa\.me\/\?text=.*%2Fweek%2F/);
  await expect(dialog.getByRole('link', { name: 'Delen via e-mail' })).toHaveAttribute('href', /^mailto:\?subject=Weekformulier%20voor%20Ricardo/);
  await expect(dialog.getByRole('button', { name: 'Link kopiëren' })).toBeVisible();
  await expectAccessible(page, 'dialoog link voor de leidinggevende');
  await expectNoHorizontalScroll(page);
  await screenShot(page, 'placement-link-dialog');
  await dialog.getByRole('button', { name: 'Klaar' }).scrollIntoViewIfNeeded();
  await screenShot(page, 'placement-link-dialog-end');
  await dialog.getByRole('button', { name: 'Klaar' }).click();
  await expect(dialog).toBeHidden();
  const links = kitchen.getByRole('list', { name: 'Links voor de leidinggevende' });
  const link = links.getByRole('listitem').first();
  await expect(links.getByRole('listitem')).toHaveCount(1);
  await expect(link).toContainText('actief');
  await expect(link).toContainText('Nog niet gebruikt');

  // The chef opens the link on his phone: no account, no login, only Ricardo's first name and the placement.
  const chef = await freshPhone(browser);
  await chef.page.goto(url);
  await expect(chef.page.getByRole('heading', { level: 1, name: 'Weekformulier voor Ricardo — Keuken bij Restaurant De Haven' })).toBeVisible();
  await expect(chef.page.getByText(`Week van maandag ${thisMondayLong()}`, { exact: true })).toBeVisible();
  await expect(chef.page.getByRole('navigation', { name: 'Hoofdmenu' })).toHaveCount(0);
  await expect(chef.page.getByLabel('Wachtwoord')).toHaveCount(0);
  for (const [name] of CHOICES) await expect(chef.page.getByRole('group', { name, exact: true })).toBeVisible();
  // Big targets: each of the four choices is at least 44 px high.
  const choice = await chef.page.getByRole('group', { name: 'Op tijd komen', exact: true }).locator('label').filter({ hasText: 'Nog niet' }).boundingBox();
  expect(choice!.height).toBeGreaterThanOrEqual(44);
  await expectAccessible(chef.page, 'weekformulier van de leidinggevende');
  await expectNoHorizontalScroll(chef.page);
  await shot(chef.page, 'supervisor-week');

  // Sent without a name or an answer: the form says what is missing.
  await chef.page.getByRole('button', { name: 'Weekformulier versturen' }).click();
  const summary = chef.page.getByRole('alert').filter({ hasText: 'Er is iets niet goed ingevuld' });
  await expect(summary).toContainText('Vul een naam in.');
  await expect(summary).toContainText('Kies een antwoord bij Op tijd komen (n.v.t. mag ook).');
  await expectAccessible(chef.page, 'weekformulier met fouten');

  await chef.page.getByLabel('Uw naam').fill('Youssef Amrani');
  for (const [name, answer] of CHOICES) {
    await chef.page.getByRole('group', { name, exact: true }).getByRole('radio', { name: answer, exact: true }).check();
  }
  const ideas = chef.page.getByRole('group', { name: 'Ideeën hebben', exact: true });
  await ideas.getByText('Opmerking toevoegen (mag leeg)').click();
  await ideas.getByLabel('Opmerking bij Ideeën hebben').fill('Bedacht zelf een snellere manier om uien te snijden.');
  await chef.page.getByLabel('Opmerking over deze week').fill('Goede week, op tijd en vrolijk.');
  await expectAccessible(chef.page, 'weekformulier ingevuld');
  await chef.page.getByRole('button', { name: 'Weekformulier versturen' }).click();
  await expect(chef.page.getByRole('heading', { level: 1, name: 'Bedankt!' })).toBeVisible();
  await expect(chef.page.getByText(`Het weekformulier voor Ricardo (week van maandag ${thisMondayLong()}) is verstuurd naar de coach.`)).toBeVisible();
  await expectAccessible(chef.page, 'bedankt');
  await shot(chef.page, 'supervisor-thanks');
  // The language switch works here too.
  await chef.page.getByRole('button', { name: 'English (Engels)' }).click();
  await expect(chef.page.getByRole('heading', { level: 1, name: 'Thank you!' })).toBeVisible();
  await chef.page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(chef.page.getByRole('heading', { level: 1, name: 'Bedankt!' })).toBeVisible();

  // Back with the coach: the new week is in the list, and the link has been used.
  await page.reload();
  await openTab(page, 'Werk');
  await expect(kitchen.getByRole('heading', { name: 'Ingevulde weken (9)' })).toBeVisible();
  const newest = weeks.getByRole('listitem').filter({ hasText: `Week van maandag ${thisMondayLong()}` });
  await expect(newest).toContainText('Ingevuld door Youssef Amrani via de link');
  await expect(newest).toContainText('✓ 5 gezien · ◐ 3 deels · ○ 1 nog niet');
  await expect(newest).toContainText('Goede week, op tijd en vrolijk.');
  await newest.getByText('De tien punten van deze week').click();
  await expect(newest).toContainText('◐ deels — Ideeën hebben: Bedacht zelf een snellere manier om uien te snijden.');
  await expect(kitchen.getByText(/^Verloop over 9 weken, van /)).toBeVisible();
  await expect(link).toContainText('Laatst gebruikt:');

  // The coach revokes the link: the chef's page is friendly and shows nothing of Ricardo.
  await link.getByRole('button', { name: /^Intrekken/ }).click();
  await expect(kitchen.getByText('De link is ingetrokken: hij werkt niet meer.')).toBeVisible();
  await expect(link).toContainText('ingetrokken');
  await expect(link.getByRole('button', { name: /^Intrekken/ })).toHaveCount(0);
  await expectAccessible(page, 'Werk: link ingetrokken');
  await chef.page.reload();
  await expect(chef.page.getByRole('heading', { level: 1, name: 'Deze link werkt niet meer' })).toBeVisible();
  await expect(chef.page.getByText(/^Vraag de coach om een nieuwe link\./)).toBeVisible();
  await expect(chef.page.getByText('Ricardo')).toHaveCount(0);
  await expect(chef.page.getByText('De Haven')).toHaveCount(0);
  await expectAccessible(chef.page, 'link werkt niet meer');
  await expectNoHorizontalScroll(chef.page);
  await shot(chef.page, 'supervisor-link-revoked');
  // A made-up link gets the same page.
  await chef.page.goto(`/week/${'A'.repeat(43)}`);
  await expect(chef.page.getByRole('heading', { level: 1, name: 'Deze link werkt niet meer' })).toBeVisible();
  await chef.context.close();
});

// A new placement for Tamir (demo) at the bakery, first with the planned end before the start:
// the server refuses it and the form says so next to the field.
test('a new placement: employer then workplace from the network, the agreements, and the server refusing an end before the start', async ({ page }) => {
  test.slow(); // three states checked with axe
  await login(page, LOGINS.coach, 'Mijn jongeren');
  const panel = await openYouthWork(page, 'Tamir');
  await panel.getByRole('button', { name: 'Nieuwe plaatsing' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nieuwe plaatsing vastleggen' });
  await dialog.getByRole('combobox', { name: /^Werkgever/ }).selectOption({ label: 'Bakkerij Ali (Afrikaanderwijk)' });
  await expect(dialog.getByRole('combobox', { name: /^Werkplek/ })).toHaveValue(/[0-9a-f-]{36}/); // its one workplace, chosen at once
  await dialog.getByRole('combobox', { name: /^Soort plaatsing/ }).selectOption({ label: 'Werkervaringsplaats' });
  await dialog.getByLabel('Startdatum').fill(amsterdamDate(14));
  await dialog.getByLabel('Geplande einddatum').fill(amsterdamDate(7));
  await dialog.getByLabel('Naam leidinggevende').fill('Ali Yilmaz');
  await dialog.getByLabel('Functie leidinggevende').fill('Eigenaar');
  await dialog.getByLabel('Uren per week').fill('16');
  await dialog.getByRole('checkbox', { name: 'Werktijden' }).check();
  await dialog.getByLabel('Wat is afgesproken over: Werktijden').fill('Maandag en woensdag, 6–12 uur');
  await dialog.getByRole('checkbox', { name: 'Scholing en training (bijv. VCA)' }).check();
  await expectAccessible(page, 'dialoog nieuwe plaatsing');
  await screenShot(page, 'placement-new');
  await dialog.getByRole('button', { name: 'Plaatsing opslaan' }).click();

  const end = dialog.getByLabel('Geplande einddatum');
  await expect(end).toHaveAttribute('aria-invalid', 'true');
  await expect(end).toHaveAccessibleDescription(/De einddatum ligt vóór de startdatum\. Kies een latere einddatum\./);
  await expect(dialog.getByRole('alert').filter({ hasText: 'Er is iets niet goed ingevuld' }))
    .toContainText('Geplande einddatum: De einddatum ligt vóór de startdatum. Kies een latere einddatum.');
  await expectAccessible(page, 'dialoog nieuwe plaatsing met weigering');
  await expectNoHorizontalScroll(page);
  await end.scrollIntoViewIfNeeded();
  await screenShot(page, 'placement-new-refused');

  await end.fill(amsterdamDate(100));
  await dialog.getByRole('button', { name: 'Plaatsing opslaan' }).click();
  await expect(dialog).toBeHidden();
  await expect(panel.getByText('De plaatsing in Bakkerij bij Bakkerij Ali is vastgelegd.')).toBeVisible();
  const bakery = panel.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: 'Werkervaringsplaats — Bakkerij bij Bakkerij Ali' }) });
  await expect(bakery).toContainText('Gepland');
  await expect(bakery).toContainText(`${nlDate(amsterdamDate(14))} tot ${nlDate(amsterdamDate(100))}`);
  await expect(bakery.getByRole('list', { name: 'Afspraken bij plaatsing' }).getByRole('listitem').filter({ hasText: 'Werktijden' }))
    .toContainText('Maandag en woensdag, 6–12 uur');
  await expectAccessible(page, 'Werk: nieuwe plaatsing');
  await expectNoHorizontalScroll(page);
});
