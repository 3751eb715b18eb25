import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { ADMIN_SECRET_FILE as secretFile, expectAccessible, expectNoHorizontalScroll, login, loginWithPassword, LOGINS, totpCode, unique } from './support.js';

// The admin enrols 2FA on the very first login (first project); later projects (and the API
// helper in support.ts) reuse the secret.

test('the administrator enrols two-factor authentication on first login and manages the set-up', async ({ page }) => {
  await loginWithPassword(page, LOGINS.admin);
  const enrolHeading = page.getByRole('heading', { level: 1, name: 'Tweestapsverificatie instellen' });
  const codeHeading = page.getByRole('heading', { level: 1, name: 'Tweestapsverificatie' });
  await expect(enrolHeading.or(codeHeading)).toBeVisible();

  if (await enrolHeading.isVisible()) {
    await expect(page.getByRole('img', { name: /QR-code/ })).toBeVisible();
    const secret = await page.getByLabel('Geheime sleutel').inputValue();
    expect(secret).toMatch(/^[A-Z2-7]+=*$/);
    writeFileSync(secretFile, secret);
    await expectAccessible(page, '2FA instellen');
    await expectNoHorizontalScroll(page);
    await page.getByLabel('Code uit de app').fill(totpCode(secret));
    await page.getByRole('button', { name: 'Bevestigen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Uw herstelcodes' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Herstelcodes' }).getByRole('listitem')).toHaveCount(10);
    await expect(page.getByText(/Bewaar ze veilig/)).toBeVisible();
    await expectAccessible(page, 'herstelcodes');
    await page.getByRole('button', { name: /ga verder/ }).click();
  } else {
    expect(existsSync(secretFile), 'admin already enrolled but the secret of the first run is missing').toBe(true);
    await page.getByLabel('Code uit de app of herstelcode').fill(totpCode(readFileSync(secretFile, 'utf8').trim()));
    await page.getByRole('button', { name: 'Bevestigen' }).click();
  }

  await expect(page.getByRole('heading', { level: 1, name: 'Organisaties' })).toBeVisible();
  await expectAccessible(page, 'Beheer: organisaties');
  await expectNoHorizontalScroll(page);

  const orgName = unique('Stichting Test');
  await page.getByLabel('Naam').fill(orgName);
  await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
  await expect(page.getByText(`${orgName} is toegevoegd.`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Tabel: Organisaties' })).toContainText(orgName);

  const adminNav = page.getByRole('navigation', { name: 'Beheer' });
  await adminNav.getByRole('link', { name: 'Teams' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Teams' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Tabel: Teams' })).toContainText('Feijenoord');
  await expectAccessible(page, 'Beheer: teams');
  await expectNoHorizontalScroll(page);

  await adminNav.getByRole('link', { name: 'Gebruikers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gebruikers' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Tabel: Gebruikers' })).toContainText('Sanne de Vries');
  await expectAccessible(page, 'Beheer: gebruikers');
  await expectNoHorizontalScroll(page);

  // Create a user, then deactivate (never delete).
  const slug = unique('coach');
  const displayName = `Nieuwe Coach ${slug}`;
  await page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Gebruiker toevoegen' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page, 'dialoog gebruiker toevoegen');
  await dialog.getByLabel('E-mailadres').fill(`${slug}@spil.demo`);
  await dialog.getByLabel('Naam').fill(displayName);
  await dialog.getByLabel('Coach', { exact: true }).check();
  await dialog.getByLabel('Wijkteam Feijenoord').check();
  await dialog.getByLabel('Eerste wachtwoord').fill('een-lang-wachtwoord-2026');
  await dialog.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`${displayName} is toegevoegd.`)).toBeVisible();
  await page.getByRole('button', { name: `Deactiveren: ${displayName}` }).click();
  await expect(page.getByText(`${displayName} is gedeactiveerd.`)).toBeVisible();
  await expect(page.getByRole('button', { name: `Activeren: ${displayName}` })).toBeVisible();

  await adminNav.getByRole('link', { name: 'Fasemodel' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fasemodel' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Omlaag:/ }).first()).toBeVisible();
  await expectAccessible(page, 'Beheer: fasemodel');
  await expectNoHorizontalScroll(page);
  await page.getByRole('button', { name: 'Fasemodel opslaan' }).click();
  await expect(page.getByText('Het fasemodel is opgeslagen.')).toBeVisible();
});

test('a policy officer sees no names, and the interface switches to English', async ({ page }) => {
  await login(page, LOGINS.policy, 'Dashboard');
  await expect(page.getByText(/nooit namen/)).toBeVisible();
  for (const name of ['Jeffrey', 'Enzo', 'Ricardo']) await expect(page.getByText(name)).toHaveCount(0);
  await expectAccessible(page, 'Dashboard');
  await expectNoHorizontalScroll(page);

  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Inflow by signal source' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
  await expectAccessible(page, 'Dashboard (English)');
  await page.getByRole('button', { name: /Nederlands/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
});
