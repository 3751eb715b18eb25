import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toCsv, toXlsx } from './dashboard.export.js';

/**
 * A row label typed by people (a neighbourhood, a team) that starts like a formula stays text
 * when the file is opened in Excel: a leading apostrophe in the CSV, a text cell in the XLSX.
 */
const table = {
  key: 'inflow_neighbourhood' as const, title: 'Instroom per wijk', rowHeader: 'Wijk', anySuppressed: true,
  columns: [{ key: '2026-07-01', label: 'Q3 2026', kind: 'count' as const }],
  rows: [
    { key: '=HYPERLINK("http://x","klik")', label: '=HYPERLINK("http://x","klik")', cells: [{ value: 7, suppressed: false as const }] },
    { key: '-Noord', label: '-Noord', cells: [{ value: null, suppressed: 'small' as const }] },
    { key: 'Feijenoord', label: 'Feijenoord', cells: [{ value: -3, suppressed: false as const }] },
  ],
  totals: null,
};

describe('dashboard exports', () => {
  it('keep a label that starts like a formula as text, and numbers as numbers', async () => {
    const rows: string[][] = parse(toCsv(['Gemeente Test'], [table]), { delimiter: ';', bom: true, relax_column_count: true });
    expect(rows.slice(-3)).toEqual([['\'=HYPERLINK("http://x","klik")', '7'], ['\'-Noord', '<5'], ['Feijenoord', '-3']]);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await toXlsx(['Gemeente Test'], [table]) as unknown as ArrayBuffer);
    const cell = book.worksheets[0]!.getCell('A5');
    expect(cell.value).toBe('=HYPERLINK("http://x","klik")');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
  });
});
