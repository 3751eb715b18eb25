import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, patch, post } from '../../api/client';
import { Alert } from '../../components/Alert';
import { ConflictNotice } from '../../components/ConflictNotice';
import { FormActions } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField, Fieldset, fieldId, RadioGroupField, TextareaField, TextField } from '../../components/FormField';
import { errorsFrom, summaryOf } from '../casework/lists';
import type { Influence, Network, NetworkPerson, Professional } from './types';
import { networkKey, RINGS } from './NetworkText';

type Done = (message: string) => void;

/** After a save: the network and the file's history (where network changes are listed) are stale. */
export function useRefreshNetwork(youthId: string) {
  const qc = useQueryClient();
  return async () => {
    await qc.invalidateQueries({ queryKey: networkKey(youthId) });
    await qc.invalidateQueries({ queryKey: ['youth', youthId, 'history'] });
  };
}

/** Put one changed record into the cached network (after a 409 told us the current version). */
export function useReplaceInNetwork(youthId: string) {
  const qc = useQueryClient();
  return (kind: 'people' | 'professionals', record: NetworkPerson | Professional) => {
    qc.setQueryData<Network>(networkKey(youthId), (n) => n && ({
      ...n, [kind]: (n[kind] as (NetworkPerson | Professional)[]).map((r) => (r.id === record.id ? record : r)),
    }));
  };
}

/** The current version a 409 VERSION_CONFLICT carries, or null when it is not a conflict. */
export function conflictCurrent<T>(e: unknown): T | null {
  return isApiError(e, 'VERSION_CONFLICT') ? ((e.details as { current?: T } | null)?.current ?? null) : null;
}

/** Only what differs from the record as it was loaded: the history then shows exactly what changed. */
function changed<T extends Record<string, unknown>>(before: T, after: T): Partial<T> {
  return Object.fromEntries(Object.entries(after).filter(([k, v]) => before[k] !== v)) as Partial<T>;
}

function Shell({ onSubmit, errors, labels, top, children }: {
  onSubmit: (e: FormEvent) => void; errors: Record<string, string>; labels: Record<string, string>; top?: ReactNode; children: ReactNode;
}) {
  return (
    <form onSubmit={onSubmit} noValidate>
      {top}
      <ErrorSummary errors={summaryOf(errors, labels)} />
      {children}
    </form>
  );
}

// ——— people ———

interface PersonValues extends Record<string, unknown> {
  name: string; relation: string; ring: string; supportPractical: boolean; supportEmotional: boolean;
  influence: Influence; isJim: boolean; note: string;
}

const EMPTY_PERSON: PersonValues = { name: '', relation: '', ring: '', supportPractical: false, supportEmotional: false, influence: 'neutral', isJim: false, note: '' };

const personValues = (p: NetworkPerson): PersonValues => ({
  name: p.name, relation: p.relation, ring: String(p.ring), supportPractical: p.supportPractical, supportEmotional: p.supportEmotional,
  influence: p.influence, isJim: p.isJim, note: p.note ?? '',
});

const personBody = (v: Partial<PersonValues>) => ({
  ...v,
  ...(v.name !== undefined ? { name: v.name.trim() } : {}),
  ...(v.relation !== undefined ? { relation: v.relation.trim() } : {}),
  ...(v.ring !== undefined ? { ring: Number(v.ring) } : {}),
  ...(v.note !== undefined ? { note: v.note.trim() } : {}),
});

/**
 * Add someone to the network, or change them. `jimHolder` is whoever is the JIM mentor now
 * (the server moves the mark when this person becomes it; the form says so beforehand).
 */
export function PersonForm({ youthId, person, jimHolder, onDone, onCancel }: {
  youthId: string; person?: NetworkPerson; jimHolder?: NetworkPerson; onDone: Done; onCancel: () => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshNetwork(youthId);
  const replace = useReplaceInNetwork(youthId);
  const [id] = useState(() => crypto.randomUUID());
  const [base, setBase] = useState<NetworkPerson | undefined>(person);
  const [v, setV] = useState<PersonValues>(() => (person ? personValues(person) : EMPTY_PERSON));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<NetworkPerson | null | undefined>(undefined);
  const [reloaded, setReloaded] = useState(false);
  const set = <K extends keyof PersonValues>(k: K) => (x: PersonValues[K]) => setV((o) => ({ ...o, [k]: x }));
  const labels = {
    name: t('network.form.name'), relation: t('network.form.relation'), ring: t('network.form.ring'),
    supportPractical: t('network.form.supportPractical'), supportEmotional: t('network.form.supportEmotional'),
    influence: t('network.form.influence'), isJim: t('network.form.isJim'), note: t('network.form.note'), leftOn: t('network.people.leave'),
  };
  const save = useMutation({
    mutationFn: (changes: Partial<PersonValues>) => (base
      ? patch<NetworkPerson>(`/api/network/people/${base.id}`, { version: base.version, ...personBody(changes) })
      : post<NetworkPerson>(`/api/youth/${youthId}/network/people`, { id, ...personBody(changes) })),
    onSuccess: async (saved) => {
      await refresh();
      const becameJim = saved.isJim && !base?.isJim;
      onDone(becameJim ? t('network.people.jimMoved', { name: saved.name })
        : base ? t('network.people.saved', { name: saved.name }) : t('network.people.added', { name: saved.name }));
    },
    onError: (e) => {
      if (isApiError(e, 'VERSION_CONFLICT')) { setErrors({}); setConflict(conflictCurrent<NetworkPerson>(e)); return; }
      setErrors(errorsFrom(e, t));
    },
  });
  const reload = () => {
    if (conflict) {
      replace('people', conflict);
      setBase(conflict);
      setV(personValues(conflict));
    } else {
      void refresh();
    }
    setConflict(undefined);
    setReloaded(true);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!v.name.trim()) errs.name = t('network.form.nameRequired');
    if (!v.relation.trim()) errs.relation = t('network.form.relationRequired');
    if (!v.ring) errs.ring = t('network.form.ringRequired');
    setErrors(errs);
    setReloaded(false);
    if (Object.keys(errs).length) return;
    if (!base) { save.mutate({ ...v, ...(v.note.trim() ? {} : { note: undefined }) }); return; }
    const changes = changed(personValues(base), v);
    if (!Object.keys(changes).length) { onDone(t('network.form.noChange')); return; }
    save.mutate(changes);
  };
  const showJimMove = jimHolder && jimHolder.id !== base?.id;
  return (
    <Shell onSubmit={onSubmit} errors={errors} labels={labels}
      top={<>
        {conflict !== undefined ? <ConflictNotice text={t('network.conflict')} reloadLabel={t('network.conflictReload')} onReload={reload} /> : null}
        {reloaded ? <Alert type="info">{t('network.conflictReloaded')}</Alert> : null}
      </>}>
      <TextField name="name" label={labels.name} description={t('network.form.nameHelp')} value={v.name} onChange={set('name')} error={errors.name} required autoComplete="off" />
      <TextField name="relation" label={labels.relation} description={t('network.form.relationHelp')} value={v.relation} onChange={set('relation')} error={errors.relation} required autoComplete="off" />
      <RadioGroupField name="ring" legend={labels.ring} value={v.ring} onChange={set('ring')} error={errors.ring}
        options={RINGS.map((r) => ({ value: String(r), label: t('network.ringHeading', { ring: t(`network.rings.${r}`), number: r }), description: t(`network.ringHelp.${r}`) }))} />
      <Fieldset legend={t('network.form.support')} id={fieldId('support')}>
        <CheckboxField name="supportPractical" label={labels.supportPractical} description={t('network.form.supportPracticalHelp')} checked={v.supportPractical} onChange={set('supportPractical')} />
        <CheckboxField name="supportEmotional" label={labels.supportEmotional} description={t('network.form.supportEmotionalHelp')} checked={v.supportEmotional} onChange={set('supportEmotional')} />
      </Fieldset>
      <RadioGroupField name="influence" legend={labels.influence} value={v.influence} onChange={(x) => set('influence')(x as Influence)} error={errors.influence}
        options={(['vip', 'neutral', 'vap'] as Influence[]).map((i) => ({ value: i, label: t(`network.influenceLong.${i}`), description: t(`network.influenceHelp.${i}`) }))} />
      <Fieldset legend={t('network.jim')} id={fieldId('jim')}>
        <CheckboxField name="isJim" label={labels.isJim} checked={v.isJim} onChange={set('isJim')}
          description={<>{t('network.form.isJimHelp')}{showJimMove ? <> {t('network.form.isJimMoves', { name: jimHolder.name })}</> : null}</>} />
      </Fieldset>
      <TextareaField name="note" label={labels.note} value={v.note} onChange={set('note')} error={errors.note} rows={3} />
      <FormActions busy={save.isPending} label={base ? t('network.form.saveChange') : t('network.form.save')} onCancel={onCancel} />
    </Shell>
  );
}

// ——— professionals ———

interface ProfessionalValues extends Record<string, unknown> {
  name: string; organisation: string; role: string; phone: string; email: string; involvedSince: string; whatTheyDo: string;
}

const EMPTY_PROFESSIONAL: ProfessionalValues = { name: '', organisation: '', role: '', phone: '', email: '', involvedSince: '', whatTheyDo: '' };

const professionalValues = (p: Professional): ProfessionalValues => ({
  name: p.name, organisation: p.organisation, role: p.role ?? '', phone: p.phone ?? '', email: p.email ?? '',
  involvedSince: p.involvedSince ?? '', whatTheyDo: p.whatTheyDo ?? '',
});

/** Trimmed texts; an emptied date is null (cleared), an emptied text is '' (the server stores null). */
function professionalBody(v: Partial<ProfessionalValues>, creating: boolean) {
  const out: Record<string, unknown> = {};
  for (const [k, raw] of Object.entries(v)) {
    const x = typeof raw === 'string' ? raw.trim() : raw;
    if (k === 'involvedSince') { if (x || !creating) out[k] = x || null; continue; }
    if (x === '' && creating && k !== 'name' && k !== 'organisation') continue;
    out[k] = x;
  }
  return out;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function ProfessionalForm({ youthId, professional, onDone, onCancel }: {
  youthId: string; professional?: Professional; onDone: Done; onCancel: () => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshNetwork(youthId);
  const replace = useReplaceInNetwork(youthId);
  const [id] = useState(() => crypto.randomUUID());
  const [base, setBase] = useState<Professional | undefined>(professional);
  const [v, setV] = useState<ProfessionalValues>(() => (professional ? professionalValues(professional) : EMPTY_PROFESSIONAL));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<Professional | null | undefined>(undefined);
  const [reloaded, setReloaded] = useState(false);
  const set = (k: keyof ProfessionalValues) => (x: string) => setV((o) => ({ ...o, [k]: x }));
  const labels = {
    name: t('network.proForm.name'), organisation: t('network.proForm.organisation'), role: t('network.proForm.role'), phone: t('network.proForm.phone'),
    email: t('network.proForm.email'), involvedSince: t('network.proForm.involvedSince'), whatTheyDo: t('network.proForm.whatTheyDo'), endedOn: t('network.professionals.end'),
  };
  const save = useMutation({
    mutationFn: (changes: Partial<ProfessionalValues>) => (base
      ? patch<Professional>(`/api/network/professionals/${base.id}`, { version: base.version, ...professionalBody(changes, false) })
      : post<Professional>(`/api/youth/${youthId}/network/professionals`, { id, ...professionalBody(changes, true) })),
    onSuccess: async (saved) => {
      await refresh();
      onDone(base ? t('network.professionals.saved', { name: saved.name }) : t('network.professionals.added', { name: saved.name }));
    },
    onError: (e) => {
      if (isApiError(e, 'VERSION_CONFLICT')) { setErrors({}); setConflict(conflictCurrent<Professional>(e)); return; }
      setErrors(errorsFrom(e, t));
    },
  });
  const reload = () => {
    if (conflict) {
      replace('professionals', conflict);
      setBase(conflict);
      setV(professionalValues(conflict));
    } else {
      void refresh();
    }
    setConflict(undefined);
    setReloaded(true);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!v.name.trim()) errs.name = t('network.proForm.nameRequired');
    if (!v.organisation.trim()) errs.organisation = t('network.proForm.organisationRequired');
    if (v.email.trim() && !EMAIL.test(v.email.trim())) errs.email = t('network.proForm.emailInvalid');
    if (v.involvedSince && !/^\d{4}-\d{2}-\d{2}$/.test(v.involvedSince)) errs.involvedSince = t('network.proForm.dateInvalid');
    setErrors(errs);
    setReloaded(false);
    if (Object.keys(errs).length) return;
    if (!base) { save.mutate(v); return; }
    const changes = changed(professionalValues(base), v);
    if (!Object.keys(changes).length) { onDone(t('network.form.noChange')); return; }
    save.mutate(changes);
  };
  return (
    <Shell onSubmit={onSubmit} errors={errors} labels={labels}
      top={<>
        {conflict !== undefined ? <ConflictNotice text={t('network.conflict')} reloadLabel={t('network.conflictReload')} onReload={reload} /> : null}
        {reloaded ? <Alert type="info">{t('network.conflictReloaded')}</Alert> : null}
      </>}>
      <TextField name="name" label={labels.name} value={v.name} onChange={set('name')} error={errors.name} required autoComplete="off" />
      <TextField name="organisation" label={labels.organisation} value={v.organisation} onChange={set('organisation')} error={errors.organisation} required autoComplete="off" />
      <TextField name="role" label={labels.role} description={t('network.proForm.roleHelp')} value={v.role} onChange={set('role')} error={errors.role} autoComplete="off" />
      <TextField name="phone" type="tel" inputMode="tel" label={labels.phone} value={v.phone} onChange={set('phone')} error={errors.phone} autoComplete="off" />
      <TextField name="email" type="email" inputMode="email" label={labels.email} value={v.email} onChange={set('email')} error={errors.email} autoComplete="off" spellCheck={false} />
      <TextField name="involvedSince" type="date" label={labels.involvedSince} value={v.involvedSince} onChange={set('involvedSince')} error={errors.involvedSince} className="spil-input-short" />
      <TextareaField name="whatTheyDo" label={labels.whatTheyDo} value={v.whatTheyDo} onChange={set('whatTheyDo')} error={errors.whatTheyDo} rows={3} />
      <FormActions busy={save.isPending} label={base ? t('network.proForm.saveChange') : t('network.proForm.save')} onCancel={onCancel} />
    </Shell>
  );
}
