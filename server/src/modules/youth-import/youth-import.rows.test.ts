import { describe, expect, it } from 'vitest';
import { fromText, readCsv } from './youth-import.csv.js';
import {
  cellsOf, formatError, headerProblems, mapHeader, parseDutchDate, rowId, rowSchema, sniffDelimiter, validateRow, type TenantLookups,
} from './youth-import.rows.js';

const TEAM = '11111111-1111-4111-8111-111111111111';
const COACH = '22222222-2222-4222-8222-222222222222';
const lookups: TenantLookups = {
  teams: new Map([['wijkteam noord', TEAM], [TEAM, TEAM]]),
  coachesByTeam: new Map([[TEAM, new Map([['sanne@noord.nl', COACH]])]]),
  signalSources: new Map([['wijkagent', 'wijkagent'], ['jongerenwerker', 'jongerenwerker']]),
  genders: new Map([['man', 'man'], ['vrouw', 'vrouw']]),
};
const schema = rowSchema(lookups, '2026-11-23', null);
const HEADER = ['Roepnaam', 'Voornaam', 'Achternaam', 'Geboortedatum', 'Geslacht', 'Postcode', 'Team', 'Coach', 'Aanmelder/bron', 'E-mail'];
const map = mapHeader(HEADER);
const row = (values: Partial<Record<string, string>>, line = 2) =>
  validateRow(schema, cellsOf(HEADER.map((h) => values[h.toLowerCase()] ?? ''), map), line);
const messages = (r: ReturnType<typeof row>) => ('errors' in r ? r.errors.map(formatError) : []);

async function records(text: string) {
  const out = [];
  for await (const r of readCsv(fromText(text))) out.push(r);
  return out;
}

describe('dates as a spreadsheet has them', () => {
  it('reads dd-mm-jjjj, d-m-jjjj with / or ., and jjjj-mm-dd', () => {
    expect(parseDutchDate('03-02-2006')).toBe('2006-02-03');
    expect(parseDutchDate('3/2/2006')).toBe('2006-02-03');
    expect(parseDutchDate('03.02.2006')).toBe('2006-02-03');
    expect(parseDutchDate('2006-02-03')).toBe('2006-02-03');
  });
  it('refuses a date that does not exist, and other shapes', () => {
    expect(parseDutchDate('31-02-2004')).toBeNull();
    expect(parseDutchDate('29-02-2005')).toBeNull();
    expect(parseDutchDate('29-02-2004')).toBe('2004-02-29');
    expect(parseDutchDate('02/03/06')).toBeNull();
    expect(parseDutchDate('morgen')).toBeNull();
  });
  it('says which line, which column and what is wrong, in Dutch', () => {
    expect(messages(row({ roepnaam: 'Enzo', team: 'Wijkteam Noord', geboortedatum: '31-02-2004' }, 17)))
      .toEqual(['regel 17, geboortedatum: geen bestaande datum (31-02-2004)']);
    expect(messages(row({ roepnaam: 'Enzo', team: 'Wijkteam Noord', geboortedatum: '01-01-2030' })))
      .toEqual(['regel 2, geboortedatum: ligt in de toekomst (01-01-2030)']);
  });
});

describe('what a row needs', () => {
  it('a roepnaam or a name, and a team of the tenant', () => {
    expect(messages(row({ geslacht: 'man' }, 5))).toEqual([
      'regel 5, team: ontbreekt',
      'regel 5, roepnaam: vul minstens een roepnaam of een naam in',
    ]);
    expect(messages(row({ achternaam: 'Jansen', team: 'Wijkteam Zuid' }, 6))).toEqual(['regel 6, team: geen team van deze gemeente (Wijkteam Zuid)']);
    expect('row' in row({ achternaam: 'Jansen', team: 'wijkteam noord' })).toBe(true);
  });
  it('a coach of that team, by e-mail; answers from the tenant lists by key or label', () => {
    const ok = row({ roepnaam: 'Enzo', team: 'Wijkteam Noord', coach: 'Sanne@Noord.nl', 'aanmelder/bron': 'Wijkagent', geslacht: 'Man', postcode: '3071ab' });
    expect(ok).toEqual({ row: expect.objectContaining({ teamId: TEAM, coachIds: [COACH], fields: expect.objectContaining({ nickname: 'Enzo', signalSource: 'wijkagent', gender: 'man', postcode: '3071 AB' }) }) });
    expect(messages(row({ roepnaam: 'Enzo', team: 'Wijkteam Noord', coach: 'piet@zuid.nl', 'aanmelder/bron': 'buurvrouw', 'e-mail': 'geen-mail' }, 9))).toEqual([
      'regel 9, e-mail: geen geldig e-mailadres (geen-mail)',
      'regel 9, aanmelder/bron: staat niet in de keuzelijst aanmelder/bron (buurvrouw)',
      'regel 9, coach: geen coach van dit team (piet@zuid.nl)',
    ]);
  });
  it('a default team fills rows without one', () => {
    const withDefault = rowSchema(lookups, '2026-11-23', TEAM);
    expect(validateRow(withDefault, cellsOf(['Enzo'], mapHeader(['roepnaam'])), 2)).toEqual({ row: expect.objectContaining({ teamId: TEAM }) });
  });
});

describe('the header', () => {
  it('matches Dutch headers without case or spaces, and names the columns it does not use', () => {
    const m = mapHeader(['\uFEFFROEPNAAM ', 'E-mail', 'Aanmelder/Bron', 'Opmerking']);
    expect(m.index).toEqual({ nickname: 0, email: 1, signalSource: 2 });
    expect(m.ignored).toEqual(['Opmerking']);
  });
  it('needs a name column, and a team column unless a team is given', () => {
    expect(headerProblems(mapHeader(['geboortedatum']), false)).toHaveLength(2);
    expect(headerProblems(mapHeader(['voornaam']), true)).toEqual([]);
  });
});

describe('the stable id', () => {
  it('is the same for the same row of the same tenant, whatever the case; differs per tenant and row', () => {
    const a = cellsOf(['Enzo', 'Wijkteam Noord'], mapHeader(['roepnaam', 'team']));
    const b = cellsOf(['ENZO', 'wijkteam noord'], mapHeader(['roepnaam', 'team']));
    expect(rowId('t1', a)).toBe(rowId('t1', b));
    expect(rowId('t1', a)).not.toBe(rowId('t2', a));
    expect(rowId('t1', a)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(rowId('t1', cellsOf(['Enzo', 'Wijkteam Noord', 'AAAAAAAA-0000-4000-8000-000000000000'], mapHeader(['roepnaam', 'team', 'id']))))
      .toBe('aaaaaaaa-0000-4000-8000-000000000000');
  });
});

describe('reading the CSV', () => {
  it('takes ; from Excel with Dutch settings, and , from others', async () => {
    expect(sniffDelimiter('roepnaam;team;reden, kort')).toBe(';');
    expect(sniffDelimiter('roepnaam,team')).toBe(',');
    expect((await records('roepnaam;team\r\nEnzo;Noord\r\n')).map((r) => r.record)).toEqual([['roepnaam', 'team'], ['Enzo', 'Noord']]);
    expect((await records('roepnaam,team\nEnzo,Noord\n')).map((r) => r.record)).toEqual([['roepnaam', 'team'], ['Enzo', 'Noord']]);
  });
  it('drops the BOM Excel writes before CSV UTF-8', async () => {
    const [header] = await records('\uFEFFroepnaam;team\nEnzo;Noord\n');
    expect(header!.record[0]).toBe('roepnaam');
  });
  it('keeps ; and line breaks inside quotes, and "" as a quote; counts lines as the file has them', async () => {
    const rows = await records('roepnaam;reden\n"Enzo ""de snelle""";"hangt rond; geen werk\nsinds mei"\nBob;x\n\n;;\n');
    expect(rows.map((r) => r.record)).toEqual([['roepnaam', 'reden'], ['Enzo "de snelle"', 'hangt rond; geen werk\nsinds mei'], ['Bob', 'x']]);
    expect(rows.map((r) => r.line)).toEqual([1, 3, 4]);
  });
  it('keeps letters outside Latin-1 and emoji across chunk boundaries', async () => {
    const name = 'Łukasz 🚀';
    const text = `roepnaam\n${'x'.repeat(64 * 1024 - 'roepnaam\n'.length - 1)}\n${name}\n`;
    const rows = await records(text);
    expect(rows.at(-1)!.record).toEqual([name]);
  });
  it('refuses a file that is not UTF-8 (Windows-1252 from an old Excel) with a message saying how to save it', async () => {
    const latin1 = Buffer.from('roepnaam;woonplaats\nJos\xe9;Zo\xebtermeer\n', 'latin1');
    const read = async () => { for await (const _ of readCsv((async function* () { yield latin1; })())) { /* read all */ } };
    await expect(read()).rejects.toMatchObject({ code: 'IMPORT_ENCODING', message: expect.stringContaining('CSV UTF-8') });
  });
  it('refuses an unclosed quote, naming the line', async () => {
    await expect(records('roepnaam;reden\nEnzo;"open\n')).rejects.toMatchObject({ code: 'IMPORT_CSV' });
  });
});
