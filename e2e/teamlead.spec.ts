import { expect, test } from '@playwright/test';
import { DEMO_TEAMLEAD_TOTP_SECRET } from '../server/src/seed/demo-logins.js';
import { expectAccessible, expectNoHorizontalScroll, login, loginWithPassword, LOGINS, openTab, totpCode } from './support.js';

test('a team lead logs in with two-factor authentication and sees the team; a coach of another team cannot open those files', async ({ page, browser }) => {
  await loginWithPassword(page, LOGINS.teamlead);
  await expect(page.getByRole('heading', { level: 1, name: 'Tweestapsverificatie' })).toBeVisible();
  await expectAccessible(page, '2FA-code');

  // A wrong code is refused with a clear message.
  await page.getByLabel('Code uit de app of herstelcode').fill('000000');
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(page.getByRole('alert')).toContainText('klopt niet');

  await page.getByLabel('Code uit de app of herstelcode').fill(totpCode(DEMO_TEAMLEAD_TOTP_SECRET));
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn team' })).toBeVisible();
  for (const name of ['Jeffrey', 'Enzo', 'Ricardo', 'Bob', 'Tamir']) {
    await expect(page.getByRole('link', { name: new RegExp(name) }).first()).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'Tabel: Coaches en caseload' })).toContainText('Sanne de Vries');
  await expectAccessible(page, 'Mijn team');
  await expectNoHorizontalScroll(page);

  // The team's open risk flags: Jeffrey's negative friends, Tamir's income.
  const risks = page.getByRole('region', { name: /Open risicosignalen/ });
  await expect(risks.getByRole('listitem').filter({ hasText: 'Jeffrey' })).toContainText('Verkeerde vrienden hebben te veel invloed');
  await expect(risks.getByRole('listitem').filter({ hasText: 'Tamir' })).toContainText('Geen stabiel inkomen');

  // The team's list is paged: the team lead finds Jeffrey by name.
  const teamYouth = page.getByRole('region', { name: /Jongeren van het team/ });
  await teamYouth.getByLabel('Zoek op naam of roepnaam').fill('Jeffrey');
  await teamYouth.getByRole('button', { name: 'Zoeken' }).click();
  await teamYouth.getByRole('link', { name: /Jeffrey/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /Jeffrey/ })).toBeVisible();
  const fileUrl = page.url();
  await expectAccessible(page, 'Dossier Jeffrey (teamleider)');
  await expectNoHorizontalScroll(page);

  // The coach of Delfshaven follows a direct link to a Feijenoord file.
  const other = await browser.newContext();
  const coachPage = await other.newPage();
  await login(coachPage, LOGINS.coachDelfshaven, 'Mijn jongeren');
  await expect(coachPage.getByRole('link', { name: /Jeffrey/ })).toHaveCount(0);
  await coachPage.goto(fileUrl);
  await expect(coachPage.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible();
  await expect(coachPage.getByText(/geen toegang tot dit dossier/i)).toBeVisible();
  await expect(coachPage.getByText(/Jeffrey/)).toHaveCount(0);
  await expectAccessible(coachPage, 'Geen toegang');
  await other.close();

  // The refused attempt shows in the file's access log.
  await page.reload();
  await openTab(page, 'Wie heeft dit bekeken');
  const log = page.getByRole('region', { name: 'Tabel: Wie heeft dit dossier bekeken' });
  await expect(log.getByRole('row').filter({ hasText: 'Mohamed El Amrani' }).filter({ hasText: 'Geweigerd' }).first()).toBeVisible();
});
