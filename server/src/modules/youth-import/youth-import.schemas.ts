import { z } from 'zod';
import { Id, ShortText } from '../../platform/http/schemas.js';

/** A spreadsheet of 100,000 youth is about 15 MB as CSV; the route takes up to this much. */
export const MAX_CSV_BYTES = 25 * 1024 * 1024;

export const ImportRequest = z.strictObject({
  /** The file's text, read by the browser as UTF-8. */
  csv: z.string().min(1, 'Kies een bestand.').max(MAX_CSV_BYTES, 'Het bestand is groter dan 25 MB; splits het in delen.'),
  fileName: ShortText(200).pipe(z.string().min(1)).default('import.csv'),
  /** Team (name or id) for rows without a team column. */
  team: ShortText(200).optional(),
  /** First validate only: the report without writing anything. */
  dryRun: z.boolean(),
});

const RowError = z.object({ line: z.number(), field: z.string().nullable(), reason: z.string() });
const Batch = z.object({
  batch: z.number(), firstLine: z.number(), lastLine: z.number(), rows: z.number(),
  status: z.enum(['imported', 'rejected', 'checked']), imported: z.number(), alreadyImported: z.number(), rejected: z.number(),
});

export const ImportReport = z.object({
  dryRun: z.boolean(), rows: z.number(), imported: z.number(), alreadyImported: z.number(), rejected: z.number(),
  skippedInRejectedBatches: z.number(), errors: z.array(RowError), errorCount: z.number(), batches: z.array(Batch),
  ignoredColumns: z.array(z.string()),
});

export const ImportStatus = z.object({
  id: Id, fileName: z.string(), status: z.enum(['running', 'done', 'failed', 'interrupted']),
  startedAt: z.string(), finishedAt: z.string().nullable(), startedBy: z.object({ id: Id, name: z.string() }),
  bytesTotal: z.number(), bytesDone: z.number(), rows: z.number(),
  imported: z.number(), alreadyImported: z.number(), rejected: z.number(),
  report: ImportReport.nullable(), message: z.string().nullable(),
});

export const ImportList = z.object({ items: z.array(ImportStatus) });
