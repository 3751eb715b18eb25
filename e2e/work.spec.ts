import { expect, test, type Locator, type Page } from '@playwright/test';
import { makeOwnYouth } from './casework-support.js';
import { apiSend, expectAccessible, expectNoHorizontalScroll, login, LOGINS, openTab, shot, todayNl, unique } from './support.js';

async function check(page: Page, where: string, name?: string) {
  await expectAccessible(page, where);
  await expectNoHorizontalScroll(page);
  if (name) await shot(page, name);
}

/** One answer of the workplace scan's pair question, e.g. "Druk / Rustig" → "Druk". */
async function pick(dialog: Locator, pair: string, answer: string) {
  await dialog.getByRole('group', { name: pair }).getByLabel(answer, { exact: true }).check();
}

// The coach visits a restaurant on the south bank, adds it to the team's employer network with a
// scan of its kitchen (busy, team work, hands-on), and a colleague's edit in between is not lost.
// Adding it a second time warns. Then Ricardo's matches: Restaurant De Haven's kitchen, which he
// named himself, comes first with its reasons, and he chooses it.
test('werkgevers: a restaurant with a kitchen scan, a visit, an edit that crosses a colleague\'s, the duplicate warning, and the kitchen among Ricardo\'s matches', async ({ page }) => {
  test.slow(); // one long story with an axe check at every state
  await login(page, LOGINS.coach, 'Mijn jongeren');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werkgevers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Werkgevers' })).toBeVisible();

  // The network: a dozen demo employers, each with its facts.
  const employers = page.getByRole('list', { name: 'Werkgevers in het netwerk' });
  const haven = employers.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Restaurant De Haven' }) });
  await expect(haven).toContainText('Horeca · Kop van Zuid, Rotterdam');
  await expect(haven).toContainText('Klein bedrijf · Met MVO-convenant');
  await expect(haven).toContainText('1 werkplek · 1 open plek');
  await expect(haven).toContainText(/Laatste contact: \d\d-\d\d-\d{4}/);
  await check(page, 'Werkgevers', 'employers-list');

  // Filter on sector: only the Horeca employers stay.
  await page.getByLabel('Branche').selectOption('Horeca');
  await expect(page.getByRole('status').filter({ hasText: /^\d+ werkgevers?$/ })).toHaveText('1 werkgever');
  await expect(employers.getByRole('heading', { name: 'Bakkerij Ali' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Filters wissen' }).click();
  await page.getByLabel('Zoek op bedrijfsnaam').fill('bakkerij');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(employers.getByRole('heading', { level: 2 })).toHaveText(['Bakkerij Ali']);
  await page.getByRole('button', { name: 'Filters wissen' }).click();
  await expect(employers.getByRole('heading', { name: 'Restaurant De Haven' })).toBeVisible();

  // Add the restaurant. An empty save says what is missing.
  const name = unique('Eetcafé Maashaven');
  await page.getByRole('button', { name: 'Werkgever toevoegen' }).click();
  const add = page.getByRole('dialog', { name: 'Werkgever toevoegen' });
  await add.getByRole('button', { name: 'Werkgever opslaan' }).click();
  const summary = add.getByRole('alert').filter({ hasText: 'Er is iets niet goed ingevuld' });
  await expect(summary).toContainText('Vul de naam van het bedrijf in.');
  await expect(summary).toContainText('Kies de grootte van het bedrijf.');
  await expect(add.getByLabel(/^Bedrijfsnaam/)).toHaveAttribute('aria-invalid', 'true');
  await check(page, 'dialoog Werkgever toevoegen (met fouten)');

  await add.getByLabel(/^Bedrijfsnaam/).fill(name);
  await add.getByLabel(/^Plaats/).fill('Rotterdam');
  await add.getByLabel('Wijk', { exact: true }).fill('Maashaven');
  await add.getByLabel(/^Branche/).fill('Horeca');
  await add.getByRole('group', { name: /^Grootte/ }).getByLabel('Klein bedrijf').check();
  await add.getByLabel('Heeft het MVO-convenant van de gemeente getekend').check();
  const first = add.getByRole('group', { name: 'Contactpersoon 1' });
  await first.getByLabel('Naam').fill('Samira Bakker');
  await first.getByLabel('Functie').fill('Chef-kok');
  await first.getByLabel('Telefoon').fill('010 123 45 67');
  await first.getByLabel('E-mailadres').fill('samira@example.nl');
  await add.getByRole('button', { name: 'Nog een contactpersoon' }).click();
  const second = add.getByRole('group', { name: 'Contactpersoon 2' });
  await expect(second.getByLabel('Naam')).toBeFocused();
  await second.getByLabel('Naam').fill('Joost');
  await second.getByLabel('E-mailadres').fill('joost@');
  await add.getByLabel('Soorten instapwerk').fill('Afwassen, groente snijden');
  await add.getByLabel('Werk waar niemand aan toekomt (jobcarving)').fill('De groente voor de lunch blijft liggen.');
  await add.getByRole('button', { name: 'Werkgever opslaan' }).click();
  await expect(summary).toContainText('Het e-mailadres van contactpersoon 2 klopt niet.');
  await second.getByLabel('E-mailadres').fill('');
  await check(page, 'dialoog Werkgever toevoegen (ingevuld)', 'employer-add');
  await add.getByRole('button', { name: 'Werkgever opslaan' }).click();

  // The new employer's page.
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText(`${name} staat nu in het werkgeversnetwerk.`)).toBeVisible();
  const employerId = new URL(page.url()).pathname.split('/').pop()!;
  const details = page.getByRole('region', { name: 'Gegevens' });
  await expect(details).toContainText('Maashaven');
  await expect(details).toContainText('Samira Bakker, Chef-kok');
  await expect(details).toContainText('Joost');
  await expect(details).toContainText('De groente voor de lunch blijft liggen.');
  await check(page, 'werkgever (nieuw)');

  // The kitchen: busy, together, hands-on, a patient chef who shows each step.
  await page.getByRole('button', { name: 'Werkplek toevoegen' }).click();
  const wp = page.getByRole('dialog', { name: 'Werkplek toevoegen' });
  await wp.getByLabel(/^Naam van de werkplek/).fill('Keuken');
  await wp.getByLabel(/^Aantal open plekken/).fill('2');
  await pick(wp, 'Binnen / Buiten', 'Binnen');
  await pick(wp, 'Alleen / Samen', 'Samen');
  await pick(wp, 'Met het hoofd / Met de handen', 'Met de handen');
  await pick(wp, 'Druk / Rustig', 'Druk');
  await wp.getByLabel('Sfeer').fill('Druk, hecht team, veel lachen');
  await wp.getByLabel('Taken en de stappen daarin').fill('Groente snijden: de chef doet het voor, dan samen, dan zelf.');
  await wp.getByLabel('Manier van instructie en leidinggeven').fill('Geduldige chef die elke stap voordoet');
  await check(page, 'dialoog Werkplek toevoegen', 'workplace-add');
  await wp.getByRole('button', { name: 'Werkplek opslaan' }).click();
  await expect(wp).toBeHidden();
  await expect(page.getByText('Werkplek Keuken is toegevoegd.')).toBeVisible();
  const kitchen = page.getByRole('region', { name: 'Werkplekken en quick scan' }).getByRole('article', { name: 'Keuken' });
  await expect(kitchen).toContainText('2 open plekken');
  await expect(kitchen).toContainText(`Quick scan van ${todayNl()}`);
  const traits = kitchen.getByRole('definition');
  for (const [i, answer] of ['Binnen', 'Samen', 'Weet ik niet', 'Met de handen', 'Druk'].entries()) await expect(traits.nth(i)).toHaveText(answer);
  await expect(kitchen).toContainText('Geduldige chef die elke stap voordoet');

  // A visit recorded in the contact history.
  await page.getByRole('button', { name: 'Contact vastleggen' }).click();
  const visit = page.getByRole('dialog', { name: 'Contact vastleggen' });
  await visit.getByLabel(/^Wat is er besproken\?/).fill('Kennisgemaakt met Samira; keuken bekeken.');
  await visit.getByRole('button', { name: 'Contact opslaan' }).click();
  await expect(visit).toBeHidden();
  const history = page.getByRole('region', { name: 'Contacthistorie' });
  await expect(history.getByRole('listitem').first()).toContainText(`${todayNl()} · Sanne de Vries`);
  await expect(history.getByRole('listitem').first()).toContainText('Kennisgemaakt met Samira; keuken bekeken.');
  await check(page, 'werkgever met werkplek en contact', 'employer-detail');

  // Editing while a colleague saves the same employer: nothing of theirs is lost.
  await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
  const edit = page.getByRole('dialog', { name: 'Gegevens van de werkgever wijzigen' });
  await edit.getByLabel(/^Branche/).fill('Horeca en catering');
  const current = await (await page.request.get(`/api/employers/${employerId}`)).json() as { version: number };
  const colleague = await apiSend(page.request, 'PATCH', `/api/employers/${employerId}`, { version: current.version, sector: 'Restaurant', notes: 'Bellen na 14.00 uur.' });
  expect(colleague.status()).toBe(200);
  await edit.getByRole('button', { name: 'Wijziging opslaan' }).click();
  await expect(edit.getByText(/Iemand anders heeft dit intussen gewijzigd/)).toBeVisible();
  await expect(edit.getByRole('definition')).toHaveText(['Nu opgeslagen: Restaurant', 'Uw invoer: Horeca en catering']);
  await check(page, 'dialoog Gegevens wijzigen (conflict)');
  await edit.getByRole('button', { name: 'Mijn invoer toch opslaan' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByText(`De gegevens van ${name} zijn opgeslagen.`)).toBeVisible();
  await expect(details).toContainText('Horeca en catering');
  await expect(details).toContainText('Bellen na 14.00 uur.');

  // Adding the same restaurant again: the network says it is already there.
  await page.getByRole('link', { name: 'Alle werkgevers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Werkgevers' })).toBeVisible();
  await page.getByRole('button', { name: 'Werkgever toevoegen' }).click();
  await add.getByLabel(/^Bedrijfsnaam/).fill(name);
  await add.getByLabel(/^Plaats/).fill('Rotterdam');
  await add.getByLabel(/^Branche/).fill('Horeca');
  await add.getByRole('group', { name: /^Grootte/ }).getByLabel('Klein bedrijf').check();
  await add.getByRole('button', { name: 'Werkgever opslaan' }).click();
  await expect(add.getByText(`Er staat al een werkgever “${name}” in Rotterdam in het werkgeversnetwerk.`)).toBeVisible();
  await expect(add.getByRole('button', { name: 'Toch toevoegen, het is een ander bedrijf' })).toBeVisible();
  await check(page, 'dialoog Werkgever toevoegen (dubbel)', 'employer-duplicate');
  await add.getByRole('link', { name: `Bekijk ${name} in Rotterdam` }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(`/werkgevers/${employerId}`);

  // The new kitchen is now among the workplaces Spil weighs for Ricardo, with its reasons.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn jongeren' }).click();
  await page.getByRole('link', { name: 'Ricardo', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ricardo' })).toBeVisible();
  await openTab(page, 'Werk');
  const ours = page.getByRole('tabpanel', { name: 'Werk' }).getByRole('article', { name: `${name}: Keuken` });
  await expect(ours).toContainText('Horeca en catering · Maashaven · 2 open plekken');
  for (const reason of ['Binnen ✓', 'Samen ✓', 'Met de handen ✓']) await expect(ours).toContainText(reason);
});

// Ricardo (demo) named Restaurant De Haven in his search profile: its kitchen comes first, and
// the reasons say why each workplace fits or not, in words as well as symbols. He chooses it.
test('passende werkplekken: De Haven\'s kitchen first with its reasons, the youth\'s choice one at a time, filters, and a youth without a search profile', async ({ page }) => {
  test.slow(); // every state checked with axe
  await login(page, LOGINS.coach, 'Mijn jongeren');
  await page.getByRole('link', { name: 'Ricardo', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ricardo' })).toBeVisible();
  await openTab(page, 'Werk');
  const panel = page.getByRole('tabpanel', { name: 'Werk' });
  await expect(panel.getByRole('heading', { level: 2, name: 'Passende werkplekken' })).toBeVisible();
  const ranked = panel.getByRole('list', { name: 'Passende werkplekken, best passend eerst' }).getByRole('article');
  const best = ranked.first();
  await expect(best).toHaveAccessibleName('Restaurant De Haven: Keuken');
  await expect(best).toContainText('Horeca · Kop van Zuid · 1 open plek');
  await expect(best).toContainText('Past goed');
  const reasons = best.getByRole('list', { name: 'Waarom Keuken wel of niet past' });
  for (const reason of ['Binnen ✓', 'Samen ✓', 'Snelheid ✓', 'Met de handen ✓', 'Genoemd in het zoekprofiel ✓', 'Past bij: afwassen, koken, snijden ✓']) {
    await expect(reasons).toContainText(reason);
  }
  // Reasons against and partly, in words as well as symbols.
  const office = ranked.filter({ has: page.getByRole('heading', { name: 'Administratiekantoor Zuidplein: Backoffice' }) });
  await expect(office).toContainText('Past minder');
  await expect(office).toContainText('Met het hoofd — Ricardo wil liever: met de handen ✗');
  await expect(office).toContainText('Geen open plek ✗');
  const bakery = ranked.filter({ has: page.getByRole('heading', { name: 'Bakkerij Ali: Bakkerij' }) });
  await expect(bakery).toContainText('Soms samen, soms alleen ~');
  const other = ranked.filter({ has: page.getByRole('heading', { name: 'Kringloop Feijenoord: Sorteerhal' }) });
  await expect(other).toContainText('Past goed');
  await check(page, 'Werk: passende werkplekken', 'matches');

  // The coach puts the sorting hall on the short list; Ricardo chooses De Haven's kitchen.
  await other.getByRole('button', { name: /^Op de shortlist/ }).click();
  await expect(other.getByRole('button', { name: /^Op de shortlist/ })).toHaveAttribute('aria-pressed', 'true');
  await best.getByRole('button', { name: /^Gekozen door de jongere/ }).click();
  await expect(best.getByRole('button', { name: /^Gekozen door de jongere/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(best).toContainText(`Gekozen door de jongere Sanne de Vries, ${todayNl()}`);
  await expect(panel.getByText('Keuken bij Restaurant De Haven is gekozen door de jongere.')).toBeAttached();
  await check(page, 'Werk: gekozen', 'matches-chosen');

  // One choice at a time: choosing the sorting hall puts De Haven back on the short list.
  await other.getByRole('button', { name: /^Gekozen door de jongere/ }).click();
  await expect(other.getByRole('button', { name: /^Gekozen door de jongere/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(best.getByRole('button', { name: /^Op de shortlist/ })).toHaveAttribute('aria-pressed', 'true');
  await best.getByRole('button', { name: /^Gekozen door de jongere/ }).click();
  await expect(best.getByRole('button', { name: /^Gekozen door de jongere/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(other.getByRole('button', { name: /^Op de shortlist/ })).toHaveAttribute('aria-pressed', 'true');
  await other.getByRole('button', { name: /^Markering weghalen/ }).click();
  await expect(other.getByRole('button', { name: /^Markering weghalen/ })).toHaveCount(0);
  await expect(other.getByRole('button', { name: /^Op de shortlist/ })).toBeFocused();

  // Filters: only open places, then only Horeca.
  await panel.getByLabel('Alleen werkplekken met een open plek').check();
  await expect(office).toHaveCount(0);
  await panel.getByLabel('Branche').selectOption('Horeca');
  await expect(ranked).toHaveCount(1);
  await expect(ranked.first()).toHaveAccessibleName('Restaurant De Haven: Keuken');
  await expect(ranked.first().getByRole('button', { name: /^Gekozen door de jongere/ })).toHaveAttribute('aria-pressed', 'true');
  await check(page, 'Werk: gefilterd');

  // A youth without a search profile: the tab says so and leads to the zoekprofiel.
  const nickname = unique('Kees');
  const youthId = await makeOwnYouth(page, nickname);
  await page.goto(`/jongeren/${youthId}`);
  await expect(page.getByRole('heading', { level: 1, name: nickname })).toBeVisible();
  await openTab(page, 'Werk');
  const fresh = page.getByRole('tabpanel', { name: 'Werk' });
  await expect(fresh.getByText(`Er is nog geen zoekprofiel van ${nickname}.`, { exact: false })).toBeVisible();
  await check(page, 'Werk zonder zoekprofiel');
  await fresh.getByRole('link', { name: `Zoekprofiel van ${nickname} invullen` }).click();
  await expect(page).toHaveURL(new RegExp(`/jongeren/${youthId}/zoekprofiel$`));
});
