import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldId, TextareaField, TextField } from '../../components/FormField';
import { summaryOf } from './queries';
import { RATING_SYMBOL, useCompetencyLabel } from './rating-words';
import { RATINGS, type Competency, type Rating, type WeekBody, type WeeklyForm } from './types';

/**
 * The ten basic employee competencies for one week (IPTA ch. 5): per competency four large
 * choices — seen, partly, not yet, not applicable — and an optional note; the supervisor's
 * name and a note on the week. The supervisor's link and the coach use this same form.
 * Every competency gets an answer ("n.v.t." is one), so a week is never half a picture.
 */
export function WeekRatingsForm({ prefix, competencies, weekStart, initial, defaultName, nameLabel, nameHelp, submitLabel, busy, serverErrors, extraLabels, onSubmit, onCancel, top }: {
  prefix: string; competencies: Competency[]; weekStart: string; initial: WeeklyForm | null; defaultName: string;
  nameLabel: string; nameHelp?: string; submitLabel: string; busy: boolean; serverErrors: Record<string, string>;
  /** Labels of fields outside this form that a server error may point at (the week choice). */
  extraLabels?: Record<string, string>;
  onSubmit: (body: WeekBody) => void; onCancel?: () => void; top?: ReactNode;
}) {
  const { t } = useTranslation();
  const labelOf = useCompetencyLabel();
  const [ratings, setRatings] = useState<Record<string, Rating | ''>>(() =>
    Object.fromEntries(competencies.map((c) => [c.key, initial?.ratings[c.key]?.rating ?? ''])));
  const [notes, setNotes] = useState<Record<string, string>>(() =>
    Object.fromEntries(competencies.map((c) => [c.key, initial?.ratings[c.key]?.note ?? ''])));
  const [name, setName] = useState(initial?.supervisorName || defaultName);
  const [note, setNote] = useState(initial?.note ?? '');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const errors = { ...serverErrors, ...clientErrors };

  const labels: Record<string, string> = { supervisorName: nameLabel, note: t('placement.weekForm.note'), ...extraLabels };
  for (const c of competencies) labels[`rating-${c.key}`] = labelOf(c);
  // Server errors on the ratings as a whole have no one field: show them at the top.
  const shown = Object.fromEntries(Object.entries(errors).map(([k, v]) => (k === 'ratings' ? ['_form', v] : [k, v])));
  const summary = summaryOf(shown, labels, prefix);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!name.trim()) errs.supervisorName = t('placement.weekForm.nameRequired');
    for (const c of competencies) if (!ratings[c.key]) errs[`rating-${c.key}`] = t('placement.weekForm.ratingRequired', { name: labelOf(c) });
    setClientErrors(errs);
    if (Object.keys(errs).length) return;
    const body: WeekBody = {
      weekStart, supervisorName: name.trim(),
      ratings: Object.fromEntries(competencies.map((c) => {
        const n = notes[c.key]?.trim();
        return [c.key, { rating: ratings[c.key] as Rating, ...(n ? { note: n } : {}) }];
      })),
      ...(note.trim() ? { note: note.trim() } : {}),
    };
    onSubmit(body);
  };

  return (
    <form onSubmit={submit} noValidate className="spil-weekform">
      {top}
      <ErrorSummary errors={summary} />
      <TextField name={`${prefix}supervisorName`} label={nameLabel} description={nameHelp} value={name} onChange={setName}
        error={errors.supervisorName} required autoComplete="name" />
      <p className="utrecht-paragraph spil-weekform__legend" aria-hidden="true">
        {RATINGS.map((r) => `${RATING_SYMBOL[r]} ${t(`placement.rating.${r}`)}`).join(' · ')}
      </p>
      <ol className="spil-weekform__list">
        {competencies.map((c, i) => {
          const label = labelOf(c);
          const key = `rating-${c.key}`;
          const error = errors[key];
          const errorId = `${fieldId(prefix + key)}-error`;
          return (
            <li key={c.key} className="spil-weekform__item">
              <fieldset className={`spil-rate${error ? ' spil-rate--invalid' : ''}`} aria-describedby={error ? errorId : undefined}>
                <legend className="spil-rate__legend">
                  <span className="spil-rate__number" aria-hidden="true">{i + 1}.</span> {label}
                </legend>
                {error ? <p className="utrecht-form-field-error-message spil-rate__error" id={errorId}>{error}</p> : null}
                <div className="spil-rate__choices">
                  {RATINGS.map((r, j) => (
                    <label key={r} className="spil-rate__choice">
                      <input type="radio" className="spil-rate__input" name={`${prefix}${key}`} value={r}
                        id={j === 0 ? fieldId(prefix + key) : undefined}
                        checked={ratings[c.key] === r} onChange={() => setRatings((o) => ({ ...o, [c.key]: r }))} />
                      <span className="spil-rate__symbol" aria-hidden="true">{RATING_SYMBOL[r]}</span>
                      <span className="spil-rate__word">{t(`placement.ratingChoice.${r}`)}</span>
                    </label>
                  ))}
                </div>
                <details className="spil-rate__note" open={Boolean(initial?.ratings[c.key]?.note) || undefined}>
                  <summary>
                    {t('placement.weekForm.addNote')}
                    <span className="spil-visually-hidden"> {t('placement.weekForm.noteFor', { name: label })}</span>
                  </summary>
                  <TextareaField name={`${prefix}note-${c.key}`} label={t('placement.weekForm.noteFor', { name: label })} rows={2}
                    value={notes[c.key] ?? ''} onChange={(v) => setNotes((o) => ({ ...o, [c.key]: v }))} />
                </details>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <TextareaField name={`${prefix}note`} label={t('placement.weekForm.note')} description={t('placement.weekForm.noteHelp')} rows={3}
        value={note} onChange={setNote} error={errors.note} />
      <div className="spil-actions spil-weekform__actions">
        <Button type="submit" variant="primary" busy={busy} disabled={busy}>{submitLabel}</Button>
        {onCancel ? <Button variant="subtle" onClick={onCancel}>{t('common.cancel')}</Button> : null}
      </div>
    </form>
  );
}
