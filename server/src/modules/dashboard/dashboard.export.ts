import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Cell, DashboardTable } from '../../core/dashboard/tables.js';

/**
 * Dashboard tables as files policy staff open in Excel. CSV: UTF-8 with a byte-order mark and
 * ';' between fields, as Dutch Excel reads them (csv-stringify quotes where needed). XLSX: one
 * sheet per table. Both start with header rows (municipality, period, filters); a suppressed
 * cell is the text "<5" (1 to 4) or "×" (hidden only so a small count cannot be recovered).
 */
export const SUPPRESSED = { small: '<5', complementary: '×' } as const;
const BOM = '\uFEFF';

const cellText = (c: Cell): string | number => (c.suppressed ? SUPPRESSED[c.suppressed] : c.value ?? '');

/**
 * A text Excel would run as a formula when it opens a CSV (=, +, -, @, tab, return first): a
 * team or neighbourhood name is typed by people, so it gets a leading apostrophe, as OWASP
 * advises. XLSX stores texts as texts and needs nothing.
 */
export const csvSafe = (v: string | number) => (typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

function tableRows(t: DashboardTable & { rowHeader: string }): (string | number)[][] {
  return [
    [t.rowHeader, ...t.columns.map((c) => c.label)],
    ...t.rows.map((r) => [r.label, ...r.cells.map(cellText)]),
    ...(t.totals ? [[t.totals.label, ...t.totals.cells.map(cellText)]] : []),
  ];
}

export function toCsv(header: string[], tables: (DashboardTable & { rowHeader: string })[]): Buffer {
  const lines: (string | number)[][] = [...header.map((h) => [h]), []];
  tables.forEach((t, i) => {
    if (i > 0) lines.push([]);
    lines.push([t.title], ...tableRows(t));
  });
  return Buffer.from(BOM + stringify(lines.map((l) => l.map(csvSafe)), { delimiter: ';', record_delimiter: 'windows' }), 'utf8');
}

/** Excel sheet names: at most 31 characters, none of []:*?/\ and unique in the book. */
function sheetName(title: string, used: Set<string>) {
  const base = title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 28).trim();
  let name = base;
  for (let i = 2; used.has(name); i++) name = `${base} ${i}`;
  used.add(name);
  return name;
}

export async function toXlsx(header: string[], tables: (DashboardTable & { rowHeader: string })[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Spil';
  const used = new Set<string>();
  for (const t of tables) {
    const sheet = book.addWorksheet(sheetName(t.title, used));
    for (const h of header) sheet.addRow([h]);
    sheet.addRow([]);
    sheet.addRow([t.title]).font = { bold: true, size: 13 };
    const rows = tableRows(t);
    rows.forEach((r, i) => {
      const row = sheet.addRow(r);
      if (i === 0 || (t.totals && i === rows.length - 1)) row.font = { bold: true };
    });
    sheet.getColumn(1).width = Math.min(50, Math.max(14, ...rows.map((r) => String(r[0]).length + 2)));
    for (let c = 2; c <= t.columns.length + 1; c++) sheet.getColumn(c).width = Math.max(12, (t.columns[c - 2]?.label.length ?? 0) + 2);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
