import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfig } from '../../auth/session';
import { Button, FormActions } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField, Fieldset, RadioGroupField, TextareaField, TextField } from '../../components/FormField';
import { Heading } from '../../components/Heading';
import { amsterdamToday, formatCalendarDate } from '../../format/dates';
import { summaryOf, useClosingSave } from './queries';
import type { DetailKey, GivenAnswer, ResultArea, ResultAnswer, ResultMeasurement, ResultMoment } from './types';

interface AreaValue { answer: ResultAnswer | ''; explanation: string; function: string; company: string; hoursPerWeek: string; amountPerMonth: string; arrangement: string; skills: string[] }

const empty: AreaValue = { answer: '', explanation: '', function: '', company: '', hoursPerWeek: '', amountPerMonth: '', arrangement: '', skills: [] };

const valueOf = (a: GivenAnswer | undefined): AreaValue => a ? {
  answer: a.answer, explanation: a.explanation ?? '',
  function: String(a.details?.function ?? ''), company: String(a.details?.company ?? ''),
  hoursPerWeek: a.details?.hoursPerWeek == null ? '' : String(a.details.hoursPerWeek),
  amountPerMonth: a.details?.amountPerMonth == null ? '' : String(a.details.amountPerMonth),
  arrangement: String(a.details?.arrangement ?? ''), skills: Array.isArray(a.details?.skills) ? a.details.skills as string[] : [],
} : { ...empty };

/** The tenant's basic employee competencies (the config carries every option list). */
function useCompetencies(): { key: string; label: string }[] {
  const config = useConfig();
  return (config.data?.lists as Record<string, { key: string; label: string }[] | undefined> | undefined)?.employee_competency ?? [];
}

/**
 * A number as a Dutch coach types it: '1.350' and '€ 1.350,50' are thousands with a decimal
 * comma, '32,5' is a decimal. Empty: null; anything else NaN (the form says so at the field).
 */
export function parseDutchNumber(s: string): number | null {
  const v = s.replace(/[€\s\u00a0]/g, '');
  if (!v) return null;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(v)) return Number(v.replace(/\./g, '').replace(',', '.'));
  if (/^\d+([.,]\d+)?$/.test(v)) return Number(v.replace(',', '.'));
  return Number.NaN;
}

/** The details the area asks for with this answer; the rest is left out. */
function detailsBody(area: ResultArea, v: AreaValue) {
  if (!v.answer || !area.detailsWith.includes(v.answer)) return undefined;
  const d: Partial<Record<DetailKey, unknown>> = {};
  for (const k of area.details) {
    if (k === 'hoursPerWeek' || k === 'amountPerMonth') d[k] = parseDutchNumber(v[k]);
    else if (k === 'skills') d.skills = v.skills;
    else d[k] = v[k].trim() || null;
  }
  return d;
}

/**
 * The result measurement laid out as the Bijlage 5 form: per result area a fieldset with only
 * the answers its row allows, its details and an explanation.
 */
export function ResultMeasurementForm({ trajectoryId, youthId, areas, moment, measurement, onDone, onCancel }: {
  trajectoryId: string; youthId: string; areas: ResultArea[]; moment: ResultMoment; measurement?: ResultMeasurement;
  onDone: () => void; onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [id] = useState(() => crypto.randomUUID());
  const [measuredOn, setMeasuredOn] = useState(measurement?.measuredOn ?? amsterdamToday());
  const [note, setNote] = useState(measurement?.note ?? '');
  const [values, setValues] = useState<Record<string, AreaValue>>(() => Object.fromEntries(areas.map((a) => [a.key, valueOf(measurement?.answers[a.key])])));
  const path = measurement ? `/api/trajectories/${trajectoryId}/result-measurements/${measurement.id}` : `/api/trajectories/${trajectoryId}/result-measurements`;
  const s = useClosingSave<object>(trajectoryId, youthId, measurement ? 'PATCH' : 'POST', path, onDone);
  const set = (key: string, patch: Partial<AreaValue>) => setValues((old) => ({ ...old, [key]: { ...old[key]!, ...patch } }));
  const prefix = 'rm-';
  const labels: Record<string, string> = {
    measuredOn: t('closing.result.measuredOn'), note: t('closing.result.note'), moment: t('closing.result.moment'),
    ...Object.fromEntries(areas.flatMap((a) => {
      const question = t(`closing.areas.${a.key}`, { defaultValue: a.label });
      return [
        [`answers.${a.key}`, question],
        [`answers.${a.key}.explanation`, `${question} ${t('closing.result.explanation')}`],
        ...a.details.map((d) => [`answers.${a.key}.${d}`, `${question} ${t(`closing.details.${d}`)}`]),
      ];
    })),
  };
  const competencies = useCompetencies();

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    // Every question needs an answer (the form is saved whole), and a number the form cannot
    // read is said at its field, not sent as nothing: all of it at once, before anything is sent.
    const errs: Record<string, string> = {};
    for (const a of areas) {
      const v = values[a.key]!;
      if (!v.answer) errs[`answers.${a.key}`] = t('closing.result.answerRequired');
      if (!v.answer || !a.detailsWith.includes(v.answer)) continue;
      if (a.details.includes('hoursPerWeek') && Number.isNaN(parseDutchNumber(v.hoursPerWeek))) errs[`answers.${a.key}.hoursPerWeek`] = t('closing.details.hoursInvalid');
      if (a.details.includes('amountPerMonth') && Number.isNaN(parseDutchNumber(v.amountPerMonth))) errs[`answers.${a.key}.amountPerMonth`] = t('closing.details.amountInvalid');
    }
    s.setErrors(errs);
    if (Object.keys(errs).length) return;
    const answers = Object.fromEntries(areas.map((a) => {
      const v = values[a.key]!;
      return [a.key, { answer: v.answer, explanation: v.explanation.trim() || null, ...(a.details.length ? { details: detailsBody(a, v) ?? null } : {}) }];
    }));
    const body = { measuredOn, note: note.trim() || null, answers };
    s.save(measurement ? { version: measurement.version, ...body } : { id, moment, ...body });
  };

  return (
    <form onSubmit={onSubmit} noValidate className="spil-closing-form">
      <Heading level={3}>{t(`closing.moments.${moment}`)}</Heading>
      <ErrorSummary errors={summaryOf(s.errors, labels, prefix)} />
      {s.stale ? <p><Button onClick={() => void s.reload().then(onCancel)}>{t('closing.reloadLatest')}</Button></p> : null}
      <p className="utrecht-paragraph">{t('closing.result.formIntro', { count: areas.length })}</p>
      <TextField name={`${prefix}measuredOn`} type="date" label={labels.measuredOn!} value={measuredOn} onChange={setMeasuredOn} error={s.errors.measuredOn} required />
      {areas.map((a, i) => {
        const v = values[a.key]!;
        const withDetails = v.answer !== '' && a.detailsWith.includes(v.answer);
        const f = (k: string) => `${prefix}${a.key}-${k}`;
        const err = (k: string) => s.errors[`answers.${a.key}.${k}`];
        return (
          <Fieldset key={a.key} legend={`${i + 1}. ${labels[`answers.${a.key}`]}`} id={`area-${a.key}`}>
            <RadioGroupField name={`${prefix}${a.key}`} legend={t('closing.result.answer')} value={v.answer} onChange={(x) => set(a.key, { answer: x as ResultAnswer })}
              error={s.errors[`answers.${a.key}`]} options={a.answers.map((x) => ({ value: x, label: t(`closing.answers.${x}`) }))} />
            {withDetails && a.details.includes('function') ? (
              <>
                <TextField name={f('function')} label={t('closing.details.function')} value={v.function} onChange={(x) => set(a.key, { function: x })} error={err('function')} />
                <TextField name={f('company')} label={t('closing.details.company')} value={v.company} onChange={(x) => set(a.key, { company: x })} error={err('company')} />
                <TextField name={f('hoursPerWeek')} label={t('closing.details.hoursPerWeek')} inputMode="numeric" value={v.hoursPerWeek} onChange={(x) => set(a.key, { hoursPerWeek: x })} error={err('hoursPerWeek')} className="spil-closing-short" />
              </>
            ) : null}
            {withDetails && a.details.includes('amountPerMonth') ? (
              <TextField name={f('amountPerMonth')} label={t('closing.details.amountPerMonth')} description={t('closing.details.amountHelp')} inputMode="numeric" value={v.amountPerMonth} onChange={(x) => set(a.key, { amountPerMonth: x })} error={err('amountPerMonth')} className="spil-closing-short" />
            ) : null}
            {withDetails && a.details.includes('arrangement') ? (
              <TextField name={f('arrangement')} label={t('closing.details.arrangement')} value={v.arrangement} onChange={(x) => set(a.key, { arrangement: x })} error={err('arrangement')} />
            ) : null}
            {withDetails && a.details.includes('skills') ? (
              <Fieldset legend={t('closing.details.skills')} id={`field-${f('skills')}`}>
                {err('skills') ? <p className="utrecht-form-field-error-message">{err('skills')}</p> : null}
                {competencies.map((c) => (
                  <CheckboxField key={c.key} name={f(`skill-${c.key}`)} label={c.label} checked={v.skills.includes(c.key)}
                    onChange={(on) => set(a.key, { skills: on ? [...v.skills, c.key] : v.skills.filter((k) => k !== c.key) })} />
                ))}
              </Fieldset>
            ) : null}
            <TextareaField name={f('explanation')} label={t('closing.result.explanation')} value={v.explanation} onChange={(x) => set(a.key, { explanation: x })} error={err('explanation')} rows={2} />
          </Fieldset>
        );
      })}
      <TextareaField name={`${prefix}note`} label={labels.note!} value={note} onChange={setNote} error={s.errors.note} rows={3} />
      <FormActions busy={s.busy} label={t('closing.result.save')} onCancel={onCancel} />
    </form>
  );
}

/** A saved measurement, readable: per area the answer, its details and the explanation. */
export function ResultSummary({ measurement: m, areas }: { measurement: ResultMeasurement; areas: ResultArea[] }) {
  const { t } = useTranslation();
  const competencies = useCompetencies();
  const skill = (k: string) => competencies.find((c) => c.key === k)?.label ?? k;
  const detailText = (a: GivenAnswer) => {
    const d = a.details ?? {};
    const parts: string[] = [];
    if (d.function) parts.push(String(d.function));
    if (d.company) parts.push(t('closing.summary.at', { company: String(d.company) }));
    if (d.hoursPerWeek != null) parts.push(t('closing.summary.hours', { count: Number(d.hoursPerWeek) }));
    if (d.amountPerMonth != null) parts.push(t('closing.summary.amount', { amount: new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(Number(d.amountPerMonth)) }));
    if (d.arrangement) parts.push(String(d.arrangement));
    if (Array.isArray(d.skills) && d.skills.length) parts.push((d.skills as string[]).map(skill).join(', '));
    return parts.join(' · ');
  };
  return (
    <>
      <p className="utrecht-paragraph spil-muted">{t('closing.summary.measured', { date: formatCalendarDate(m.measuredOn), name: m.author.name })}</p>
      <dl className="spil-facts spil-facts--wide spil-closing-summary">
        {areas.map((a) => {
          const given = m.answers[a.key];
          const extra = given ? detailText(given) : '';
          return (
            <div className="spil-facts__row" key={a.key}>
              <dt>{t(`closing.areas.${a.key}`, { defaultValue: a.label })}</dt>
              <dd>
                <strong>{given ? t(`closing.answers.${given.answer}`) : t('closing.summary.notAnswered')}</strong>
                {extra ? <> — {extra}</> : null}
                {given?.explanation ? <span className="spil-closing-summary__why">{given.explanation}</span> : null}
              </dd>
            </div>
          );
        })}
      </dl>
      {m.note ? <p className="utrecht-paragraph">{m.note}</p> : null}
    </>
  );
}

