import { useEffect, useRef } from 'react';
import { Alert } from './Alert';
import { Button } from './Button';

/**
 * Someone else saved first (409): say so, and load their version on request — nothing is
 * overwritten. Takes focus when it appears, so a screen reader hears it at once.
 */
export function ConflictNotice({ text, reloadLabel, onReload }: { text: string; reloadLabel: string; onReload: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => { ref.current?.focus(); }, []);
  return (
    <div ref={ref} tabIndex={-1} className="spil-conflict">
      <Alert type="warning">{text}</Alert>
      <Button onClick={onReload}>{reloadLabel}</Button>
    </div>
  );
}
