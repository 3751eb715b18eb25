import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, patch, post } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Button, FormActions } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField, Fieldset, SelectField, TextareaField, TextField } from '../../components/FormField';
import { Paragraph } from '../../components/Heading';
import { amsterdamToday, formatCalendarDate } from '../../format/dates';
import { errorsOf, summaryOf, useEmployerChoices, useEmployerWorkplaces, useRefreshPlacements } from './queries';
import {
  AGREEMENT_KEYS, END_REASONS, PLACEMENT_KINDS, SUBSIDIES_WITH_END, SUBSIDY_KINDS,
  type Agreement, type AgreementKey, type EndReason, type Evaluation, type Placement, type PlacementKind, type SubsidyKind,
} from './types';

type Done = (message: string) => void;
type Errors = Record<string, string>;

function Shell({ onSubmit, errors, labels, prefix, top, children }: {
  onSubmit: (e: FormEvent) => void; errors: Errors; labels: Record<string, string>; prefix: string; top?: ReactNode; children: ReactNode;
}) {
  return (
    <form onSubmit={onSubmit} noValidate className="spil-placement-form">
      {top}
      <ErrorSummary errors={summaryOf(errors, labels, prefix)} />
      {children}
    </form>
  );
}

/**
 * 409 VERSION_CONFLICT: someone else saved this placement first. Nothing was overwritten; the
 * newest version is in the list now, and the form shows what it says next to what this user
 * entered. The user decides: save theirs on top of it, or drop it.
 */
export function ConflictNotice({ rows, busy, onKeepMine, onDrop, text }: {
  rows: { label: string; theirs: string; mine: string }[]; busy: boolean; onKeepMine: () => void; onDrop: () => void; text?: string;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => { ref.current?.focus(); }, []);
  const show = (v: string) => v.trim() || t('placement.conflict.empty');
  return (
    <div ref={ref} tabIndex={-1} className="spil-placement-conflict">
      <Alert type="warning">{text ?? t('placement.conflict.text')}</Alert>
      {rows.length ? (
        <dl className="spil-placement-conflict__rows">
          {rows.map((r) => (
            <div key={r.label}>
              <dt>{r.label}</dt>
              <dd><span className="spil-label">{t('placement.conflict.theirs')}: </span>{show(r.theirs)}</dd>
              <dd><span className="spil-label">{t('placement.conflict.mine')}: </span>{show(r.mine)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <div className="spil-actions">
        <Button variant="primary" onClick={onKeepMine} busy={busy} disabled={busy}>{t('placement.conflict.keepMine')}</Button>
        <Button onClick={onDrop}>{t('placement.conflict.drop')}</Button>
      </div>
    </div>
  );
}

/**
 * A change to a placement sends the version it was made on (optimistic concurrency, like
 * useYouthDocument): on a 409 the current placement from the answer goes into the list and
 * `conflict` holds it until the user decides.
 */
function useVersionedPatch(youthId: string, placement: Placement, onSaved: (p: Placement) => void) {
  const { t } = useTranslation();
  const { put, refresh } = useRefreshPlacements(youthId);
  const [version, setVersion] = useState(placement.version);
  const [conflict, setConflict] = useState<Placement | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const last = useRef<Record<string, unknown>>({});
  const m = useMutation({
    mutationFn: (v: { changes: Record<string, unknown>; version: number }) =>
      patch<Placement>(`/api/youth/${youthId}/placements/${placement.id}`, { version: v.version, ...v.changes }),
    onSuccess: async (p) => { setConflict(null); setErrors({}); put(p); await refresh(); onSaved(p); },
    onError: (e) => {
      if (isApiError(e, 'VERSION_CONFLICT')) {
        const current = (e.details as { current?: Placement } | null)?.current ?? null;
        setErrors({});
        if (current) { put(current); setVersion(current.version); setConflict(current); } else { void refresh(); }
        return;
      }
      setErrors(errorsOf(e, t));
    },
  });
  return {
    busy: m.isPending, conflict, errors, setErrors,
    submit: (changes: Record<string, unknown>) => { last.current = changes; m.mutate({ changes, version }); },
    keepMine: () => m.mutate({ changes: last.current, version }),
  };
}

// ——— new placement / change placement ———

interface Values {
  employerId: string; workplaceId: string; kind: PlacementKind | ''; startsOn: string; plannedEndOn: string;
  supervisorName: string; supervisorFunction: string; hoursPerWeek: string; agreements: Record<AgreementKey, Agreement>;
}

const emptyAgreements = () => Object.fromEntries(AGREEMENT_KEYS.map((k) => [k, { agreed: false, note: '' }])) as Record<AgreementKey, Agreement>;

const valuesOf = (p: Placement): Values => ({
  employerId: p.workplace.employer.id, workplaceId: p.workplace.id, kind: p.kind, startsOn: p.startsOn, plannedEndOn: p.plannedEndOn ?? '',
  supervisorName: p.supervisorName, supervisorFunction: p.supervisorFunction, hoursPerWeek: p.hoursPerWeek === null ? '' : String(p.hoursPerWeek),
  agreements: Object.fromEntries(AGREEMENT_KEYS.map((k) => [k, { agreed: p.agreements[k]?.agreed ?? false, note: p.agreements[k]?.note ?? '' }])) as Record<AgreementKey, Agreement>,
});

/** Only agreements with something in them are sent. */
const agreementsBody = (a: Record<AgreementKey, Agreement>) =>
  Object.fromEntries(AGREEMENT_KEYS.filter((k) => a[k].agreed || a[k].note.trim()).map((k) => [k, { agreed: a[k].agreed, note: a[k].note.trim() }]));

function body(v: Values) {
  return {
    kind: v.kind, startsOn: v.startsOn, plannedEndOn: v.plannedEndOn || null,
    supervisorName: v.supervisorName.trim(), supervisorFunction: v.supervisorFunction.trim(),
    hoursPerWeek: v.hoursPerWeek.trim() ? Number(v.hoursPerWeek.replace(',', '.')) : null,
    agreements: agreementsBody(v.agreements),
  };
}

/**
 * A placement at a workplace of the team's employer network, with the agreements made at
 * placement (IPTA ch. 4) as a checklist with notes; or a change to one. The workplace of an
 * existing placement stays as it is (a new workplace is a new placement).
 */
export function PlacementForm({ youthId, placement, onDone, onCancel }: { youthId: string; placement?: Placement; onDone: Done; onCancel: () => void }) {
  const { t } = useTranslation();
  const prefix = placement ? `pl-${placement.id.slice(0, 8)}-` : 'pl-new-';
  const [id] = useState(() => crypto.randomUUID());
  const [v, setV] = useState<Values>(() => (placement ? valuesOf(placement) : {
    employerId: '', workplaceId: '', kind: '', startsOn: amsterdamToday(), plannedEndOn: '', supervisorName: '', supervisorFunction: '', hoursPerWeek: '', agreements: emptyAgreements(),
  }));
  const set = <K extends keyof Values>(k: K) => (x: Values[K]) => setV((o) => ({ ...o, [k]: x }));
  const setAgreement = (k: AgreementKey, a: Partial<Agreement>) => setV((o) => ({ ...o, agreements: { ...o.agreements, [k]: { ...o.agreements[k], ...a } } }));
  const employers = useEmployerChoices();
  const employer = useEmployerWorkplaces(placement ? '' : v.employerId);
  const workplaces = (employer.data?.workplaces ?? []).filter((w) => w.active);
  const { refresh, put } = useRefreshPlacements(youthId);
  const [createErrors, setCreateErrors] = useState<Errors>({});
  const [clientErrors, setClientErrors] = useState<Errors>({});
  const kindLabel = (k: string) => t(`placement.kind.${k}`);

  // One workplace at the chosen employer: choose it at once.
  useEffect(() => {
    if (!placement && workplaces.length === 1 && !v.workplaceId) setV((o) => ({ ...o, workplaceId: workplaces[0]!.id }));
  }, [placement, workplaces, v.workplaceId]);

  const create = useMutation({
    mutationFn: () => post<Placement>(`/api/youth/${youthId}/placements`, { id, workplaceId: v.workplaceId, ...body(v) }),
    onSuccess: async (p) => { put(p); await refresh(); onDone(t('placement.saved.created', { place: `${p.workplace.name} ${t('placement.at')} ${p.workplace.employer.name}` })); },
    onError: (e) => setCreateErrors(errorsOf(e, t)),
  });
  const change = useVersionedPatch(youthId, placement ?? ({} as Placement), () => onDone(t('placement.saved.changed')));

  const labels: Record<string, string> = {
    employerId: t('placement.form.employer'), workplaceId: t('placement.form.workplace'), kind: t('placement.form.kind'),
    startsOn: t('placement.form.startsOn'), plannedEndOn: t('placement.form.plannedEndOn'), supervisorName: t('placement.form.supervisorName'),
    supervisorFunction: t('placement.form.supervisorFunction'), hoursPerWeek: t('placement.form.hoursPerWeek'), agreements: t('placement.agreements.title'),
  };
  const errors = { ...(placement ? change.errors : createErrors), ...clientErrors };

  const changes = (): Record<string, unknown> => {
    if (!placement) return {};
    const before = body(valuesOf(placement));
    const after = body(v);
    return Object.fromEntries(Object.entries(after).filter(([k, x]) => JSON.stringify(before[k as keyof typeof before]) !== JSON.stringify(x)));
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Errors = {};
    if (!placement && !v.employerId) errs.employerId = t('placement.form.employerRequired');
    else if (!placement && !v.workplaceId) errs.workplaceId = t('placement.form.workplaceRequired');
    if (!v.kind) errs.kind = t('placement.form.kindRequired');
    if (!v.startsOn) errs.startsOn = t('placement.form.startsOnRequired');
    if (v.hoursPerWeek.trim() && !Number.isFinite(Number(v.hoursPerWeek.replace(',', '.')))) errs.hoursPerWeek = t('placement.form.hoursNumber');
    setClientErrors(errs);
    setCreateErrors({});
    change.setErrors({});
    if (Object.keys(errs).length) return;
    if (!placement) { create.mutate(); return; }
    const c = changes();
    if (!Object.keys(c).length) { onDone(t('placement.saved.noChange')); return; }
    change.submit(c);
  };

  const conflictRows = () => {
    const theirs = change.conflict;
    if (!theirs || !placement) return [];
    const a = body(valuesOf(theirs)) as Record<string, unknown>;
    const mine = changes();
    const text = (k: string, x: unknown): string => {
      if (x === null || x === undefined) return '';
      if (k === 'kind') return kindLabel(String(x));
      if (k === 'startsOn' || k === 'plannedEndOn') return formatCalendarDate(String(x));
      if (k === 'agreements') return Object.keys(x as object).map((key) => t(`placement.agreement.${key}`)).join(', ');
      return String(x);
    };
    return Object.keys(mine).map((k) => ({ label: labels[k] ?? k, theirs: text(k, a[k]), mine: text(k, mine[k]) }));
  };

  const noEmployers = employers.isSuccess && !employers.data.items.length;
  return (
    <Shell onSubmit={onSubmit} errors={errors} labels={labels} prefix={prefix}
      top={change.conflict ? <ConflictNotice rows={conflictRows()} busy={change.busy} onKeepMine={change.keepMine} onDrop={onCancel} /> : null}>
      {placement ? (
        <Paragraph><span className="spil-label">{labels.workplaceId}: </span>{placement.workplace.name} {t('placement.at')} {placement.workplace.employer.name}</Paragraph>
      ) : (
        <>
          {noEmployers ? (
            <Alert type="info">
              <p className="utrecht-paragraph">{t('placement.form.noEmployers')}</p>
              <p className="utrecht-paragraph"><Link to="/werkgevers" className="utrecht-link">{t('placement.form.toEmployers')}</Link></p>
            </Alert>
          ) : null}
          {employers.isError ? <Alert type="error">{t('errors.loadFailed')}</Alert> : null}
          <SelectField name={`${prefix}employerId`} label={labels.employerId!} required value={v.employerId} error={errors.employerId}
            description={t('placement.form.employerHelp')} placeholder={employers.isPending ? t('common.loading') : t('common.choose')}
            options={(employers.data?.items ?? []).map((x) => ({ value: x.id, label: x.neighbourhood ? `${x.name} (${x.neighbourhood})` : x.name }))}
            onChange={(x) => setV((o) => ({ ...o, employerId: x, workplaceId: '' }))} />
          {v.employerId ? (
            employer.isPending ? <Paragraph>{t('common.loading')}</Paragraph>
              : workplaces.length ? (
                <SelectField name={`${prefix}workplaceId`} label={labels.workplaceId!} required value={v.workplaceId} error={errors.workplaceId}
                  placeholder={t('common.choose')} onChange={set('workplaceId')}
                  options={workplaces.map((w) => ({ value: w.id, label: w.name }))} />
              ) : <Alert type="info">{t('placement.form.noWorkplaces')}</Alert>
          ) : null}
        </>
      )}
      <SelectField name={`${prefix}kind`} label={labels.kind!} required value={v.kind} error={errors.kind} placeholder={t('common.choose')}
        onChange={(x) => set('kind')(x as PlacementKind)} options={PLACEMENT_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))} />
      <TextField name={`${prefix}startsOn`} type="date" label={labels.startsOn!} required value={v.startsOn} onChange={set('startsOn')} error={errors.startsOn} className="spil-placement-date" />
      <TextField name={`${prefix}plannedEndOn`} type="date" label={labels.plannedEndOn!} value={v.plannedEndOn} onChange={set('plannedEndOn')} error={errors.plannedEndOn}
        description={t('placement.form.plannedEndHelp')} className="spil-placement-date" />
      <TextField name={`${prefix}supervisorName`} label={labels.supervisorName!} value={v.supervisorName} onChange={set('supervisorName')} error={errors.supervisorName}
        description={t('placement.form.supervisorHelp')} autoComplete="off" />
      <TextField name={`${prefix}supervisorFunction`} label={labels.supervisorFunction!} value={v.supervisorFunction} onChange={set('supervisorFunction')}
        error={errors.supervisorFunction} autoComplete="off" />
      <TextField name={`${prefix}hoursPerWeek`} label={labels.hoursPerWeek!} value={v.hoursPerWeek} onChange={set('hoursPerWeek')} error={errors.hoursPerWeek}
        inputMode="numeric" className="spil-placement-number" autoComplete="off" />
      <Fieldset legend={labels.agreements} description={t('placement.agreements.help')} id={`${prefix}agreements`}>
        {errors.agreements ? <p className="utrecht-form-field-error-message">{errors.agreements}</p> : null}
        <ul className="spil-agreements-form">
          {AGREEMENT_KEYS.map((k) => (
            <li key={k} className="spil-agreements-form__item">
              <CheckboxField name={`${prefix}agreement-${k}`} label={t(`placement.agreement.${k}`)} checked={v.agreements[k].agreed}
                onChange={(x) => setAgreement(k, { agreed: x })} />
              {/* the note opens with the tick: the form stays short for what was not agreed */}
              {v.agreements[k].agreed || v.agreements[k].note ? (
                <TextField name={`${prefix}agreementNote-${k}`} label={t('placement.agreements.noteFor', { name: t(`placement.agreement.${k}`) })}
                  value={v.agreements[k].note} onChange={(x) => setAgreement(k, { note: x })} autoComplete="off" className="spil-agreements-form__note" />
              ) : null}
            </li>
          ))}
        </ul>
      </Fieldset>
      <FormActions busy={create.isPending || change.busy} label={placement ? t('placement.form.saveChange') : t('placement.form.save')} onCancel={onCancel} />
    </Shell>
  );
}

// ——— end a placement ———

/** End the placement: the day and why (IPTA: ending with a reason). */
export function EndForm({ youthId, placement, onDone, onCancel }: { youthId: string; placement: Placement; onDone: Done; onCancel: () => void }) {
  const { t } = useTranslation();
  const prefix = `end-${placement.id.slice(0, 8)}-`;
  const [endedOn, setEndedOn] = useState(amsterdamToday());
  const [endReason, setEndReason] = useState<EndReason | ''>('');
  const [endNote, setEndNote] = useState('');
  const [clientErrors, setClientErrors] = useState<Errors>({});
  const change = useVersionedPatch(youthId, placement, () => onDone(t('placement.saved.ended')));
  const labels = { endedOn: t('placement.end.endedOn'), endReason: t('placement.end.reason'), endNote: t('placement.end.note') };
  const errors = { ...change.errors, ...clientErrors };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Errors = {};
    if (!endedOn) errs.endedOn = t('placement.end.endedOnRequired');
    if (!endReason) errs.endReason = t('placement.end.reasonRequired');
    setClientErrors(errs);
    change.setErrors({});
    if (Object.keys(errs).length) return;
    change.submit({ endedOn, endReason, endNote: endNote.trim() });
  };
  const reasonLabel = (r: string) => t(`placement.endReason.${r}`);
  const rows = change.conflict ? [
    { label: labels.endedOn, theirs: formatCalendarDate(change.conflict.endedOn), mine: formatCalendarDate(endedOn) },
    { label: labels.endReason, theirs: change.conflict.endReason ? reasonLabel(change.conflict.endReason) : '', mine: endReason ? reasonLabel(endReason) : '' },
  ] : [];
  return (
    <Shell onSubmit={onSubmit} errors={errors} labels={labels} prefix={prefix}
      top={change.conflict ? <ConflictNotice rows={rows} busy={change.busy} onKeepMine={change.keepMine} onDrop={onCancel} /> : null}>
      <TextField name={`${prefix}endedOn`} type="date" label={labels.endedOn} required value={endedOn} onChange={setEndedOn} error={errors.endedOn} className="spil-placement-date" />
      <SelectField name={`${prefix}endReason`} label={labels.endReason} required value={endReason} error={errors.endReason} placeholder={t('common.choose')}
        onChange={(x) => setEndReason(x as EndReason)} options={END_REASONS.map((r) => ({ value: r, label: reasonLabel(r) }))} />
      <TextareaField name={`${prefix}endNote`} label={labels.endNote} value={endNote} onChange={setEndNote} error={errors.endNote} rows={3} />
      <FormActions busy={change.busy} label={t('placement.end.save')} onCancel={onCancel} />
    </Shell>
  );
}

// ——— subsidies, wage-value assessments, evaluations ———

function usePart<B>(youthId: string, placementId: string, path: string, onSaved: () => void) {
  const { t } = useTranslation();
  const { put, refresh } = useRefreshPlacements(youthId);
  const [errors, setErrors] = useState<Errors>({});
  const m = useMutation({
    mutationFn: (b: B) => post<Placement>(`/api/youth/${youthId}/placements/${placementId}/${path}`, b),
    onSuccess: async (p) => { setErrors({}); put(p); await refresh(); onSaved(); },
    onError: (e) => setErrors(errorsOf(e, t)),
  });
  return { m, errors, setErrors };
}

/** A subsidy or arrangement (loonkostensubsidie, no-riskpolis …): some always run out, and then the end date is required. */
export function SubsidyForm({ youthId, placement, onDone, onCancel }: { youthId: string; placement: Placement; onDone: Done; onCancel: () => void }) {
  const { t } = useTranslation();
  const prefix = `sub-${placement.id.slice(0, 8)}-`;
  const [id] = useState(() => crypto.randomUUID());
  const [kind, setKind] = useState<SubsidyKind | ''>('');
  const [startsOn, setStartsOn] = useState(placement.startsOn);
  const [endsOn, setEndsOn] = useState('');
  const [note, setNote] = useState('');
  const [clientErrors, setClientErrors] = useState<Errors>({});
  const part = usePart(youthId, placement.id, 'subsidies', () => onDone(t('placement.saved.subsidy')));
  const labels = { kind: t('placement.subsidy.kind'), startsOn: t('placement.subsidy.startsOn'), endsOn: t('placement.subsidy.endsOn'), note: t('placement.subsidy.note') };
  const needsEnd = kind !== '' && SUBSIDIES_WITH_END.includes(kind);
  const errors = { ...part.errors, ...clientErrors };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Errors = {};
    if (!kind) errs.kind = t('placement.subsidy.kindRequired');
    if (!startsOn) errs.startsOn = t('placement.form.startsOnRequired');
    setClientErrors(errs);
    part.setErrors({});
    if (Object.keys(errs).length) return;
    part.m.mutate({ id, kind, startsOn, endsOn: endsOn || null, ...(note.trim() ? { note: note.trim() } : {}) });
  };
  return (
    <Shell onSubmit={onSubmit} errors={errors} labels={labels} prefix={prefix}>
      <SelectField name={`${prefix}kind`} label={labels.kind} required value={kind} error={errors.kind} placeholder={t('common.choose')}
        onChange={(x) => setKind(x as SubsidyKind)} options={SUBSIDY_KINDS.map((k) => ({ value: k, label: t(`placement.subsidyKind.${k}`) }))} />
      <TextField name={`${prefix}startsOn`} type="date" label={labels.startsOn} required value={startsOn} onChange={setStartsOn} error={errors.startsOn} className="spil-placement-date" />
      <TextField name={`${prefix}endsOn`} type="date" label={labels.endsOn} required={needsEnd} value={endsOn} onChange={setEndsOn} error={errors.endsOn}
        description={needsEnd ? t('placement.subsidy.endsOnNeeded') : t('placement.subsidy.endsOnHelp')} className="spil-placement-date" />
      <TextareaField name={`${prefix}note`} label={labels.note} value={note} onChange={setNote} error={errors.note} rows={2} />
      <FormActions busy={part.m.isPending} label={t('placement.subsidy.save')} onCancel={onCancel} />
    </Shell>
  );
}

/** A wage-value assessment (loonwaardemeting): on which day, what percentage, by whom. */
export function AssessmentForm({ youthId, placement, onDone, onCancel }: { youthId: string; placement: Placement; onDone: Done; onCancel: () => void }) {
  const { t } = useTranslation();
  const prefix = `wva-${placement.id.slice(0, 8)}-`;
  const [id] = useState(() => crypto.randomUUID());
  const [assessedOn, setAssessedOn] = useState(amsterdamToday());
  const [percentage, setPercentage] = useState('');
  const [assessor, setAssessor] = useState('');
  const [note, setNote] = useState('');
  const [clientErrors, setClientErrors] = useState<Errors>({});
  const part = usePart(youthId, placement.id, 'wage-assessments', () => onDone(t('placement.saved.assessment')));
  const labels = { assessedOn: t('placement.assessment.assessedOn'), percentage: t('placement.assessment.percentage'), assessor: t('placement.assessment.assessor'), note: t('placement.assessment.note') };
  const errors = { ...part.errors, ...clientErrors };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Errors = {};
    const pct = Number(percentage.trim());
    if (!assessedOn) errs.assessedOn = t('placement.assessment.assessedOnRequired');
    if (!percentage.trim() || !Number.isInteger(pct)) errs.percentage = t('placement.assessment.percentageRequired');
    setClientErrors(errs);
    part.setErrors({});
    if (Object.keys(errs).length) return;
    part.m.mutate({ id, assessedOn, percentage: pct, ...(assessor.trim() ? { assessor: assessor.trim() } : {}), ...(note.trim() ? { note: note.trim() } : {}) });
  };
  return (
    <Shell onSubmit={onSubmit} errors={errors} labels={labels} prefix={prefix}>
      <TextField name={`${prefix}assessedOn`} type="date" label={labels.assessedOn} required value={assessedOn} onChange={setAssessedOn} error={errors.assessedOn} className="spil-placement-date" />
      <TextField name={`${prefix}percentage`} label={labels.percentage} required value={percentage} onChange={setPercentage} error={errors.percentage}
        inputMode="numeric" description={t('placement.assessment.percentageHelp')} className="spil-placement-number" autoComplete="off" />
      <TextField name={`${prefix}assessor`} label={labels.assessor} value={assessor} onChange={setAssessor} error={errors.assessor} autoComplete="off" />
      <TextareaField name={`${prefix}note`} label={labels.note} value={note} onChange={setNote} error={errors.note} rows={2} />
      <FormActions busy={part.m.isPending} label={t('placement.assessment.save')} onCancel={onCancel} />
    </Shell>
  );
}

/** An evaluation moment: planned, and held once it happened. */
export function EvaluationForm({ youthId, placement, onDone, onCancel }: { youthId: string; placement: Placement; onDone: Done; onCancel: () => void }) {
  const { t } = useTranslation();
  const prefix = `eva-${placement.id.slice(0, 8)}-`;
  const [id] = useState(() => crypto.randomUUID());
  const [plannedOn, setPlannedOn] = useState('');
  const [heldOn, setHeldOn] = useState('');
  const [note, setNote] = useState('');
  const [clientErrors, setClientErrors] = useState<Errors>({});
  const part = usePart(youthId, placement.id, 'evaluations', () => onDone(t('placement.saved.evaluation')));
  const labels = { plannedOn: t('placement.evaluation.plannedOn'), heldOn: t('placement.evaluation.heldOn'), note: t('placement.evaluation.note') };
  const errors = { ...part.errors, ...clientErrors };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Errors = {};
    if (!plannedOn) errs.plannedOn = t('placement.evaluation.plannedOnRequired');
    setClientErrors(errs);
    part.setErrors({});
    if (Object.keys(errs).length) return;
    part.m.mutate({ id, plannedOn, heldOn: heldOn || null, ...(note.trim() ? { note: note.trim() } : {}) });
  };
  return (
    <Shell onSubmit={onSubmit} errors={errors} labels={labels} prefix={prefix}>
      <TextField name={`${prefix}plannedOn`} type="date" label={labels.plannedOn} required value={plannedOn} onChange={setPlannedOn} error={errors.plannedOn} className="spil-placement-date" />
      <TextField name={`${prefix}heldOn`} type="date" label={labels.heldOn} value={heldOn} onChange={setHeldOn} error={errors.heldOn}
        description={t('placement.evaluation.heldOnHelp')} className="spil-placement-date" />
      <TextareaField name={`${prefix}note`} label={labels.note} value={note} onChange={setNote} error={errors.note} rows={3} />
      <FormActions busy={part.m.isPending} label={t('placement.evaluation.save')} onCancel={onCancel} />
    </Shell>
  );
}

/**
 * Mark an evaluation moment held: the day it took place (today by default) and what came out of
 * it. The evaluation carries its own version: when someone else marked it first, the form shows
 * both and the user decides.
 */
export function EvaluationHeldForm({ youthId, placement, evaluation, onDone, onCancel }: {
  youthId: string; placement: Placement; evaluation: Evaluation; onDone: Done; onCancel: () => void;
}) {
  const { t } = useTranslation();
  const prefix = `held-${evaluation.id.slice(0, 8)}-`;
  const { put, refresh } = useRefreshPlacements(youthId);
  const [heldOn, setHeldOn] = useState(evaluation.heldOn ?? amsterdamToday());
  const [note, setNote] = useState(evaluation.note);
  const [version, setVersion] = useState(evaluation.version);
  const [conflict, setConflict] = useState<Evaluation | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const labels = { heldOn: t('placement.evaluation.heldOn'), note: t('placement.evaluation.note') };
  const m = useMutation({
    mutationFn: (v: number) => patch<Placement>(`/api/youth/${youthId}/placements/${placement.id}/evaluations/${evaluation.id}`, { version: v, heldOn, note: note.trim() }),
    onSuccess: async (p) => { setErrors({}); setConflict(null); put(p); await refresh(); onDone(t('placement.saved.evaluationHeld', { date: formatCalendarDate(heldOn) })); },
    onError: (e) => {
      if (isApiError(e, 'VERSION_CONFLICT')) {
        const current = (e.details as { current?: Placement } | null)?.current;
        const theirs = current?.evaluations.find((x) => x.id === evaluation.id) ?? null;
        setErrors({});
        if (current) put(current);
        if (theirs) { setVersion(theirs.version); setConflict(theirs); } else { void refresh(); }
        return;
      }
      setErrors(errorsOf(e, t));
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!heldOn) { setErrors({ heldOn: t('placement.evaluation.heldOnRequired') }); return; }
    setErrors({});
    m.mutate(version);
  };
  const rows = conflict ? [
    { label: labels.heldOn, theirs: formatCalendarDate(conflict.heldOn), mine: formatCalendarDate(heldOn) },
    { label: labels.note, theirs: conflict.note, mine: note.trim() },
  ] : [];
  return (
    <Shell onSubmit={onSubmit} errors={errors} labels={labels} prefix={prefix}
      top={conflict ? <ConflictNotice rows={rows} busy={m.isPending} onKeepMine={() => m.mutate(version)} onDrop={onCancel} text={t('placement.evaluation.conflict')} /> : null}>
      <Paragraph>{t('placement.evaluation.planned', { date: formatCalendarDate(evaluation.plannedOn) })}</Paragraph>
      <TextField name={`${prefix}heldOn`} type="date" label={labels.heldOn} required value={heldOn} onChange={setHeldOn} error={errors.heldOn}
        description={t('placement.evaluation.heldOnMarkHelp')} className="spil-placement-date" />
      <TextareaField name={`${prefix}note`} label={labels.note} value={note} onChange={setNote} error={errors.note} rows={4}
        description={t('placement.evaluation.noteHelp')} />
      <FormActions busy={m.isPending} label={t('placement.evaluation.markSave')} onCancel={onCancel} />
    </Shell>
  );
}
