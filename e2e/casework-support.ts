import { expect, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { apiSend } from './support.js';

/**
 * A fresh youth of the logged-in coach (own team, own caseload) with a trajectory in the first
 * phase, made over the API with the page's session, so a test never touches shared demo youth.
 */
export async function makeOwnYouth(page: Page, nickname: string): Promise<string> {
  return (await makeOwnYouthWithTrajectory(page, nickname)).youthId;
}

/** As makeOwnYouth, with the trajectory as the API returned it (its id and version, to act on it over the API). */
export async function makeOwnYouthWithTrajectory(page: Page, nickname: string): Promise<{ youthId: string; trajectory: { id: string; version: number } }> {
  const youthId = randomUUID();
  const res = await apiSend(page.request, 'POST', '/api/youth', { id: youthId, nickname, neighbourhood: 'Feijenoord' });
  expect(res.status(), `register youth: ${await res.text()}`).toBe(201);
  const tr = await apiSend(page.request, 'POST', `/api/youth/${youthId}/trajectories`, { id: randomUUID() });
  expect(tr.status(), `start trajectory: ${await tr.text()}`).toBe(201);
  return { youthId, trajectory: await tr.json() as { id: string; version: number } };
}
