import { expect, test } from '@playwright/test';
import { createUser, expectAccessible, expectNoHorizontalScroll, shot, totpCode, unique } from './support.js';

test('a coach sees the own account, changes the password, sets up two-step verification and logs in with both', async ({ page }) => {
  // A user of its own: other tests log in as the demo coach with the demo password.
  const slug = unique('account');
  const email = `${slug}@spil.demo`;
  const name = `Account Coach ${slug}`;
  const firstPassword = 'eerste-wachtwoord-2026';
  const newPassword = 'een-nieuwe-zin-als-wachtwoord';
  await createUser({ email, displayName: name, roles: ['coach'], password: firstPassword });

  const loginAs = async (password: string) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill(password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
  };
  await loginAs(firstPassword);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn jongeren' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn account' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Mijn account' })).toHaveAttribute('aria-current', 'page');
  const details = page.locator('dl').first();
  for (const text of [name, email, 'Wijkteam Feijenoord', 'Coach', 'Niet ingesteld']) await expect(details).toContainText(text);
  await expectAccessible(page, 'Mijn account');
  await expectNoHorizontalScroll(page);
  await shot(page, 'mijn-account');

  // A wrong current password and a too short new one are explained at the field.
  await page.getByLabel('Huidig wachtwoord').fill('dit-is-het-niet-2026');
  await page.getByLabel('Nieuw wachtwoord').fill(newPassword);
  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Er is iets niet goed ingevuld' })).toContainText('Uw huidige wachtwoord klopt niet.');
  await expect(page.getByLabel('Huidig wachtwoord')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Huidig wachtwoord').fill(firstPassword);
  await page.getByLabel('Nieuw wachtwoord').fill('te-kort');
  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await expect(page.getByText('Het nieuwe wachtwoord moet minstens 12 tekens hebben.').first()).toBeVisible();
  await expect(page.getByLabel('Nieuw wachtwoord')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'Mijn account (met fouten)');
  await page.getByLabel('Nieuw wachtwoord').fill(firstPassword);
  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await expect(page.getByText('Kies een ander wachtwoord dan het huidige.').first()).toBeVisible();

  await page.getByLabel('Nieuw wachtwoord').fill(newPassword);
  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await expect(page.getByText('Uw wachtwoord is gewijzigd.')).toBeVisible();
  await expect(page.getByLabel('Huidig wachtwoord')).toHaveValue('');

  // Two-step verification, set up from the account page with the same steps as at login.
  await page.getByRole('button', { name: 'Tweestapsverificatie instellen' }).click();
  await expect(page.getByRole('img', { name: /QR-code/ })).toBeVisible();
  const secret = await page.getByLabel('Geheime sleutel').inputValue();
  expect(secret).toMatch(/^[A-Z2-7]+=*$/);
  await expectAccessible(page, 'Mijn account: 2FA instellen');
  await expectNoHorizontalScroll(page);
  await shot(page, 'mijn-account-2fa');
  await page.getByLabel('Code uit de app').fill(totpCode(secret));
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Uw herstelcodes' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Herstelcodes' }).getByRole('listitem')).toHaveCount(10);
  await expectAccessible(page, 'Mijn account: herstelcodes');
  await page.getByRole('button', { name: 'Ik heb de codes bewaard' }).click();
  await expect(details).toContainText('Ingesteld');
  await expect(page.getByRole('button', { name: 'Tweestapsverificatie instellen' })).toHaveCount(0);

  // The old password no longer works; the new one does, followed by a code.
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await loginAs(firstPassword);
  await expect(page.getByRole('alert')).toContainText('klopt niet');
  await loginAs(newPassword);
  await expect(page.getByRole('heading', { level: 1, name: 'Tweestapsverificatie' })).toBeVisible();
  await page.getByLabel('Code uit de app of herstelcode').fill(totpCode(secret));
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn jongeren' })).toBeVisible();
});
