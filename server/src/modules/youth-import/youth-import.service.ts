import { createHash, randomUUID } from 'node:crypto';
import { amsterdamDate } from '../../core/youth/youth-rules.js';
import { importState } from '../../core/youth/import-progress.js';
import { writeAccessLog, writeAccessLogEntries } from '../../platform/access-log.js';
import type { Db } from '../../platform/db/index.js';
import { AppError, notFound } from '../../platform/errors.js';
import { assertRole } from '../../platform/policy.js';
import type { CurrentUser, RequestContext } from '../../platform/request-context.js';
import { changedFields } from '../../platform/revisions.js';
import { youthColumns } from '../youth/youth.presenter.js';
import { fromText, readCsv } from './youth-import.csv.js';
import * as repo from './youth-import.repository.js';
import {
  cellsOf, headerProblems, mapHeader, rowId, rowSchema, validateRow, type RowError, type ValidRow,
} from './youth-import.rows.js';

/**
 * Import youth from a municipality's spreadsheet. Rows are read as a stream and written in
 * batches, each batch one transaction: a batch with any rejected row is not written at all
 * (the report names it), the others are. Each youth gets what a registration gives it — the
 * record, its coach, its first revision, a 'create' in the access log — but a batch at a time,
 * in multi-row inserts. Importing the same file again imports nothing twice: each row has a
 * stable id (see rowId).
 */

export const BATCH_SIZE = 1000;
/** The report lists this many rejected rows; the count is always complete. */
export const MAX_LISTED_ERRORS = 1000;

/** Who imports: a functioneel beheerder, from the web app or on the server's command line. */
export interface Importer { db: Db; tenantId: string; user: CurrentUser; address: string; now: () => Date }

export interface BatchReport {
  batch: number; firstLine: number; lastLine: number; rows: number;
  /** imported: written · rejected: not written, it has rejected rows · checked: a dry run found it good */
  status: 'imported' | 'rejected' | 'checked';
  imported: number; alreadyImported: number; rejected: number;
}

export interface ImportReport {
  dryRun: boolean;
  rows: number;
  /** Rows that would be (dry run) or were written. */
  imported: number;
  /** Rows of a good batch that were imported before (same id). */
  alreadyImported: number;
  /** Rows with at least one error. */
  rejected: number;
  /** Good rows left out because their batch had a rejected row. */
  skippedInRejectedBatches: number;
  errors: RowError[];
  errorCount: number;
  batches: BatchReport[];
  ignoredColumns: string[];
}

export interface Progress { bytes: number; rows: number; imported: number; alreadyImported: number; rejected: number }

export interface ImportOptions {
  dryRun: boolean;
  /** Team (name or id) for rows without a team. */
  team?: string | null | undefined;
  batchSize?: number;
  onProgress?: (p: Progress) => unknown;
}

interface PendingRow { line: number; id: string; row: ValidRow | null }

export async function importYouth(who: Importer, source: AsyncIterable<Buffer | string>, opts: ImportOptions): Promise<ImportReport> {
  const { db, tenantId } = who;
  const batchSize = opts.batchSize ?? BATCH_SIZE;
  const lookups = await repo.lookups(db, tenantId);
  let defaultTeamId: string | null = null;
  if (opts.team) {
    defaultTeamId = lookups.teams.get(opts.team.trim().toLowerCase()) ?? null;
    if (!defaultTeamId) throw new AppError('IMPORT_TEAM', 400, `Het team ‘${opts.team}’ bestaat niet in deze gemeente.`, { field: 'team' });
  }
  const report: ImportReport = {
    dryRun: opts.dryRun, rows: 0, imported: 0, alreadyImported: 0, rejected: 0, skippedInRejectedBatches: 0,
    errors: [], errorCount: 0, batches: [], ignoredColumns: [],
  };
  const addErrors = (errors: RowError[]) => {
    report.errorCount += errors.length;
    for (const e of errors) if (report.errors.length < MAX_LISTED_ERRORS) report.errors.push(e);
  };

  let header: ReturnType<typeof mapHeader> | null = null;
  let schema: ReturnType<typeof rowSchema> | null = null;
  const seen = new Map<string, number>();
  let pending: PendingRow[] = [];
  let pendingErrors: RowError[] = [];
  let bytes = 0;
  let done = 0;

  // One batch is written while the next is read and checked: the database and the parser
  // work at the same time (on 2 cores this is what keeps 100,000 rows under 30 seconds).
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (pending.length === 0) return;
    const batch = { rows: pending, errors: pendingErrors, bytes };
    pending = [];
    pendingErrors = [];
    await writing;
    writing = write(batch);
    writing.catch(() => undefined); // awaited at the next flush; not an unhandled rejection meanwhile
  };
  const write = async (batch: { rows: PendingRow[]; errors: RowError[]; bytes: number }) => {
    const result = await writeBatch(who, batch.rows, batch.errors, opts.dryRun);
    addErrors(result.errors);
    const rejectedLines = new Set(result.errors.map((e) => e.line)).size;
    const entry: BatchReport = {
      batch: report.batches.length + 1, firstLine: batch.rows[0]!.line, lastLine: batch.rows.at(-1)!.line, rows: batch.rows.length,
      status: rejectedLines ? 'rejected' : opts.dryRun ? 'checked' : 'imported',
      imported: result.imported, alreadyImported: result.alreadyImported, rejected: rejectedLines,
    };
    report.batches.push(entry);
    report.imported += entry.imported;
    report.alreadyImported += entry.alreadyImported;
    report.rejected += rejectedLines;
    if (rejectedLines) report.skippedInRejectedBatches += batch.rows.length - rejectedLines;
    done += batch.rows.length;
    await opts.onProgress?.({ bytes: batch.bytes, rows: done, imported: report.imported, alreadyImported: report.alreadyImported, rejected: report.rejected });
  };

  try {
    for await (const { record, line, bytes: at } of readCsv(source)) {
      bytes = at;
      if (!header) {
        header = mapHeader(record);
        const problems = headerProblems(header, defaultTeamId !== null);
        if (problems.length) throw new AppError('IMPORT_HEADER', 400, problems.join(' '), { problems });
        report.ignoredColumns = header.ignored;
        schema = rowSchema(lookups, amsterdamDate(who.now()), defaultTeamId);
        continue;
      }
      report.rows++;
      const cells = cellsOf(record, header);
      const result = validateRow(schema!, cells, line);
      const id = rowId(tenantId, cells);
      const errors = 'errors' in result ? result.errors : [];
      const first = seen.get(id);
      if (first !== undefined) {
        errors.push({ line, field: cells.id ? 'id' : null, reason: cells.id ? `hetzelfde id als regel ${first}` : `dezelfde gegevens als regel ${first}` });
      } else seen.set(id, line);
      pending.push({ line, id, row: 'row' in result && errors.length === 0 ? result.row : null });
      pendingErrors.push(...errors);
      if (pending.length >= batchSize) await flush();
    }
    if (!header) throw new AppError('IMPORT_EMPTY', 400, 'Het bestand is leeg: er staat geen regel met kolomnamen in.');
    await flush();
  } catch (error) {
    await writing.catch(() => undefined); // let a batch being written finish before the caller closes the database
    throw error;
  }
  await writing;
  return report;
}

/** One batch: all or nothing. */
async function writeBatch(who: Importer, rows: PendingRow[], errors: RowError[], dryRun: boolean) {
  const { tenantId } = who;
  // An id from the file's id column may belong to a youth of another municipality: refused, not revealed.
  const found = await repo.existing(who.db, rows.map((r) => r.id));
  const errorsOut = [...errors];
  for (const r of rows) {
    if (found.has(r.id) && found.get(r.id) !== tenantId) errorsOut.push({ line: r.line, field: 'id', reason: 'dit id is al in gebruik' });
  }
  errorsOut.sort((a, b) => a.line - b.line);
  if (errorsOut.length) return { errors: errorsOut, imported: 0, alreadyImported: 0 };
  if (dryRun) {
    const already = rows.filter((r) => found.has(r.id)).length;
    return { errors: [], imported: rows.length - already, alreadyImported: already };
  }
  return who.db.transaction().execute(async (trx) => {
    const now = who.now();
    const values = rows.map(({ id, row }) => {
      const f = row!.fields;
      return {
        id, team_id: row!.teamId, first_name: f.firstName, last_name: f.lastName, nickname: f.nickname, birth_date: f.birthDate,
        gender: f.gender, address: f.address, postcode: f.postcode, city: f.city, neighbourhood: f.neighbourhood, phone: f.phone,
        email: f.email, signal_source: f.signalSource, reason: f.reason,
      };
    });
    const inserted = await repo.insertYouth(trx, tenantId, who.user.id, now, values);
    const created = rows.filter((r) => inserted.has(r.id));
    await repo.insertCoaches(trx, tenantId, created.flatMap((r) => r.row!.coachIds.map((userId) => ({ youth_id: r.id, user_id: userId }))), now);
    // The same first revision a registration writes (createYouthRecord): the fields given, the team, the coaches.
    await repo.insertRevisions(trx, tenantId, who.user.id, now, created.map((r) => ({
      youth_id: r.id,
      changes: changedFields({} as Record<string, unknown>, { ...youthColumns(r.row!.fields), team_id: r.row!.teamId, coach_ids: r.row!.coachIds }),
    })));
    await writeAccessLogEntries(trx, who, created.map((r) => ({ action: 'create' as const, youthId: r.id, recordType: 'youth', recordId: r.id })));
    return { errors: [], imported: created.length, alreadyImported: rows.length - created.length };
  });
}

// ---- recorded imports: the command line and the web app ----

export const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/**
 * A real import, recorded: a youth_import row says who imported which file when, is updated
 * after each batch (the page's progress bar polls it) and ends with the report. The access
 * log gets one entry for the import itself besides the 'create' of each youth.
 */
export async function recordedImport(who: Importer, file: { id?: string; name: string; sha256: string; bytes: number },
  source: AsyncIterable<Buffer | string>, opts: Omit<ImportOptions, 'dryRun'>) {
  const id = await begin(who, file);
  return runRecorded(who, id, source, opts);
}

async function begin(who: Importer, file: { id?: string; name: string; sha256: string; bytes: number }) {
  const id = file.id ?? randomUUID();
  await repo.insertImport(who.db, { tenantId: who.tenantId, id, fileName: file.name, sha256: file.sha256, startedBy: who.user.id, startedAt: who.now(), bytesTotal: file.bytes });
  await writeAccessLog(who.db, who, { action: 'create', recordType: 'youth_import', recordId: id });
  return id;
}

async function runRecorded(who: Importer, id: string, source: AsyncIterable<Buffer | string>, opts: Omit<ImportOptions, 'dryRun'>) {
  try {
    const report = await importYouth(who, source, {
      ...opts, dryRun: false,
      onProgress: async (p) => {
        await repo.updateImport(who.db, who.tenantId, id, who.now(), { bytesDone: p.bytes, rowsDone: p.rows, imported: p.imported, alreadyImported: p.alreadyImported, rejected: p.rejected });
        await opts.onProgress?.(p);
      },
    });
    await repo.updateImport(who.db, who.tenantId, id, who.now(), {
      status: 'done', finishedAt: who.now(), rowsDone: report.rows, imported: report.imported, alreadyImported: report.alreadyImported, rejected: report.rejected, report,
    });
    return { id, report };
  } catch (error) {
    const message = error instanceof AppError ? error.message : 'Het importeren is afgebroken door een fout op de server.';
    await repo.updateImport(who.db, who.tenantId, id, who.now(), { status: 'failed', finishedAt: who.now(), report: { message, code: error instanceof AppError ? error.code : 'INTERNAL' } });
    throw error;
  }
}

// ---- the web app (functioneel beheerder) ----

export async function check(ctx: RequestContext, input: { csv: string; team?: string | undefined }) {
  assertRole(ctx.user, 'functioneel_beheerder');
  return importYouth(ctx, fromText(input.csv), { dryRun: true, team: input.team });
}

/**
 * Start the import and answer at once with its id; the batches run on after the answer, and
 * the page polls the status. A failure is kept in the import's record (status 'failed').
 */
export async function start(ctx: RequestContext, input: { csv: string; fileName: string; team?: string | undefined }, log: (e: unknown) => void) {
  assertRole(ctx.user, 'functioneel_beheerder');
  const id = await begin(ctx, { name: input.fileName, sha256: sha256(input.csv), bytes: Buffer.byteLength(input.csv) });
  void runRecorded(ctx, id, fromText(input.csv), { team: input.team }).catch((e) => { if (!(e instanceof AppError)) log(e); });
  return status(ctx, id);
}

export async function status(ctx: RequestContext, id: string) {
  assertRole(ctx.user, 'functioneel_beheerder');
  const row = await repo.getImport(ctx.db, ctx.tenantId, id);
  if (!row) throw notFound('Deze import');
  return present(row, ctx.now());
}

/** The last imports of the tenant, newest first (without their reports: open one for that). */
export async function list(ctx: RequestContext) {
  assertRole(ctx.user, 'functioneel_beheerder');
  const rows = await repo.listImports(ctx.db, ctx.tenantId, 50);
  return { items: rows.map((row) => ({ ...present(row, ctx.now()), report: null })) };
}

const INTERRUPTED = 'Het importeren is onderbroken: de server is tijdens het importeren gestopt. De batches tot dan zijn opgeslagen. '
  + 'Importeer hetzelfde bestand opnieuw: wie al geïmporteerd is, wordt overgeslagen.';

function present(row: NonNullable<Awaited<ReturnType<typeof repo.getImport>>>, now: Date) {
  const report = (typeof row.report === 'string' ? JSON.parse(row.report) : row.report) as (ImportReport & { message?: string }) | null;
  const state = importState(row.status, new Date(row.progress_at ?? row.started_at), now);
  return {
    id: row.id, fileName: row.file_name, status: state, startedAt: new Date(row.started_at).toISOString(),
    finishedAt: row.finished_at ? new Date(row.finished_at).toISOString() : null, startedBy: { id: row.started_by, name: row.started_by_name },
    bytesTotal: Number(row.bytes_total), bytesDone: Number(row.bytes_done), rows: row.rows_done,
    imported: row.imported, alreadyImported: row.already_imported, rejected: row.rejected,
    report: report && state === 'done' ? report : null,
    message: state === 'failed' ? report?.message ?? null : state === 'interrupted' ? INTERRUPTED : null,
  };
}
