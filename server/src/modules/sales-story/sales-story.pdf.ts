import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';

export interface SalesStoryLetter {
  firstName: string;
  recipient: string;
  story: string;
  instructions: string;
  coach: { name: string; email: string; organisation: string };
  printedOn: string;      // formatted Dutch date
  consentUntil: string;   // formatted Dutch date
  /** The version of the text printed, so a question about a letter can be traced. */
  version: number;
}

/** One page for an employer, a creditor or a landlord: who this young person is, and how it goes well. */
export function salesStoryDocument(l: SalesStoryLetter): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 64],
    info: { title: `Verkoopverhaal van ${l.firstName}`, creator: 'Spil' },
    defaultStyle: { font: 'Roboto', fontSize: 11.5, lineHeight: 1.3 },
    styles: {
      title: { fontSize: 20, bold: true, margin: [0, 0, 0, 4] },
      meta: { fontSize: 10, color: '#444444', margin: [0, 0, 0, 16] },
      heading: { fontSize: 14, bold: true, margin: [0, 12, 0, 6] },
      footer: { fontSize: 9, color: '#444444' },
    },
    content: [
      { text: `Verkoopverhaal van ${l.firstName}`, style: 'title' },
      { text: `Voor: ${l.recipient} · ${l.printedOn} · versie ${l.version}`, style: 'meta' },
      { text: `Wie is ${l.firstName}?`, style: 'heading' },
      { text: l.story || '—' },
      { text: `Gebruiksaanwijzing: zo gaat het goed met ${l.firstName}`, style: 'heading' },
      { text: l.instructions || '—' },
      { text: 'Contact', style: 'heading' },
      { text: `${l.coach.name}, coach bij ${l.coach.organisation}${l.coach.email ? ` · ${l.coach.email}` : ''}` },
    ],
    footer: (page: number, pages: number) => ({
      margin: [56, 16, 56, 0],
      columns: [
        { text: `Gedeeld met toestemming van ${l.firstName}, geldig tot en met ${l.consentUntil}. Niet verder verspreiden.`, style: 'footer' },
        { text: `${page} / ${pages}`, style: 'footer', alignment: 'right', width: 40 },
      ],
    }),
  };
}

