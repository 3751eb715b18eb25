import { useMutation } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, patch, post } from '../../api/client';
import { useConfig, useCurrentUser } from '../../auth/session';
import { Alert } from '../../components/Alert';
import { ConflictNotice } from '../../components/ConflictNotice';
import { FormActions } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField, Fieldset, fieldId, SelectField, TextareaField, TextField } from '../../components/FormField';
import { Paragraph } from '../../components/Heading';
import { summaryOf } from '../casework/lists';
import { conflictCurrent, groupErrorsFrom, useRefreshGroups, useYouthInReach } from './queries';
import type { Group } from './types';

interface Values { teamId: string; name: string; neighbourhood: string; coachId: string; note: string; active: boolean; memberIds: string[] }

const currentMembers = (g: Group) => g.memberList.filter((m) => m.until === null).map((m) => m.youthId);

const valuesOf = (g: Group): Values => ({
  teamId: g.team.id, name: g.name, neighbourhood: g.neighbourhood ?? '', coachId: g.coach.id, note: g.note, active: g.active, memberIds: currentMembers(g),
});

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));


/**
 * Make a group (team, name, neighbourhood, responsible coach, members) or change one. Members
 * are chosen from the youth the user may see; members whose file the user cannot see stay as
 * they are (the server only checks the youth that join or leave).
 */
export function GroupForm({ group, onDone, onCancel }: { group?: Group; onDone: (saved: Group, message: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const config = useConfig();
  const reach = useYouthInReach();
  const refresh = useRefreshGroups();
  const [id] = useState(() => crypto.randomUUID());
  const [base, setBase] = useState<Group | undefined>(group);
  const teams = config.data?.teams ?? [];
  const [v, setV] = useState<Values>(() => (group ? valuesOf(group) : {
    teamId: teams.length === 1 ? teams[0]!.id : '', name: '', neighbourhood: '', coachId: '', note: '', active: true, memberIds: [],
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<Group | null | undefined>(undefined);
  const [reloaded, setReloaded] = useState(false);
  const set = <K extends keyof Values>(k: K) => (x: Values[K]) => setV((o) => ({ ...o, [k]: x }));

  // Once the teams are known: one team is chosen for the user, and they coach the group by default.
  const coaches = (config.data?.coaches ?? []).filter((c) => c.teamId === v.teamId);
  useEffect(() => {
    if (!v.teamId && teams.length === 1) setV((o) => ({ ...o, teamId: teams[0]!.id }));
  }, [teams, v.teamId]);
  useEffect(() => {
    if (!base && v.teamId && !v.coachId && coaches.some((c) => c.id === me.user.id)) setV((o) => ({ ...o, coachId: me.user.id }));
  }, [base, v.teamId, v.coachId, coaches, me.user.id]);

  const candidates = (reach.data ?? []).filter((y) => y.team.id === v.teamId);
  const hidden = base ? currentMembers(base).filter((mid) => !candidates.some((c) => c.id === mid)) : [];
  const labels = {
    teamId: t('group.form.team'), name: t('group.form.name'), neighbourhood: t('group.form.neighbourhood'), coachId: t('group.form.coach'),
    memberIds: t('group.form.members'), note: t('group.form.note'), active: t('group.form.active'),
  };

  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) => (base ? patch<Group>(`/api/groups/${base.id}`, body) : post<Group>('/api/groups', body)),
    onSuccess: async (saved) => {
      await refresh(saved);
      onDone(saved, base ? t('group.form.saved', { name: saved.name }) : t('group.form.created', { name: saved.name }));
    },
    onError: (e) => {
      if (isApiError(e, 'VERSION_CONFLICT')) { setErrors({}); setConflict(conflictCurrent<Group>(e)); return; }
      setErrors(groupErrorsFrom(e, t));
    },
  });

  const reload = () => {
    if (conflict) {
      void refresh(conflict);
      setBase(conflict);
      setV(valuesOf(conflict));
    }
    setConflict(undefined);
    setReloaded(true);
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!v.teamId) errs.teamId = t('group.form.teamRequired');
    if (!v.name.trim()) errs.name = t('group.form.nameRequired');
    if (!v.coachId) errs.coachId = t('group.form.coachRequired');
    setErrors(errs);
    setReloaded(false);
    if (Object.keys(errs).length) return;
    const memberIds = [...new Set([...v.memberIds.filter((m) => candidates.some((c) => c.id === m)), ...hidden])];
    if (!base) {
      save.mutate({
        id, teamId: v.teamId, name: v.name.trim(), coachId: v.coachId, memberIds,
        ...(v.neighbourhood.trim() ? { neighbourhood: v.neighbourhood.trim() } : {}), ...(v.note.trim() ? { note: v.note.trim() } : {}),
      });
      return;
    }
    const was = valuesOf(base);
    const body: Record<string, unknown> = { version: base.version };
    if (v.name.trim() !== was.name) body.name = v.name.trim();
    if (v.neighbourhood.trim() !== was.neighbourhood) body.neighbourhood = v.neighbourhood.trim() || null;
    if (v.coachId !== was.coachId) body.coachId = v.coachId;
    if (v.note.trim() !== was.note) body.note = v.note.trim();
    if (v.active !== was.active) body.active = v.active;
    if (!sameSet(memberIds, was.memberIds)) body.memberIds = memberIds;
    if (Object.keys(body).length === 1) { onDone(base, t('group.form.noChange')); return; }
    save.mutate(body);
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      {conflict !== undefined ? <ConflictNotice text={t('group.form.conflict')} reloadLabel={t('group.form.conflictReload')} onReload={reload} /> : null}
      {reloaded ? <Alert type="info">{t('group.form.conflictReloaded')}</Alert> : null}
      <ErrorSummary errors={summaryOf(errors, labels)} />
      {!base && teams.length > 1 ? (
        <SelectField name="teamId" label={labels.teamId} value={v.teamId} required placeholder={t('common.choose')} error={errors.teamId}
          options={teams.map((x) => ({ value: x.id, label: x.name }))}
          onChange={(x) => setV((o) => ({ ...o, teamId: x, coachId: '', memberIds: [] }))} />
      ) : null}
      <TextField name="name" label={labels.name} description={t('group.form.nameHelp')} value={v.name} onChange={set('name')} error={errors.name} required autoComplete="off" />
      <TextField name="neighbourhood" label={labels.neighbourhood} value={v.neighbourhood} onChange={set('neighbourhood')} error={errors.neighbourhood} autoComplete="off" />
      <SelectField name="coachId" label={labels.coachId} value={v.coachId} onChange={set('coachId')} error={errors.coachId} required
        placeholder={t('common.choose')} options={coaches.map((c) => ({ value: c.id, label: c.name }))} />
      {v.teamId ? (
        <Fieldset legend={labels.memberIds} id={fieldId('memberIds')} description={t('group.form.membersHelp')}>
          {errors.memberIds ? <p className="utrecht-form-field-error-message">{errors.memberIds}</p> : null}
          {reach.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
          {reach.isSuccess && !candidates.length ? <Paragraph>{t('group.form.noCandidates')}</Paragraph> : null}
          <div className="spil-group-picks">
            {candidates.map((y) => (
              <CheckboxField key={y.id} name={`member-${y.id}`} label={y.displayName} checked={v.memberIds.includes(y.id)}
                onChange={(on) => set('memberIds')(on ? [...v.memberIds, y.id] : v.memberIds.filter((m) => m !== y.id))} />
            ))}
          </div>
          {hidden.length ? <Paragraph small>{t('group.form.hiddenMembers', { count: hidden.length })}</Paragraph> : null}
        </Fieldset>
      ) : null}
      <TextareaField name="note" label={labels.note} value={v.note} onChange={set('note')} error={errors.note} rows={3} />
      {base ? <CheckboxField name="active" label={labels.active} checked={v.active} onChange={set('active')} /> : null}
      <FormActions busy={save.isPending} label={base ? t('group.form.saveChange') : t('group.form.save')} onCancel={onCancel} />
    </form>
  );
}
