import type { z } from 'zod';
import { AppError } from '../../platform/errors.js';
import { assertRole } from '../../platform/policy.js';
import type { RequestContext } from '../../platform/request-context.js';
import { recordRevision } from '../../platform/revisions.js';
import * as repo from './option-list.repository.js';
import { OPTION_MEANINGS, type OptionListUpdate } from './option-list.schemas.js';

/** A key a new item may get: it ends up in records and exports, so plain lower case. */
const NEW_KEY = /^[a-z][a-z0-9_]{0,59}$/;

type ItemRow = Awaited<ReturnType<typeof repo.items>>[number];

function present(list: string, version: number, rows: ItemRow[]) {
  return { list, version, items: rows.map((r) => ({ key: r.key, label: r.label, active: r.active, countsAs: r.counts_as })), meanings: [...(OPTION_MEANINGS[list] ?? [])] };
}

/**
 * The tenant's answer lists (plan parts, the basic employee competencies, closing reasons, ...)
 * for the functioneel beheerder, each with its version.
 */
export async function all(ctx: RequestContext) {
  assertRole(ctx.user, 'functioneel_beheerder');
  const [rows, lists] = await Promise.all([repo.items(ctx.db, ctx.tenantId), repo.lists(ctx.db, ctx.tenantId)]);
  const versions = new Map(lists.map((l) => [l.list, l.version]));
  const byList = new Map<string, ItemRow[]>();
  for (const r of rows) byList.set(r.list, [...(byList.get(r.list) ?? []), r]);
  return { lists: [...byList].map(([list, items]) => present(list, versions.get(list) ?? 1, items)) };
}

/**
 * Rename, reorder, switch on or off, and add. Nothing is deleted: records keep the key they
 * were made with and show its (switched-off) label. Who changed what is in the revision history.
 */
export async function update(ctx: RequestContext, list: string, input: z.infer<typeof OptionListUpdate>) {
  assertRole(ctx.user, 'functioneel_beheerder');
  return ctx.db.transaction().execute(async (trx) => {
    const before = await repo.items(trx, ctx.tenantId, list);
    if (before.length === 0) throw new AppError('UNKNOWN_LIST', 400, 'Deze keuzelijst bestaat niet.', { field: 'list', value: list });
    const head = await repo.lockList(trx, ctx.tenantId, list);
    const conflict = () => new AppError('VERSION_CONFLICT', 409, 'Iemand anders heeft deze keuzelijst intussen gewijzigd. Laad hem opnieuw.', {
      current: present(list, head.version, before),
    });
    if (head.version !== input.version) throw conflict();

    const seen = new Set<string>();
    input.items.forEach((item, i) => {
      if (seen.has(item.key)) throw new AppError('DUPLICATE_KEY', 400, `De sleutel ‘${item.key}’ staat twee keer in de lijst.`, { field: `items.${i}.key` });
      seen.add(item.key);
    });
    const old = new Map(before.map((r) => [r.key, r]));
    const missing = before.filter((r) => !seen.has(r.key));
    if (missing.length) {
      throw new AppError('OPTION_MISSING', 400, 'Een keuze verwijderen kan niet: oude gegevens gebruiken hem nog. Zet hem uit.', {
        field: 'items', keys: missing.map((r) => r.key),
      });
    }
    input.items.forEach((item, i) => {
      if (!old.has(item.key) && !NEW_KEY.test(item.key)) {
        throw new AppError('OPTION_KEY_INVALID', 400, 'Een nieuwe sleutel bestaat uit kleine letters, cijfers en _, en begint met een letter.', { field: `items.${i}.key` });
      }
    });
    input.items.forEach((item, i) => {
      if (item.countsAs != null && !OPTION_MEANINGS[list]?.includes(item.countsAs)) {
        throw new AppError('OPTION_MEANING_INVALID', 400, 'Deze betekenis past niet bij deze keuzelijst.', { field: `items.${i}.countsAs`, allowed: OPTION_MEANINGS[list] ?? [] });
      }
    });
    if (!input.items.some((item) => item.active)) throw new AppError('NO_ACTIVE_OPTION', 400, 'Laat minstens één keuze aan staan.', { field: 'items' });

    if (!(await repo.bumpVersion(trx, ctx.tenantId, list, input.version))) throw conflict();
    const changes: Record<string, [unknown, unknown]> = {};
    for (const [i, item] of input.items.entries()) {
      const was = old.get(item.key);
      const position = i + 1;
      const countsAs = item.countsAs === undefined ? (was?.counts_as ?? null) : item.countsAs;
      if (!was) changes[item.key] = [null, { label: item.label, active: item.active, position, countsAs }];
      else {
        if (was.label !== item.label) changes[`${item.key}.label`] = [was.label, item.label];
        if (was.active !== item.active) changes[`${item.key}.active`] = [was.active, item.active];
        if (was.position !== position) changes[`${item.key}.position`] = [was.position, position];
        if (was.counts_as !== countsAs) changes[`${item.key}.countsAs`] = [was.counts_as, countsAs];
      }
      await repo.upsertItem(trx, ctx.tenantId, list, { key: item.key, label: item.label, position, active: item.active, counts_as: countsAs });
    }
    await recordRevision(trx, {
      tenantId: ctx.tenantId, entity: 'option_list', entityId: head.id, youthId: null, actorId: ctx.user.id, at: ctx.now(), changes,
    });
    return present(list, head.version + 1, await repo.items(trx, ctx.tenantId, list));
  });
}
