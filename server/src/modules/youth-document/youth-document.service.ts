import type { z } from 'zod';
import type { Db } from '../../platform/db/index.js';
import { AppError, versionConflict } from '../../platform/errors.js';
import type { RequestContext } from '../../platform/request-context.js';
import { changedFields, recordRevision } from '../../platform/revisions.js';
import { onYouthFile } from '../youth/youth.service.js';
import * as repo from './youth-document.repository.js';
import { DOCUMENT_KINDS, type DocumentKind } from './youth-document.schemas.js';

type Row = NonNullable<Awaited<ReturnType<typeof repo.latest>>>;
type Body<K extends DocumentKind> = z.infer<typeof DOCUMENT_KINDS[K]['body']>;

/**
 * A stored body read back through its schema: the fields come in the form's order (the
 * database keeps JSON keys in its own order). A version saved under an older form that no
 * longer fits is returned as it was stored: earlier versions stay readable.
 */
function parsed<K extends DocumentKind>(kind: K, body: unknown): Body<K> {
  const result = DOCUMENT_KINDS[kind].body.safeParse(body);
  return (result.success ? result.data : body) as Body<K>;
}

const present = <K extends DocumentKind>(kind: K, row: Row | undefined) => ({
  kind,
  version: row?.version ?? 0,
  body: row ? parsed(kind, row.body) : null,
  author: row ? { id: row.author_id, name: row.author_name } : null,
  savedAt: row ? new Date(row.created_at).toISOString() : null,
});

/** A document as field paths ("youth.wants", "companies") → value, to say what a version changed. */
export function flatten(value: unknown, prefix = ''): Record<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value).flatMap(([k, v]) => Object.entries(flatten(v, prefix ? `${prefix}.${k}` : k))));
  }
  return prefix ? { [prefix]: value ?? null } : {};
}

function difference(before: unknown, after: unknown) {
  const b = flatten(before);
  const a = flatten(after);
  for (const key of Object.keys(b)) if (!(key in a)) a[key] = null;
  return changedFields(b, a);
}

/** The latest version, inside a transaction that already passed the policy check. */
export async function latestBody<K extends DocumentKind>(trx: Db, ctx: RequestContext, youthId: string, kind: K) {
  return present(kind, await repo.latest(trx, ctx.tenantId, youthId, kind));
}

export function read<K extends DocumentKind>(ctx: RequestContext, youthId: string, kind: K) {
  return onYouthFile(ctx, youthId, { action: 'read', recordType: kind }, (trx) => latestBody(trx, ctx, youthId, kind));
}

export function readVersion<K extends DocumentKind>(ctx: RequestContext, youthId: string, kind: K, version: number) {
  return onYouthFile(ctx, youthId, { action: 'read', recordType: kind }, async (trx) => {
    const row = await repo.atVersion(trx, ctx.tenantId, youthId, kind, version);
    if (!row) throw new AppError('NOT_FOUND', 404, `Versie ${version} bestaat niet.`);
    return present(kind, row);
  });
}

/** Every version, oldest first, with the fields each one changed. */
export function versions(ctx: RequestContext, youthId: string, kind: DocumentKind) {
  return onYouthFile(ctx, youthId, { action: 'read', recordType: kind }, async (trx) => {
    const rows = await repo.all(trx, ctx.tenantId, youthId, kind);
    return {
      items: rows.map((r, i) => ({
        version: r.version, author: { id: r.author_id, name: r.author_name }, savedAt: new Date(r.created_at).toISOString(),
        changedFields: Object.keys(difference(i > 0 ? parsed(kind, rows[i - 1]!.body) : {}, parsed(kind, r.body))),
      })),
    };
  });
}

/**
 * Save a new version. The caller says which version the change was made on; when someone else
 * saved in between, 409 with the current document — nothing is overwritten. Saving the same
 * content again makes no new version.
 */
export function save<K extends DocumentKind>(ctx: RequestContext, youthId: string, kind: K, input: { version: number; body: Body<K> }) {
  return onYouthFile(ctx, youthId, { action: 'update', recordType: kind }, async (trx) => {
    const current = await repo.latest(trx, ctx.tenantId, youthId, kind);
    if ((current?.version ?? 0) !== input.version) throw versionConflict(present(kind, current));
    const changes = difference(current ? parsed(kind, current.body) : {}, input.body);
    if (current && Object.keys(changes).length === 0) return present(kind, current);
    const saved = await repo.insert(trx, {
      tenantId: ctx.tenantId, youthId, kind, version: input.version + 1, body: input.body, authorId: ctx.user.id, at: ctx.now(),
    });
    if (!saved) throw versionConflict(present(kind, await repo.latest(trx, ctx.tenantId, youthId, kind)));
    await recordRevision(trx, { tenantId: ctx.tenantId, entity: kind, entityId: youthId, youthId, actorId: ctx.user.id, at: ctx.now(), changes });
    return present(kind, await repo.latest(trx, ctx.tenantId, youthId, kind));
  });
}
