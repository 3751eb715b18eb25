import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';

export interface ConflictRow { key: string; label: string; theirs: string; mine: string }

/**
 * 409 VERSION_CONFLICT: someone else saved first. Nothing was overwritten; the newest version
 * is loaded and shown next to what this user entered, field by field, and the user decides.
 * It takes focus when it appears, so keyboard and screen reader users land on it.
 */
export function ConflictPanel({ rows, busy, onKeepMine, onTakeTheirs }: {
  rows: ConflictRow[]; busy: boolean; onKeepMine: () => void; onTakeTheirs: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => { ref.current?.focus(); }, []);
  const show = (v: string) => v.trim() || t('work.conflict.empty');
  return (
    <div ref={ref} tabIndex={-1} className="spil-work-conflict">
      <Alert type="warning">{t('work.conflict.text')}</Alert>
      {rows.length ? (
        <dl className="spil-work-conflict__rows">
          {rows.map((r) => (
            <div key={r.key} className="spil-work-conflict__row">
              <dt>{r.label}</dt>
              <dd><span className="spil-label">{t('work.conflict.theirs')}: </span>{show(r.theirs)}</dd>
              <dd><span className="spil-label">{t('work.conflict.mine')}: </span>{show(r.mine)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <div className="spil-actions">
        <Button variant="primary" onClick={onKeepMine} busy={busy} disabled={busy}>{t('work.conflict.keepMine')}</Button>
        <Button onClick={onTakeTheirs}>{t('work.conflict.takeTheirs')}</Button>
      </div>
    </div>
  );
}

/**
 * The choice a 409 leaves, for a form whose values have free texts under `texts`: keep my
 * edits on top of the version saved in between (what I did not touch stays theirs), or take
 * theirs. One piece for the employer and the workplace forms.
 */
export function useConflictChoice<T, V extends { texts: Record<string, string> }>(o: {
  base: T | undefined; values: V; setBase: (t: T) => void; setValues: (v: V) => void;
  valuesOf: (t: T) => V; changes: (base: T, v: V) => Record<string, unknown>; textKeys: readonly string[];
  saveOn: (on: T, fields: Record<string, unknown>) => void; onTaken: () => void;
}) {
  const [conflict, setConflict] = useState<T | null>(null);
  const keepMine = () => {
    if (!conflict || !o.base) return;
    const mine = o.changes(o.base, o.values);
    const merged = o.valuesOf(conflict);
    for (const k of Object.keys(mine)) {
      if (o.textKeys.includes(k)) merged.texts[k] = o.values.texts[k]!;
      else (merged as Record<string, unknown>)[k] = (o.values as Record<string, unknown>)[k];
    }
    o.setBase(conflict);
    o.setValues(merged);
    setConflict(null);
    o.saveOn(conflict, mine);
  };
  const takeTheirs = () => {
    if (!conflict) return;
    o.setBase(conflict);
    o.setValues(o.valuesOf(conflict));
    setConflict(null);
    o.onTaken();
  };
  return { conflict, setConflict, keepMine, takeTheirs };
}
