import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { isApiError, patch, post } from '../../api/client';
import { Alert } from '../../components/Alert';
import { FormActions } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField, Fieldset, RadioGroupField, TextareaField, TextField } from '../../components/FormField';
import { formatCalendarDate } from '../../format/dates';
import { errorsFrom, summaryOf } from '../casework/lists';
import { ConflictPanel, useConflictChoice, type ConflictRow } from './ConflictPanel';
import { pairName, pairSide } from './match-words';
import { todayIso } from './queries';
import { PAIRS, type Pair, type Trait, type Workplace } from './types';

// Workplace quick scan (IPTA ch. 4): the five pairs in the search profile's own terms, then
// atmosphere, tasks and their steps, skills, instruction and leadership, growth, social setting.
const TEXTS = ['atmosphere', 'tasks', 'skillsNeeded', 'instructionStyle', 'growth', 'socialSetting'] as const;
type TextKey = typeof TEXTS[number];
const TEXT_MAX: Record<TextKey, number> = { atmosphere: 2000, tasks: 4000, skillsNeeded: 2000, instructionStyle: 2000, growth: 2000, socialSetting: 2000 };
type Choice = 'first' | 'second' | 'mixed' | 'unknown';

interface Values {
  name: string; openPlaces: string; traits: Record<Pair, Choice>; texts: Record<TextKey, string>; scannedOn: string; active: boolean;
}

const valuesOf = (w?: Workplace): Values => ({
  name: w?.name ?? '', openPlaces: w ? String(w.openPlaces) : '1',
  traits: Object.fromEntries(PAIRS.map((p) => [p, w?.traits[p] ?? 'unknown'])) as Values['traits'],
  texts: Object.fromEntries(TEXTS.map((k) => [k, w?.[k] ?? ''])) as Values['texts'],
  scannedOn: w ? (w.scannedOn ?? '') : todayIso(), active: w?.active ?? true,
});

function bodyOf(v: Values, creating: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {
    name: v.name.trim(), openPlaces: Number(v.openPlaces),
    traits: Object.fromEntries(PAIRS.map((p) => [p, v.traits[p] === 'unknown' ? null : v.traits[p] as Trait])),
    scannedOn: v.scannedOn || null,
  };
  for (const k of TEXTS) {
    const x = v.texts[k].trim();
    if (x || !creating) out[k] = x;
  }
  if (!creating) out.active = v.active;
  return out;
}

function changes(base: Workplace, v: Values): Record<string, unknown> {
  const before = bodyOf(valuesOf(base), false);
  return Object.fromEntries(Object.entries(bodyOf(v, false)).filter(([k, x]) => JSON.stringify(before[k]) !== JSON.stringify(x)));
}

function validate(v: Values, t: TFunction): Record<string, string> {
  const errs: Record<string, string> = {};
  if (!v.name.trim()) errs.name = t('work.workplace.nameRequired');
  else if (v.name.trim().length > 200) errs.name = t('work.form.tooLong', { max: 200 });
  if (!/^\d{1,3}$/.test(v.openPlaces.trim())) errs.openPlaces = t('work.workplace.openPlacesInvalid');
  for (const k of TEXTS) if (v.texts[k].trim().length > TEXT_MAX[k]) errs[k] = t('work.form.tooLong', { max: TEXT_MAX[k] });
  if (v.scannedOn && v.scannedOn > todayIso()) errs.scannedOn = t('work.workplace.scannedOnInvalid');
  return errs;
}

/** What a workplace is of one pair, in words: "Druk", "Allebei", "Weet ik niet". */
export function traitLabel(t: TFunction, pair: Pair, trait: Trait | undefined): string {
  if (trait === 'first' || trait === 'second') return pairSide(t, pair, trait);
  return trait === 'mixed' ? t('work.workplace.mixed') : t('work.workplace.unknown');
}

/** Add a workplace with its quick scan to an employer, or change one (with the version it was opened on). */
export function WorkplaceForm({ employerId, workplace, onDone, onCancel }: {
  employerId: string; workplace?: Workplace; onDone: (saved: Workplace, message: string) => void; onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [id] = useState(() => crypto.randomUUID());
  const [base, setBase] = useState<Workplace | undefined>(workplace);
  const [v, setV] = useState<Values>(() => valuesOf(workplace));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const labels: Record<string, string> = {
    name: t('work.workplace.name'), openPlaces: t('work.workplace.openPlaces'), scannedOn: t('work.workplace.scannedOn'),
    traits: t('work.workplace.traits'), active: t('work.workplace.active'),
    ...Object.fromEntries(TEXTS.map((k) => [k, t(`work.workplace.${k}`)])),
  };

  const save = useMutation({
    mutationFn: (req: { on?: Workplace; fields: Record<string, unknown> }) => (req.on
      ? patch<Workplace>(`/api/workplaces/${req.on.id}`, { version: req.on.version, ...req.fields })
      : post<Workplace>(`/api/employers/${employerId}/workplaces`, { id, ...req.fields })),
    onSuccess: (saved) => onDone(saved, base ? t('work.workplace.saved', { name: saved.name }) : t('work.workplace.added', { name: saved.name })),
    onError: (e) => {
      if (isApiError(e, 'VERSION_CONFLICT')) {
        setErrors({});
        setConflict((e.details as { current?: Workplace } | null)?.current ?? null);
        return;
      }
      setErrors(errorsFrom(e, t));
    },
  });

  const { conflict, setConflict, keepMine, takeTheirs } = useConflictChoice<Workplace, Values>({
    base, values: v, setBase, setValues: setV, valuesOf, changes, textKeys: TEXTS,
    saveOn: (on, fields) => save.mutate({ on, fields }), onTaken: () => setNotice(t('work.conflict.taken')),
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs = validate(v, t);
    setErrors(errs);
    setNotice(null);
    if (Object.keys(errs).length) return;
    if (base && !Object.keys(changes(base, v)).length) { onDone(base, t('work.form.noChange')); return; }
    save.mutate(base ? { on: base, fields: changes(base, v) } : { fields: bodyOf(v, true) });
  };


  /** The fields I changed that someone else saved differently in between. */
  const conflictRows = (): ConflictRow[] => {
    if (!conflict || !base) return [];
    const theirs = valuesOf(conflict);
    const show = (x: Values, k: string): string => {
      if (k === 'traits') return PAIRS.map((p) => `${pairName(t, p)}: ${traitLabel(t, p, x.traits[p] === 'unknown' ? null : x.traits[p])}`).join('; ');
      if (k === 'active') return x.active ? t('work.yes') : t('work.no');
      if (k === 'scannedOn') return formatCalendarDate(x.scannedOn);
      if ((TEXTS as readonly string[]).includes(k)) return x.texts[k as TextKey];
      return String(x[k as 'name']);
    };
    const clash = changes(conflict, v);
    return Object.keys(changes(base, v)).filter((k) => k in clash)
      .map((k) => ({ key: k, label: labels[k] ?? k, theirs: show(theirs, k), mine: show(v, k) }));
  };

  const choices = (pair: Pair) => [
    { value: 'first', label: pairSide(t, pair, 'first') },
    { value: 'second', label: pairSide(t, pair, 'second') },
    { value: 'mixed', label: t('work.workplace.mixed') },
    { value: 'unknown', label: t('work.workplace.unknown') },
  ];

  return (
    <form onSubmit={onSubmit} noValidate>
      {conflict ? (
        <ConflictPanel rows={conflictRows()} busy={save.isPending} onKeepMine={keepMine} onTakeTheirs={takeTheirs} />
      ) : null}
      {notice ? <Alert type="info">{notice}</Alert> : null}
      <ErrorSummary errors={summaryOf(errors, labels)} />
      <TextField name="name" label={labels.name!} description={t('work.workplace.nameHelp')} value={v.name} required autoComplete="off"
        onChange={(x) => setV((o) => ({ ...o, name: x }))} error={errors.name} />
      <TextField name="openPlaces" label={labels.openPlaces!} description={t('work.workplace.openPlacesHelp')} value={v.openPlaces} required
        inputMode="numeric" className="spil-work-number" onChange={(x) => setV((o) => ({ ...o, openPlaces: x }))} error={errors.openPlaces} />

      <Fieldset legend={labels.traits} description={t('work.workplace.traitsHelp')} id="field-traits">
        <div className="spil-work-pairs">
          {PAIRS.map((pair) => (
            <RadioGroupField key={pair} name={`traits-${pair}`} legend={pairName(t, pair)} value={v.traits[pair]} options={choices(pair)}
              onChange={(x) => setV((o) => ({ ...o, traits: { ...o.traits, [pair]: x as Choice } }))} />
          ))}
        </div>
      </Fieldset>

      <Fieldset legend={t('work.workplace.scan')}>
        {TEXTS.map((k) => (
          <TextareaField key={k} name={k} label={labels[k]!} rows={3} value={v.texts[k]} error={errors[k]}
            onChange={(x) => setV((o) => ({ ...o, texts: { ...o.texts, [k]: x } }))} />
        ))}
        <TextField name="scannedOn" type="date" label={labels.scannedOn!} value={v.scannedOn} error={errors.scannedOn}
          className="spil-work-date" onChange={(x) => setV((o) => ({ ...o, scannedOn: x }))} />
      </Fieldset>
      {base ? (
        <CheckboxField name="active" label={labels.active} description={t('work.workplace.activeHelp')} checked={v.active}
          onChange={(x) => setV((o) => ({ ...o, active: x }))} />
      ) : null}
      <FormActions busy={save.isPending} label={t('work.workplace.save')} onCancel={onCancel} />
    </form>
  );
}
