import type { TFunction } from 'i18next';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RadioGroupField, TextareaField, TextField } from '../../components/FormField';
import { errorsFrom, summaryOf } from '../casework/lists';
import type { Assessment, LifeDomain, Moment } from './types';

export const MOMENTS: Moment[] = ['baseline', 'interim', 'closing'];

/** Today in Amsterdam as YYYY-MM-DD: the default date of an assessment and the limit (no future dates). */
export function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** +2, −1, 0: a change in score as people write it (with a real minus sign). */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0';
}

/**
 * Field errors from a failed save. Besides the validation errors, the server names the field
 * of a rule it refuses (IN_FUTURE on assessedOn, UNKNOWN_DOMAIN on scores).
 */
export function saveErrors(e: unknown, t: TFunction): Record<string, string> {
  const field = e instanceof ApiError ? (e.details as { field?: unknown } | null)?.field : undefined;
  if (e instanceof ApiError && typeof field === 'string' && e.message) return { [field]: e.message };
  return errorsFrom(e, t);
}

export interface AssessmentInput {
  assessedOn: string; moment: Moment; note?: string;
  scores: { domainKey: string; score: number; note?: string }[];
}

/**
 * Scoring the life domains: per domain a radio group 1–5 in which every option carries the
 * tenant's description of that level, so the coach reads what a score means; unscored domains
 * are allowed, at least one is needed. Used for a new assessment and for correcting one.
 */
export function AssessmentForm({ prefix, domains, initial, submitLabel, busy, serverErrors, onSubmit, onCancel }: {
  prefix: string; domains: LifeDomain[]; initial: { assessedOn: string; moment: Moment; note: string | null; scores: Assessment['scores'] };
  submitLabel: string; busy: boolean; serverErrors: Record<string, string>;
  onSubmit: (input: AssessmentInput) => void; onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [assessedOn, setAssessedOn] = useState(initial.assessedOn);
  const [moment, setMoment] = useState<Moment>(initial.moment);
  const [note, setNote] = useState(initial.note ?? '');
  const [scores, setScores] = useState<Record<string, string>>(() => Object.fromEntries(initial.scores.map((s) => [s.domainKey, String(s.score)])));
  const [notes, setNotes] = useState<Record<string, string>>(() => Object.fromEntries(initial.scores.map((s) => [s.domainKey, s.note ?? ''])));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const name = (field: string) => `${prefix}-${field}`;
  const firstDomain = domains[0]?.key ?? '';
  // The error summary links to the field's id: the form's own names carry the prefix.
  const shown = { ...errors, ...serverErrors };
  const keyed = Object.fromEntries(Object.entries(shown).map(([k, v]) => [
    k === '_form' ? k : k === 'scores' ? name(`score-${firstDomain}`) : name(k), v,
  ]));
  const labels: Record<string, string> = {
    [name('assessedOn')]: t('assessment.assessedOn'), [name('moment')]: t('assessment.moment'), [name('note')]: t('assessment.note'),
    [name(`score-${firstDomain}`)]: t('assessment.scores'),
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(assessedOn)) errs.assessedOn = t('assessment.dateRequired');
    else if (assessedOn > todayIso()) errs.assessedOn = t('assessment.dateInFuture');
    const scored = domains.filter((d) => scores[d.key]);
    if (!scored.length) errs.scores = t('assessment.scoreOne');
    setErrors(errs);
    if (Object.keys(errs).length) return;
    onSubmit({
      assessedOn, moment, ...(note.trim() ? { note: note.trim() } : {}),
      scores: scored.map((d) => ({
        domainKey: d.key, score: Number(scores[d.key]),
        ...(notes[d.key]?.trim() ? { note: notes[d.key]!.trim() } : {}),
      })),
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={summaryOf(keyed, labels)} />
      <TextField name={name('assessedOn')} type="date" label={t('assessment.assessedOn')} value={assessedOn} onChange={setAssessedOn}
        error={shown.assessedOn} required className="spil-input-short" />
      <RadioGroupField name={name('moment')} legend={t('assessment.moment')} value={moment} onChange={(v) => setMoment(v as Moment)}
        error={shown.moment} options={MOMENTS.map((m) => ({ value: m, label: t(`assessment.moments.${m}`) }))} />
      <p className="utrecht-paragraph">{t('assessment.scoreHelp')}</p>
      {domains.map((d, i) => (
        <div key={d.key} className="spil-scout">
          <RadioGroupField name={name(`score-${d.key}`)} legend={d.label} value={scores[d.key] ?? ''}
            error={i === 0 ? shown.scores : undefined}
            onChange={(v) => setScores((s) => ({ ...s, [d.key]: v }))}
            options={[
              ...d.levels.map((level, n) => ({ value: String(n + 1), label: t('assessment.level', { score: n + 1, text: level }) })),
              { value: '', label: t('assessment.notScored') },
            ]} />
          <TextField name={name(`note-${d.key}`)} label={t('assessment.domainNote', { domain: d.label })} value={notes[d.key] ?? ''}
            onChange={(v) => setNotes((n) => ({ ...n, [d.key]: v }))} />
        </div>
      ))}
      <TextareaField name={name('note')} label={t('assessment.note')} value={note} onChange={setNote} error={shown.note} rows={3} />
      <div className="spil-actions">
        <Button type="submit" variant="primary" busy={busy} disabled={busy}>{submitLabel}</Button>
        <Button variant="subtle" onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
