import { describe, expect, it } from 'vitest';
import { consentCovers, consentProblem, consentStatus } from './consent-rules.js';

const today = '2026-11-24';
const consent = (over: Partial<Parameters<typeof consentCovers>[0]> = {}) =>
  ({ purpose: 'sales_story', givenOn: '2026-11-01', validUntil: '2027-02-01', withdrawnAt: null, ...over });

describe('consent rules', () => {
  it('refuses an end before the start, a start in the future, an end in the past, and more than 24 months', () => {
    expect(consentProblem({ givenOn: '2026-11-20', validUntil: '2026-11-19' }, today)).toBe('ENDS_BEFORE_START');
    expect(consentProblem({ givenOn: '2026-11-25', validUntil: '2027-01-01' }, today)).toBe('GIVEN_IN_FUTURE');
    expect(consentProblem({ givenOn: '2026-01-01', validUntil: '2026-11-23' }, today)).toBe('ALREADY_ENDED');
    expect(consentProblem({ givenOn: '2026-11-24', validUntil: '2028-11-25' }, today)).toBe('TOO_LONG');
  });

  it('accepts a consent given today for one day, and one of exactly 24 months', () => {
    expect(consentProblem({ givenOn: today, validUntil: today }, today)).toBeNull();
    expect(consentProblem({ givenOn: today, validUntil: '2028-11-24' }, today)).toBeNull();
    // From a leap day: 24 months later is the last day of February.
    expect(consentProblem({ givenOn: '2028-02-29', validUntil: '2030-02-28' }, '2028-03-01')).toBeNull();
    expect(consentProblem({ givenOn: '2028-02-29', validUntil: '2030-03-01' }, '2028-03-01')).toBe('TOO_LONG');
  });

  it('covers its own purpose from the first to the last day, not after, and not once withdrawn', () => {
    expect(consentCovers(consent(), 'sales_story', today)).toBe(true);
    expect(consentCovers(consent(), 'plan', today)).toBe(false);
    expect(consentCovers(consent({ givenOn: today, validUntil: today }), 'sales_story', today)).toBe(true);
    expect(consentCovers(consent({ validUntil: '2026-11-23' }), 'sales_story', today)).toBe(false);
    expect(consentCovers(consent({ givenOn: '2026-11-25' }), 'sales_story', today)).toBe(false);
    expect(consentCovers(consent({ withdrawnAt: new Date('2026-11-23T10:00:00Z') }), 'sales_story', today)).toBe(false);
  });

  it('says whether a consent is active, expired, withdrawn or still to come', () => {
    expect(consentStatus(consent(), today)).toBe('active');
    expect(consentStatus(consent({ validUntil: '2026-11-23' }), today)).toBe('expired');
    expect(consentStatus(consent({ givenOn: '2026-12-01' }), today)).toBe('future');
    expect(consentStatus(consent({ withdrawnAt: new Date() }), today)).toBe('withdrawn');
  });
});
