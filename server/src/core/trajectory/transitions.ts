import { AppError } from '../../platform/errors.js';

/**
 * What may happen to a trajectory, as a pure function of its state. Youth drop out and come
 * back ("twee stappen vooruit, één achteruit"): phases can be revisited, a trajectory paused,
 * closed and reopened. Every change needs a reason a colleague can read later.
 */
export type TransitionKind = 'forward' | 'back' | 'pause' | 'resume' | 'close';

export interface TrajectoryState {
  status: 'active' | 'paused' | 'closed';
  currentPosition: number;
}

export interface PhaseRef { id: string; position: number }

export interface TransitionRequest {
  kind: TransitionKind;
  /** For forward/back: the phase to go to; defaults to the next or previous one. */
  toPhaseId?: string | undefined;
  reason?: string | undefined;
  closingReason?: string | undefined;
}

export interface TransitionOutcome {
  status: 'active' | 'paused' | 'closed';
  toPhase: PhaseRef | null;
}

export function planTransition(state: TrajectoryState, phases: PhaseRef[], req: TransitionRequest): TransitionOutcome {
  const ordered = [...phases].sort((a, b) => a.position - b.position);
  const reason = req.reason?.trim();
  if (!reason) {
    throw new AppError('REASON_REQUIRED', 400, 'Geef een reden op, zodat een collega later begrijpt waarom.', { field: 'reason' });
  }
  if (state.status === 'closed') {
    throw new AppError('TRAJECTORY_CLOSED', 409, 'Dit traject is afgesloten. Heropen het om verder te gaan.');
  }
  switch (req.kind) {
    case 'pause':
      if (state.status === 'paused') throw new AppError('TRAJECTORY_PAUSED', 409, 'Dit traject staat al in de pauze.');
      return { status: 'paused', toPhase: null };
    case 'resume':
      if (state.status !== 'paused') throw new AppError('TRAJECTORY_NOT_PAUSED', 409, 'Dit traject staat niet in de pauze.');
      return { status: 'active', toPhase: null };
    case 'close':
      if (!req.closingReason) {
        throw new AppError('CLOSING_REASON_REQUIRED', 400, 'Kies een reden van afsluiten.', { field: 'closingReason' });
      }
      return { status: 'closed', toPhase: null };
    case 'forward':
    case 'back': {
      if (state.status === 'paused') {
        throw new AppError('TRAJECTORY_PAUSED', 409, 'Dit traject staat in de pauze. Hervat het eerst.');
      }
      const target = req.toPhaseId
        ? ordered.find((p) => p.id === req.toPhaseId)
        : req.kind === 'forward'
          ? ordered.find((p) => p.position > state.currentPosition)
          : [...ordered].reverse().find((p) => p.position < state.currentPosition);
      if (!target) {
        throw new AppError(
          'NO_SUCH_PHASE', 409,
          req.kind === 'forward' ? 'Er is geen volgende fase. Sluit het traject af als het klaar is.' : 'Er is geen eerdere fase.',
        );
      }
      const rightDirection = req.kind === 'forward' ? target.position > state.currentPosition : target.position < state.currentPosition;
      if (!rightDirection) {
        throw new AppError('WRONG_DIRECTION', 400, req.kind === 'forward'
          ? 'Die fase ligt niet verder dan de huidige fase.'
          : 'Die fase ligt niet vóór de huidige fase.', { field: 'toPhaseId' });
      }
      return { status: 'active', toPhase: target };
    }
  }
}
