import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { makeOwnYouth } from './casework-support.js';
import { apiSend, expectAccessible, expectNoHorizontalScroll, login, loginAsTeamLead, LOGINS, openTab, shot, todayNl, unique } from './support.js';

// Long stories with an accessibility check at each state: more time than a single check needs.
test.describe.configure({ timeout: 180_000 });

test('the coach chooses Overlever → Compenserend with a reason and sees it in the history and on the Beeld tab', async ({ page }) => {
  await login(page, LOGINS.coach, 'Mijn jongeren');
  const nickname = unique('Slim');
  const id = await makeOwnYouth(page, nickname);
  await page.goto(`/jongeren/${id}`);
  await openTab(page, 'Beeld');
  const current = page.getByRole('region', { name: 'Interventiestrategie' });
  await expect(current).toContainText('Nog geen strategie gekozen.');
  await current.getByRole('link', { name: 'Strategie kiezen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Interventiestrategie (SLIM)' })).toBeVisible();

  // The model explained: each self-image with the strategy that fits and how it reacts to each.
  await page.getByText('Overlever: Leeft van dag tot dag, doet niet meer mee').click();
  await expect(page.getByRole('heading', { name: 'Past bij dit zelfbeeld: Compenserend' })).toBeVisible();
  await expect(page.getByText('Krijgt rust en duidelijkheid; dat werkt.')).toBeVisible();
  await expectAccessible(page, 'Strategie (leeg, uitleg open)');
  await expectNoHorizontalScroll(page);
  await shot(page, 'strategy-empty');

  // Without a choice the form says what is missing.
  await page.getByRole('button', { name: 'Strategie opslaan' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Er is iets niet goed ingevuld' });
  await expect(summary).toContainText('Kies een zelfbeeld.');
  await expect(summary).toContainText('Schrijf waarom u deze strategie kiest.');
  await expectAccessible(page, 'Strategie (met fouten)');

  // Choosing the self-image preselects the strategy that fits it.
  await page.getByRole('group', { name: 'Zelfbeeld van de jongere' }).getByLabel('Overlever').check();
  const strategies = page.getByRole('group', { name: 'Interventiestrategie' });
  await expect(strategies.getByLabel('Compenserend')).toBeChecked();
  await page.getByLabel(/^Reden/).fill('Schulden en geen dak boven het hoofd: eerst rust en structuur.');
  await page.getByRole('button', { name: 'Strategie opslaan' }).click();
  await expect(page.getByText('De strategie is opgeslagen.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Huidige strategie' })).toContainText('Overlever → Compenserend');

  const history = page.getByRole('list', { name: 'Eerdere keuzes' });
  const first = history.getByRole('listitem').first();
  await expect(first).toContainText('Overlever → Compenserend');
  await expect(first).toContainText(`Versie 1 · ${todayNl()} · Sanne de Vries`);
  await expect(first).toContainText('Schulden en geen dak boven het hoofd: eerst rust en structuur.');

  // A strategy other than the one that fits is allowed, with a word on how the youth may react.
  await page.getByRole('group', { name: 'Zelfbeeld van de jongere' }).getByLabel('Afhankelijke').check();
  await expect(strategies.getByLabel('Pedagogisch')).toBeChecked();
  await strategies.getByLabel('Compenserend').check();
  await expect(page.getByText(/U kiest een andere strategie dan bij het zelfbeeld past\. Typische reactie \(Afhankelijke\): Krijgt wel rust/)).toBeVisible();
  await page.getByLabel(/^Reden/).fill('Nog steeds veel onrust thuis; eerst de basis op orde.');
  await expectAccessible(page, 'Strategie (afwijkende keuze)');
  await page.getByRole('button', { name: 'Strategie opslaan' }).click();
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByRole('listitem').first()).toContainText('Afhankelijke → Compenserend');
  await expect(history.getByRole('listitem').nth(1)).toContainText('Overlever → Compenserend');
  await expectNoHorizontalScroll(page);
  await shot(page, 'strategy-saved');

  // Someone else saves in between: their version is shown and nothing is overwritten.
  const doc = await (await page.request.get(`/api/youth/${id}/strategy`)).json() as { version: number };
  const other = await apiSend(page.request, 'PUT', `/api/youth/${id}/strategy`, {
    version: doc.version, body: { selfImage: 'ondernemer', strategy: 'participatief', reason: 'Wil een eigen kapperszaak.' },
  });
  expect(other.status(), await other.text()).toBe(200);
  await page.getByLabel(/^Reden/).fill('Toch weer terug naar Overlever.');
  await page.getByRole('group', { name: 'Zelfbeeld van de jongere' }).getByLabel('Overlever').check();
  await page.getByRole('button', { name: 'Strategie opslaan' }).click();
  const conflict = page.getByRole('status').filter({ hasText: 'heeft de strategie intussen gewijzigd' });
  await expect(conflict).toContainText('Ondernemer → Participatief: Wil een eigen kapperszaak.');
  await expect(page.getByRole('region', { name: 'Huidige strategie' })).toContainText('Ondernemer → Participatief');
  await expectAccessible(page, 'Strategie (conflict)');
  // Saving again, knowingly, replaces theirs.
  await page.getByRole('button', { name: 'Strategie opslaan' }).click();
  await expect(page.getByText('De strategie is opgeslagen.')).toBeVisible();
  await expect(history.getByRole('listitem')).toHaveCount(4);
  await expect(history.getByRole('listitem').first()).toContainText('Overlever → Compenserend');

  // The Beeld tab shows the current choice.
  await page.getByRole('link', { name: 'Terug naar het dossier' }).click();
  await expect(page.getByRole('tab', { name: 'Beeld', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('region', { name: 'Interventiestrategie' })).toContainText('Overlever → Compenserend');
  await expect(page.getByRole('region', { name: 'Interventiestrategie' })).toContainText('Toch weer terug naar Overlever.');
  await expectAccessible(page, 'Dossier: Beeld (met strategie)');
});

test('the coach raises a risk flag, the Beeld tab warns to reconsider the strategy, and the flag is resolved with a note', async ({ page }) => {
  await login(page, LOGINS.coach, 'Mijn jongeren');
  const id = await makeOwnYouth(page, unique('Risico'));
  await page.goto(`/jongeren/${id}/strategie`);
  await expect(page.getByRole('heading', { level: 1, name: 'Interventiestrategie (SLIM)' })).toBeVisible();
  const section = page.getByRole('region', { name: 'Risicosignalen' });
  await expect(section).toContainText('Er staan geen risicosignalen open.');

  await section.getByRole('button', { name: 'Risicosignaal melden' }).click();
  await section.getByRole('button', { name: 'Signaal opslaan' }).click();
  await expect(section.getByRole('alert')).toContainText('Kies het soort signaal.');
  await section.getByLabel(/^Soort signaal/).selectOption({ label: 'Overvragen: te veel gevraagd' });
  // What the signal means shows as soon as it is chosen.
  await expect(section.getByText('De jongere stapelt mislukkingen in plaats van successen en de motivatie zakt weg.')).toBeVisible();
  await section.getByLabel('Toelichting').fill('Drie sollicitaties in één week afgewezen.');
  await expectAccessible(page, 'Strategie: risicosignaal melden');
  await section.getByRole('button', { name: 'Signaal opslaan' }).click();
  await expect(section.getByText('Het risicosignaal ‘Overvragen: te veel gevraagd’ is gemeld.')).toBeVisible();
  await expect(section.getByText('Er staat een risicosignaal open: heroverweeg de strategie.')).toBeVisible();
  const open = section.getByRole('list', { name: 'Open risicosignalen' });
  await expect(open.getByRole('listitem')).toHaveCount(1);
  await expect(open.getByRole('listitem').first()).toContainText('De jongere stapelt mislukkingen');
  await expect(open.getByRole('listitem').first()).toContainText(`Gemeld op ${todayNl()} door Sanne de Vries`);
  await expectNoHorizontalScroll(page);
  await shot(page, 'strategy-risk-open');

  // The file's Beeld tab warns and links to the strategy.
  await page.goto(`/jongeren/${id}#beeld`);
  const warning = page.getByRole('status').filter({ hasText: 'Er staan risicosignalen open: heroverweeg de strategie' });
  await expect(warning).toContainText('1 open risicosignaal.');
  await expectAccessible(page, 'Dossier: Beeld (risicosignaal open)');
  await expectNoHorizontalScroll(page);
  await shot(page, 'picture-risk-warning');
  await warning.getByRole('link', { name: 'Naar strategie en risicosignalen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Interventiestrategie (SLIM)' })).toBeVisible();

  // Resolving needs a note on what changed.
  const item = section.getByRole('list', { name: 'Open risicosignalen' }).getByRole('listitem').first();
  await item.getByRole('button', { name: 'Signaal afhandelen' }).click();
  await item.getByRole('button', { name: 'Afhandeling opslaan' }).click();
  await expect(item.getByText('Schrijf kort waarom het signaal weg kan.').first()).toBeVisible();
  await item.getByLabel(/^Wat is er veranderd\?/).fill('Kleinere stappen afgesproken: één sollicitatie per week, samen voorbereid.');
  await expectAccessible(page, 'Strategie: risicosignaal afhandelen');
  await item.getByRole('button', { name: 'Afhandeling opslaan' }).click();
  await expect(section.getByText('Het risicosignaal ‘Overvragen: te veel gevraagd’ is afgehandeld.')).toBeVisible();
  await expect(section).toContainText('Er staan geen risicosignalen open.');
  await section.getByText('Afgehandelde risicosignalen (1)').click();
  await expect(section.getByText('Kleinere stappen afgesproken: één sollicitatie per week, samen voorbereid.')).toBeVisible();
  await expectAccessible(page, 'Strategie: risicosignaal afgehandeld');
  await expectNoHorizontalScroll(page);

  await page.goto(`/jongeren/${id}#beeld`);
  await expect(page.getByRole('heading', { level: 2, name: 'Beeld van de jongere' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Quick scan: de zeven punten' })).toBeVisible();
  await expect(page.getByText('Er staan risicosignalen open: heroverweeg de strategie')).toHaveCount(0);
});

test('the team lead sees the open risk flags of the team and opens the youth\'s strategy from there', async ({ page, browser }) => {
  // The coach raises a flag on a youth of the team.
  const coach = await browser.newContext();
  const coachPage = await coach.newPage();
  await login(coachPage, LOGINS.coach, 'Mijn jongeren');
  const nickname = unique('Team');
  const id = await makeOwnYouth(coachPage, nickname);
  const flag = await apiSend(coachPage.request, 'POST', `/api/youth/${id}/risk-flags`, { id: randomUUID(), kind: 'verkeerde_vrienden', note: 'Oude vrienden staan weer voor de deur.' });
  expect(flag.status(), await flag.text()).toBe(201);
  await coach.close();

  await loginAsTeamLead(page);
  const flags = page.getByRole('list', { name: /^Open risicosignalen/ });
  const item = flags.getByRole('listitem').filter({ hasText: nickname });
  await expect(item).toContainText('Verkeerde vrienden hebben te veel invloed');
  await expect(item).toContainText(`Sinds ${todayNl()} · gemeld door Sanne de Vries`);
  await expectAccessible(page, 'Mijn team (risicosignalen)');
  await expectNoHorizontalScroll(page);
  await shot(page, 'team-risk-flags');
  await item.getByRole('link', { name: nickname }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Interventiestrategie (SLIM)' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Open risicosignalen' })).toContainText('Oude vrienden staan weer voor de deur.');
});
