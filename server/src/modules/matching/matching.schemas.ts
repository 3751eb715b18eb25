import { z } from 'zod';
import { Id, ShortText } from '../../platform/http/schemas.js';

export const MatchQuery = z.strictObject({
  sector: ShortText(120).optional(),
  neighbourhood: ShortText(120).optional(),
  /** Only workplaces with a place open now. */
  openOnly: z.enum(['true', 'false']).optional(),
});

export const MarkParams = z.strictObject({ id: Id, workplaceId: Id });
export const MarkBody = z.strictObject({
  /** candidate: on the short list; chosen: the youth's choice (one at a time); rejected; null: unmarked. */
  status: z.enum(['candidate', 'chosen', 'rejected']).nullable(),
  note: ShortText(1000).optional(),
});

const Reason = z.union([
  z.object({ kind: z.literal('pair'), pair: z.string(), fit: z.enum(['for', 'partly', 'against']), prefers: z.enum(['first', 'second']), workplace: z.enum(['first', 'second', 'mixed']) }),
  z.object({ kind: z.literal('named_company'), fit: z.literal('for') }),
  z.object({ kind: z.literal('words'), fit: z.literal('for'), words: z.array(z.string()) }),
  z.object({ kind: z.literal('no_open_places'), fit: z.literal('against') }),
]);

export const MatchList = z.object({
  /** The version of the search profile matched against (0: there is none yet). */
  profileVersion: z.number(),
  items: z.array(z.object({
    workplace: z.object({
      id: Id, name: z.string(), openPlaces: z.number(),
      employer: z.object({ id: Id, name: z.string(), town: z.string(), neighbourhood: z.string().nullable(), sector: z.string() }),
    }),
    score: z.number(),
    reasons: z.array(Reason),
    mark: z.object({ status: z.enum(['candidate', 'chosen', 'rejected']), note: z.string(), markedBy: z.object({ id: Id, name: z.string() }), markedAt: z.string() }).nullable(),
  })),
});
