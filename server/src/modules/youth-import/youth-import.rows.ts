import { createHash } from 'node:crypto';
import { z } from 'zod';

/**
 * One row of a municipality's spreadsheet → one youth record, or the reasons it cannot be.
 * No I/O here: the tenant's teams, coaches and answer lists are passed in, so the rules are
 * tested on their own (youth-import.rows.test.ts) and the import only does the writing.
 */

/** The columns a spreadsheet may have, by their Dutch header (matched without case or spaces). */
export const COLUMNS = {
  id: { headers: ['id'] },
  nickname: { headers: ['roepnaam'] },
  firstName: { headers: ['voornaam'] },
  lastName: { headers: ['achternaam'] },
  birthDate: { headers: ['geboortedatum'] },
  gender: { headers: ['geslacht'] },
  address: { headers: ['adres'] },
  postcode: { headers: ['postcode'] },
  city: { headers: ['woonplaats'] },
  neighbourhood: { headers: ['wijk'] },
  phone: { headers: ['telefoon', 'telefoonnummer'] },
  email: { headers: ['e-mail', 'email', 'e-mailadres'] },
  team: { headers: ['team'] },
  coach: { headers: ['coach', 'coach (e-mail)', 'coach e-mail'] },
  signalSource: { headers: ['aanmelder/bron', 'aanmelder', 'bron'] },
  reason: { headers: ['reden'] },
} as const;

export type Column = keyof typeof COLUMNS;

/** The Dutch name of a column in the report (its first header). */
export const columnLabel = (c: Column | 'regel') => (c === 'regel' ? 'regel' : COLUMNS[c].headers[0]);

const normalise = (h: string) => h.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/\s+/g, ' ');

export interface HeaderMap { index: Partial<Record<Column, number>>; ignored: string[] }

/** Which column sits where; headers Spil does not know are named in the report and left alone. */
export function mapHeader(header: string[]): HeaderMap {
  const index: Partial<Record<Column, number>> = {};
  const ignored: string[] = [];
  header.forEach((raw, i) => {
    const h = normalise(raw);
    const column = (Object.keys(COLUMNS) as Column[]).find((c) => (COLUMNS[c].headers as readonly string[]).includes(h));
    if (column && index[column] === undefined) index[column] = i;
    else if (h) ignored.push(raw.trim());
  });
  return { index, ignored };
}

/** What is wrong with the header as a whole (the file is not read further). */
export function headerProblems(map: HeaderMap, hasDefaultTeam: boolean): string[] {
  const problems: string[] = [];
  if (map.index.nickname === undefined && map.index.firstName === undefined && map.index.lastName === undefined) {
    problems.push('Het bestand heeft geen kolom roepnaam, voornaam of achternaam (de eerste regel moet de kolomnamen bevatten).');
  }
  if (map.index.team === undefined && !hasDefaultTeam) {
    problems.push('Het bestand heeft geen kolom team; geef een team mee voor alle regels.');
  }
  return problems;
}

/** The separator of a spreadsheet's CSV: Excel with Dutch settings writes ';', most others ','. */
export function sniffDelimiter(firstLine: string): ';' | ',' | '\t' {
  const count = (c: string) => firstLine.split(c).length - 1;
  const counts = { ';': count(';'), ',': count(','), '\t': count('\t') } as const;
  return (Object.entries(counts).sort((a, b) => b[1] - a[1])[0]![0]) as ';' | ',' | '\t';
}

/** dd-mm-jjjj (also with / or .) or jjjj-mm-dd → jjjj-mm-dd when the date exists, else null. */
export function parseDutchDate(value: string): string | null {
  const v = value.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(v);
  if (match) { d = Number(match[1]); m = Number(match[2]); y = Number(match[3]); }
  else if ((match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v))) { y = Number(match[1]); m = Number(match[2]); d = Number(match[3]); }
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** What the rules need to know about the tenant. Keys are lower case. */
export interface TenantLookups {
  /** team name or id (lower case) → team id */
  teams: Map<string, string>;
  /** team id → coach e-mail (lower case) → user id */
  coachesByTeam: Map<string, Map<string, string>>;
  /** key or label (lower case) → key, from the list 'signal_source' */
  signalSources: Map<string, string>;
  /** key or label (lower case) → key, from the list 'gender' */
  genders: Map<string, string>;
}

export interface ValidRow {
  id: string | null;
  teamId: string;
  coachIds: string[];
  fields: {
    firstName: string | null; lastName: string | null; nickname: string | null; birthDate: string | null; gender: string | null;
    address: string | null; postcode: string | null; city: string | null; neighbourhood: string | null; phone: string | null;
    email: string | null; signalSource: string | null; reason: string | null;
  };
}

/** A rejected row: its line in the file, the column (null when the row as a whole), and why. */
export interface RowError { line: number; field: string | null; reason: string }

const text = (max: number) => z.string().max(max, `langer dan ${max} tekens`)
  .refine((s) => !s.includes('\u0000'), 'bevat een ongeldig teken')
  .transform((s) => (s === '' ? null : s));

const Email = z.email().max(254);
const show = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);

/** The Zod schema of one row for this tenant; `today` keeps birth dates out of the future. */
export function rowSchema(lookups: TenantLookups, today: string, defaultTeamId: string | null) {
  const lookup = (map: Map<string, string>, what: string) => z.string().transform((v, ctx) => {
    if (v === '') return null;
    const key = map.get(v.toLowerCase());
    if (!key) { ctx.addIssue({ code: 'custom', message: `${what} (${show(v)})` }); return z.NEVER; }
    return key;
  });
  const fields = z.object({
    id: z.string().transform((v, ctx) => {
      if (v === '') return null;
      if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v)) { ctx.addIssue({ code: 'custom', message: `geen geldig id (${show(v)})` }); return z.NEVER; }
      return v.toLowerCase();
    }),
    nickname: text(100), firstName: text(100), lastName: text(100),
    birthDate: z.string().transform((v, ctx) => {
      if (v === '') return null;
      const date = parseDutchDate(v);
      if (!date) { ctx.addIssue({ code: 'custom', message: `geen bestaande datum (${show(v)})` }); return z.NEVER; }
      if (date > today) { ctx.addIssue({ code: 'custom', message: `ligt in de toekomst (${show(v)})` }); return z.NEVER; }
      if (date < '1900-01-01') { ctx.addIssue({ code: 'custom', message: `ligt te ver in het verleden (${show(v)})` }); return z.NEVER; }
      return date;
    }),
    gender: lookup(lookups.genders, 'staat niet in de keuzelijst geslacht'),
    address: text(200),
    postcode: z.string().transform((v, ctx) => {
      if (v === '') return null;
      const m = /^(\d{4})\s?([A-Za-z]{2})$/.exec(v);
      if (!m) { ctx.addIssue({ code: 'custom', message: `geen postcode als 1234 AB (${show(v)})` }); return z.NEVER; }
      return `${m[1]} ${m[2]!.toUpperCase()}`;
    }),
    city: text(100), neighbourhood: text(100),
    phone: z.string().transform((v, ctx) => {
      if (v === '') return null;
      if (!/^[+\d][\d\s-]{5,19}$/.test(v)) { ctx.addIssue({ code: 'custom', message: `geen telefoonnummer (${show(v)})` }); return z.NEVER; }
      return v;
    }),
    email: z.string().transform((v, ctx) => {
      if (v === '') return null;
      if (!Email.safeParse(v).success) { ctx.addIssue({ code: 'custom', message: `geen geldig e-mailadres (${show(v)})` }); return z.NEVER; }
      return v;
    }),
    team: z.string().transform((v, ctx) => {
      if (v === '') {
        if (defaultTeamId) return defaultTeamId;
        ctx.addIssue({ code: 'custom', message: 'ontbreekt' });
        return z.NEVER;
      }
      const id = lookups.teams.get(v.toLowerCase());
      if (!id) { ctx.addIssue({ code: 'custom', message: `geen team van deze gemeente (${show(v)})` }); return z.NEVER; }
      return id;
    }),
    coach: z.string(),
    signalSource: lookup(lookups.signalSources, 'staat niet in de keuzelijst aanmelder/bron'),
    reason: text(2000),
  });
  /** Rules across columns, checked even when a column is wrong, so one pass names every problem. */
  const crossChecks = (cells: Record<Column, string>): { column: Column; message: string }[] => {
    const out: { column: Column; message: string }[] = [];
    if (!cells.nickname && !cells.firstName && !cells.lastName) out.push({ column: 'nickname', message: 'vul minstens een roepnaam of een naam in' });
    const teamId = cells.team ? lookups.teams.get(cells.team.toLowerCase()) : defaultTeamId;
    if (cells.coach && teamId && !lookups.coachesByTeam.get(teamId)?.get(cells.coach.toLowerCase())) {
      out.push({ column: 'coach', message: `geen coach van dit team (${show(cells.coach)})` });
    }
    return out;
  };
  const toRow = (r: z.infer<typeof fields>): ValidRow => ({
    id: r.id, teamId: r.team,
    coachIds: r.coach === '' ? [] : [lookups.coachesByTeam.get(r.team)!.get(r.coach.toLowerCase())!],
    fields: {
      firstName: r.firstName, lastName: r.lastName, nickname: r.nickname, birthDate: r.birthDate, gender: r.gender,
      address: r.address, postcode: r.postcode, city: r.city, neighbourhood: r.neighbourhood, phone: r.phone,
      email: r.email, signalSource: r.signalSource, reason: r.reason,
    },
  });
  return { fields, crossChecks, toRow };
}

export type RowSchema = ReturnType<typeof rowSchema>;

/** The cells of one record by column, trimmed; absent columns are empty. */
export function cellsOf(record: string[], map: HeaderMap): Record<Column, string> {
  const out = {} as Record<Column, string>;
  for (const c of Object.keys(COLUMNS) as Column[]) {
    const i = map.index[c];
    out[c] = i === undefined ? '' : (record[i] ?? '').trim();
  }
  return out;
}

/** Validate one record: the youth to make, or one error per wrong field ("regel 17, geboortedatum: …"). */
export function validateRow(schema: RowSchema, cells: Record<Column, string>, line: number): { row: ValidRow } | { errors: RowError[] } {
  const parsed = schema.fields.safeParse(cells);
  const errors: RowError[] = parsed.success ? [] : parsed.error.issues.map((i) => ({
    line, field: columnLabel((i.path[0] as Column | undefined) ?? 'nickname'), reason: i.message,
  }));
  for (const c of schema.crossChecks(cells)) errors.push({ line, field: columnLabel(c.column), reason: c.message });
  if (errors.length || !parsed.success) return { errors };
  return { row: schema.toRow(parsed.data) };
}

export const formatError = (e: RowError) => (e.field ? `regel ${e.line}, ${e.field}: ${e.reason}` : `regel ${e.line}: ${e.reason}`);

// RFC 4122 URL namespace: fixed, so the same row of the same tenant gets the same id on every run.
const NAMESPACE = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');

/** A name-based (v5) UUID. */
export function uuidV5(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const h = hash.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * The id of an imported youth: the file's own `id` column when it has one, else one derived
 * from the tenant and the row's content. Content, not the file: a municipality that fixes the
 * rejected rows and imports the file again gets the fixed rows, and the rest once.
 */
export function rowId(tenantId: string, cells: Record<Column, string>): string {
  if (cells.id) return cells.id.toLowerCase();
  const content = (Object.keys(COLUMNS) as Column[]).filter((c) => c !== 'id').map((c) => cells[c].toLowerCase());
  return uuidV5(`spil-youth-import\n${tenantId}\n${JSON.stringify(content)}`);
}
