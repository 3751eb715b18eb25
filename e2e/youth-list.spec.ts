import { expect, test } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { apiSend, createUser, expectAccessible, expectNoHorizontalScroll, login, PASSWORD, shot, unique } from './support.js';

// Runs last (alphabetically): its 55 youth make Wijkteam Feijenoord's list longer for any test after it.
test('a long caseload comes fifty at a time; "meer tonen" adds the rest and puts the focus on the first new youth', async ({ page }) => {
  test.slow(); // 55 youth are registered first
  const name = unique('Coach Lijst');
  const email = `${name.toLowerCase().replace(/\s+/g, '.')}@spil.demo`;
  await createUser({ email, displayName: name, roles: ['coach'], password: PASSWORD });
  await login(page, email, 'Mijn jongeren');
  // Registered in a shuffled order; the list shows them by name. Two digits keep name order and number order the same.
  const numbers = Array.from({ length: 55 }, (_, i) => i + 1).sort((a, b) => ((a * 37) % 55) - ((b * 37) % 55));
  for (const n of numbers) {
    const res = await apiSend(page.request, 'POST', '/api/youth', { id: randomUUID(), nickname: `Lijst ${String(n).padStart(2, '0')}`, neighbourhood: 'Feijenoord' });
    expect(res.status()).toBe(201);
  }
  await page.reload();

  const caseload = page.getByRole('region', { name: /Mijn caseload/ });
  await expect(caseload.getByRole('heading', { level: 2 })).toHaveText('Mijn caseload (55)');
  const cards = caseload.getByRole('listitem');
  await expect(cards).toHaveCount(50);
  await expect(cards.first()).toContainText('Lijst 01');
  await expect(cards.last()).toContainText('Lijst 50');
  await expect(caseload.getByText('50 van 55 getoond')).toBeVisible();
  await expectAccessible(page, 'Mijn jongeren (eerste 50)');
  await expectNoHorizontalScroll(page);

  await caseload.getByRole('button', { name: 'Meer jongeren tonen' }).click();
  await expect(cards).toHaveCount(55);
  await expect(caseload.getByRole('link', { name: 'Lijst 51' })).toBeFocused();
  await expect(caseload.getByRole('button', { name: 'Meer jongeren tonen' })).toHaveCount(0);
  await expect(caseload.getByText(/getoond$/)).toHaveCount(0);
  await expectAccessible(page, 'Mijn jongeren (alle 55)');
  await shot(page, 'mijn-jongeren-meer');

  // A search finds within the same list: Lijst 50 to 55.
  await page.getByLabel('Zoek op naam of roepnaam').fill('Lijst 5');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  const results = page.getByRole('region', { name: /Zoekresultaten/ });
  await expect(results.getByRole('heading', { level: 2 })).toHaveText('Zoekresultaten voor ‘Lijst 5’ (6)');
  await expect(results.getByRole('listitem')).toHaveCount(6);
});
