import type { z } from 'zod';
import { decodeCursor, encodeCursor } from '../../platform/http/paging.js';
import { isUuid } from '../../platform/http/schemas.js';
import type { RequestContext } from '../../platform/request-context.js';
import { onYouthFile } from '../youth/youth.service.js';
import * as youthRepository from '../youth/youth.repository.js';
import * as repo from './timeline.repository.js';
import type { TimelineQuery } from './timeline.schemas.js';

/** The next page starts after the last item seen: its time, table and id. */
function decodeBefore(cursor: string) {
  const [at, kind, id] = decodeCursor(cursor, 'before', ([a, k, i]) => !Number.isNaN(new Date(a ?? '').getTime())
    && (repo.TIMELINE_KINDS as readonly string[]).includes(k ?? '') && isUuid(i));
  return { at: new Date(at!), kind: kind as repo.TimelineKind, id: id! };
}

export async function timeline(ctx: RequestContext, youthId: string, query: z.infer<typeof TimelineQuery>) {
  const before = query.before ? decodeBefore(query.before) : undefined;
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
      nextCursor: rows.length > query.limit && last ? encodeCursor([new Date(last.at).toISOString(), last.kind, last.id]) : null,
    };
  });
}
