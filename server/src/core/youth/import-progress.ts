/**
 * A recorded import's state as its page shows it. Its batches run in the server process that
 * started it, each within a second or two; an import still 'running' in its row without
 * progress for this long lost its server (a restart) and will not finish by itself.
 */
export const IMPORT_STALL_MINUTES = 10;

export type ImportState = 'running' | 'done' | 'failed' | 'interrupted';

export function importState(status: 'running' | 'done' | 'failed', progressAt: Date, now: Date): ImportState {
  if (status !== 'running') return status;
  return now.getTime() - progressAt.getTime() > IMPORT_STALL_MINUTES * 60_000 ? 'interrupted' : 'running';
}
