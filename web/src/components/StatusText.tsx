import type { ReactNode } from 'react';

/** A small status label. Meaning is always in the text; colour only adds to it. */
export function StatusBadge({ tone = 'neutral', children }: { tone?: 'neutral' | 'warning' | 'danger' | 'success'; children: ReactNode }) {
  return <span className={`utrecht-status-badge utrecht-status-badge--${tone} spil-badge spil-badge--${tone}`}>{children}</span>;
}
