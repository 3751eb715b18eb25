/** The dashboard as the API sends it (server/src/modules/dashboard/dashboard.schemas.ts). */
/** Why a figure is hidden: 'small' — 1 to 4 ("<5"); 'complementary' — hidden so a small count elsewhere cannot be recovered ("×"). */
export type Suppressed = false | 'small' | 'complementary';
export interface Cell { value: number | null; suppressed: Suppressed }
export interface Row { key: string; label: string; cells: Cell[] }
export type ColumnKind = 'count' | 'percent' | 'days' | 'score' | 'change' | 'limit';
export interface DashboardTable {
  key: string; title: string; rowHeader: string; columns: { key: string; label: string; kind: ColumnKind }[];
  rows: Row[]; totals: Row | null; anySuppressed: boolean;
}
export interface Unit { id: string; name: string }
export type Moment = 'closing' | 'after_6_months' | 'after_12_months';
export interface Dashboard {
  municipality: string;
  scope: { role: 'teamleider' | 'organisatiemanager' | 'beleidsmedewerker'; suppressed: boolean; organisation: Unit | null; teams: Unit[] | null };
  filters: { from: string; to: string; quarter: string | null; organisationId: string | null; teamId: string | null; moment: Moment };
  options: { quarters: { key: string; label: string }[]; organisations: Unit[]; teams: Unit[]; moments: { key: Moment; label: string }[] };
  tables: DashboardTable[];
}
export interface Filters { quarter?: string; from?: string; to?: string; organisationId?: string; teamId?: string; moment?: Moment }
