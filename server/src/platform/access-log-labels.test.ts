import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS } from '../modules/youth-document/youth-document.schemas.js';

/**
 * "Wie heeft dit dossier bekeken" shows each access-log entry's record type by its label
 * (web i18n accessLog.records). Every record type the server writes for a youth has one, in
 * Dutch and English, so no raw key like 'warm_handover' reaches the youth or their coach.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const sources = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path.join(dir, e.name)] : []);

/** Written without a youth, so never in a youth's log (the dashboard's reads and exports). */
const WITHOUT_YOUTH = new Set(['dashboard']);

function writtenRecordTypes() {
  const types = new Set<string>();
  for (const file of sources(path.join(root, 'server/src'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/recordType:\s*'([a-z_-]+)'/g)) types.add(m[1]!);
    for (const m of text.matchAll(/const RECORD\w*\s*=\s*'([a-z_-]+)'/g)) types.add(m[1]!);
    // placement.service: a placement's parts are logged by their table.
    for (const m of text.matchAll(/\{ table: '([a-z_]+)', id:/g)) types.add(m[1]!);
  }
  for (const kind of Object.keys(DOCUMENT_KINDS)) types.add(kind);
  return [...types].filter((t) => !WITHOUT_YOUTH.has(t)).sort();
}

describe('access-log record labels', () => {
  const types = writtenRecordTypes();
  it('finds the record types the server writes', () => {
    expect(types).toEqual(expect.arrayContaining(['closing', 'closing_conversation', 'warm_handover', 'aftercare_plan', 'aftercare_contact', 'result_measurement', 'escalation', 'timeline', 'placement_subsidy', 'my_plan']));
  });
  for (const lang of ['nl', 'en']) {
    it(`labels each of them in ${lang}`, () => {
      const records = JSON.parse(readFileSync(path.join(root, `web/src/i18n/${lang}.json`), 'utf8')).accessLog.records as Record<string, string>;
      expect(types.filter((t) => !records[t]?.trim())).toEqual([]);
    });
  }
});
