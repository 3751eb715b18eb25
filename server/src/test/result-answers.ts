/**
 * A whole result measurement (every area of Bijlage 5 answered, as the API asks): the
 * answers that say nothing changed, with the areas a test is about laid over them.
 */
const NOTHING_CHANGED = {
  work: { answer: 'nee' }, income: { answer: 'nee' }, debts: { answer: 'nvt' }, health: { answer: 'nvt' }, leisure: { answer: 'nvt' },
  social_network: { answer: 'nvt' }, housing: { answer: 'nvt' }, home_situation: { answer: 'nvt' }, employee_skills: { answer: 'nee' },
  criminal_activity: { answer: 'nee' },
} as const;

export const answersWith = (areas: Record<string, unknown> = {}) => ({ ...NOTHING_CHANGED, ...areas });
