import { describe, expect, it } from 'vitest';
import { planTransition } from './transitions.js';

const phases = [{ id: 'p1', position: 1 }, { id: 'p2', position: 2 }, { id: 'p3', position: 3 }, { id: 'p4', position: 4 }];
const at = (position: number, status: 'active' | 'paused' | 'closed' = 'active') => ({ status, currentPosition: position });

describe('planning a step in the trajectory', () => {
  it('forward goes to the next phase, back to the previous', () => {
    expect(planTransition(at(1), phases, { kind: 'forward', reason: 'ok' }).toPhase?.id).toBe('p2');
    expect(planTransition(at(3), phases, { kind: 'back', reason: 'terugval' }).toPhase?.id).toBe('p2');
  });

  it('may skip to a named phase in the right direction only', () => {
    expect(planTransition(at(1), phases, { kind: 'forward', toPhaseId: 'p3', reason: 'snel' }).toPhase?.id).toBe('p3');
    expect(() => planTransition(at(3), phases, { kind: 'forward', toPhaseId: 'p2', reason: 'x' })).toThrow(expect.objectContaining({ code: 'WRONG_DIRECTION' }));
    expect(() => planTransition(at(2), phases, { kind: 'back', toPhaseId: 'p2', reason: 'x' })).toThrow(expect.objectContaining({ code: 'WRONG_DIRECTION' }));
  });

  it('has no phase after the last and none before the first', () => {
    expect(() => planTransition(at(4), phases, { kind: 'forward', reason: 'x' })).toThrow(expect.objectContaining({ code: 'NO_SUCH_PHASE' }));
    expect(() => planTransition(at(1), phases, { kind: 'back', reason: 'x' })).toThrow(expect.objectContaining({ code: 'NO_SUCH_PHASE' }));
  });

  it('always wants a reason', () => {
    expect(() => planTransition(at(1), phases, { kind: 'pause', reason: ' ' })).toThrow(expect.objectContaining({ code: 'REASON_REQUIRED' }));
  });

  it('pauses and resumes, and does not move phases while paused', () => {
    expect(planTransition(at(2), phases, { kind: 'pause', reason: 'vakantie' })).toEqual({ status: 'paused', toPhase: null });
    expect(() => planTransition(at(2, 'paused'), phases, { kind: 'pause', reason: 'x' })).toThrow(expect.objectContaining({ code: 'TRAJECTORY_PAUSED' }));
    expect(() => planTransition(at(2, 'paused'), phases, { kind: 'forward', reason: 'x' })).toThrow(expect.objectContaining({ code: 'TRAJECTORY_PAUSED' }));
    expect(planTransition(at(2, 'paused'), phases, { kind: 'resume', reason: 'terug' }).status).toBe('active');
    expect(() => planTransition(at(2), phases, { kind: 'resume', reason: 'x' })).toThrow(expect.objectContaining({ code: 'TRAJECTORY_NOT_PAUSED' }));
  });

  it('closes only with a closing reason, and a closed trajectory takes no more steps', () => {
    expect(() => planTransition(at(2), phases, { kind: 'close', reason: 'klaar' })).toThrow(expect.objectContaining({ code: 'CLOSING_REASON_REQUIRED' }));
    expect(planTransition(at(2, 'paused'), phases, { kind: 'close', reason: 'klaar', closingReason: 'regulier_werk' }).status).toBe('closed');
    expect(() => planTransition(at(2, 'closed'), phases, { kind: 'forward', reason: 'x' })).toThrow(expect.objectContaining({ code: 'TRAJECTORY_CLOSED' }));
  });
});
