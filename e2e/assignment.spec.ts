import { expect, test } from '@playwright/test';
import {
  apiSend, createUser, expectAccessible, expectNoHorizontalScroll, loginAsTeamLead, LOGINS, loginWithPassword, openTab, shot, unique,
} from './support.js';

const COACH_PASSWORD = 'tweede-coach-wachtwoord-2026';

test('a team lead hands a freshly registered youth to another coach of the team, with a reason in the history', async ({ page, browser }) => {
  // The demo has one coach in Feijenoord; the administrator adds a second one for this test.
  const slug = unique('coach2');
  const newCoach = `Tweede Coach ${slug}`;
  await createUser({ email: `${slug}@spil.demo`, displayName: newCoach, roles: ['coach'], password: COACH_PASSWORD });

  await loginAsTeamLead(page);
  await expect(page.getByRole('region', { name: 'Tabel: Coaches en caseload' })).toContainText(newCoach);

  // The team lead registers a youth for Sanne.
  await page.goto('/jongeren/nieuw');
  await expect(page.getByRole('heading', { level: 1, name: 'Jongere aanmelden' })).toBeVisible();
  const nickname = unique('Overdracht');
  await page.getByLabel('Roepnaam').fill(nickname);
  await page.getByLabel('Wijk').fill('Hillesluis');
  const coachSelect = page.getByLabel('Coach', { exact: true });
  await coachSelect.selectOption({ label: (await coachSelect.locator('option', { hasText: 'Sanne de Vries' }).textContent())!.trim() });
  await page.getByRole('button', { name: 'Jongere aanmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: nickname })).toBeVisible();
  const summary = page.locator('.spil-file-summary');
  await expect(summary).toContainText('Sanne de Vries');

  // Open the dialog: team, coaches of the team with their caseload, and a required reason.
  await page.getByRole('button', { name: 'Coach wijzigen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Coach wijzigen' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel(/^Team/)).toHaveValue(/.+/);
  await expect(dialog.getByLabel(/Sanne de Vries — caseload \d+\/\d+/)).toBeChecked();
  const newCoachBox = dialog.getByLabel(new RegExp(`${newCoach} — caseload 0/\\d+`));
  await expect(newCoachBox).not.toBeChecked();
  await expectAccessible(page, 'dialoog Coach wijzigen');
  await shot(page, 'coach-wijzigen-dialoog');

  // Without a coach and a reason the form says what is missing.
  await dialog.getByLabel(/Sanne de Vries/).uncheck();
  await dialog.getByRole('button', { name: 'Wijziging opslaan' }).click();
  await expect(dialog.getByRole('alert').filter({ hasText: 'Er is iets niet goed ingevuld' })).toBeVisible();
  await expect(dialog.getByText('Kies minstens één coach.').first()).toBeVisible();
  await expect(dialog.getByLabel('Reden')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'dialoog Coach wijzigen (met fouten)');
  await shot(page, 'coach-wijzigen-fouten');

  await newCoachBox.check();
  const reason = 'Sanne zit vol; de tweede coach kent de familie al.';
  await dialog.getByLabel('Reden').fill(reason);

  // Meanwhile someone changes the file: saving now is refused, and the latest version can be loaded.
  const youthId = page.url().split('/').pop()!;
  const current = await (await page.request.get(`/api/youth/${youthId}`)).json() as { version: number };
  const edit = await apiSend(page.request, 'PATCH', `/api/youth/${youthId}`, { version: current.version, city: 'Rotterdam' });
  expect(edit.status()).toBe(200);
  await dialog.getByRole('button', { name: 'Wijziging opslaan' }).click();
  await expect(dialog.getByText('Iemand anders heeft dit dossier gewijzigd')).toBeVisible();
  await dialog.getByRole('button', { name: 'Nieuwste versie laden' }).click();
  await expect(dialog.getByText('Iemand anders heeft dit dossier gewijzigd')).toHaveCount(0);
  await dialog.getByLabel(/Sanne de Vries/).uncheck();
  await newCoachBox.check();
  await expect(dialog.getByLabel('Reden')).toHaveValue(reason);
  await dialog.getByRole('button', { name: 'Wijziging opslaan' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByText(`De jongere is overgedragen aan ${newCoach}`)).toBeVisible();
  await expect(summary).toContainText(newCoach);
  await expect(summary).not.toContainText('Sanne de Vries');
  await expectAccessible(page, 'Dossier na coachwissel');
  await expectNoHorizontalScroll(page);

  await openTab(page, 'Geschiedenis');
  const history = page.getByRole('list', { name: 'Geschiedenis' });
  const change = history.getByRole('listitem').filter({ hasText: 'Coach: Sanne de Vries' });
  await expect(change).toContainText(newCoach);
  await expect(change).toContainText('Petra Jansen');
  await expect(history.getByRole('listitem').filter({ hasText: 'Reden van de wijziging' })).toContainText(reason);
  await expectAccessible(page, 'Dossier geschiedenis na coachwissel');
  await expectNoHorizontalScroll(page);
  await shot(page, 'dossier-geschiedenis');

  // The new coach now has the youth in "Mijn jongeren".
  const other = await browser.newContext();
  const coachPage = await other.newPage();
  await coachPage.goto('/');
  await coachPage.getByLabel('E-mailadres').fill(`${slug}@spil.demo`);
  await coachPage.getByLabel('Wachtwoord').fill(COACH_PASSWORD);
  await coachPage.getByRole('button', { name: 'Inloggen' }).click();
  await expect(coachPage.getByRole('heading', { level: 1, name: 'Mijn jongeren' })).toBeVisible();
  await expect(coachPage.getByRole('region', { name: /Mijn caseload/ }).getByRole('link', { name: nickname })).toBeVisible();
  await other.close();
});

test('the youth file shows one section at a time as tabs that work with the keyboard', async ({ page }) => {
  await loginWithPassword(page, LOGINS.coach);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn jongeren' })).toBeVisible();
  await page.getByRole('region', { name: /Mijn caseload/ }).getByRole('link', { name: /Jeffrey/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /Jeffrey/ })).toBeVisible();

  const tabs = page.getByRole('tablist', { name: 'Onderdelen van het dossier' });
  await expect(tabs.getByRole('tab')).toHaveCount(10);
  await expect(page.getByRole('tabpanel', { name: 'Traject' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Geschiedenis' })).toBeHidden();
  await expectNoHorizontalScroll(page);
  await shot(page, 'dossier-tabs');

  // Arrow keys move between the tabs; focus follows the selection.
  await tabs.getByRole('tab', { name: 'Traject' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: 'Beeld' })).toBeFocused();
  await expect(page.getByRole('tabpanel', { name: 'Beeld' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: 'Ondersteuningsplan' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: 'Werk' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: 'Contact' })).toBeFocused();
  await expect(page.getByRole('tabpanel', { name: 'Contact' })).toBeVisible();
  await expect(page.getByRole('tabpanel', { name: 'Traject' })).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: 'Afronding' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(tabs.getByRole('tab', { name: 'Wie heeft dit bekeken' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('region', { name: 'Tabel: Wie heeft dit dossier bekeken' })).toBeVisible();
  await page.keyboard.press('Home');
  await expect(tabs.getByRole('tab', { name: 'Traject' })).toHaveAttribute('aria-selected', 'true');
  await expectAccessible(page, 'Dossier met tabs');
});
