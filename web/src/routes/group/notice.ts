/**
 * A message for the next page (the group page after "Groep maken"): the dialog closes, the
 * browser moves on, and the page that opens says what was saved.
 */
let pending: { id: string; message: string } | null = null;

export function handOverNotice(id: string, message: string) { pending = { id, message }; }

/** Read in render, which React may run and throw away (a lazy page): it stays until cleared. */
export function handedOverNotice(id: string): string | null {
  return pending?.id === id ? pending.message : null;
}

/** Cleared once the page that shows it is on screen (in an effect, which only a kept render runs). */
export function clearHandedOverNotice() { pending = null; }
