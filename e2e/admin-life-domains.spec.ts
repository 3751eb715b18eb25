import { expect, test, type APIRequestContext } from '@playwright/test';
import { adminApi, apiSend, expectAccessible, expectNoHorizontalScroll, shot } from './support.js';

interface LifeDomains { version: number; items: { key: string; label: string; levels: string[]; active: boolean }[] }

const readDomains = async (api: APIRequestContext) => (await (await api.get('/api/life-domains')).json()) as LifeDomains;
const sameDomains = (a: LifeDomains, b: LifeDomains) => JSON.stringify(a.items) === JSON.stringify(b.items);

test('the administrator renames a life domain and rewrites a level text; an empty name is refused; all is put back', async ({ page }) => {
  test.slow(); // a long form, checked with axe in four states
  // Reuse the administrator's session of this run instead of a new 2FA login.
  const admin = await adminApi();
  await page.context().addCookies((await admin.storageState()).cookies);
  // The demo data is shared with the other tests: remember it and put it back, whatever happens.
  const before = await readDomains(admin);
  const n = before.items.findIndex((d) => d.key === 'vrije_tijd') + 1;
  expect(n, 'the demo (Rotterdam IJA) has the domain Vrije tijd').toBeGreaterThan(0);
  const original = before.items[n - 1]!;
  expect(original.label).toBe('Vrije tijd');
  const newLevel3 = 'Sport of doet iets in de vrije tijd, maar niet vast; verveling trekt soms naar de straat.';

  try {
    await page.goto('/beheer');
    await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Leefgebieden' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Leefgebieden' })).toBeVisible();
    await expect(page.getByText(/scoort de coach samen met de jongere/)).toBeVisible();
    await expect(page.getByText(/blijft zichtbaar in eerdere metingen/)).toBeVisible();
    // Found by number, so the same fieldset is meant after its name changes.
    const domain = page.getByRole('group', { name: new RegExp(`^Leefgebied ${n}: `) });
    await expect(domain).toHaveAccessibleName(`Leefgebied ${n}: Vrije tijd`);
    const label = domain.getByLabel('Naam van het leefgebied');
    const level3 = domain.getByLabel('Score 3 – wankel evenwicht');
    await expect(label).toHaveValue('Vrije tijd');
    await expect(domain.getByLabel('Score 1 – acute problemen')).toHaveValue(original.levels[0]!);
    await expect(domain.getByLabel('Score 5 – volledig zelfredzaam')).toHaveValue(original.levels[4]!);
    await expect(domain.getByLabel('Actief')).toBeChecked();
    await expect(domain.getByText('Sleutel: vrije_tijd')).toBeVisible();
    await expectAccessible(page, 'Beheer: leefgebieden');
    await expectNoHorizontalScroll(page);
    await shot(page, 'beheer-leefgebieden');

    // Reordering keeps the keyboard focus on the moved domain; moved back, nothing is saved.
    const first = before.items[0]!.label;
    await page.getByRole('button', { name: `Omlaag: ${first}` }).click();
    await expect(page.getByRole('group', { name: `Leefgebied 2: ${first}` })).toBeVisible();
    await expect(page.getByRole('button', { name: `Omlaag: ${first}` })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('group', { name: `Leefgebied 3: ${first}` })).toBeVisible();
    await page.getByRole('button', { name: `Omhoog: ${first}` }).click();
    await page.getByRole('button', { name: `Omhoog: ${first}` }).click();
    await expect(page.getByRole('group', { name: `Leefgebied 1: ${first}` })).toBeVisible();
    await expect(page.getByRole('button', { name: `Omlaag: ${first}` })).toBeFocused();

    // A new domain gets its key from the name; it is taken away again before saving.
    await page.getByRole('button', { name: 'Leefgebied toevoegen' }).click();
    const added = page.getByRole('group', { name: new RegExp(`^Leefgebied ${before.items.length + 1}: `) });
    await expect(added.getByLabel('Naam van het leefgebied')).toBeFocused();
    await added.getByLabel('Naam van het leefgebied').fill('Zingeving & Cultuur');
    await expect(added.getByLabel('Sleutel')).toHaveValue('zingeving_cultuur');
    await expectAccessible(page, 'Beheer: leefgebieden (nieuw leefgebied)');
    await expectNoHorizontalScroll(page);
    await shot(page, 'beheer-leefgebieden-nieuw');
    await added.getByRole('button', { name: /^Weghalen: Zingeving & Cultuur/ }).click();
    await expect(added).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Leefgebied toevoegen' })).toBeFocused();

    // Rename and rewrite score 3; after a reload both are still there.
    await label.fill('Vrije tijd en sport');
    await expect(domain).toHaveAccessibleName(`Leefgebied ${n}: Vrije tijd en sport`);
    await level3.fill(newLevel3);
    await page.getByRole('button', { name: 'Leefgebieden opslaan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'De leefgebieden zijn opgeslagen.' })).toBeVisible();
    await expectAccessible(page, 'Beheer: leefgebieden (opgeslagen)');
    await shot(page, 'beheer-leefgebieden-opgeslagen');
    await page.reload();
    await expect(domain).toHaveAccessibleName(`Leefgebied ${n}: Vrije tijd en sport`);
    await expect(label).toHaveValue('Vrije tijd en sport');
    await expect(level3).toHaveValue(newLevel3);
    await expect(domain.getByText('Sleutel: vrije_tijd')).toBeVisible();

    // Someone else saves first: the screen says so and shows their version again.
    const current = await readDomains(admin);
    expect((await apiSend(admin, 'PUT', '/api/admin/life-domains', { version: current.version, domains: current.items })).status()).toBe(200);
    await level3.fill('Deze wijziging komt te laat.');
    await page.getByRole('button', { name: 'Leefgebieden opslaan' }).click();
    await expect(page.getByRole('alert')).toContainText('Iemand anders heeft de leefgebieden intussen gewijzigd');
    await expect(level3).toHaveValue(newLevel3);

    // An empty name is refused before anything is sent: error summary and the field's own error.
    await label.fill('');
    await page.getByRole('button', { name: 'Leefgebieden opslaan' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Er is iets niet goed ingevuld' });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(`Leefgebied ${n}, Naam van het leefgebied: Vul dit veld in.`);
    await expect(label).toHaveAttribute('aria-invalid', 'true');
    await expect(label).toHaveAccessibleDescription(/Vul dit veld in\./);
    await expectAccessible(page, 'Beheer: leefgebieden (naam leeg)');
    await expectNoHorizontalScroll(page);
    await shot(page, 'beheer-leefgebieden-fout');
    await summary.getByRole('link').click();
    await expect(label).toBeFocused();
    expect((await readDomains(admin)).items[n - 1]!.label, 'nothing was sent').toBe('Vrije tijd en sport');

    // The original name and text go back, so the other tests find the demo as it was.
    await label.fill(original.label);
    await level3.fill(original.levels[2]!);
    await page.getByRole('button', { name: 'Leefgebieden opslaan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'De leefgebieden zijn opgeslagen.' })).toBeVisible();
    await expect(summary).toHaveCount(0);
    await page.reload();
    await expect(domain).toHaveAccessibleName(`Leefgebied ${n}: Vrije tijd`);
    await expect(level3).toHaveValue(original.levels[2]!);
    expect(sameDomains(await readDomains(admin), before), 'the domains are as the test found them').toBe(true);
  } finally {
    const now = await readDomains(admin);
    if (!sameDomains(now, before)) {
      await apiSend(admin, 'PUT', '/api/admin/life-domains', { version: now.version, domains: before.items });
    }
    await admin.dispose();
  }
});
