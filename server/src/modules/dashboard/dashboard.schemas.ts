import { z } from 'zod';
import { RESULT_MOMENTS } from '../../core/closing/result-areas.js';
import { TABLE_KEYS } from '../../core/dashboard/tables.js';
import { CalendarDate, Id } from '../../platform/http/schemas.js';

/** The filters: a period (Amsterdam calendar days, or a quarter; one ended quarter where counts are suppressed), an organisation and a team where the role allows, the result measurement's moment. */
export const DashboardQuery = z.strictObject({
  quarter: z.string().regex(/^\d{4}-Q[1-4]$/, { message: 'Kies een kwartaal, zoals 2026-Q3.' }).optional(),
  from: CalendarDate.optional(),
  to: CalendarDate.optional(),
  organisationId: Id.optional(),
  teamId: Id.optional(),
  moment: z.enum(RESULT_MOMENTS, { message: 'Kies een meetmoment: afronding, na 6 of na 12 maanden.' }).default('closing'),
});

export const ExportQuery = DashboardQuery.extend({
  format: z.enum(['csv', 'xlsx'], { message: 'Kies csv of xlsx.' }),
  table: z.enum([...TABLE_KEYS, 'all'], { message: 'Onbekende tabel.' }).default('all'),
});

/**
 * A figure; a suppressed one carries no value, only why: 'small' — 1 to 4 youth (or a figure over
 * fewer than five), shown as "<5"; 'complementary' — hidden so a small count elsewhere cannot be
 * worked out by subtracting, shown as "×". A null value with `suppressed: false`: nothing to show (a median of no stays).
 */
const Cell = z.object({ value: z.number().nullable(), suppressed: z.union([z.literal(false), z.enum(['small', 'complementary'])]) });
const Row = z.object({ key: z.string(), label: z.string(), cells: z.array(Cell) });

export const DashboardTable = z.object({
  key: z.enum(TABLE_KEYS),
  title: z.string(),
  rowHeader: z.string(),
  columns: z.array(z.object({ key: z.string(), label: z.string(), kind: z.enum(['count', 'percent', 'days', 'score', 'change', 'limit']) })),
  rows: z.array(Row),
  totals: Row.nullable(),
  anySuppressed: z.boolean(),
});

const Unit = z.object({ id: z.string(), name: z.string() });

export const Dashboard = z.object({
  municipality: z.string(),
  scope: z.object({
    role: z.enum(['teamleider', 'organisatiemanager', 'beleidsmedewerker']),
    suppressed: z.boolean().describe('Aantallen van 1 tot 4 (en wat ze zou verraden) zijn weggelaten'),
    organisation: Unit.nullable(),
    teams: z.array(Unit).nullable(),
  }),
  filters: z.object({ from: z.string(), to: z.string(), quarter: z.string().nullable(), organisationId: z.string().nullable(), teamId: z.string().nullable(), moment: z.enum(RESULT_MOMENTS) }),
  /** What the filters offer this user. */
  options: z.object({ quarters: z.array(z.object({ key: z.string(), label: z.string() })), organisations: z.array(Unit), teams: z.array(Unit), moments: z.array(z.object({ key: z.enum(RESULT_MOMENTS), label: z.string() })) }),
  tables: z.array(DashboardTable),
});
