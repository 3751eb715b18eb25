import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { TaskRole } from '../../core/plan/plan-parts.js';
import { dutchDate, dutchDateTime } from '../../platform/pdf.js';
import { GOAL_STATUS_LABELS, TASK_ROLE_LABELS } from './plan.labels.js';
import type { PresentedPlan } from './plan.service.js';

export interface PlanPrint {
  firstName: string;
  /** "veranderplan" or "ondersteuningsplan": the tenant's word for it. */
  label: string;
  plan: PresentedPlan;
  partLabels: Record<string, string>;
  /** The tenant's names of the basic employee competencies a learning goal works on. */
  competencyLabels: Record<string, string>;
  printedOn: string;
}

const SIGNER = { youth: 'Jongere', coach: 'Coach' } as const;

/** A drawn signature as the SVG it was drawn in (300×100), a typed one in italics. */
function signature(s: PresentedPlan['signatures'][number]): Content {
  const mark: Content = s.method === 'drawn' && s.drawing
    ? { svg: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 100" width="180" height="60"><path d="${s.drawing}" fill="none" stroke="#000" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/></svg>`, width: 180 }
    : { text: s.typed ?? s.name, italics: true, fontSize: 20, margin: [0, 8, 0, 8] };
  return { stack: [{ text: `${SIGNER[s.role]}: ${s.name}`, bold: true }, mark, { text: `Getekend op ${dutchDateTime(s.signedAt)}`, style: 'small' }], margin: [0, 0, 0, 12] };
}

/**
 * The plan for the youth to keep: plain Dutch, large type, each part in order of priority
 * with who does what, and both signatures with their dates.
 */
export function planDocument(p: PlanPrint): TDocumentDefinitions {
  const parts = [...p.plan.body.parts].sort((a, b) => (a.priority ?? 99) - (b.priority ?? 99));
  const title = `Het ${p.label} van ${p.firstName}`;
  const state = p.plan.status === 'signed' && p.plan.signedAt
    ? `Versie ${p.plan.version} · getekend op ${dutchDateTime(p.plan.signedAt)}`
    : `Versie ${p.plan.version} · CONCEPT: nog niet door allebei getekend`;
  const content: Content[] = [
    { text: title, style: 'title' },
    { text: state, style: 'meta' },
  ];
  for (const part of parts) {
    const name = part.key === 'other' && part.title ? `Anders: ${part.title}` : (p.partLabels[part.key] ?? part.title ?? part.key);
    content.push({ text: `${part.priority ? `${part.priority}. ` : ''}${name}`, style: 'heading' });
    if (part.basicInfo) content.push({ text: 'Wat we weten', style: 'label' }, { text: part.basicInfo });
    if (part.tools.length) content.push({ text: 'Wat helpt', style: 'label' }, { ul: part.tools });
    if (part.strategy) content.push({ text: 'Zo pakken we het aan', style: 'label' }, { text: [part.strategy, part.strategyNote ? ` — ${part.strategyNote}` : ''] });
    for (const goal of part.goals) {
      content.push({ text: `Doel: ${goal.longTerm}`, style: 'label' });
      if (goal.steps.length) {
        content.push({
          ul: goal.steps.map((s): Content => {
            const line = `${s.text} (${GOAL_STATUS_LABELS[s.status] ?? s.status})`;
            const learns = (s.competencies ?? []).map((k) => p.competencyLabels[k] ?? k);
            return learns.length ? { stack: [line, { text: `Hier leer je: ${learns.join(', ')}`, style: 'small' }] } : line;
          }),
        });
      }
    }
    if (part.tasks.length) {
      content.push({ text: 'Wie doet wat', style: 'label' }, {
        table: {
          headerRows: 1, widths: ['30%', '*', 'auto'],
          body: [
            [{ text: 'Wie', bold: true }, { text: 'Wat', bold: true }, { text: 'Vóór', bold: true }],
            ...part.tasks.map((t) => [
              `${TASK_ROLE_LABELS[t.role as TaskRole] ?? t.role}${t.who ? `: ${t.who}` : ''}`, t.what, t.dueOn ? dutchDate(t.dueOn) : '',
            ]),
          ],
        },
        layout: 'lightHorizontalLines',
      });
    }
  }
  // The signatures stay together with their heading: never a name on one page and its mark on the next.
  content.push({
    unbreakable: true,
    stack: [{ text: 'Handtekeningen', style: 'heading' }, ...(p.plan.signatures.length ? p.plan.signatures.map(signature) : [{ text: 'Nog niet getekend.' }])],
  });
  return {
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 64],
    info: { title, creator: 'Spil' },
    // Large, plain type: the youth reads this at home, maybe on a phone.
    defaultStyle: { font: 'Roboto', fontSize: 13, lineHeight: 1.35 },
    styles: {
      title: { fontSize: 22, bold: true, margin: [0, 0, 0, 4] },
      meta: { fontSize: 12, color: '#333333', margin: [0, 0, 0, 12] },
      heading: { fontSize: 17, bold: true, margin: [0, 16, 0, 4] },
      label: { bold: true, margin: [0, 8, 0, 2] },
      small: { fontSize: 11, color: '#333333' },
      footer: { fontSize: 10, color: '#333333' },
    },
    content,
    footer: (page: number, pages: number) => ({
      margin: [56, 16, 56, 0],
      columns: [
        { text: `${title} · versie ${p.plan.version} · afgedrukt op ${p.printedOn}`, style: 'footer' },
        { text: `${page} / ${pages}`, style: 'footer', alignment: 'right', width: 40 },
      ],
    }),
  };
}
