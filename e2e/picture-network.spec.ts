import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { makeOwnYouth } from './casework-support.js';
import { apiSend, expectAccessible, expectNoHorizontalScroll, login, LOGINS, openTab, shot, todayNl, unique } from './support.js';

/** Fill the "Persoon toevoegen" / "… wijzigen" dialog; only the fields given are touched. */
async function fillPerson(page: Page, dialogName: string, p: {
  name?: string; relation?: string; ring?: string; influence?: string; practical?: boolean; emotional?: boolean; jim?: boolean; note?: string;
}) {
  const dialog = page.getByRole('dialog', { name: dialogName });
  if (p.name !== undefined) await dialog.getByLabel('Naam of omschrijving').fill(p.name);
  if (p.relation !== undefined) await dialog.getByLabel('Wat is deze persoon van de jongere?').fill(p.relation);
  if (p.ring) await dialog.getByRole('group', { name: 'Hoe dichtbij staat deze persoon?' }).getByLabel(p.ring).check();
  if (p.practical) await dialog.getByLabel('Praktisch of materieel').check();
  if (p.emotional) await dialog.getByLabel('Sociaal-emotioneel').check();
  if (p.influence) await dialog.getByRole('group', { name: 'Invloed op de jongere' }).getByLabel(p.influence).check();
  if (p.jim) await dialog.getByLabel('JIM-mentor (Jouw Ingebrachte Mentor)').check();
  if (p.note !== undefined) await dialog.getByLabel('Notitie').fill(p.note);
  return dialog;
}

test('the coach maps the people around the youth: a VIP mother, a VAP cousin, and the JIM mentor moving from the uncle to the mother', async ({ page }) => {
  test.slow(); // one story through six states, each checked with axe
  await login(page, LOGINS.coach, 'Mijn jongeren');
  const nickname = unique('Netwerk');
  const id = await makeOwnYouth(page, nickname);
  await page.goto(`/jongeren/${id}/netwerk`);
  await expect(page.getByRole('heading', { level: 1, name: `Netwerk van ${nickname}` })).toBeVisible();
  const map = page.getByRole('img', { name: /^Netwerkkaart van / });
  await expect(map).toHaveAccessibleName(`Netwerkkaart van ${nickname}. Dichtbij (binnenste ring): niemand. Midden (middelste ring): niemand. Verder weg (buitenste ring): niemand. Geen professionals.`);
  await expect(page.getByText(`Er staat nog niemand in het netwerk van ${nickname}.`)).toBeVisible();
  await expectAccessible(page, 'Netwerk (leeg)');
  await expectNoHorizontalScroll(page);
  await shot(page, 'network-empty');

  // The mother: close by, a VIP, social-emotional support. First an empty save: the form says what is missing.
  const addTitle = 'Persoon toevoegen aan het netwerk';
  await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
  const add = page.getByRole('dialog', { name: addTitle });
  await add.getByRole('button', { name: 'Persoon opslaan' }).click();
  const summary = add.getByRole('alert').filter({ hasText: 'Er is iets niet goed ingevuld' });
  await expect(summary).toContainText('Vul een naam of omschrijving in.');
  await expect(summary).toContainText('Kies hoe dichtbij deze persoon staat.');
  await expect(add.getByLabel('Naam of omschrijving')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'dialoog Persoon toevoegen (met fouten)');
  await fillPerson(page, addTitle, { name: 'Fatima', relation: 'moeder', ring: 'Dichtbij (ring 1)', influence: 'VIP: positieve invloed', emotional: true });
  await expectAccessible(page, 'dialoog Persoon toevoegen (ingevuld)');
  await shot(page, 'network-add-person');
  await add.getByRole('button', { name: 'Persoon opslaan' }).click();
  await expect(add).toBeHidden();
  await expect(page.getByText('Fatima staat nu in het netwerk.')).toBeVisible();

  // The cousin: middle ring, a VAP who pulls him into dealing.
  await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
  await fillPerson(page, addTitle, { name: 'Dennis', relation: 'neef', ring: 'Midden (ring 2)', influence: 'VAP: negatieve invloed', note: 'trekt hem mee in dealen' });
  await add.getByRole('button', { name: 'Persoon opslaan' }).click();
  await expect(add).toBeHidden();

  // The uncle: middle ring, a VIP, chosen as JIM mentor.
  await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
  await fillPerson(page, addTitle, { name: 'Ahmed', relation: 'oom', ring: 'Midden (ring 2)', influence: 'VIP: positieve invloed', practical: true, jim: true });
  await add.getByRole('button', { name: 'Persoon opslaan' }).click();
  await expect(add).toBeHidden();
  await expect(page.getByText('Ahmed is nu de JIM-mentor.')).toBeVisible();

  const ring1 = page.getByRole('list', { name: 'Dichtbij (ring 1)' });
  const ring2 = page.getByRole('list', { name: 'Midden (ring 2)' });
  const mother = ring1.getByRole('listitem').filter({ hasText: 'Fatima' });
  const cousin = ring2.getByRole('listitem').filter({ hasText: 'Dennis' });
  const uncle = ring2.getByRole('listitem').filter({ hasText: 'Ahmed' });
  await expect(mother).toContainText('VIP: positieve invloed');
  await expect(mother).toContainText('sociaal-emotioneel');
  await expect(cousin).toContainText('VAP: negatieve invloed');
  await expect(cousin).toContainText('trekt hem mee in dealen');
  await expect(uncle).toContainText('JIM-mentor');
  await expect(uncle).toContainText('praktisch of materieel');
  await expect(mother).not.toContainText('JIM-mentor');
  await expect(map).toHaveAccessibleName(/Dichtbij \(binnenste ring\): Fatima \(moeder\), VIP: positieve invloed, steun: sociaal-emotioneel\./);
  await expect(map).toHaveAccessibleName(/Ahmed \(oom\), VIP: positieve invloed, JIM-mentor, steun: praktisch of materieel/);
  await expect(map).toHaveAccessibleName(/Dennis \(neef\), VAP: negatieve invloed/);
  await expectAccessible(page, 'Netwerk (drie personen)');
  await expectNoHorizontalScroll(page);
  await shot(page, 'network-three');

  // The youth chooses his mother as JIM mentor instead: the mark moves from the uncle.
  await mother.getByRole('button', { name: /^Wijzigen/ }).click();
  const edit = page.getByRole('dialog', { name: 'Fatima wijzigen' });
  await expect(edit.getByLabel('Naam of omschrijving')).toHaveValue('Fatima');
  await expect(edit.getByText('Nu is Ahmed de JIM-mentor.')).toBeVisible();
  await edit.getByLabel('JIM-mentor (Jouw Ingebrachte Mentor)').check();
  await expectAccessible(page, 'dialoog Fatima wijzigen');
  await edit.getByRole('button', { name: 'Wijziging opslaan' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByText('Fatima is nu de JIM-mentor.')).toBeVisible();
  await expect(mother).toContainText('JIM-mentor');
  await expect(uncle).not.toContainText('JIM-mentor');
  await expect(map).toHaveAccessibleName(/Fatima \(moeder\), VIP: positieve invloed, JIM-mentor/);
  await expect(map).toHaveAccessibleName(/Ahmed \(oom\), VIP: positieve invloed, steun: praktisch of materieel/);
  await expectAccessible(page, 'Netwerk (JIM-mentor verplaatst)');
  await expectNoHorizontalScroll(page);
  await shot(page, 'network-jim-moved');
});

/** Someone in the network made over the API, as a colleague's earlier work. */
async function addPersonApi(page: Page, youthId: string, p: { name: string; relation: string; ring: 1 | 2 | 3; influence: 'vip' | 'vap' | 'neutral'; isJim?: boolean; note?: string; emotional?: boolean }) {
  const id = randomUUID();
  const res = await apiSend(page.request, 'POST', `/api/youth/${youthId}/network/people`, {
    id, name: p.name, relation: p.relation, ring: p.ring, influence: p.influence, isJim: p.isJim ?? false,
    supportPractical: false, supportEmotional: p.emotional ?? false, ...(p.note ? { note: p.note } : {}),
  });
  expect(res.status(), `add ${p.name}: ${await res.text()}`).toBe(201);
  return id;
}

test('the coach adds the debt counsellor, sees the network as a table, and marks the cousin as left', async ({ page }) => {
  test.slow(); // four states, each checked with axe
  await login(page, LOGINS.coach, 'Mijn jongeren');
  const nickname = unique('Netwerk');
  const id = await makeOwnYouth(page, nickname);
  await addPersonApi(page, id, { name: 'Fatima', relation: 'moeder', ring: 1, influence: 'vip', isJim: true, emotional: true });
  await addPersonApi(page, id, { name: 'Dennis', relation: 'neef', ring: 2, influence: 'vap', note: 'trekt hem mee in dealen' });
  await addPersonApi(page, id, { name: 'Ahmed', relation: 'oom', ring: 2, influence: 'vip' });
  await page.goto(`/jongeren/${id}/netwerk`);
  await expect(page.getByRole('heading', { level: 1, name: `Netwerk van ${nickname}` })).toBeVisible();
  const map = page.getByRole('img', { name: /^Netwerkkaart van / });
  await expect(map).toHaveAccessibleName(/Dennis \(neef\), VAP: negatieve invloed/);
  await expect(map).toHaveAccessibleName(/Geen professionals\.$/);
  const ring2 = page.getByRole('list', { name: 'Midden (ring 2)' });
  const cousin = ring2.getByRole('listitem').filter({ hasText: 'Dennis' });

  // A professional: the debt counsellor of the Kredietbank.
  await page.getByRole('button', { name: 'Professional toevoegen' }).click();
  const pro = page.getByRole('dialog', { name: 'Professional toevoegen' });
  await pro.getByRole('button', { name: 'Professional opslaan' }).click();
  await expect(pro.getByRole('alert')).toContainText('Vul de naam van de professional in.');
  await pro.getByLabel('Naam', { exact: false }).first().fill('Karin Bos');
  await pro.getByLabel('Organisatie of instantie').fill('Kredietbank Rotterdam');
  await pro.getByLabel('Functie').fill('Schuldhulpverlener');
  await pro.getByLabel('Telefoonnummer').fill('010 123 45 67');
  await pro.getByLabel('E-mailadres').fill('k.bos@kredietbank.example');
  await pro.getByLabel('Betrokken sinds').fill('2026-01-15');
  await pro.getByLabel('Wat doet deze professional voor de jongere?').fill('Regelt een schuldenregeling met de schuldeisers.');
  await expectAccessible(page, 'dialoog Professional toevoegen');
  await shot(page, 'network-add-professional');
  await pro.getByRole('button', { name: 'Professional opslaan' }).click();
  await expect(pro).toBeHidden();
  await expect(page.getByText('Karin Bos staat nu bij de professionals.')).toBeVisible();
  const professional = page.getByRole('list', { name: 'Professionals' }).getByRole('listitem').filter({ hasText: 'Karin Bos' });
  await expect(professional).toContainText('Schuldhulpverlener');
  await expect(professional).toContainText('Kredietbank Rotterdam');
  await expect(professional).toContainText('Betrokken sinds 15-01-2026');
  await expect(professional.getByRole('link', { name: 'Bel 010 123 45 67' })).toHaveAttribute('href', 'tel:0101234567');
  await expect(professional.getByRole('link', { name: 'Mail k.bos@kredietbank.example' })).toHaveAttribute('href', 'mailto:k.bos@kredietbank.example');
  await expect(map).toHaveAccessibleName(/Professionals: Karin Bos, Schuldhulpverlener, Kredietbank Rotterdam\./);

  // The same network as a table.
  await page.getByText('Bekijk het netwerk als lijst').click();
  const people = page.getByRole('region', { name: 'Tabel: Mensen in het netwerk' });
  await expect(people.getByRole('row').filter({ hasText: 'Dennis' })).toContainText('Midden (ring 2)');
  await expect(people.getByRole('row').filter({ hasText: 'Dennis' })).toContainText('VAP: negatieve invloed');
  await expect(people.getByRole('row').filter({ hasText: 'Fatima' })).toContainText('Ja');
  await expect(page.getByRole('region', { name: 'Tabel: Professionals in het netwerk' }).getByRole('row').filter({ hasText: 'Karin Bos' }))
    .toContainText('15-01-2026');
  await expectAccessible(page, 'Netwerk (kaart, tabel en professional)');
  await expectNoHorizontalScroll(page);
  await shot(page, 'network-full');

  // The cousin is out of the picture: he moves under "Eerder in het netwerk" and off the map.
  await cousin.getByRole('button', { name: /^Is uit het netwerk/ }).click();
  await expect(page.getByText('Dennis staat nu onder ‘Eerder in het netwerk’.')).toBeVisible();
  await expect(ring2.getByRole('listitem').filter({ hasText: 'Dennis' })).toHaveCount(0);
  await expect(map).not.toHaveAccessibleName(/Dennis/);
  await page.getByText('Eerder in het netwerk (1)').click();
  const earlier = page.getByRole('list', { name: 'Eerder in het netwerk (1)' }).getByRole('listitem').filter({ hasText: 'Dennis' });
  await expect(earlier).toContainText(`Uit het netwerk sinds ${todayNl()}`);
  await expect(earlier.getByRole('button', { name: /^Terug in het netwerk/ })).toBeVisible();
  await expectAccessible(page, 'Netwerk (neef vertrokken)');
  await expectNoHorizontalScroll(page);
  await shot(page, 'network-left');

  // Back to the file, on the "Beeld" tab.
  await page.getByRole('link', { name: `Terug naar het dossier van ${nickname}` }).click();
  await expect(page.getByRole('tab', { name: 'Beeld', exact: true })).toHaveAttribute('aria-selected', 'true');

  // The file's history says whose record changed: the cousin left the network today.
  await openTab(page, 'Geschiedenis');
  const history = page.getByRole('list', { name: 'Geschiedenis' });
  await expect(history.getByRole('listitem').filter({ hasText: 'Netwerk: Dennis' }).filter({ hasText: 'Uit het netwerk sinds' })).toContainText(todayNl());
});

test('when someone else changed a person first, the coach sees it and goes on from the newest version', async ({ page }) => {
  await login(page, LOGINS.coach, 'Mijn jongeren');
  const nickname = unique('Netwerk409');
  const id = await makeOwnYouth(page, nickname);
  const personId = randomUUID();
  const created = await apiSend(page.request, 'POST', `/api/youth/${id}/network/people`, {
    id: personId, name: 'Samira', relation: 'zus', ring: 1, supportPractical: false, supportEmotional: true, influence: 'vip', isJim: false,
  });
  expect(created.status()).toBe(201);
  const friendId = randomUUID();
  expect((await apiSend(page.request, 'POST', `/api/youth/${id}/network/people`, {
    id: friendId, name: 'Kevin', relation: 'vriend', ring: 2, supportPractical: false, supportEmotional: false, influence: 'neutral', isJim: false,
  })).status()).toBe(201);

  // A bad ring is refused with the field named.
  const bad = await apiSend(page.request, 'POST', `/api/youth/${id}/network/people`, {
    id: randomUUID(), name: 'X', relation: 'y', ring: 4, supportPractical: false, supportEmotional: false, influence: 'neutral', isJim: false,
  });
  expect(bad.status()).toBe(400);
  expect(JSON.stringify(await bad.json())).toContain('body.ring');

  await page.goto(`/jongeren/${id}/netwerk`);
  const sister = page.getByRole('list', { name: 'Dichtbij (ring 1)' }).getByRole('listitem').filter({ hasText: 'Samira' });
  await sister.getByRole('button', { name: /^Wijzigen/ }).click();
  const edit = page.getByRole('dialog', { name: 'Samira wijzigen' });
  await expect(edit.getByLabel('Naam of omschrijving')).toHaveValue('Samira');

  // Meanwhile a colleague adds a note to Samira and changes Kevin.
  expect((await apiSend(page.request, 'PATCH', `/api/network/people/${personId}`, { version: 1, note: 'Woont sinds kort weer thuis.' })).status()).toBe(200);
  expect((await apiSend(page.request, 'PATCH', `/api/network/people/${friendId}`, { version: 1, influence: 'vap' })).status()).toBe(200);

  await edit.getByRole('group', { name: 'Hoe dichtbij staat deze persoon?' }).getByLabel('Midden (ring 2)').check();
  await edit.getByRole('button', { name: 'Wijziging opslaan' }).click();
  await expect(edit.getByText('Iemand anders heeft dit intussen gewijzigd.')).toBeVisible();
  await expectAccessible(page, 'dialoog Samira wijzigen (conflict)');
  await shot(page, 'network-conflict');
  await edit.getByRole('button', { name: 'Nieuwste versie laden' }).click();
  await expect(edit.getByLabel('Notitie')).toHaveValue('Woont sinds kort weer thuis.');
  await expect(edit.getByRole('group', { name: 'Hoe dichtbij staat deze persoon?' }).getByLabel('Dichtbij (ring 1)')).toBeChecked();
  await edit.getByRole('group', { name: 'Hoe dichtbij staat deze persoon?' }).getByLabel('Midden (ring 2)').check();
  await edit.getByRole('button', { name: 'Wijziging opslaan' }).click();
  await expect(edit).toBeHidden();
  const moved = page.getByRole('list', { name: 'Midden (ring 2)' }).getByRole('listitem').filter({ hasText: 'Samira' });
  await expect(moved).toContainText('Woont sinds kort weer thuis.');

  // A one-click change on a stale row: the list shows the newest version and says so.
  const kevin = page.getByRole('list', { name: 'Midden (ring 2)' }).getByRole('listitem').filter({ hasText: 'Kevin' });
  expect((await apiSend(page.request, 'PATCH', `/api/network/people/${friendId}`, { version: 2, note: 'Nieuw nummer.' })).status()).toBe(200);
  await kevin.getByRole('button', { name: /^Is uit het netwerk/ }).click();
  await expect(page.getByText('Iemand anders had Kevin intussen gewijzigd.')).toBeVisible();
  await expect(kevin).toContainText('Nieuw nummer.');
  await expectAccessible(page, 'Netwerk (conflict bij snelle wijziging)');
  await expectNoHorizontalScroll(page);
});
