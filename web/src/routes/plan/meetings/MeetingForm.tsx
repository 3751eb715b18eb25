import { useMutation } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { patch, post } from '../../../api/client';
import { useCurrentUser } from '../../../auth/session';
import { Button, FormActions } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { CheckboxField, Fieldset, fieldId, TextareaField, TextField } from '../../../components/FormField';
import { Paragraph } from '../../../components/Heading';
import { formatDateTime } from '../../../format/dates';
import { summaryOf } from '../../casework/lists';
import { currentPeople, currentProfessionals } from '../../picture/NetworkText';
import type { Network } from '../../picture/types';
import { ConflictNotice } from '../../../components/ConflictNotice';
import type { Meeting, Participant, ParticipantKind } from './types';
import { amsterdamLocal, conflictOf, errorsOf, fromAmsterdamLocal, useNetwork, useRefreshMeetings } from './useMeetings';

/** One person who may come: chosen or not, with their role and contribution. */
interface Candidate {
  id: string; kind: ParticipantKind; networkPersonId: string | null; professionalId: string | null;
  name: string; role: string; contribution: string; attended: boolean | null;
  /** What the coach sees beside the name: "tante", "Schuldhulpverlener, Kredietbank Rotterdam". */
  hint: string; chosen: boolean;
}

interface ConditionLine { id: string; text: string; occurred: boolean }

interface Values {
  startsAt: string; place: string; goals: string; informing: string; notes: string; nextMeetingOn: string;
  candidates: Candidate[]; conditions: ConditionLine[];
}

const F = {
  startsAt: 'wa-startsAt', place: 'wa-place', participants: 'wa-participants', goals: 'wa-goals', informing: 'wa-informing',
  notes: 'wa-notes', nextMeetingOn: 'wa-nextMeetingOn', conditions: 'wa-conditions',
} as const;

const fromParticipant = (p: Participant, hint = ''): Candidate => ({ ...p, hint, chosen: true });

/**
 * Everyone who could come: the meeting's own participants first (editing), or those of the
 * meeting this one follows (a new meeting after a voorwaarde occurred, with new ids); then the
 * youth and the coach, the people in the network and the professionals not on the list yet.
 */
function candidatesFor(t: TFunction, o: { base?: Meeting; template?: Meeting; youthName: string; coachName: string; network?: Network }): Candidate[] {
  const out: Candidate[] = [];
  if (o.base) out.push(...o.base.participants.map((p) => fromParticipant(p)));
  else if (o.template) out.push(...o.template.participants.map((p) => fromParticipant({ ...p, id: crypto.randomUUID(), attended: null })));
  const has = (pred: (c: Candidate) => boolean) => out.some(pred);
  const blank = { networkPersonId: null, professionalId: null, contribution: '', attended: null, hint: '' };
  if (!has((c) => c.kind === 'youth')) {
    out.unshift({ ...blank, id: crypto.randomUUID(), kind: 'youth', name: o.youthName, role: t('wraparound.form.roleYouth'), chosen: true });
  }
  if (!has((c) => c.kind === 'coach')) {
    const at = out.findIndex((c) => c.kind === 'youth') + 1;
    out.splice(at, 0, { ...blank, id: crypto.randomUUID(), kind: 'coach', name: o.coachName, role: t('wraparound.form.roleCoach'), chosen: true });
  }
  for (const p of currentPeople(o.network)) {
    const known = out.find((c) => c.networkPersonId === p.id);
    if (known) { known.hint = p.relation; continue; }
    out.push({ ...blank, id: crypto.randomUUID(), kind: 'network', networkPersonId: p.id, name: p.name, role: p.relation, hint: p.relation, chosen: false });
  }
  for (const p of currentProfessionals(o.network)) {
    const what = [p.role, p.organisation].filter(Boolean).join(', ');
    const known = out.find((c) => c.professionalId === p.id);
    if (known) { known.hint = what; continue; }
    out.push({ ...blank, id: crypto.randomUUID(), kind: 'professional', professionalId: p.id, name: p.name, role: what, hint: what, chosen: false });
  }
  return out;
}

function valuesFor(t: TFunction, o: { base?: Meeting; template?: Meeting; youthName: string; coachName: string; network?: Network }): Values {
  const m = o.base;
  const carried = o.template?.conditions.filter((c) => !c.occurredAt) ?? [];
  return {
    startsAt: m ? amsterdamLocal(m.startsAt) : '', place: m?.place ?? o.template?.place ?? '',
    goals: m?.goals ?? o.template?.goals ?? '', informing: m?.informing ?? o.template?.informing ?? '',
    notes: m?.notes ?? '', nextMeetingOn: m?.nextMeetingOn ?? '',
    candidates: candidatesFor(t, o),
    conditions: m
      ? m.conditions.map((c) => ({ id: c.id, text: c.text, occurred: Boolean(c.occurredAt) }))
      : carried.length ? carried.map((c) => ({ id: crypto.randomUUID(), text: c.text, occurred: false })) : [{ id: crypto.randomUUID(), text: '', occurred: false }],
  };
}

function bodyOf(v: Values) {
  return {
    startsAt: fromAmsterdamLocal(v.startsAt)!,
    place: v.place.trim(),
    participants: v.candidates.filter((c) => c.chosen).map((c) => ({
      id: c.id, kind: c.kind, networkPersonId: c.networkPersonId, professionalId: c.professionalId,
      name: c.name.trim(), role: c.role.trim(), contribution: c.contribution.trim(), attended: c.attended,
    })),
    goals: v.goals.trim(), informing: v.informing.trim(), notes: v.notes.trim(),
    nextMeetingOn: v.nextMeetingOn || null,
    conditions: v.conditions.filter((c) => c.occurred || c.text.trim()).map((c) => ({ id: c.id, text: c.text.trim() })),
  };
}

/**
 * Plan a wrap-around meeting or change one: when and where, who comes (from the network, the
 * professionals, and others) with everyone's role and contribution, the goals, how people keep
 * each other informed, the next meeting and the ontbindende voorwaarden.
 */
export function MeetingForm({ youthId, youthName, base: initial, template, onDone, onCancel }: {
  youthId: string; youthName: string; base?: Meeting; template?: Meeting;
  onDone: (message: string, saved: Meeting) => void; onCancel: () => void;
}) {
  const network = useNetwork(youthId);
  const { t } = useTranslation();
  if (network.isPending) return <Paragraph>{t('common.loading')}</Paragraph>;
  return <MeetingFormBody youthId={youthId} youthName={youthName} base={initial} template={template} network={network.data} onDone={onDone} onCancel={onCancel} />;
}

function MeetingFormBody({ youthId, youthName, base: initial, template, network, onDone, onCancel }: {
  youthId: string; youthName: string; base?: Meeting; template?: Meeting; network?: Network;
  onDone: (message: string, saved: Meeting) => void; onCancel: () => void;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const refresh = useRefreshMeetings(youthId);
  const [id] = useState(() => crypto.randomUUID());
  const [base, setBase] = useState<Meeting | undefined>(initial);
  const make = (b?: Meeting) => valuesFor(t, { base: b, template, youthName, coachName: me.user.displayName, network });
  const [v, setV] = useState<Values>(() => make(initial));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<Meeting | null | undefined>(undefined);
  const [reloaded, setReloaded] = useState(false);
  const [ownerIds, setOwnerIds] = useState<string[]>([]);
  const set = <K extends keyof Values>(k: K) => (x: Values[K]) => setV((o) => ({ ...o, [k]: x }));
  const setCandidate = (cid: string, change: Partial<Candidate>) =>
    setV((o) => ({ ...o, candidates: o.candidates.map((c) => (c.id === cid ? { ...c, ...change } : c)) }));
  const setCondition = (cid: string, text: string) =>
    setV((o) => ({ ...o, conditions: o.conditions.map((c) => (c.id === cid ? { ...c, text } : c)) }));
  const labels: Record<string, string> = {
    [F.startsAt]: t('wraparound.form.startsAt'), [F.place]: t('wraparound.form.place'), [F.participants]: t('wraparound.form.participants'),
    [F.goals]: t('wraparound.form.goals'), [F.informing]: t('wraparound.form.informing'), [F.notes]: t('wraparound.form.notes'),
    [F.nextMeetingOn]: t('wraparound.form.nextMeetingOn'), [F.conditions]: t('wraparound.form.conditions'),
  };

  const save = useMutation({
    mutationFn: (body: ReturnType<typeof bodyOf>) => (base
      ? patch<Meeting>(`/api/youth/${youthId}/meetings/${base.id}`, { version: base.version, ...body })
      : post<Meeting>(`/api/youth/${youthId}/meetings`, { id, ...body })),
    onSuccess: async (saved) => {
      await refresh();
      onDone(base ? t('wraparound.notice.changed') : t('wraparound.notice.planned', { when: formatDateTime(saved.startsAt) }), saved);
    },
    onError: (e) => {
      const current = conflictOf<Meeting>(e);
      if (current !== undefined) { setErrors({}); setConflict(current); return; }
      const ids = (e as { details?: { ids?: string[] } }).details?.ids;
      setOwnerIds(Array.isArray(ids) ? ids : []);
      setErrors(errorsOf(e, t, F));
    },
  });

  const reload = () => {
    if (conflict) { setBase(conflict); setV(make(conflict)); }
    void refresh();
    setConflict(undefined);
    setReloaded(true);
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!fromAmsterdamLocal(v.startsAt)) errs[F.startsAt] = t('wraparound.form.startsAtRequired');
    if (!v.place.trim()) errs[F.place] = t('wraparound.form.placeRequired');
    const chosen = v.candidates.filter((c) => c.chosen);
    if (!chosen.length) errs[F.participants] = t('wraparound.form.participantsRequired');
    for (const c of chosen) if (!c.name.trim()) errs[`wa-p-${c.id}-name`] = t('wraparound.form.nameRequired');
    setErrors(errs);
    setOwnerIds([]);
    setReloaded(false);
    if (Object.keys(errs).length) return;
    save.mutate(bodyOf(v));
  };

  const groups: { key: string; kinds: ParticipantKind[] }[] = [
    { key: 'youthAndCoach', kinds: ['youth', 'coach'] },
    { key: 'network', kinds: ['network'] },
    { key: 'professionals', kinds: ['professional'] },
  ];
  const others = v.candidates.filter((c) => c.kind === 'other');
  const addOther = () => {
    const cid = crypto.randomUUID();
    setV((o) => ({ ...o, candidates: [...o.candidates, {
      id: cid, kind: 'other', networkPersonId: null, professionalId: null, name: '', role: '', contribution: '', attended: null, hint: '', chosen: true,
    }] }));
    requestAnimationFrame(() => document.getElementById(fieldId(`wa-p-${cid}-name`))?.focus());
  };
  const addCondition = () => {
    const cid = crypto.randomUUID();
    setV((o) => ({ ...o, conditions: [...o.conditions, { id: cid, text: '', occurred: false }] }));
    requestAnimationFrame(() => document.getElementById(fieldId(`wa-c-${cid}`))?.focus());
  };
  const removeCondition = (cid: string, index: number) => {
    setV((o) => ({ ...o, conditions: o.conditions.filter((c) => c.id !== cid) }));
    // Focus the line that took its place, or the add button.
    requestAnimationFrame(() => {
      const next = v.conditions.filter((c) => c.id !== cid)[index] ?? v.conditions.filter((c) => c.id !== cid)[index - 1];
      document.getElementById(next ? fieldId(`wa-c-${next.id}`) : 'wa-add-condition')?.focus();
    });
  };
  const summaryLabels = { ...labels, ...Object.fromEntries(v.candidates.map((c) => [`wa-p-${c.id}-name`, t('wraparound.form.otherName')])) };

  return (
    <form onSubmit={onSubmit} noValidate className="spil-wa-form">
      {conflict !== undefined ? <ConflictNotice text={t('wraparound.conflict.text')} reloadLabel={t('wraparound.conflict.reload')} onReload={reload} /> : null}
      {reloaded ? <p className="spil-wa-reloaded" role="status">{t('wraparound.conflict.reloaded')}</p> : null}
      <ErrorSummary errors={summaryOf(errors, summaryLabels)} />
      <TextField name={F.startsAt} type="datetime-local" label={labels[F.startsAt]!} description={t('wraparound.form.startsAtHelp')}
        value={v.startsAt} onChange={set('startsAt')} error={errors[F.startsAt]} required className="spil-wa-input-when" />
      <TextField name={F.place} label={labels[F.place]!} description={t('wraparound.form.placeHelp')} value={v.place} onChange={set('place')}
        error={errors[F.place]} required autoComplete="off" />

      <Fieldset legend={labels[F.participants]} id={fieldId(F.participants)} description={t('wraparound.form.participantsHelp', { name: youthName })}>
        {errors[F.participants] ? <p className="utrecht-form-field-error-message" id={`${fieldId(F.participants)}-error`}>{errors[F.participants]}</p> : null}
        {groups.map((g) => {
          const list = v.candidates.filter((c) => g.kinds.includes(c.kind));
          if (!list.length && g.key === 'youthAndCoach') return null;
          return (
            <Fieldset key={g.key} legend={t(`wraparound.form.group.${g.key}`)}>
              {list.length ? (
                <ul className="spil-wa-candidates">
                  {list.map((c) => (
                    <li key={c.id} className={`spil-wa-candidate${c.chosen ? ' spil-wa-candidate--chosen' : ''}`}>
                      <CheckboxField name={`wa-p-${c.id}`} checked={c.chosen} onChange={(on) => setCandidate(c.id, { chosen: on })}
                        label={<>{c.name}{c.hint ? <span className="spil-muted"> ({c.hint})</span> : null}</>} />
                      {ownerIds.includes(c.id) ? <p className="utrecht-form-field-error-message">{t('wraparound.form.ownsActions', { name: c.name })}</p> : null}
                      {c.chosen ? <RoleFields c={c} onChange={(ch) => setCandidate(c.id, ch)} /> : null}
                    </li>
                  ))}
                </ul>
              ) : <Paragraph className="spil-muted">{t(`wraparound.form.none.${g.key}`, { name: youthName })}</Paragraph>}
            </Fieldset>
          );
        })}
        <Fieldset legend={t('wraparound.form.group.others')} description={t('wraparound.form.othersHelp')} id="wa-others">
          {others.length ? (
            <ul className="spil-wa-candidates">
              {others.map((c, i) => (
                <li key={c.id} className="spil-wa-candidate spil-wa-candidate--chosen">
                  <TextField name={`wa-p-${c.id}-name`} label={t('wraparound.form.otherNameN', { n: i + 1 })} value={c.name}
                    onChange={(x) => setCandidate(c.id, { name: x })} error={errors[`wa-p-${c.id}-name`]} required autoComplete="off" />
                  <RoleFields c={c} n={i + 1} onChange={(ch) => setCandidate(c.id, ch)} />
                  {ownerIds.includes(c.id) ? <p className="utrecht-form-field-error-message">{t('wraparound.form.ownsActions', { name: c.name })}</p> : null}
                  <Button variant="subtle" onClick={() => {
                    setV((o) => ({ ...o, candidates: o.candidates.filter((x) => x.id !== c.id) }));
                    requestAnimationFrame(() => document.getElementById('wa-add-other')?.focus());
                  }}>
                    {t('wraparound.form.removeOther')}<span className="spil-visually-hidden">{` ${c.name || t('wraparound.form.otherN', { n: i + 1 })}`}</span>
                  </Button>
                </li>
              ))}
            </ul>
          ) : null}
          <Button id="wa-add-other" onClick={addOther}>{t('wraparound.form.addOther')}</Button>
        </Fieldset>
      </Fieldset>

      <TextareaField name={F.goals} label={labels[F.goals]!} description={t('wraparound.form.goalsHelp')} value={v.goals} onChange={set('goals')} error={errors[F.goals]} rows={3} />
      <TextareaField name={F.informing} label={labels[F.informing]!} description={t('wraparound.form.informingHelp')} value={v.informing} onChange={set('informing')} error={errors[F.informing]} rows={2} />
      <TextareaField name={F.notes} label={labels[F.notes]!} value={v.notes} onChange={set('notes')} error={errors[F.notes]} rows={3} />
      <TextField name={F.nextMeetingOn} type="date" label={labels[F.nextMeetingOn]!} description={t('wraparound.form.nextMeetingOnHelp')}
        value={v.nextMeetingOn} onChange={set('nextMeetingOn')} error={errors[F.nextMeetingOn]} className="spil-wa-input-date" />

      <Fieldset legend={labels[F.conditions]} id={fieldId(F.conditions)} description={t('wraparound.form.conditionsHelp')}>
        {errors[F.conditions] ? <p className="utrecht-form-field-error-message">{errors[F.conditions]}</p> : null}
        <ol className="spil-wa-condition-lines">
          {v.conditions.map((c, i) => (
            <li key={c.id} className="spil-wa-condition-line">
              {c.occurred ? (
                <p>{c.text} <span className="spil-muted">({t('wraparound.conditions.occurredShort')})</span></p>
              ) : (
                <>
                  <TextField name={`wa-c-${c.id}`} label={t('wraparound.form.conditionN', { n: i + 1 })} value={c.text} onChange={(x) => setCondition(c.id, x)} autoComplete="off" />
                  <Button variant="subtle" onClick={() => removeCondition(c.id, i)}>
                    {t('wraparound.form.removeCondition')}<span className="spil-visually-hidden">{` ${t('wraparound.form.conditionN', { n: i + 1 })}`}</span>
                  </Button>
                </>
              )}
            </li>
          ))}
        </ol>
        <Button id="wa-add-condition" onClick={addCondition}>{t('wraparound.form.addCondition')}</Button>
      </Fieldset>

      <FormActions busy={save.isPending} label={base ? t('wraparound.form.saveChange') : t('wraparound.form.save')} onCancel={onCancel} />
    </form>
  );
}

/** Role and contribution of one participant; the labels carry the name, so each field is clear on its own. */
function RoleFields({ c, n, onChange }: { c: Candidate; n?: number; onChange: (change: Partial<Candidate>) => void }) {
  const { t } = useTranslation();
  const who = c.name.trim() || t('wraparound.form.otherN', { n: n ?? 1 });
  return (
    <div className="spil-wa-candidate__fields">
      <TextField name={`wa-p-${c.id}-role`} label={t('wraparound.form.roleOf', { name: who })} value={c.role} onChange={(x) => onChange({ role: x })} autoComplete="off" />
      <TextareaField name={`wa-p-${c.id}-contribution`} label={t('wraparound.form.contributionOf', { name: who })} value={c.contribution}
        onChange={(x) => onChange({ contribution: x })} rows={2} />
    </div>
  );
}
