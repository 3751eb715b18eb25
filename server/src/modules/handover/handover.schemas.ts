import { z } from 'zod';
import { Id, LongText } from '../../platform/http/schemas.js';

export const Handover = z.strictObject({
  fromCoachId: Id,
  toCoachId: Id,
  /** transfer: the youth get a new coach · stand_in: a colleague coaches them during leave. */
  mode: z.enum(['transfer', 'stand_in'], { message: 'Kies overdragen of waarnemen.' }),
  /** The previous coach stays on as co-coach (keeps access). */
  keepPrevious: z.boolean(),
  note: LongText(2000).pipe(z.string().min(1, 'Schrijf een overdrachtsnotitie voor de nieuwe coach.')),
  /** Only these youth of the coach; all of the coach's youth in your teams when absent. */
  youthIds: z.array(Id).min(1).max(500).optional(),
});

export const HandoverResult = z.object({ moved: z.array(z.object({ id: Id, displayName: z.string() })) });
