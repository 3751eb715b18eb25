import type { TFunction } from 'i18next';
import { formatCalendarDate } from '../../format/dates';
import type { DocField } from '../picture/DocumentVersions';
import { partName } from './PlanView';
import { byPriority, competencyNames, type Competency, type PlanBody, type PlanPart, type PlanPartDef } from './types';

const ASPECTS = ['priority', 'basicInfo', 'tools', 'strategy', 'goals', 'tasks'] as const;
type Aspect = typeof ASPECTS[number];

function aspectText(t: TFunction, part: PlanPart | undefined, aspect: Aspect, competencies: Map<string, Competency>): string {
  if (!part) return '';
  switch (aspect) {
    case 'priority': return part.priority === null ? '' : String(part.priority);
    case 'basicInfo': return part.basicInfo;
    case 'tools': return part.tools.join(', ');
    case 'strategy': return [part.strategy ?? '', part.strategyNote].filter(Boolean).join('\n');
    case 'goals': return part.goals.map((g) => [
      `${t('casePlan.fields.longTerm')}: ${g.longTerm}`,
      ...g.steps.map((s) => {
        const learns = competencyNames(s.competencies, competencies);
        return `– ${s.text} (${t(`casePlan.goalStatus.${s.status}`)})${learns ? ` — ${t('casePlan.view.learns', { competencies: learns })}` : ''}`;
      }),
    ].join('\n')).join('\n\n');
    case 'tasks': return part.tasks.map((task) => {
      const who = task.who ? `${t(`casePlan.roles.${task.role}`)} (${task.who})` : t(`casePlan.roles.${task.role}`);
      const due = task.dueOn ? ` — ${t('casePlan.view.dueOn', { date: formatCalendarDate(task.dueOn) })}` : '';
      return `${who}: ${task.what}${due}`;
    }).join('\n');
  }
}

/**
 * The plan as fields people can compare ("Huisvesting: taakverdeling"), for the shared
 * side-by-side comparison of the picture's documents. Keys are <part>.<field>, the way the
 * server names changed fields.
 */
export function planFields(t: TFunction, defs: Map<string, PlanPartDef>, bodies: (PlanBody | null)[], competencies: Map<string, Competency> = new Map()): DocField<PlanBody>[] {
  const seen = new Map<string, PlanPart>();
  // The newest body decides the order (by priority); parts only in an older one follow.
  for (const body of [...bodies].reverse()) {
    for (const p of byPriority(body?.parts ?? [])) if (!seen.has(p.key)) seen.set(p.key, p);
  }
  const fields: DocField<PlanBody>[] = [];
  for (const [key, part] of seen) {
    const name = partName(part, defs);
    for (const aspect of ASPECTS) {
      fields.push({
        key: `${key}.${aspect}`,
        label: `${name}: ${t(`casePlan.fields.${aspect}Short`)}`,
        value: (b) => aspectText(t, b?.parts.find((p) => p.key === key), aspect, competencies),
      });
    }
  }
  return fields;
}

/**
 * The server's changed fields in words: "housing.tasks" → "Huisvesting: taakverdeling"; a part
 * added or taken out ("housing") is named by itself.
 */
export function changedPartLabels(t: TFunction, defs: Map<string, PlanPartDef>, keys: string[]): string[] {
  const labels = keys.map((k) => {
    const [part = k, field] = k.split('.');
    const name = defs.get(part)?.label ?? part;
    if (!field) return name;
    const aspect = field === 'strategyNote' ? 'strategy' : field;
    return (ASPECTS as readonly string[]).includes(aspect) ? `${name}: ${t(`casePlan.fields.${aspect}Short`)}` : name;
  });
  return [...new Set(labels)];
}

export const emptyPart = (key: string): PlanPart => ({
  key, title: null, priority: null, basicInfo: '', tools: [], strategy: null, strategyNote: '', goals: [], tasks: [],
});
