import { expect, test, type Page, type Request } from '@playwright/test';
import { login, loginAsTeamLead, LOGINS } from './support.js';

// Sixty coaches open these screens all day: each screen asks the server for each thing once. A
// section that mounts once its page's data is in and subscribes to the same query finds that
// answer stale and asks again; the home screen did so for the worklist, the costliest call.

/** Opens a screen afresh and, once the network is quiet, says which GETs it sent more than once. */
async function askedTwice(page: Page, url: string, heading: string | RegExp): Promise<string[]> {
  await page.goto('about:blank'); // the screen before is gone, with anything it was still asking
  const asked = new Map<string, number>();
  const count = (request: Request) => {
    const u = new URL(request.url());
    const what = u.pathname + u.search;
    if (request.method() === 'GET' && u.pathname.startsWith('/api/')) asked.set(what, (asked.get(what) ?? 0) + 1);
  };
  page.on('request', count);
  // The quiet network is what is waited on: a second request comes after the screen shows.
  await page.goto(url, { waitUntil: 'networkidle' });
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  page.off('request', count);
  expect(asked.size, `${url} asked the server for nothing`).toBeGreaterThan(0);
  return [...asked].filter(([, n]) => n > 1).map(([path, n]) => `${path} × ${n}`);
}

test('the coach\'s screens ask the server for each thing once', async ({ page }) => {
  await login(page, LOGINS.coach, 'Mijn jongeren');
  const found = await page.request.get('/api/youth?scope=mine&q=Ricardo');
  const ricardo = (await found.json() as { items: { id: string }[] }).items[0]!.id;
  const screens: [string, string | RegExp][] = [
    ['/', 'Mijn jongeren'],
    [`/jongeren/${ricardo}`, /Ricardo/],
    [`/jongeren/${ricardo}/leefgebieden`, /Leefgebieden/],
    [`/jongeren/${ricardo}/mijn-plan`, /Mijn plan/],
    [`/jongeren/${ricardo}/netwerk`, /Netwerk/],
    [`/jongeren/${ricardo}/strategie`, /strategie/i],
    ['/groepen', /Groepen/],
  ];
  for (const [url, heading] of screens) expect(await askedTwice(page, url, heading), url).toEqual([]);
});

test('the team lead\'s screens ask the server for each thing once', async ({ page }) => {
  await loginAsTeamLead(page);
  expect(await askedTwice(page, '/team', 'Mijn team'), '/team').toEqual([]);
  expect(await askedTwice(page, '/dashboard', /Dashboard/), '/dashboard').toEqual([]);
});
