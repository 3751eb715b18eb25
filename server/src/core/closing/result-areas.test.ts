import { describe, expect, it } from 'vitest';
import { checkResultAnswers, detailsToKeep, RESULT_AREAS, resultArea } from './result-areas.js';

describe('the result areas of Bijlage 5', () => {
  it('are the ten rows of the form, each with its own answers', () => {
    expect(RESULT_AREAS.map((a) => a.key)).toEqual(['work', 'income', 'debts', 'health', 'leisure', 'social_network', 'housing', 'home_situation', 'employee_skills', 'criminal_activity']);
    expect(resultArea('work')?.answers).toEqual(['nee', 'ja']);
    expect(resultArea('debts')?.answers).toEqual(['nee_wel_geprobeerd', 'ja_gelukt', 'nvt']);
    expect(resultArea('housing')?.answers).toEqual(['nee', 'ja', 'nvt']);
    // Progress on criminal activity is having none.
    expect(resultArea('criminal_activity')?.progress).toEqual(['nee']);
  });

  it('take Ricardo\'s answers', () => {
    expect(checkResultAnswers({
      work: { answer: 'ja', details: { function: 'Kok-assistent', company: 'Restaurant De Haven', hoursPerWeek: 32 } },
      income: { answer: 'ja', details: { amountPerMonth: 1350 } },
      debts: { answer: 'ja_gelukt', details: { arrangement: 'Schuldregeling via de gemeente' } },
      housing: { answer: 'ja', explanation: 'Eigen kamer' },
      criminal_activity: { answer: 'nee' },
    })).toBeNull();
  });

  it('refuse an answer outside the area\'s set, naming the field and what is allowed', () => {
    expect(checkResultAnswers({ work: { answer: 'ja_gelukt' } })).toMatchObject({
      code: 'RESULT_ANSWER_NOT_ALLOWED', status: 400, field: 'answers.work', allowed: ['nee', 'ja'],
    });
    expect(checkResultAnswers({ health: { answer: 'ja' } })).toMatchObject({ code: 'RESULT_ANSWER_NOT_ALLOWED', field: 'answers.health' });
    expect(checkResultAnswers({ criminal_activity: { answer: 'nvt' } })?.field).toBe('answers.criminal_activity');
    expect(checkResultAnswers({ nonsense: { answer: 'ja' } })?.code).toBe('UNKNOWN_RESULT_AREA');
  });

  it('keep only the details that belong with the answer', () => {
    expect(detailsToKeep('work', { answer: 'ja', details: { function: 'Kok-assistent', hoursPerWeek: 32, company: '' } })).toEqual({ function: 'Kok-assistent', hoursPerWeek: 32 });
    // "Nee" to work found: no job details (the reason is the explanation).
    expect(detailsToKeep('work', { answer: 'nee', details: { function: 'Kok-assistent' } })).toBeNull();
    // Another area's details are not this area's.
    expect(detailsToKeep('income', { answer: 'ja', details: { amountPerMonth: 1350, arrangement: 'x' } })).toEqual({ amountPerMonth: 1350 });
    expect(detailsToKeep('employee_skills', { answer: 'ja', details: { skills: [] } })).toBeNull();
    expect(detailsToKeep('health', { answer: 'ja_gelukt', details: { arrangement: 'x' } })).toBeNull();
  });
});
