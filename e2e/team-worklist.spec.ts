import { expect, test } from '@playwright/test';
import { makeOwnYouth } from './casework-support.js';
import { createUser, demoDaysAgo, expectAccessible, expectNoHorizontalScroll, login, loginAsTeamLead, LOGINS, PASSWORD, shot, unique } from './support.js';

test('the team lead sees the caseload per coach and phase, the norms this quarter and the team\'s signals, and hands a youth over to a colleague', async ({ page, browser }) => {
  test.slow(); // a coach and a colleague are set up first, and the team lead logs in with 2FA
  // A youth of Sanne's (never a shared demo youth) and a new colleague in her team.
  const coach = await browser.newContext();
  const coachPage = await coach.newPage();
  await login(coachPage, LOGINS.coach, 'Mijn jongeren');
  const nickname = unique('Overdracht');
  await makeOwnYouth(coachPage, nickname);
  await coach.close();
  const colleague = unique('Coach Collega');
  await createUser({ email: `${colleague.toLowerCase().replace(/\s+/g, '.')}@spil.demo`, displayName: colleague, roles: ['coach'], password: PASSWORD });

  await loginAsTeamLead(page);

  const caseload = page.getByRole('region', { name: 'Tabel: Coaches en caseload' });
  const sanne = caseload.getByRole('row').filter({ hasText: 'Sanne de Vries' });
  await expect(sanne).toContainText(/\d+ van 20/);
  await expect(caseload.getByRole('columnheader', { name: 'Fase 1 Vertrouwen' })).toBeVisible();
  await expect(caseload.getByRole('row').filter({ hasText: colleague })).toContainText('0 van 20');
  const norms = page.getByRole('region', { name: /^Tabel: Normen dit kwartaal \(Q\d \d{4}\)$/ });
  await expect(norms.getByRole('row').filter({ hasText: 'Plan ondertekend binnen 6 weken' })).toBeVisible();
  await expect(norms.getByRole('row').filter({ hasText: 'Reactie op groepsmelding binnen 24 uur' })).toBeVisible();
  const signals = page.getByRole('region', { name: /^Signalen van het team/ });
  // (Enzo's plan may be signed by an earlier browser test; Bob's 16 days without contact stay.)
  await expect(signals.getByRole('listitem').filter({ hasText: new RegExp(`^Bob: ${demoDaysAgo(16)} dagen geen contact`) })).toContainText('Coach: Sanne de Vries');
  await expectAccessible(page, 'Mijn team (werklijst en caseload)');
  await expectNoHorizontalScroll(page);
  await shot(page, 'team-worklist');

  // Caseload overdragen: one youth, with a note (required).
  const handover = page.getByRole('region', { name: 'Caseload overdragen' });
  await handover.getByLabel(/^Van coach/).selectOption({ label: 'Sanne de Vries' });
  await handover.getByLabel(/^Naar coach/).selectOption({ label: colleague });
  await handover.getByLabel('Overdragen', { exact: true }).check();
  await handover.getByLabel(nickname).check();
  await handover.getByRole('button', { name: 'Overdragen' }).click();
  await expect(handover.getByRole('alert')).toContainText('Schrijf een overdrachtsnotitie voor de nieuwe coach.');
  await expect(handover.getByLabel(/^Overdrachtsnotitie/)).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'Caseload overdragen (met fouten)');
  await handover.getByLabel(/^Overdrachtsnotitie/).fill('Wil graag een vrouwelijke coach; moeder is op de hoogte.');
  await handover.getByRole('button', { name: 'Overdragen' }).click();
  await expect(handover.getByRole('status')).toContainText(`1 jongere overgedragen aan ${colleague}: ${nickname}.`);
  await expectAccessible(page, 'Caseload overdragen (gelukt)');
  await shot(page, 'team-handover');

  // The team's list (found by name: it is paged) shows the new coach on the youth's card.
  const teamYouth = page.getByRole('region', { name: /Jongeren van het team/ });
  await teamYouth.getByLabel('Zoek op naam of roepnaam').fill(nickname);
  await teamYouth.getByRole('button', { name: 'Zoeken' }).click();
  const card = teamYouth.getByRole('listitem').filter({ has: page.getByRole('link', { name: nickname }) });
  await expect(card).toContainText(colleague);
  await expect(card).not.toContainText('Sanne de Vries');
});
