import { expect, test, type Page } from '@playwright/test';
import { apiSend, expectAccessible, expectNoHorizontalScroll, login, LOGINS, openTab, shot, unique } from './support.js';

const STREET_GROUP = ['Dex', 'Yassin', 'Milan', 'Kevin', 'Ilias', 'Jay'];
const PRESENT = ['Dex', 'Yassin', 'Milan', 'Kevin'];

/** The last 21:40 that has passed, in Amsterdam, as a value for <input type="datetime-local">. */
function lastTwentyOneForty(): string {
  const parts = (d: Date) => {
    const p = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(d);
    const get = (t: string) => p.find((x) => x.type === t)?.value ?? '';
    return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
  };
  const now = parts(new Date());
  const day = now.time >= '21:40' ? now.date : parts(new Date(Date.now() - 24 * 3_600_000)).date;
  return `${day}T21:40`;
}

/** The demo street group: from the seed when it is there, otherwise made through the screen. */
async function openStreetGroup(page: Page) {
  const list = page.getByRole('list', { name: 'Groepen' });
  await expect(list.or(page.getByText(/Nog geen groepen/))).toBeVisible();
  const seeded = list.getByRole('link', { name: /Straatgroep/ });
  if (await seeded.count()) {
    await seeded.first().click();
    await expect(page.getByRole('heading', { level: 1, name: /Straatgroep/ })).toBeVisible();
    return;
  }
  await page.getByRole('button', { name: 'Groep maken' }).click();
  const dialog = page.getByRole('dialog', { name: 'Groep maken' });
  await expect(dialog.getByRole('checkbox', { name: 'Dex', exact: true })).toBeVisible();
  await expectAccessible(page, 'dialoog Groep maken');
  await dialog.getByRole('button', { name: 'Groep maken' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Geef de groep een naam.');
  await dialog.getByLabel('Naam van de groep').fill('Straatgroep');
  await dialog.getByLabel('Wijk').fill('Bospolder-Tussendijken');
  await expect(dialog.getByLabel('Verantwoordelijke coach')).toHaveValue(/.+/);
  for (const name of STREET_GROUP) await dialog.getByRole('checkbox', { name, exact: true }).check();
  await dialog.getByRole('button', { name: 'Groep maken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Straatgroep' })).toBeVisible();
  await expect(page.getByText('De groep Straatgroep is gemaakt.')).toBeVisible();
}

test('a nuisance report about the street group at 21:40 starts six clocks; a group contact with four present answers four; a group session shows in an attendee’s timeline', async ({ page }) => {
  test.slow(); // a whole evening and the next morning on the street, with axe at every step
  await login(page, LOGINS.coachDelfshaven, 'Mijn jongeren');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Groepen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Groepen' })).toBeVisible();
  await expectAccessible(page, 'Groepen');
  await expectNoHorizontalScroll(page);

  await openStreetGroup(page);
  const groupName = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  const members = page.getByRole('list', { name: /Leden/ });
  for (const name of STREET_GROUP) await expect(members.getByRole('link', { name, exact: true })).toBeVisible();
  await shot(page, 'group-page');
  await expectAccessible(page, 'groep');
  await expectNoHorizontalScroll(page);

  // A shop owner calls about the group at 21:40.
  await page.getByRole('button', { name: 'Melding over de groep' }).click();
  const reportDialog = page.getByRole('dialog', { name: `Melding over ${groupName}` });
  await expect(reportDialog).toBeVisible();
  await expectAccessible(page, 'dialoog Melding over de groep');
  const reporter = unique('Dhr. Yilmaz');
  await reportDialog.getByLabel('Wanneer').fill(lastTwentyOneForty());
  await reportDialog.getByRole('radio', { name: 'Overlast' }).check();
  await reportDialog.getByLabel('Naam van de melder').fill(reporter);
  await reportDialog.getByLabel('Organisatie van de melder').fill('Supermarkt Schiedamseweg');
  await reportDialog.getByLabel('Wat is er gemeld?').fill('Groep jongeren voor de deur, klanten durven niet naar binnen.');
  await shot(page, 'group-report-form');
  await reportDialog.getByRole('button', { name: 'Melding vastleggen' }).click();
  await expect(reportDialog).toBeHidden();
  await expect(page.getByText('De melding is vastgelegd. Spreek elk lid binnen 24 uur.')).toBeVisible();

  // Six clocks, all running, each saying in words how long is left.
  const report = page.getByRole('list', { name: 'Meldingen over de groep' }).getByRole('listitem').filter({ hasText: reporter });
  await expect(report.getByRole('heading', { level: 3 })).toContainText('Overlast op');
  await expect(report.getByRole('heading', { level: 3 })).toContainText('21:40');
  const clocks = report.getByRole('table');
  await expect(clocks.getByRole('row')).toHaveCount(1 + STREET_GROUP.length);
  await expect(clocks.getByRole('cell', { name: /Loopt nog/ })).toHaveCount(STREET_GROUP.length);
  await expect(clocks.getByRole('row', { name: /Dex/ })).toContainText(/Nog \d+ (uur|minuten?) om Dex te spreken/);
  await expect(report).toContainText(`0 van ${STREET_GROUP.length} op tijd gesproken · ${STREET_GROUP.length} klokken lopen nog`);
  await expectAccessible(page, 'groep met zes klokken');
  await expectNoHorizontalScroll(page);
  await shot(page, 'group-six-clocks');

  // The next contact with the group: four of the six are there, recorded once.
  await page.getByRole('button', { name: 'Groepscontact vastleggen' }).click();
  const contactDialog = page.getByRole('dialog', { name: `Groepscontact met ${groupName}` });
  await expect(contactDialog).toBeVisible();
  await contactDialog.getByLabel('Soort contact').selectOption({ label: 'Op straat' });
  await contactDialog.getByRole('button', { name: 'Groepscontact vastleggen' }).click();
  await expect(contactDialog.getByRole('alert')).toContainText('Kies minstens één jongere die erbij was.');
  await expectAccessible(page, 'dialoog Groepscontact (met fout)');
  for (const name of PRESENT) await contactDialog.getByRole('checkbox', { name, exact: true }).check();
  await contactDialog.getByLabel('Wat is er besproken?').fill('Op de hangplek gesproken over de melding van de supermarkt.');
  await shot(page, 'group-contact-form');
  await contactDialog.getByRole('button', { name: 'Groepscontact vastleggen' }).click();
  await expect(contactDialog).toBeHidden();
  await expect(page.getByText(`een contactmoment in het dossier van ${PRESENT.length} jongeren`)).toBeVisible();

  await expect(clocks.getByRole('cell', { name: /Op tijd/ })).toHaveCount(PRESENT.length);
  await expect(clocks.getByRole('cell', { name: /Loopt nog/ })).toHaveCount(STREET_GROUP.length - PRESENT.length);
  for (const name of PRESENT) await expect(clocks.getByRole('row', { name: new RegExp(name) })).toContainText('Op tijd');
  await expect(clocks.getByRole('row', { name: /Jay/ })).toContainText(/Nog \d+ (uur|minuten?) om Jay te spreken/);
  await expect(report).toContainText(`${PRESENT.length} van ${STREET_GROUP.length} op tijd gesproken · 2 klokken lopen nog`);
  const contacts = page.getByRole('list', { name: 'Groepscontacten' });
  await expect(contacts.getByRole('listitem').first()).toContainText(`Aanwezig (${PRESENT.length}): `);
  await expect(contacts.getByRole('listitem').first()).toContainText('Op straat');
  await expectAccessible(page, 'groep na het groepscontact');
  await expectNoHorizontalScroll(page);
  await shot(page, 'group-four-answered');

  // The group can be changed (name, neighbourhood, coach, members).
  await page.getByRole('button', { name: 'Groep wijzigen' }).click();
  const edit = page.getByRole('dialog', { name: 'Groep wijzigen' });
  await expect(edit.getByRole('checkbox', { name: 'Dex', exact: true })).toBeChecked();
  await expectAccessible(page, 'dialoog Groep wijzigen');
  await edit.getByLabel('Notitie').fill('Hangplek bij de supermarkt aan de Schiedamseweg.');
  await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByText(`De groep ${groupName} is opgeslagen.`)).toBeVisible();
  await expect(page.getByText('Hangplek bij de supermarkt aan de Schiedamseweg.')).toBeVisible();

  // A training session for two of them, in each attendee's timeline.
  await page.getByRole('link', { name: 'Terug naar Groepen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Groepen' })).toBeVisible();
  await page.getByRole('button', { name: 'Bijeenkomst vastleggen' }).click();
  const sessionDialog = page.getByRole('dialog', { name: 'Groepsbijeenkomst vastleggen' });
  await expect(sessionDialog.getByRole('checkbox', { name: 'Dex', exact: true })).toBeVisible();
  await expectAccessible(page, 'dialoog Groepsbijeenkomst');
  const topic = unique('Solliciteren');
  await sessionDialog.getByLabel('Onderwerp').fill(topic);
  await sessionDialog.getByLabel('Begeleid door').fill('Anouk Jansen');
  await sessionDialog.getByRole('checkbox', { name: 'Dex', exact: true }).check();
  await sessionDialog.getByRole('checkbox', { name: 'Jay', exact: true }).check();
  await sessionDialog.getByRole('button', { name: 'Bijeenkomst vastleggen' }).click();
  await expect(sessionDialog).toBeHidden();
  await expect(page.getByText(`De bijeenkomst ${topic} staat in de tijdlijn van 2 jongeren.`)).toBeVisible();
  const session = page.getByRole('list', { name: 'Groepsbijeenkomsten' }).getByRole('listitem').filter({ hasText: topic });
  await expect(session).toContainText('begeleid door Anouk Jansen');
  await expect(session).toContainText('Aanwezig (2): ');
  await expectAccessible(page, 'Groepen met bijeenkomst');
  await expectNoHorizontalScroll(page);
  await shot(page, 'group-sessions');

  await page.getByRole('list', { name: 'Groepen' }).getByRole('link', { name: groupName }).click();
  await page.getByRole('list', { name: /Leden/ }).getByRole('link', { name: 'Dex', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dex' })).toBeVisible();
  await openTab(page, 'Tijdlijn');
  const timeline = page.getByRole('list', { name: 'Tijdlijn' });
  await expect(timeline.getByRole('listitem').filter({ hasText: topic })).toContainText(`Groepsbijeenkomst: ${topic} — begeleid door Anouk Jansen`);
  await expect(timeline.getByRole('listitem').filter({ hasText: `Contactmoment (groepscontact ${groupName})` }).first()).toContainText('Op straat');
  await expectAccessible(page, 'tijdlijn met groepsbijeenkomst');
  await expectNoHorizontalScroll(page);
  await shot(page, 'group-timeline');
});

test('a coach makes a group with two of the street group, and a change saved by someone else in between is not overwritten', async ({ page }) => {
  await login(page, LOGINS.coachDelfshaven, 'Mijn jongeren');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Groepen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Groepen' })).toBeVisible();
  await page.getByRole('button', { name: 'Groep maken' }).click();
  const dialog = page.getByRole('dialog', { name: 'Groep maken' });
  await expect(dialog.getByRole('checkbox', { name: 'Dex', exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Groep maken' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Geef de groep een naam.');
  await expect(dialog.getByLabel('Naam van de groep')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'dialoog Groep maken (met fout)');
  const name = unique('Voetbalgroep');
  await dialog.getByLabel('Naam van de groep').fill(name);
  await dialog.getByLabel('Wijk').fill('Spangen');
  await expect(dialog.getByLabel('Verantwoordelijke coach')).toHaveValue(/.+/);
  await dialog.getByRole('checkbox', { name: 'Ilias', exact: true }).check();
  await dialog.getByRole('checkbox', { name: 'Jay', exact: true }).check();
  await shot(page, 'group-create-form');
  await dialog.getByRole('button', { name: 'Groep maken' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText(`De groep ${name} is gemaakt.`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Leden (2)' })).toBeVisible();
  await expect(page.getByText('Nog geen meldingen over deze groep.')).toBeVisible();
  await expectAccessible(page, 'nieuwe groep');
  await expectNoHorizontalScroll(page);

  // A colleague renames the group while this coach has the form open.
  await page.getByRole('button', { name: 'Groep wijzigen' }).click();
  const edit = page.getByRole('dialog', { name: 'Groep wijzigen' });
  await edit.getByRole('checkbox', { name: 'Kevin', exact: true }).check();
  const groupId = page.url().split('/').pop()!;
  const current = await (await page.request.get(`/api/groups/${groupId}`)).json() as { version: number };
  const renamed = `${name} Spangen`;
  expect((await apiSend(page.request, 'PATCH', `/api/groups/${groupId}`, { version: current.version, name: renamed })).status()).toBe(200);
  await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(edit.getByText('Iemand anders heeft deze groep intussen gewijzigd.')).toBeVisible();
  await expectAccessible(page, 'dialoog Groep wijzigen (409)');
  await edit.getByRole('button', { name: 'Nieuwste versie laden' }).click();
  await expect(edit.getByLabel('Naam van de groep')).toHaveValue(renamed);
  await expect(edit.getByRole('checkbox', { name: 'Kevin', exact: true })).not.toBeChecked();
  await edit.getByRole('checkbox', { name: 'Kevin', exact: true }).check();
  await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: renamed })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Leden (3)' })).toBeVisible();
});
