import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { amsterdamDate, apiSend, expectAccessible, expectNoHorizontalScroll, expectVersionComparison, login, LOGINS, openTab, pdfText, shot } from './support.js';

/** A calendar date in Amsterdam, `days` from today, as a date input takes it (YYYY-MM-DD). */

/** A dialog as the phone shows it (a full-page shot would show the page behind it). */
async function dialogShot(dialog: Locator, name: string) {
  const dir = process.env.E2E_SHOTS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await dialog.screenshot({ path: path.join(dir, `${name}-360.png`) });
}

/** Every state of the screen is checked the same way: WCAG 2.2 AA, and nothing wider than the phone. */
async function check(page: Page, where: string, name?: string) {
  await expectAccessible(page, where);
  await expectNoHorizontalScroll(page);
  if (name) await shot(page, name);
}

// Enzo (IJA, Rotterdam demo tenant): registered weeks ago, no plan yet. The coach draws up his
// ondersteuningsplan on her phone, Enzo signs with his finger, she signs by typing her name.
test('ondersteuningsplan: drawn up on the phone, signed by Enzo (drawn) and the coach (typed), frozen; a change makes version 2, compared with the signed version 1, and the PDF for the youth', async ({ page }, info) => {
  test.slow(); // a long story with many axe checks
  await login(page, LOGINS.coach, 'Mijn jongeren');
  await page.getByRole('link', { name: 'Enzo', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Enzo' })).toBeVisible();
  const youthId = new URL(page.url()).pathname.split('/').pop()!;

  // The tab carries the tenant's word for the plan, right after "Beeld".
  const tabs = page.getByRole('tablist', { name: 'Onderdelen van het dossier' });
  await expect(tabs.getByRole('tab').nth(2)).toHaveAccessibleName('Ondersteuningsplan');
  await openTab(page, 'Ondersteuningsplan');
  const panel = page.getByRole('tabpanel', { name: 'Ondersteuningsplan' });
  await expect(panel.getByRole('heading', { level: 2, name: 'Ondersteuningsplan' })).toBeVisible();
  await expect(panel.getByText(/^Nog niet ondertekend: dag \d+ van 42/)).toBeVisible();
  await expect(panel.getByText(/^Er is nog geen ondersteuningsplan voor Enzo\./)).toBeVisible();
  await check(page, 'plan: none yet', 'plan-empty');

  // Drawing up: housing first (priority 1, with a task), then income (priority 2).
  await panel.getByRole('button', { name: 'Ondersteuningsplan opstellen' }).click();
  await expect(panel.getByRole('heading', { level: 3, name: 'Ondersteuningsplan opstellen' })).toBeFocused();
  await panel.getByLabel('Leefgebied').selectOption({ label: 'Huisvesting' });
  await panel.getByRole('button', { name: 'Onderdeel toevoegen' }).click();
  const housing = panel.getByRole('region', { name: 'Huisvesting' });
  await expect(housing.getByRole('heading', { level: 3, name: 'Huisvesting' })).toBeFocused();
  await housing.getByLabel('Prioriteit').fill('1');
  await housing.getByLabel('Basisinformatie').fill('Slaapt bij vrienden op de bank; geen postadres.');
  await housing.getByRole('group', { name: /^Hulpmiddelen/ }).getByLabel('Postadres').check();
  await housing.getByRole('group', { name: /^Hoofdstrategie/ }).getByLabel('Begeleid zoeken').check();
  await housing.getByRole('button', { name: 'Doel toevoegen' }).click();
  await expect(housing.getByLabel('Doel op lange termijn')).toBeFocused();
  await housing.getByLabel('Doel op lange termijn').fill('Een eigen kamer');
  await housing.getByLabel('Stap 1 (doel op korte termijn)').fill('Inschrijven als woningzoekende');
  await housing.getByRole('button', { name: 'Taak toevoegen' }).click();
  const task = housing.getByRole('group', { name: 'Taak 1' });
  await expect(task.getByLabel('Rol')).toBeFocused();
  await task.getByLabel('Rol').selectOption({ label: 'Coach' });
  await task.getByLabel('Wie').fill('Sanne de Vries');
  await task.getByLabel('Wat').fill('Postadres regelen bij het Jongerenloket');
  await task.getByLabel('Klaar op (datum)').fill(amsterdamDate(14));

  await panel.getByLabel('Leefgebied').selectOption({ label: 'Inkomen' });
  await panel.getByRole('button', { name: 'Onderdeel toevoegen' }).click();
  const income = panel.getByRole('region', { name: 'Inkomen' });
  await expect(income.getByLabel('Prioriteit')).toHaveValue('2');
  await income.getByLabel('Prioriteit').fill('2');
  await income.getByLabel('Basisinformatie').fill('Geen inkomen.');
  await income.getByRole('group', { name: /^Hulpmiddelen/ }).getByLabel('Uitkering').check();
  await income.getByRole('group', { name: /^Hoofdstrategie/ }).getByLabel('Eigen kracht').check();
  await expect(panel.getByText('Er zijn wijzigingen die nog niet zijn opgeslagen.')).toBeVisible();
  await check(page, 'plan: editor', 'plan-editor');

  await panel.getByRole('button', { name: 'Concept opslaan' }).click();
  const saved = panel.getByText('Het ondersteuningsplan is opgeslagen als concept (versie 1).');
  await expect(saved).toBeVisible();
  // Focus moves to what happened, so a screen reader hears it.
  await expect(page.locator(':focus')).toContainText('Het ondersteuningsplan is opgeslagen als concept (versie 1).');
  const status = panel.getByRole('region', { name: 'Stand van het ondersteuningsplan' });
  await expect(status).toContainText('Versie 1');
  await expect(status).toContainText('Concept');
  // The plan in order of priority: housing, then income, with the goal, its step and the task.
  const parts = panel.getByRole('list', { name: 'Onderdelen, op volgorde van prioriteit' }).getByRole('article');
  await expect(parts).toHaveCount(2);
  await expect(parts.nth(0).getByRole('heading', { level: 3 })).toHaveText('Prioriteit 1Huisvesting');
  await expect(parts.nth(1).getByRole('heading', { level: 3 })).toHaveText('Prioriteit 2Inkomen');
  await expect(parts.nth(0)).toContainText('Begeleid zoeken');
  await expect(parts.nth(0)).toContainText('Een eigen kamer');
  await expect(parts.nth(0)).toContainText('Inschrijven als woningzoekende');
  await expect(parts.nth(0)).toContainText('Nog niet begonnen');
  await expect(parts.nth(0)).toContainText('Coach: Sanne de Vries');
  await expect(parts.nth(0)).toContainText('Postadres regelen bij het Jongerenloket');
  await check(page, 'plan: draft version 1', 'plan-view');

  // Enzo signs with his finger: the pointer drawn across the pad.
  await panel.getByRole('button', { name: 'Laten tekenen door Enzo' }).click();
  const youthDialog = page.getByRole('dialog', { name: 'Tekenen door de jongere' });
  await expect(youthDialog).toBeVisible();
  await expect(youthDialog.getByLabel('Naam van wie tekent')).toHaveValue('Enzo');
  await expect(youthDialog.getByLabel('Tekenen met vinger, pen of muis')).toBeChecked();
  await youthDialog.getByRole('button', { name: 'Tekenen' }).click();
  await expect(youthDialog.getByRole('alert')).toContainText('Zet een handtekening in het vak');
  const pad = youthDialog.getByRole('img', { name: 'Tekenvak voor de handtekening van Enzo' });
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.7);
  await page.mouse.down();
  for (const [fx, fy] of [[0.2, 0.3], [0.3, 0.75], [0.45, 0.25], [0.6, 0.7], [0.75, 0.35], [0.9, 0.6]] as const) {
    await page.mouse.move(box.x + box.width * fx, box.y + box.height * fy, { steps: 4 });
  }
  await page.mouse.up();
  await expect(youthDialog.getByText('Er staat een handtekening in het vak.')).toBeVisible();
  await expect(youthDialog.getByRole('alert')).toHaveCount(0);
  // The stroke lands where the pointer went, in the 300×100 box: "M x y L x y …", at most one decimal.
  const d = (await pad.locator('path').getAttribute('d'))!;
  expect(d).toMatch(/^M\d+(\.\d)? \d+(\.\d)?( L\d+(\.\d)? \d+(\.\d)?)+$/);
  const ys = [...d.matchAll(/[ML](\d+(?:\.\d)?) (\d+(?:\.\d)?)/g)].map((m) => Number(m[2]));
  expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(30);
  expect(Math.max(...ys)).toBeLessThan(100);
  await check(page, 'plan: youth signs (drawn)');
  await dialogShot(youthDialog, 'plan-sign-dialog');
  await youthDialog.getByRole('button', { name: 'Tekenen' }).click();
  await expect(youthDialog).toBeHidden();
  await expect(page.locator(':focus')).toContainText('Enzo heeft versie 1 getekend. Nu nog de coach.');
  await expect(status).toContainText('Half getekend');
  await expect(panel.getByRole('button', { name: 'Laten tekenen door Enzo' })).toHaveCount(0);

  // The coach signs by typing her name (the keyboard way). Cancelling first returns focus to the button.
  const signCoach = panel.getByRole('button', { name: 'Tekenen als coach' });
  await signCoach.click();
  const coachDialog = page.getByRole('dialog', { name: 'Tekenen door de coach' });
  await coachDialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(coachDialog).toBeHidden();
  await expect(signCoach).toBeFocused();
  await signCoach.click();
  await expect(coachDialog.getByLabel('Naam van wie tekent')).toHaveValue('Sanne de Vries');
  await coachDialog.getByLabel('Naam typen').check();
  await expect(coachDialog.getByLabel('Getypte handtekening')).toHaveValue('Sanne de Vries');
  await check(page, 'plan: coach signs (typed)');
  await dialogShot(coachDialog, 'plan-sign-typed');
  await coachDialog.getByRole('button', { name: 'Tekenen' }).click();
  await expect(coachDialog).toBeHidden();

  // Signed and frozen: the signatures are shown, the norm says on which day, and editing makes a new version.
  await expect(panel.getByText('Versie 1 is getekend door de jongere en de coach. Deze versie ligt nu vast.')).toBeVisible();
  await expect(status).toContainText('Getekend');
  await expect(panel.getByText(/^Ondertekend op dag \d+ — /)).toBeVisible();
  const signatures = panel.getByRole('region', { name: 'Handtekeningen' }).first();
  await expect(signatures.getByRole('img', { name: 'Getekende handtekening van Enzo' })).toBeVisible();
  await expect(signatures.getByRole('img', { name: 'Getypte handtekening van Sanne de Vries' })).toHaveText('Sanne de Vries');
  await expect(signatures).toContainText(/Getekend op \d{2}-\d{2}-\d{4} \d{2}:\d{2}/);
  await expect(panel.getByRole('button', { name: 'Concept bewerken' })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: /^(Laten tekenen|Tekenen als coach)/ })).toHaveCount(0);
  await check(page, 'plan: signed version 1', 'plan-signed');

  // A change after signing: version 2 as a draft; version 1 stays signed.
  await panel.getByRole('button', { name: 'Nieuwe versie maken' }).click();
  await expect(panel.getByRole('heading', { level: 3, name: 'Nieuwe versie maken (versie 2)' })).toBeFocused();
  await panel.getByRole('region', { name: 'Inkomen' }).getByLabel('Basisinformatie').fill('Geen inkomen; aanvraag uitkering loopt.');
  await panel.getByRole('button', { name: 'Opslaan als nieuwe versie' }).click();
  await expect(panel.getByText('Nieuwe versie 2 opgeslagen als concept. Versie 1 blijft zoals die getekend is.')).toBeVisible();
  await expect(status).toContainText('Versie 2');
  await expect(status).toContainText('Concept');
  await expect(status).toContainText('Versie 1 is de laatst getekende versie');

  const versions = page.getByRole('list', { name: 'Versies' });
  await expect(versions.getByRole('listitem')).toHaveCount(2);
  await expect(versions.getByRole('listitem').nth(0)).toContainText('Versie 2');
  await expect(versions.getByRole('listitem').nth(0)).toContainText('Concept');
  await expect(versions.getByRole('listitem').nth(0)).toContainText('Gewijzigd: Inkomen: basisinformatie.');
  await expect(versions.getByRole('listitem').nth(1)).toContainText('Versie 1');
  await expect(versions.getByRole('listitem').nth(1)).toContainText('Getekend');

  // Version 1 read-only, with its signatures.
  await versions.getByRole('button', { name: 'Versie 1 bekijken' }).click();
  const view = page.getByRole('region', { name: 'Versie 1 (alleen lezen)' });
  await expect(view.getByRole('heading', { level: 3 })).toBeFocused();
  await expect(view).toContainText('Geen inkomen.');
  await expect(view.getByRole('img', { name: 'Getekende handtekening van Enzo' })).toBeVisible();
  await expect(view.getByRole('textbox')).toHaveCount(0);
  await check(page, 'plan: version 1 read-only');
  await view.getByRole('button', { name: 'Versie 1 sluiten' }).click();

  // Versions 1 and 2 side by side: the changed field marked in words, the added words underlined.
  await page.getByLabel('Vergelijk versie').selectOption('1');
  await page.getByLabel('met versie').selectOption('2');
  await page.getByRole('button', { name: 'Vergelijken' }).click();
  await expectVersionComparison(page, { summary: '1 veld gewijzigd: Inkomen: basisinformatie.', field: 'Inkomen: basisinformatie', inserted: 'aanvraag uitkering loopt.' });
  await check(page, 'plan: versions 1 and 2 compared', 'plan-compare');

  // The PDF of version 1 for Enzo: his name, the version, signed.
  const pdfLink = versions.getByRole('listitem').nth(1).getByRole('link', { name: /^PDF voor de jongere \(versie 1,/ });
  const href = (await pdfLink.getAttribute('href'))!;
  expect(href).toBe(`/api/youth/${youthId}/plan/versions/1/pdf`);
  const flat = await pdfText(page, href, info.project.name === 'mobile' ? 'plan-v1.pdf' : undefined);
  expect(flat).toContain('Het ondersteuningsplan van Enzo');
  expect(flat).toContain('Versie 1 · getekend op');
  expect(flat).toContain('Postadres regelen bij het Jongerenloket');
  expect(flat).not.toContain('aanvraag uitkering loopt');

  // Editing the draft while someone else saves it: nothing is lost, the two are shown, the coach chooses.
  await page.getByRole('button', { name: 'Concept bewerken' }).click();
  await expect(panel.getByRole('heading', { level: 3, name: 'Concept bewerken (versie 2)' })).toBeFocused();
  const current = await (await page.request.get(`/api/youth/${youthId}/plan`)).json() as { latest: { revision: number; body: { parts: { key: string; basicInfo: string }[] } } };
  const theirs = { parts: current.latest.body.parts.map((p) => (p.key === 'income' ? { ...p, basicInfo: 'Uitkering aangevraagd op maandag.' } : p)) };
  const other = await apiSend(page.request, 'PUT', `/api/youth/${youthId}/plan`, { version: 2, revision: current.latest.revision, body: theirs });
  expect(other.status(), await other.text()).toBe(200);
  await panel.getByRole('region', { name: 'Huisvesting' }).getByLabel('Basisinformatie').fill('Slaapt bij zijn tante; postadres aangevraagd.');
  await panel.getByRole('button', { name: 'Concept opslaan' }).click();
  const conflict = panel.getByRole('alert').filter({ hasText: 'Iemand anders heeft het plan intussen opgeslagen' });
  await expect(conflict).toBeVisible();
  await expect(panel.getByRole('region', { name: 'Huisvesting' }).getByLabel('Basisinformatie')).toHaveValue('Slaapt bij zijn tante; postadres aangevraagd.');
  await check(page, 'plan: save conflict', 'plan-conflict');
  await conflict.getByRole('button', { name: 'Mijn wijzigingen opslaan (over die versie heen)' }).click();
  await expect(panel.getByText('Het concept is opgeslagen (versie 2).')).toBeVisible();
  await expect(parts.nth(0)).toContainText('Slaapt bij zijn tante; postadres aangevraagd.');
});
