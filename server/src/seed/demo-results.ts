import type { ResultAnswerValue } from '../platform/db/schema.js';
import type { Prng } from './seeded-random.js';

/**
 * Plausible answers to the result measurement (IPTA Bijlage 5) for the demo's history: a youth
 * in work found it (function, company, hours) and mostly earns more; the other areas vary.
 */
export function demoResultAnswers(r: Prng, inWork: boolean): { area: string; answer: ResultAnswerValue; explanation: string | null; details: unknown }[] {
  const tried = (pGelukt: number, pNvt = 0.15): ResultAnswerValue => {
    const x = r.next();
    return x < pNvt ? 'nvt' : x < pNvt + pGelukt ? 'ja_gelukt' : 'nee_wel_geprobeerd';
  };
  const yesNo = (pJa: number, pNvt = 0): ResultAnswerValue => {
    const x = r.next();
    return x < pNvt ? 'nvt' : x < pNvt + pJa ? 'ja' : 'nee';
  };
  const job = r.pick([['Magazijnmedewerker', 'Waalhaven Logistiek'], ['Kok-assistent', 'Restaurant De Haven'], ['Hovenier', 'Groenbedrijf Zuiderpark'], ['Vakkenvuller', 'Supermarkt Beijerlandselaan']] as const);
  const income = inWork || r.next() < 0.3;
  return [
    inWork
      ? { area: 'work', answer: 'ja', explanation: null, details: { function: job[0], company: job[1], hoursPerWeek: r.pick([24, 32, 36, 38]) } }
      : { area: 'work', answer: 'nee', explanation: 'Volgt een opleiding of zoekt nog.', details: null },
    income
      ? { area: 'income', answer: 'ja', explanation: null, details: { amountPerMonth: r.pick([450, 900, 1150, 1350, 1600]) } }
      : { area: 'income', answer: 'nee', explanation: 'Nog een uitkering.', details: null },
    { area: 'debts', answer: tried(0.55, 0.3), explanation: null, details: null },
    { area: 'health', answer: tried(0.6), explanation: null, details: null },
    { area: 'leisure', answer: tried(0.5), explanation: null, details: null },
    { area: 'social_network', answer: tried(0.6, 0.05), explanation: null, details: null },
    { area: 'housing', answer: yesNo(0.45, 0.35), explanation: null, details: null },
    { area: 'home_situation', answer: yesNo(0.4, 0.3), explanation: null, details: null },
    { area: 'employee_skills', answer: yesNo(inWork ? 0.9 : 0.5), explanation: null, details: null },
    { area: 'criminal_activity', answer: yesNo(0.1), explanation: null, details: null },
  ];
}
