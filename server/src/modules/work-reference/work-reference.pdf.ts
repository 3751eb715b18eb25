import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';

export interface ReferencePrint {
  kind: 'certificate' | 'recommendation';
  fullName: string;
  employer: string;
  town: string;
  workplace: string;
  period: string;
  competencies: string[];
  conditions: string;
  body: string;
  /** Who signs for the employer; `on` is set once the employer confirmed. */
  signer: { name: string; function: string; on: string | null };
  printedOn: string;
}

/**
 * The certificate (the employer saw the basic competencies) or the recommendation letter, on
 * one A4 with the place for the employer's signature. A draft says it is one.
 */
export function referenceDocument(r: ReferencePrint): TDocumentDefinitions {
  const title = r.kind === 'certificate' ? 'Certificaat werknemersvaardigheden' : 'Aanbevelingsbrief';
  return {
    pageSize: 'A4',
    pageMargins: [64, 64, 64, 72],
    info: { title: `${title} — ${r.fullName}`, creator: 'Spil' },
    defaultStyle: { font: 'Roboto', fontSize: 12, lineHeight: 1.35 },
    styles: {
      title: { fontSize: 22, bold: true, margin: [0, 0, 0, 4] },
      meta: { fontSize: 11, color: '#333333', margin: [0, 0, 0, 18] },
      heading: { fontSize: 14, bold: true, margin: [0, 14, 0, 6] },
      draft: { fontSize: 11, bold: true, color: '#8a1c1c', margin: [0, 0, 0, 12] },
      footer: { fontSize: 9, color: '#333333' },
    },
    content: [
      { text: title, style: 'title' },
      { text: `${r.fullName} · ${r.workplace}, ${r.employer} (${r.town}) · ${r.period}`, style: 'meta' },
      ...(r.signer.on ? [] : [{ text: 'CONCEPT — nog niet bevestigd door de werkgever', style: 'draft' }]),
      { text: r.body },
      ...(r.competencies.length ? [
        { text: r.kind === 'certificate' ? 'Gezien op de werkplek' : 'Wat wij zagen', style: 'heading' },
        { ul: r.competencies },
      ] : []),
      ...(r.conditions ? [{ text: 'Aanvulling', style: 'heading' }, { text: r.conditions }] : []),
      {
        unbreakable: true, margin: [0, 36, 0, 0],
        stack: [
          { text: `${r.town}, ${r.signer.on ?? '____________________'}` },
          { text: ' ', margin: [0, 28, 0, 0] },
          { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 220, y2: 0, lineWidth: 0.8 }] },
          { text: r.signer.name || 'Naam', bold: true, margin: [0, 6, 0, 0] },
          { text: `${r.signer.function || 'Functie'}, ${r.employer}` },
          ...(r.signer.on ? [{ text: `Bevestigd via Spil op ${r.signer.on}`, style: 'footer', margin: [0, 4, 0, 0] }] : []),
        ],
      },
    ],
    footer: (page: number, pages: number) => ({
      margin: [64, 20, 64, 0],
      columns: [
        { text: `${title} — ${r.fullName} · afgedrukt op ${r.printedOn}`, style: 'footer' },
        { text: `${page} / ${pages}`, style: 'footer', alignment: 'right', width: 40 },
      ],
    }),
  } as TDocumentDefinitions;
}
