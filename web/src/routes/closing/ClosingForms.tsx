import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfig } from '../../auth/session';
import { Button, FormActions } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RadioGroupField, SelectField, TextareaField, TextField } from '../../components/FormField';
import { amsterdamToday, formatCalendarDate, plusCalendarDays } from '../../format/dates';
import { summaryOf, useClosingSave, type Errors } from './queries';
import type { ClosingView, WarmHandover } from './types';

interface Common { view: ClosingView; onDone: () => void; onCancel: () => void }

/** The frame of each form: the error summary linked to the fields, and the reload path after a 409. */
function FormShell({ onSubmit, errors, labels, prefix, stale, onReload, children }: {
  onSubmit: (e: FormEvent) => void; errors: Errors; labels: Record<string, string>; prefix: string;
  stale: boolean; onReload: () => void; children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <form onSubmit={onSubmit} noValidate className="spil-closing-form">
      <ErrorSummary errors={summaryOf(errors, labels, prefix)} />
      {stale ? <p><Button onClick={onReload}>{t('closing.reloadLatest')}</Button></p> : null}
      {children}
    </form>
  );
}

const textOrNull = (s: string) => s.trim() || null;

/** The closing conversation (eindgesprek); saving it closes the trajectory — or edits it later. */
export function ConversationForm({ view, youthId, onDone, onCancel }: Common & { youthId: string }) {
  const { t } = useTranslation();
  const config = useConfig();
  const c = view.conversation;
  const [v, setV] = useState({ heldOn: c?.heldOn ?? amsterdamToday(), summary: c?.summary ?? '', takesAlong: c?.takesAlong ?? '', closingReason: '' });
  const s = useClosingSave<object>(view.trajectory.id, youthId, c ? 'PATCH' : 'POST', `/api/trajectories/${view.trajectory.id}/closing`, onDone);
  const prefix = 'cc-';
  const labels = { heldOn: t('closing.conversation.heldOn'), summary: t('closing.conversation.summary'), takesAlong: t('closing.conversation.takesAlong'), closingReason: t('closing.conversation.closingReason') };
  const set = (k: keyof typeof v) => (x: string) => setV((o) => ({ ...o, [k]: x }));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Errors = {};
    if (!v.summary.trim()) errs.summary = t('closing.conversation.summaryRequired');
    if (!c && !v.closingReason) errs.closingReason = t('closing.conversation.closingReasonRequired');
    s.setErrors(errs);
    if (Object.keys(errs).length) return;
    const body = { heldOn: v.heldOn, summary: v.summary.trim(), takesAlong: textOrNull(v.takesAlong) };
    s.save(c ? { version: c.version, ...body } : { version: view.trajectory.version, ...body, closingReason: v.closingReason });
  };
  return (
    <FormShell onSubmit={onSubmit} errors={s.errors} labels={labels} prefix={prefix} stale={s.stale} onReload={() => void s.reload().then(onCancel)}>
      <TextField name={`${prefix}heldOn`} type="date" label={labels.heldOn} value={v.heldOn} onChange={set('heldOn')} error={s.errors.heldOn} required />
      <TextareaField name={`${prefix}summary`} label={labels.summary} description={t('closing.conversation.summaryHelp')} value={v.summary} onChange={set('summary')} error={s.errors.summary} required rows={4} />
      <TextareaField name={`${prefix}takesAlong`} label={labels.takesAlong} description={t('closing.conversation.takesAlongHelp')} value={v.takesAlong} onChange={set('takesAlong')} error={s.errors.takesAlong} rows={3} />
      {!c ? (
        <SelectField name={`${prefix}closingReason`} label={labels.closingReason} value={v.closingReason} onChange={set('closingReason')} error={s.errors.closingReason} required
          placeholder={t('common.choose')} options={(config.data?.lists.closing_reason ?? []).map((o) => ({ value: o.key, label: o.label }))} />
      ) : null}
      <FormActions busy={s.busy} label={c ? t('closing.conversation.saveChange') : t('closing.conversation.saveAndClose')} onCancel={onCancel} />
    </FormShell>
  );
}

/** A warm handover (warme overdracht) to another organisation, with the handover conversation; or a change to one. */
export function HandoverForm({ view, youthId, handover: h, onDone, onCancel }: Common & { youthId: string; handover?: WarmHandover }) {
  const { t } = useTranslation();
  const [id] = useState(() => crypto.randomUUID());
  const [v, setV] = useState({
    toOrganisation: h?.toOrganisation ?? '', toPerson: h?.toPerson ?? '', what: h?.what ?? '', conversationOn: h ? h.conversationOn ?? '' : amsterdamToday(),
    conversationNote: h?.conversationNote ?? '', checkDueOn: h?.checkDueOn ?? '',
  });
  const base = `/api/trajectories/${view.trajectory.id}/warm-handovers`;
  const s = useClosingSave<object>(view.trajectory.id, youthId, h ? 'PATCH' : 'POST', h ? `${base}/${h.id}` : base, onDone);
  const prefix = h ? `wh-${h.id.slice(0, 8)}-` : 'wh-';
  const labels = {
    toOrganisation: t('closing.handover.toOrganisation'), toPerson: t('closing.handover.toPerson'), what: t('closing.handover.what'),
    conversationOn: t('closing.handover.conversationOn'), conversationNote: t('closing.handover.conversationNote'), checkDueOn: t('closing.handover.checkDueOn'),
  };
  const set = (k: keyof typeof v) => (x: string) => setV((o) => ({ ...o, [k]: x }));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Errors = {};
    if (!v.toOrganisation.trim()) errs.toOrganisation = t('closing.handover.toOrganisationRequired');
    if (!v.what.trim()) errs.what = t('closing.handover.whatRequired');
    // A checked handover's conversation cannot move past its check (the check is not on this form).
    if (h?.checkedOn && v.conversationOn && v.conversationOn > h.checkedOn) errs.conversationOn = t('closing.handover.conversationAfterCheck', { date: formatCalendarDate(h.checkedOn) });
    s.setErrors(errs);
    if (Object.keys(errs).length) return;
    const body = {
      toOrganisation: v.toOrganisation.trim(), toPerson: textOrNull(v.toPerson), what: v.what.trim(),
      conversationOn: v.conversationOn || null, conversationNote: textOrNull(v.conversationNote), ...(v.checkDueOn ? { checkDueOn: v.checkDueOn } : {}),
    };
    s.save(h ? { version: h.version, ...body } : { id, ...body });
  };
  return (
    <FormShell onSubmit={onSubmit} errors={s.errors} labels={labels} prefix={prefix} stale={s.stale} onReload={() => void s.reload().then(onCancel)}>
      <TextField name={`${prefix}toOrganisation`} label={labels.toOrganisation} value={v.toOrganisation} onChange={set('toOrganisation')} error={s.errors.toOrganisation} required />
      <TextField name={`${prefix}toPerson`} label={labels.toPerson} value={v.toPerson} onChange={set('toPerson')} error={s.errors.toPerson} />
      <TextareaField name={`${prefix}what`} label={labels.what} value={v.what} onChange={set('what')} error={s.errors.what} required rows={3} />
      <TextField name={`${prefix}conversationOn`} type="date" label={labels.conversationOn} value={v.conversationOn} onChange={set('conversationOn')} error={s.errors.conversationOn} />
      <TextareaField name={`${prefix}conversationNote`} label={labels.conversationNote} value={v.conversationNote} onChange={set('conversationNote')} error={s.errors.conversationNote} rows={3} />
      {!h?.checkedOn ? (
        <TextField name={`${prefix}checkDueOn`} type="date" label={labels.checkDueOn} description={h ? undefined : t('closing.handover.checkDueOnHelp')} value={v.checkDueOn} onChange={set('checkDueOn')} error={s.errors.checkDueOn} />
      ) : null}
      <FormActions busy={s.busy} label={h ? t('closing.handover.saveChange') : t('closing.handover.save')} onCancel={onCancel} />
    </FormShell>
  );
}

/**
 * The check that a handover landed: when asked, yes or no, and a note. Not landed: the day to ask
 * again (two weeks on unless changed; empty leaves it there). A follow-up check starts afresh.
 */
export function HandoverCheckForm({ view, youthId, handover: h, onDone, onCancel }: Common & { youthId: string; handover: WarmHandover }) {
  const { t } = useTranslation();
  const [v, setV] = useState({ checkedOn: amsterdamToday(), landed: '', checkNote: '', againOn: plusCalendarDays(amsterdamToday(), 14) });
  const s = useClosingSave<object>(view.trajectory.id, youthId, 'PATCH', `/api/trajectories/${view.trajectory.id}/warm-handovers/${h.id}`, onDone);
  const prefix = `hc-${h.id.slice(0, 8)}-`;
  const labels = { checkedOn: t('closing.handover.checkedOn'), landed: t('closing.handover.landed'), checkNote: t('closing.handover.checkNote'), checkDueOn: t('closing.handover.againOn') };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!v.landed) { s.setErrors({ landed: t('closing.handover.landedRequired') }); return; }
    // Only an empty day means "no need to ask again"; a day on or before this check would say so silently.
    if (v.landed === 'no' && v.againOn && v.againOn <= v.checkedOn) { s.setErrors({ checkDueOn: t('closing.handover.againAfterCheck') }); return; }
    // "Ask again" is a check day after this check; without one the check day itself closes it.
    const again = v.landed === 'no' ? { checkDueOn: v.againOn || v.checkedOn } : {};
    s.save({ version: h.version, checkedOn: v.checkedOn, landed: v.landed === 'yes', checkNote: textOrNull(v.checkNote), ...again });
  };
  return (
    <FormShell onSubmit={onSubmit} errors={s.errors} labels={labels} prefix={prefix} stale={s.stale} onReload={() => void s.reload().then(onCancel)}>
      <TextField name={`${prefix}checkedOn`} type="date" label={labels.checkedOn} value={v.checkedOn} onChange={(x) => setV((o) => ({ ...o, checkedOn: x }))} error={s.errors.checkedOn} required />
      <RadioGroupField name={`${prefix}landed`} legend={labels.landed} value={v.landed} onChange={(x) => setV((o) => ({ ...o, landed: x }))} error={s.errors.landed}
        options={[{ value: 'yes', label: t('closing.yes') }, { value: 'no', label: t('closing.no') }]} />
      {v.landed === 'no' ? (
        <TextField name={`${prefix}checkDueOn`} type="date" label={labels.checkDueOn} description={t('closing.handover.againOnHelp')} value={v.againOn}
          onChange={(x) => setV((o) => ({ ...o, againOn: x }))} error={s.errors.checkDueOn} />
      ) : null}
      <TextareaField name={`${prefix}checkNote`} label={labels.checkNote} value={v.checkNote} onChange={(x) => setV((o) => ({ ...o, checkNote: x }))} error={s.errors.checkNote} rows={2} />
      <FormActions busy={s.busy} label={t('closing.handover.saveCheck')} onCancel={onCancel} />
    </FormShell>
  );
}

/** The aftercare plan (nazorg): what, how often, from and until when. */
export function AftercarePlanForm({ view, youthId, onDone, onCancel }: Common & { youthId: string }) {
  const { t } = useTranslation();
  const p = view.aftercare.plan;
  const start = p?.startsOn ?? view.conversation?.heldOn ?? amsterdamToday();
  const [v, setV] = useState({ content: p?.content ?? '', frequencyWeeks: String(p?.frequencyWeeks ?? 6), startsOn: start, endsOn: p?.endsOn ?? '' });
  const s = useClosingSave<object>(view.trajectory.id, youthId, 'PUT', `/api/trajectories/${view.trajectory.id}/aftercare-plan`, onDone);
  const prefix = 'ap-';
  const labels = { content: t('closing.aftercare.content'), frequencyWeeks: t('closing.aftercare.frequencyWeeks'), startsOn: t('closing.aftercare.startsOn'), endsOn: t('closing.aftercare.endsOn') };
  const set = (k: keyof typeof v) => (x: string) => setV((o) => ({ ...o, [k]: x }));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Errors = {};
    if (!v.content.trim()) errs.content = t('closing.aftercare.contentRequired');
    if (!v.endsOn) errs.endsOn = t('closing.aftercare.endsOnRequired');
    const weeks = /^\s*\d{1,2}\s*$/.test(v.frequencyWeeks) ? Number(v.frequencyWeeks) : Number.NaN;
    if (!(weeks >= 1 && weeks <= 52)) errs.frequencyWeeks = t('closing.aftercare.frequencyInvalid');
    s.setErrors(errs);
    if (Object.keys(errs).length) return;
    s.save({ ...(p ? { version: p.version } : {}), content: v.content.trim(), frequencyWeeks: weeks, startsOn: v.startsOn, endsOn: v.endsOn });
  };
  return (
    <FormShell onSubmit={onSubmit} errors={s.errors} labels={labels} prefix={prefix} stale={s.stale} onReload={() => void s.reload().then(onCancel)}>
      <TextareaField name={`${prefix}content`} label={labels.content} value={v.content} onChange={set('content')} error={s.errors.content} required rows={3} />
      <TextField name={`${prefix}frequencyWeeks`} label={labels.frequencyWeeks} inputMode="numeric" value={v.frequencyWeeks} onChange={set('frequencyWeeks')} error={s.errors.frequencyWeeks} required className="spil-closing-short" />
      <TextField name={`${prefix}startsOn`} type="date" label={labels.startsOn} value={v.startsOn} onChange={set('startsOn')} error={s.errors.startsOn} required />
      <TextField name={`${prefix}endsOn`} type="date" label={labels.endsOn} value={v.endsOn} onChange={set('endsOn')} error={s.errors.endsOn} required />
      <FormActions busy={s.busy} label={t('closing.aftercare.save')} onCancel={onCancel} />
    </FormShell>
  );
}

const checkValue = (v: string) => (v === 'yes' ? true : v === 'no' ? false : null);

/** An aftercare contact with its two checks: still working? still housed? */
export function AftercareContactForm({ view, youthId, onDone, onCancel }: Common & { youthId: string }) {
  const { t } = useTranslation();
  const [id] = useState(() => crypto.randomUUID());
  const [v, setV] = useState({ heldOn: amsterdamToday(), note: '', stillWorking: 'not_asked', stillHoused: 'not_asked' });
  const s = useClosingSave<object>(view.trajectory.id, youthId, 'POST', `/api/trajectories/${view.trajectory.id}/aftercare-contacts`, onDone);
  const prefix = 'ac-';
  const labels = { heldOn: t('closing.aftercare.heldOn'), note: t('closing.aftercare.note'), stillWorking: t('closing.aftercare.stillWorking'), stillHoused: t('closing.aftercare.stillHoused') };
  const set = (k: keyof typeof v) => (x: string) => setV((o) => ({ ...o, [k]: x }));
  const checks = [{ value: 'yes', label: t('closing.yes') }, { value: 'no', label: t('closing.no') }, { value: 'not_asked', label: t('closing.notAsked') }];
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    s.save({ id, heldOn: v.heldOn, note: textOrNull(v.note), stillWorking: checkValue(v.stillWorking), stillHoused: checkValue(v.stillHoused) });
  };
  return (
    <FormShell onSubmit={onSubmit} errors={s.errors} labels={labels} prefix={prefix} stale={s.stale} onReload={() => void s.reload().then(onCancel)}>
      <TextField name={`${prefix}heldOn`} type="date" label={labels.heldOn} value={v.heldOn} onChange={set('heldOn')} error={s.errors.heldOn} required />
      <RadioGroupField name={`${prefix}stillWorking`} legend={labels.stillWorking} value={v.stillWorking} onChange={set('stillWorking')} options={checks} error={s.errors.stillWorking} />
      <RadioGroupField name={`${prefix}stillHoused`} legend={labels.stillHoused} value={v.stillHoused} onChange={set('stillHoused')} options={checks} error={s.errors.stillHoused} />
      <TextareaField name={`${prefix}note`} label={labels.note} value={v.note} onChange={set('note')} error={s.errors.note} rows={3} />
      <FormActions busy={s.busy} label={t('closing.aftercare.saveContact')} onCancel={onCancel} />
    </FormShell>
  );
}
