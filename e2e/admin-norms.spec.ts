import { expect, test, type APIRequestContext } from '@playwright/test';
import { adminApi, apiSend, expectAccessible, expectNoHorizontalScroll, shot } from './support.js';

interface NormSet { version: number; items: { key: string; enabled: boolean; threshold: number | null }[] }
const readNorms = async (api: APIRequestContext) => (await (await api.get('/api/admin/norms')).json()) as NormSet;

test('the administrator changes the no-contact norm (a number out of range is refused by the field) and sees who changed it last; all is put back', async ({ page }) => {
  const admin = await adminApi();
  await page.context().addCookies((await admin.storageState()).cookies);
  const before = await readNorms(admin);
  expect(before.items.find((n) => n.key === 'no_contact')?.threshold, 'the demo watches contact every 14 days').toBe(14);
  try {
    await page.goto('/beheer');
    await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Normen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Normen' })).toBeVisible();
    const noContact = page.getByRole('group', { name: 'Geen contact' });
    await expect(noContact).toContainText('Een actieve jongere is dit aantal dagen niet gesproken.');
    const days = noContact.getByLabel('Aantal dagen');
    await expect(days).toHaveValue('14');
    await expect(noContact.getByLabel('Aan', { exact: true })).toBeChecked();
    await expect(page.getByRole('group', { name: 'Plan ondertekend' }).getByLabel('Aantal weken')).toHaveValue('6');
    await expect(page.getByRole('group', { name: 'Reactie op een groepsmelding' }).getByLabel('Aantal uren')).toHaveValue('24');
    await expectAccessible(page, 'Beheer: normen');
    await expectNoHorizontalScroll(page);
    await shot(page, 'beheer-normen');

    await days.fill('0');
    await page.getByRole('button', { name: 'Normen opslaan' }).click();
    await expect(noContact.getByText('Vul een heel getal in van 1 tot en met 180.')).toBeVisible();
    await expect(days).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page, 'Beheer: normen (met fouten)');

    await days.fill('21');
    await page.getByRole('button', { name: 'Normen opslaan' }).click();
    await expect(page.getByText('De normen zijn opgeslagen.')).toBeVisible();
    await expect(page.getByText(/^Laatst gewijzigd door Karin Bakker op \d{2}-\d{2}-\d{4} \d{2}:\d{2}\.$/)).toBeVisible();
    await page.reload();
    await expect(page.getByRole('group', { name: 'Geen contact' }).getByLabel('Aantal dagen')).toHaveValue('21');
    await expectAccessible(page, 'Beheer: normen (opgeslagen)');
  } finally {
    const now = await readNorms(admin);
    const res = await apiSend(admin, 'PUT', '/api/admin/norms', { version: now.version, items: before.items.map(({ key, enabled, threshold }) => ({ key, enabled, threshold })) });
    expect(res.status(), `put the norms back: ${await res.text()}`).toBe(200);
    await admin.dispose();
  }
});
