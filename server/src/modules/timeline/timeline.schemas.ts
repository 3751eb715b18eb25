import { z } from 'zod';
import { Id, PageQuery, ShortText } from '../../platform/http/schemas.js';
import { TIMELINE_KINDS } from './timeline.repository.js';

export const TimelineQuery = z.strictObject({
  ...PageQuery,
  /** Comma-separated kinds to show; all when absent. */
  kinds: ShortText(200).optional().transform((v, ctx) => {
    if (!v) return [...TIMELINE_KINDS];
    const kinds = [...new Set(v.split(',').map((k) => k.trim()).filter(Boolean))];
    if (kinds.length === 0) {
      ctx.addIssue({ code: 'custom', message: 'Kies minstens één soort.' });
      return z.NEVER;
    }
    const unknown = kinds.filter((k) => !(TIMELINE_KINDS as readonly string[]).includes(k));
    if (unknown.length) {
      ctx.addIssue({ code: 'custom', message: `Onbekende soort: ${unknown.join(', ')}` });
      return z.NEVER;
    }
    return kinds as (typeof TIMELINE_KINDS)[number][];
  }),
});

export const Timeline = z.object({
  items: z.array(z.object({
    kind: z.enum(TIMELINE_KINDS), id: Id, at: z.string(), actor: z.object({ id: Id, name: z.string() }).nullable(),
    data: z.record(z.string(), z.unknown()),
  })),
  /** Pass as `before` for the next (older) page; null at the end. */
  nextCursor: z.string().nullable(),
});
