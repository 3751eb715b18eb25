import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { AppError } from '../../platform/errors.js';
import { sniffDelimiter } from './youth-import.rows.js';

/**
 * A spreadsheet's CSV as records, streamed: csv-parse handles quotes (a ; or a line break
 * inside a quoted cell), the BOM Excel puts before "CSV UTF-8", and the separator we find in
 * the header line (; from Excel with Dutch settings, or ,). The bytes must be UTF-8: a file
 * saved as Windows-1252 is refused before anything is read, rather than importing names with
 * broken letters.
 */
export interface CsvRecord { record: string[]; line: number; bytes: number }

export const ENCODING_MESSAGE = 'Het bestand is geen UTF-8. Sla het in Excel op als ‘CSV UTF-8 (door komma’s gescheiden)’ en probeer het opnieuw.';
const encodingError = () => new AppError('IMPORT_ENCODING', 400, ENCODING_MESSAGE);

/** Check the bytes are UTF-8 as they pass, and note the first line for the separator. */
async function* checkedUtf8(source: AsyncIterable<Buffer | string>, firstLine: { text: string; done: boolean }) {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const chunk of source) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let text: string;
    try { text = decoder.decode(buf, { stream: true }); } catch { throw encodingError(); }
    // A string source that was decoded leniently before it reached us carries the replacement character.
    if (text.includes('\uFFFD')) throw encodingError();
    if (!firstLine.done) {
      firstLine.text += text;
      if (firstLine.text.includes('\n')) firstLine.done = true;
    }
    yield buf;
  }
  try { decoder.decode(); } catch { throw encodingError(); }
}

export async function* readCsv(source: AsyncIterable<Buffer | string>): AsyncGenerator<CsvRecord> {
  const firstLine = { text: '', done: false };
  const checked = checkedUtf8(source, firstLine);
  // Read ahead until the header line is complete, then hand everything to the parser.
  const head: Buffer[] = [];
  let next = await checked.next();
  while (!next.done) {
    head.push(next.value);
    if (firstLine.done) break;
    next = await checked.next();
  }
  const delimiter = sniffDelimiter(firstLine.text.split('\n')[0] ?? '');
  async function* all() {
    yield* head;
    if (!next.done) yield* checked;
  }
  const parser = Readable.from(all()).pipe(parse({
    delimiter, bom: true, relax_column_count: true, skip_empty_lines: true, info: true,
  }));
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number; bytes: number } }>) {
      // Excel leaves rows of only separators after the data: nothing to import there.
      if (record.every((c) => c.trim() === '')) continue;
      yield { record, line: info.lines, bytes: info.bytes };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const e = error as { code?: string; lines?: number; message?: string };
    if (e.code?.startsWith('CSV_')) {
      throw new AppError('IMPORT_CSV', 400, `Het bestand is geen leesbare CSV (regel ${e.lines ?? '?'}): controleer de aanhalingstekens.`, { line: e.lines ?? null });
    }
    throw error;
  }
}

/** A whole text (the web upload) as a source. */
export async function* fromText(text: string): AsyncGenerator<string> {
  let i = 0;
  while (i < text.length) {
    let end = Math.min(i + 64 * 1024, text.length);
    // Never cut between the two halves of a character outside the BMP (an emoji in a name).
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1]!)) end++;
    yield text.slice(i, end);
    i = end;
  }
}
