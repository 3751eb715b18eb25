/**
 * The result measurement (resultaatmeting, IPTA Bijlage 5): per result area the question of the
 * form, the answers its row allows, and the details the form asks for with some answers. The
 * one place these are defined: the API checks answers against it, the dashboards label their
 * rows with it.
 */
export const RESULT_ANSWERS = ['ja', 'nee', 'nee_wel_geprobeerd', 'ja_gelukt', 'nvt'] as const;
export type ResultAnswer = typeof RESULT_ANSWERS[number];

export const RESULT_MOMENTS = ['closing', 'after_6_months', 'after_12_months'] as const;
export type ResultMomentKey = typeof RESULT_MOMENTS[number];

/** The kinds of details an area can carry (work: function, company, hours; income: amount; …). */
export type ResultDetailKey = 'function' | 'company' | 'hoursPerWeek' | 'amountPerMonth' | 'arrangement' | 'skills';

export interface ResultArea {
  key: string;
  /** The form's question, as Bijlage 5 words it. */
  label: string;
  /** The answers this area's row of the form allows, in the form's order. */
  answers: readonly ResultAnswer[];
  /** The answers that count as progress (for criminal activity that is "nee"). */
  progress: readonly ResultAnswer[];
  details: readonly ResultDetailKey[];
  /** With which answers the details belong (work found: ja → function, company, hours). */
  detailsWith: readonly ResultAnswer[];
}

const YES_NO = ['nee', 'ja'] as const;
const TRIED = ['nee_wel_geprobeerd', 'ja_gelukt', 'nvt'] as const;
const YES_NO_NVT = ['nee', 'ja', 'nvt'] as const;

export const RESULT_AREAS = [
  { key: 'work', label: 'Werk gevonden?', answers: YES_NO, progress: ['ja'], details: ['function', 'company', 'hoursPerWeek'], detailsWith: ['ja'] },
  { key: 'income', label: 'Inkomen gestegen?', answers: YES_NO, progress: ['ja'], details: ['amountPerMonth'], detailsWith: ['ja'] },
  { key: 'debts', label: 'Schuldensituatie verbeterd?', answers: TRIED, progress: ['ja_gelukt'], details: ['arrangement'], detailsWith: ['ja_gelukt', 'nee_wel_geprobeerd'] },
  { key: 'health', label: 'Gezondheidssituatie verbeterd of gestabiliseerd?', answers: TRIED, progress: ['ja_gelukt'], details: [], detailsWith: [] },
  { key: 'leisure', label: 'Vrijetijdsbesteding verbeterd?', answers: TRIED, progress: ['ja_gelukt'], details: [], detailsWith: [] },
  { key: 'social_network', label: 'Sociaal netwerk versterkt?', answers: TRIED, progress: ['ja_gelukt'], details: [], detailsWith: [] },
  { key: 'housing', label: 'Woonsituatie verbeterd?', answers: YES_NO_NVT, progress: ['ja'], details: [], detailsWith: [] },
  { key: 'home_situation', label: 'Thuissituatie verbeterd?', answers: YES_NO_NVT, progress: ['ja'], details: [], detailsWith: [] },
  { key: 'employee_skills', label: 'Werknemersvaardigheden ontwikkeld?', answers: YES_NO, progress: ['ja'], details: ['skills'], detailsWith: ['ja'] },
  { key: 'criminal_activity', label: 'Criminele activiteiten?', answers: YES_NO, progress: ['nee'], details: [], detailsWith: [] },
] as const satisfies readonly ResultArea[];

export type ResultAreaKey = typeof RESULT_AREAS[number]['key'];
export const RESULT_AREA_KEYS = RESULT_AREAS.map((a) => a.key) as [ResultAreaKey, ...ResultAreaKey[]];

export function resultArea(key: string): ResultArea | undefined {
  return RESULT_AREAS.find((a) => a.key === key);
}

export interface GivenAnswer {
  answer: ResultAnswer;
  explanation?: string | null | undefined;
  details?: Partial<Record<ResultDetailKey, unknown>> | null | undefined;
}

export interface RuleBreak { code: string; status: 400 | 409; message: string; field: string; [more: string]: unknown }

/**
 * Check the answers against each area's own answer set: "ja, gelukt" is no answer to "Werk
 * gevonden?". Returns the first break, naming the field, or null.
 */
export function checkResultAnswers(answers: Partial<Record<string, GivenAnswer>>): RuleBreak | null {
  for (const [key, given] of Object.entries(answers)) {
    if (!given) continue;
    const area = resultArea(key);
    if (!area) return { code: 'UNKNOWN_RESULT_AREA', status: 400, message: 'Dit resultaatgebied staat niet op het formulier.', field: `answers.${key}` };
    if (!area.answers.includes(given.answer)) {
      return {
        code: 'RESULT_ANSWER_NOT_ALLOWED', status: 400, field: `answers.${key}`, area: key, answer: given.answer, allowed: [...area.answers],
        message: `Bij "${area.label}" kan dat antwoord niet. Kies uit: ${area.answers.map(answerLabel).join(', ')}.`,
      };
    }
  }
  return null;
}

/** The details kept with an answer: only the area's own, and only with the answers they belong to. */
export function detailsToKeep(key: string, given: GivenAnswer): Partial<Record<ResultDetailKey, unknown>> | null {
  const area = resultArea(key);
  if (!area || !given.details || !area.detailsWith.includes(given.answer)) return null;
  const kept = Object.fromEntries(area.details
    .map((d) => [d, given.details![d]] as const)
    .filter(([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0)));
  return Object.keys(kept).length ? kept : null;
}

const ANSWER_LABELS: Record<ResultAnswer, string> = { ja: 'ja', nee: 'nee', nee_wel_geprobeerd: 'nee, wel geprobeerd', ja_gelukt: 'ja, gelukt', nvt: 'nvt' };
export const answerLabel = (a: ResultAnswer) => ANSWER_LABELS[a];
