import { createRequire } from 'node:module';
import path from 'node:path';
import { format, parseISO } from 'date-fns';
import { nl } from 'date-fns/locale';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';

// pdfmake: a declarative layout (paragraphs, headings, page size) on top of pdfkit, so the
// letter reads as a document definition instead of drawing coordinates. Roboto ships with it
// and covers the accented letters of names (ş, ğ, é) that the PDF standard fonts lack.
const require = createRequire(import.meta.url);
const pdfmake = require('pdfmake') as {
  setFonts(f: unknown): void; setUrlAccessPolicy(cb: (url: string) => boolean): void; setLocalAccessPolicy(cb: (p: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
};
const FONT_DIR = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
pdfmake.setFonts({
  Roboto: {
    normal: path.join(FONT_DIR, 'Roboto-Regular.ttf'), bold: path.join(FONT_DIR, 'Roboto-Medium.ttf'),
    italics: path.join(FONT_DIR, 'Roboto-Italic.ttf'), bolditalics: path.join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
  },
});
// A document never fetches anything: no URLs, no files but the fonts.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((p) => path.resolve(p).startsWith(FONT_DIR));

/** Render a document definition. Call it after the transaction: rendering takes a moment. */
export const renderPdf = (doc: TDocumentDefinitions) => pdfmake.createPdf(doc).getBuffer();

/** "24 november 2026", for a 'YYYY-MM-DD' calendar date. */
export const dutchDate = (isoDate: string) => format(parseISO(isoDate), 'd MMMM yyyy', { locale: nl });

/** "24 november 2026 om 14:05", in Amsterdam time. */
export const dutchDateTime = (at: Date | string) =>
  new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' })
    .format(new Date(at));
