import { describe, expect, it } from 'vitest';
import { ageOn, amsterdamDate, displayName } from './youth-rules.js';

describe('rules about a youth record', () => {
  it('age turns on the birthday, not the day before', () => {
    expect(ageOn('2008-11-24', '2026-11-23')).toBe(17);
    expect(ageOn('2008-11-23', '2026-11-23')).toBe(18);
    expect(ageOn(null, '2026-11-23')).toBeNull();
  });

  it('"today" is the date in Amsterdam, also just after midnight local time', () => {
    expect(amsterdamDate(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
    expect(amsterdamDate(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(amsterdamDate(new Date('2026-07-01T22:01:00Z'))).toBe('2026-07-02');
  });

  it('shows the nickname when it is all we know', () => {
    expect(displayName({ first_name: null, last_name: null, nickname: 'Dex' })).toBe('Dex');
    expect(displayName({ first_name: 'Jeffrey', last_name: 'Martina', nickname: null })).toBe('Jeffrey Martina');
    expect(displayName({ first_name: 'Jeffrey', last_name: null, nickname: 'Jeff' })).toBe('Jeffrey (Jeff)');
  });
});
