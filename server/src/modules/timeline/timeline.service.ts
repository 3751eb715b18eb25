import type { z } from 'zod';
import { AppError } from '../../platform/errors.js';
import type { RequestContext } from '../../platform/request-context.js';
import { onYouthFile } from '../youth/youth.service.js';
import * as youthRepository from '../youth/youth.repository.js';
import * as repo from './timeline.repository.js';
import type { TimelineQuery } from './timeline.schemas.js';

const encodeCursor = (at: Date, kind: string, id: string) => Buffer.from(`${at.toISOString()}|${kind}|${id}`).toString('base64url');

function decodeCursor(cursor: string) {
  const [at, kind, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const date = new Date(at ?? '');
  if (!id || Number.isNaN(date.getTime()) || !/^[0-9a-f-]{36}$/.test(id) || !(repo.TIMELINE_KINDS as readonly string[]).includes(kind ?? '')) {
    throw new AppError('INVALID_CURSOR', 400, 'Deze pagina bestaat niet (meer). Begin opnieuw bovenaan.', { field: 'before' });
  }
  return { at: date, kind: kind as repo.TimelineKind, id };
}

export async function timeline(ctx: RequestContext, youthId: string, query: z.infer<typeof TimelineQuery>) {
  const before = query.before ? decodeCursor(query.before) : undefined;
  return onYouthFile(ctx, youthId, { action: 'read', recordType: 'timeline' }, async (trx) => {
    const rows = await repo.page(trx, { tenantId: ctx.tenantId, youthId, kinds: query.kinds, limit: query.limit, before });
    const pageRows = rows.slice(0, query.limit);
    const names = await youthRepository.userNames(trx, ctx.tenantId, [...new Set(pageRows.map((r) => r.actor_id).filter((a): a is string => Boolean(a)))]);
    const last = pageRows.at(-1);
    return {
      items: pageRows.map((r) => ({
        kind: r.kind, id: r.id, at: new Date(r.at).toISOString(),
        actor: r.actor_id ? { id: r.actor_id, name: names.get(r.actor_id) ?? '?' } : null,
        data: r.data,
      })),
      nextCursor: rows.length > query.limit && last ? encodeCursor(new Date(last.at), last.kind, last.id) : null,
    };
  });
}
