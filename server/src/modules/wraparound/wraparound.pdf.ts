import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { dutchDate, dutchDateTime } from '../../platform/pdf.js';
import type { PresentedMeeting } from './wraparound.service.js';

export interface MinutesPrint {
  firstName: string;
  meeting: PresentedMeeting;
  recipient: string;
  consentUntil: string;
  printedOn: string;
}

const STATUS = { open: 'open', done: 'klaar', cancelled: 'vervallen' } as const;
const section = (title: string, body: Content | null): Content[] => (body ? [{ text: title, style: 'heading' }, body] : []);

/**
 * The minutes of a wrap-around meeting for its participants: who came, what was agreed, who
 * does what by when, when we meet again and what calls us together earlier. Only the meeting:
 * nothing else from the youth's file is in it.
 */
export function minutesDocument(p: MinutesPrint): TDocumentDefinitions {
  const m = p.meeting;
  const title = `Wrap-around overleg over ${p.firstName}`;
  const came = m.participants.filter((x) => x.attended === true);
  const absent = m.participants.filter((x) => x.attended === false);
  const content: Content[] = [
    { text: title, style: 'title' },
    { text: `${dutchDateTime(m.startsAt)} · ${m.place} · voorzitter: ${m.chair.name}`, style: 'meta' },
    // Attendance not recorded (yet): say who was invited, never claim who came.
    ...section(came.length || absent.length ? 'Aanwezig' : 'Uitgenodigd', { ul: (came.length || absent.length ? came : m.participants).map((x) => `${x.name}${x.role ? ` (${x.role})` : ''}`) }),
    ...(absent.length ? section('Afwezig', { ul: absent.map((x) => x.name) }) : []),
    ...section('Doelen', m.goals ? { text: m.goals } : null),
    ...section('Wie doet wat', m.actions.length ? {
      table: {
        headerRows: 1, widths: ['*', '25%', 'auto', 'auto'],
        body: [
          [{ text: 'Actie', bold: true }, { text: 'Wie', bold: true }, { text: 'Vóór', bold: true }, { text: 'Stand', bold: true }],
          ...m.actions.map((a) => [a.description, a.owner.name, a.dueOn ? dutchDate(a.dueOn) : '', STATUS[a.status]]),
        ],
      },
      layout: 'lightHorizontalLines',
    } : null),
    ...section('Ieders rol en bijdrage', m.participants.some((x) => x.contribution)
      ? { ul: m.participants.filter((x) => x.contribution).map((x) => `${x.name}: ${x.contribution}`) } : null),
    ...section('Zo houden we elkaar op de hoogte', m.informing ? { text: m.informing } : null),
    ...section('Volgende overleg', { text: m.nextMeetingOn ? dutchDate(m.nextMeetingOn) : 'Nog niet afgesproken.' }),
    ...section('Ontbindende voorwaarden: dan komen we eerder bij elkaar', m.conditions.length
      ? { ul: m.conditions.map((c) => `${c.text}${c.occurredAt ? ` — voorgevallen op ${dutchDateTime(c.occurredAt)}` : ''}`) } : null),
  ];
  return {
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 72],
    info: { title, creator: 'Spil' },
    defaultStyle: { font: 'Roboto', fontSize: 12, lineHeight: 1.3 },
    styles: {
      title: { fontSize: 20, bold: true, margin: [0, 0, 0, 4] },
      meta: { fontSize: 11, color: '#333333', margin: [0, 0, 0, 8] },
      heading: { fontSize: 14, bold: true, margin: [0, 12, 0, 4] },
      footer: { fontSize: 9, color: '#333333' },
    },
    content,
    footer: (page: number, pages: number) => ({
      margin: [56, 16, 56, 0],
      columns: [
        { text: `Voor: ${p.recipient}. Gedeeld met toestemming van ${p.firstName}, geldig tot en met ${p.consentUntil}. Niet verder verspreiden. Afgedrukt op ${p.printedOn}.`, style: 'footer' },
        { text: `${page} / ${pages}`, style: 'footer', alignment: 'right', width: 40 },
      ],
    }),
  };
}
