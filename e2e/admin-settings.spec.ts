import { expect, test } from '@playwright/test';
import { adminApi, expectAccessible, expectNoHorizontalScroll, shot } from './support.js';

test('the administrator sees the municipality settings; switching the method is refused while trajectories run', async ({ page }) => {
  // Reuse the administrator's session of this run instead of a new 2FA login.
  const admin = await adminApi();
  await page.context().addCookies((await admin.storageState()).cookies);
  await admin.dispose();

  await page.goto('/beheer');
  await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Instellingen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeVisible();
  await expect(page.getByRole('main').getByText('Gemeente Rotterdam (demo)', { exact: true })).toBeVisible();
  const ija = page.getByLabel(/^Rotterdam IJA/);
  const ipta = page.getByLabel(/^IPTA \(Scout/);
  await expect(ija).toBeChecked();
  await expect(page.getByText('12 tot en met 27 jaar')).toBeVisible();
  const twoFactor = page.getByLabel('Tweestapsverificatie verplicht voor iedereen');
  await expect(twoFactor).not.toBeChecked();
  await expectAccessible(page, 'Beheer: instellingen');
  await expectNoHorizontalScroll(page);
  await shot(page, 'beheer-instellingen');

  // The demo has running trajectories: the server refuses and says why.
  await ipta.check();
  await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
  await expect(page.getByRole('alert')).toContainText('Er lopen nog trajecten');
  await expectAccessible(page, 'Beheer: instellingen (methode in gebruik)');
  await shot(page, 'beheer-instellingen-fout');

  // Requiring 2FA for everyone is saved; switched off again so the other tests' coaches log in as before.
  await ija.check();
  await twoFactor.check();
  await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
  await expect(page.getByText('De instellingen zijn opgeslagen.')).toBeVisible();
  await twoFactor.uncheck();
  await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
  await expect(page.getByText('De instellingen zijn opgeslagen.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeVisible();
  await expect(twoFactor).not.toBeChecked();
  await expect(ija).toBeChecked();
});
