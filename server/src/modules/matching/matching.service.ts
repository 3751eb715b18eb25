import { rankWorkplaces, type MatchProfile, type MatchWorkplace } from '../../core/work/matching.js';
import { notFound } from '../../platform/errors.js';
import type { Db } from '../../platform/db/index.js';
import type { RequestContext } from '../../platform/request-context.js';
import { recordRevision } from '../../platform/revisions.js';
import { latestBody } from '../youth-document/youth-document.service.js';
import { onYouthFile } from '../youth/youth.service.js';

type SearchProfile = {
  dreamJob?: string; breadJob?: string; kindOfWork?: string; skills?: string; companies?: string[];
  preferences?: Partial<Record<string, 'first' | 'second' | 'either' | null>>;
} | null;

const workplaces = (db: Db, tenantId: string, f: { sector?: string | undefined; neighbourhood?: string | undefined; openOnly?: string | undefined }) =>
  db.selectFrom('workplace as w').innerJoin('employer as e', 'e.id', 'w.employer_id')
    .select(['w.id', 'w.name', 'w.open_places', 'w.traits', 'w.tasks', 'w.skills_needed', 'e.id as employer_id', 'e.name as employer_name',
      'e.town', 'e.neighbourhood', 'e.sector', 'e.entry_work'])
    .where('w.tenant_id', '=', tenantId).where('w.active', '=', true)
    .$if(Boolean(f.sector), (q) => q.where('e.sector', '=', f.sector!))
    .$if(Boolean(f.neighbourhood), (q) => q.where('e.neighbourhood', '=', f.neighbourhood!))
    .$if(f.openOnly === 'true', (q) => q.where('w.open_places', '>', 0))
    .limit(2000).execute();

const marks = (db: Db, tenantId: string, youthId: string) =>
  db.selectFrom('workplace_mark as m').innerJoin('app_user as u', 'u.id', 'm.marked_by')
    .select(['m.workplace_id', 'm.status', 'm.note', 'm.marked_at', 'u.id as user_id', 'u.display_name'])
    .where('m.tenant_id', '=', tenantId).where('m.youth_id', '=', youthId).execute();

/**
 * The team's workplaces ranked against the youth's newest search profile, each with the
 * reasons it fits or does not, and the coach's marks. Without a profile, nothing to match on:
 * every workplace scores the same and says so by having no reasons.
 */
export function matches(ctx: RequestContext, youthId: string, filter: { sector?: string | undefined; neighbourhood?: string | undefined; openOnly?: string | undefined }) {
  return onYouthFile(ctx, youthId, { action: 'read', recordType: 'matches' }, async (trx) => {
    const doc = await latestBody(trx, ctx, youthId, 'search_profile');
    const body = doc.body as SearchProfile;
    const profile: MatchProfile = {
      preferences: body?.preferences ?? {},
      words: [body?.dreamJob, body?.breadJob, body?.kindOfWork, body?.skills].filter((w): w is string => Boolean(w)),
      companies: body?.companies ?? [],
    };
    const rows = await workplaces(trx, ctx.tenantId, filter);
    const byId = new Map(rows.map((w) => [w.id, w]));
    const candidates: MatchWorkplace[] = rows.map((w) => ({
      id: w.id, employerName: w.employer_name, name: w.name, traits: (w.traits ?? {}) as MatchWorkplace['traits'],
      words: [w.sector, w.name, w.tasks, w.skills_needed, w.entry_work], openPlaces: w.open_places,
    }));
    const marked = new Map((await marks(trx, ctx.tenantId, youthId)).map((m) => [m.workplace_id, m]));
    return {
      profileVersion: doc.version,
      items: rankWorkplaces(profile, candidates).map((m) => {
        const w = byId.get(m.workplaceId)!;
        const mark = marked.get(w.id);
        return {
          workplace: { id: w.id, name: w.name, openPlaces: w.open_places, employer: { id: w.employer_id, name: w.employer_name, town: w.town, neighbourhood: w.neighbourhood, sector: w.sector } },
          score: m.score, reasons: m.reasons,
          mark: mark ? { status: mark.status, note: mark.note, markedBy: { id: mark.user_id, name: mark.display_name }, markedAt: new Date(mark.marked_at).toISOString() } : null,
        };
      }),
    };
  });
}

/** Put a workplace on the youth's short list, record the youth's choice (one at a time), reject, or unmark. */
export function mark(ctx: RequestContext, youthId: string, workplaceId: string, input: { status: 'candidate' | 'chosen' | 'rejected' | null; note?: string | undefined }) {
  return onYouthFile(ctx, youthId, { action: 'update', recordType: 'workplace_mark', recordId: workplaceId, lock: true }, async (trx) => {
    const w = await trx.selectFrom('workplace').select('id').where('tenant_id', '=', ctx.tenantId).where('id', '=', workplaceId).executeTakeFirst();
    if (!w) throw notFound('Deze werkplek');
    const before = await trx.selectFrom('workplace_mark').select(['status']).where('youth_id', '=', youthId).where('workplace_id', '=', workplaceId).executeTakeFirst();
    const at = ctx.now();
    if (input.status === 'chosen') {
      // The youth chooses one workplace: an earlier choice goes back on the short list.
      await trx.updateTable('workplace_mark').set({ status: 'candidate', marked_by: ctx.user.id, marked_at: at })
        .where('youth_id', '=', youthId).where('status', '=', 'chosen').where('workplace_id', '!=', workplaceId).execute();
    }
    if (input.status === null) {
      await trx.deleteFrom('workplace_mark').where('youth_id', '=', youthId).where('workplace_id', '=', workplaceId).execute();
    } else {
      await trx.insertInto('workplace_mark').values({
        tenant_id: ctx.tenantId, youth_id: youthId, workplace_id: workplaceId, status: input.status, note: input.note ?? '', marked_by: ctx.user.id, marked_at: at,
      }).onConflict((c) => c.columns(['youth_id', 'workplace_id']).doUpdateSet({ status: input.status!, note: input.note ?? '', marked_by: ctx.user.id, marked_at: at })).execute();
    }
    await recordRevision(trx, {
      tenantId: ctx.tenantId, entity: 'workplace_mark', entityId: workplaceId, youthId, actorId: ctx.user.id, at,
      changes: { status: [before?.status ?? null, input.status] },
    });
    return { status: input.status };
  });
}
