import { expect, test, type APIRequestContext, type Locator } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { adminApi, apiSend, expectAccessible, expectNoHorizontalScroll, login, LOGINS, openTab, shot } from './support.js';

interface OptionList { list: string; version: number; items: { key: string; label: string; active: boolean; countsAs: string | null }[] }

/** One part of the screen as people look at it (a full-page shot of the plan editor is very long). */
async function partShot(part: Locator, name: string) {
  const dir = process.env.E2E_SHOTS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await part.screenshot({ path: path.join(dir, `${name}-${part.page().viewportSize()?.width ?? 0}.png`) });
}

const readList = async (api: APIRequestContext, name: string) =>
  ((await (await api.get('/api/admin/option-lists')).json()) as { lists: OptionList[] }).lists.find((l) => l.list === name)!;

// Rotterdam's administrator calls the plan's work part by the municipality's own name; Ricardo's
// coach sees it in his plan at once — with the chef's task (Werkgever) and the competencies the
// work goals work on. The demo is put back afterwards, whatever happens.
test('the administrator renames a plan part; the coach sees the new name in the plan and its editor, with the employer’s task and the learning goals’ competencies', async ({ page }) => {
  test.slow(); // two people, five axe checks
  const admin = await adminApi();
  await page.context().addCookies((await admin.storageState()).cookies);
  const before = await readList(admin, 'plan_part');
  const n = before.items.findIndex((i) => i.key === 'work') + 1;
  const original = before.items[n - 1]!.label;
  const renamed = 'Werk, stage of opleiding';

  try {
    await page.goto('/beheer');
    await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Keuzelijsten' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Keuzelijsten' })).toBeVisible();
    await expect(page.getByText(/Een keuze wordt nooit verwijderd/)).toBeVisible();
    await expect(page.getByLabel('Keuzelijst')).toHaveValue('plan_part');
    const form = page.getByRole('form', { name: 'Onderdelen van het plan' });
    const work = form.getByRole('group', { name: new RegExp(`^Keuze ${n}: `) });
    await expect(work).toHaveAccessibleName(`Keuze ${n}: ${original}`);
    await expect(work.getByText('Sleutel: work')).toBeVisible();
    await expect(work.getByLabel('Aan')).toBeChecked();
    await expectAccessible(page, 'Beheer: keuzelijsten');
    await expectNoHorizontalScroll(page);
    await shot(page, 'beheer-keuzelijsten');

    // An empty name is refused at the field, before anything is sent.
    const name = work.getByLabel('Naam');
    await name.fill('');
    await form.getByRole('button', { name: 'Onderdelen van het plan opslaan' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Er is iets niet goed ingevuld' });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(`Keuze ${n}, Naam: Vul dit veld in.`);
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page, 'Beheer: keuzelijsten (naam leeg)');
    expect((await readList(admin, 'plan_part')).version, 'nothing was sent').toBe(before.version);

    await name.fill(renamed);
    await expect(work).toHaveAccessibleName(`Keuze ${n}: ${renamed}`);
    await form.getByRole('button', { name: 'Onderdelen van het plan opslaan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'De lijst ‘Onderdelen van het plan’ is opgeslagen.' })).toBeVisible();
    await expect(summary).toHaveCount(0);
    await expectAccessible(page, 'Beheer: keuzelijsten (opgeslagen)');
    await shot(page, 'beheer-keuzelijsten-opgeslagen');
    expect((await readList(admin, 'plan_part')).items[n - 1]!.label).toBe(renamed);

    // The coach, on her phone.
    await page.context().clearCookies();
    await login(page, LOGINS.coach, 'Mijn jongeren');
    await page.getByRole('link', { name: 'Ricardo', exact: true }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ricardo' })).toBeVisible();
    await openTab(page, 'Ondersteuningsplan');
    const panel = page.getByRole('tabpanel', { name: 'Ondersteuningsplan' });
    const part = panel.getByRole('article', { name: renamed });
    await expect(part).toBeVisible();
    await expect(part.getByText('Werkgever', { exact: true })).toBeVisible();
    await expect(part.getByText('Hier leer je: Afspraken nakomen, Doorzetten')).toBeVisible();
    await expectAccessible(page, 'plan: renamed part');
    await expectNoHorizontalScroll(page);
    await shot(page, 'plan-deel-hernoemd');
    await partShot(part, 'plan-deel-hernoemd-werk');

    await panel.getByRole('button', { name: 'Concept bewerken' }).click();
    const editing = panel.getByRole('region', { name: renamed });
    await expect(editing.getByRole('heading', { level: 3, name: renamed })).toBeVisible();
    // The chef's task keeps its role; the roles of the form for this part come first.
    const chef = editing.getByRole('group', { name: 'Taak 2' });
    await expect(chef.getByLabel('Rol')).toHaveValue('employer');
    await expect(chef.getByLabel('Wie')).toHaveValue('Chef Youssef');
    await expect(chef.getByLabel('Rol').locator('option')).toHaveText(['Jongere', 'Coach', 'Werkgever', 'Netwerk', 'Professional', 'VIP']);
    const learns = editing.getByRole('group', { name: 'Competenties bij stap 2' });
    await expect(learns.getByLabel('Afspraken nakomen')).toBeChecked();
    await expect(learns.getByLabel('Doorzetten')).toBeChecked();
    await expect(learns.getByLabel('Op tijd komen')).not.toBeChecked();
    await expectAccessible(page, 'plan editor: renamed part');
    await expectNoHorizontalScroll(page);
    await shot(page, 'plan-editor-deel-hernoemd');
    await partShot(chef, 'plan-editor-taak-werkgever');
    await partShot(learns, 'plan-editor-competenties');
    await panel.getByRole('button', { name: 'Annuleren' }).click();
    await expect(part).toBeVisible();
  } finally {
    const now = await readList(admin, 'plan_part');
    if (JSON.stringify(now.items) !== JSON.stringify(before.items)) {
      expect((await apiSend(admin, 'PUT', '/api/admin/option-lists/plan_part', { version: now.version, items: before.items })).status()).toBe(200);
    }
    await admin.dispose();
  }
});

// A closing reason the municipality counts as regular work (for the dashboard's funnel) is
// marked on the list itself. The demo is put back afterwards.
test('the administrator marks a closing reason as regular work for the dashboard’s funnel', async ({ page }) => {
  const admin = await adminApi();
  await page.context().addCookies((await admin.storageState()).cookies);
  const before = await readList(admin, 'closing_reason');
  try {
    await page.goto('/beheer/keuzelijsten');
    await page.getByLabel('Keuzelijst').selectOption({ label: 'Redenen van afsluiten' });
    const form = page.getByRole('form', { name: 'Redenen van afsluiten' });
    const regular = form.getByRole('group', { name: /: Regulier werk$/ });
    await expect(regular.getByLabel('Telt als regulier werk')).toBeChecked();
    const education = form.getByRole('group', { name: /: Opleiding$/ });
    await expect(education.getByLabel('Telt als regulier werk')).not.toBeChecked();
    await expect(education.getByText(/telt een jongere die om deze reden is afgesloten als ‘regulier werk’/)).toBeVisible();
    await expectAccessible(page, 'Beheer: redenen van afsluiten');
    await expectNoHorizontalScroll(page);
    await partShot(education, 'beheer-afsluitreden-regulier-werk');

    await education.getByLabel('Telt als regulier werk').check();
    await form.getByRole('button', { name: 'Redenen van afsluiten opslaan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'De lijst ‘Redenen van afsluiten’ is opgeslagen.' })).toBeVisible();
    const saved = await readList(admin, 'closing_reason');
    expect(saved.items.filter((i) => i.countsAs === 'regular_work').map((i) => i.key)).toEqual(['regulier_werk', 'opleiding']);
    await page.reload();
    await page.getByLabel('Keuzelijst').selectOption({ label: 'Redenen van afsluiten' });
    await expect(page.getByRole('form', { name: 'Redenen van afsluiten' }).getByRole('group', { name: /: Opleiding$/ }).getByLabel('Telt als regulier werk')).toBeChecked();
  } finally {
    const now = await readList(admin, 'closing_reason');
    if (JSON.stringify(now.items) !== JSON.stringify(before.items)) {
      expect((await apiSend(admin, 'PUT', '/api/admin/option-lists/closing_reason', { version: now.version, items: before.items })).status()).toBe(200);
    }
    await admin.dispose();
  }
});
