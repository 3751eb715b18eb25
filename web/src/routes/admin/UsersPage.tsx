import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusAndActions } from './StatusAndActions';
import { ApiError, get, patch, post } from '../../api/client';
import { ROLES, type AdminUser, type Items, type Organisation, type Team } from '../../api/types';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField, Fieldset, SelectField, TextField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { PageTitle } from '../../components/PageTitle';
import { TableRegion, TBody, Td, Th, THead, Tr } from '../../components/Table';
import { AdminNav, errorMessage } from './AdminNav';

interface UserForm {
  email: string; displayName: string; organisationId: string; roles: string[]; teamIds: string[]; caseloadLimit: string; password: string;
}

const emptyForm: UserForm = { email: '', displayName: '', organisationId: '', roles: [], teamIds: [], caseloadLimit: '', password: '' };

function useLookups() {
  const orgs = useQuery({ queryKey: ['admin', '/api/admin/organisations'], queryFn: () => get<Items<Organisation>>('/api/admin/organisations') });
  const teams = useQuery({ queryKey: ['admin', '/api/admin/teams'], queryFn: () => get<Items<Team>>('/api/admin/teams') });
  return { orgs: orgs.data?.items ?? [], teams: teams.data?.items ?? [] };
}

/** Users: create, change roles and teams, deactivate (never delete: history keeps their name). */
export function UsersPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const users = useQuery({ queryKey: ['admin', '/api/admin/users'], queryFn: () => get<Items<AdminUser>>('/api/admin/users') });
  const { orgs, teams } = useLookups();
  const [notice, setNotice] = useState<string | null>(null);
  const [editing, setEditing] = useState<AdminUser | null>(null);
  const [creating, setCreating] = useState(false);
  const closeEdit = useCallback(() => setEditing(null), []);
  const closeCreate = useCallback(() => setCreating(false), []);
  const refresh = () => qc.invalidateQueries({ queryKey: ['admin', '/api/admin/users'] });

  const toggle = useMutation({
    mutationFn: (u: AdminUser) => patch<AdminUser>(`/api/admin/users/${u.id}`, { version: u.version, active: !u.active }),
    onSuccess: async (u) => { setNotice(u.active ? t('admin.activated', { name: u.displayName }) : t('admin.deactivated', { name: u.displayName })); await refresh(); },
    onError: async (e) => { setNotice(errorMessage(t, e)); await refresh(); },
  });

  const orgName = (id: string) => orgs.find((o) => o.id === id)?.name ?? '—';
  const teamNames = (ids: string[]) => ids.map((id) => teams.find((tm) => tm.id === id)?.name ?? '').filter(Boolean).join(', ') || '—';

  return (
    <>
      <PageTitle title={t('admin.users')} pre={t('nav.admin')} />
      <AdminNav />
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      <div className="spil-toolbar"><Button variant="primary" onClick={() => setCreating(true)}>{t('admin.addUser')}</Button></div>
      <section aria-labelledby="users-heading" className="spil-section">
        <Heading level={2} id="users-heading">{t('admin.existing')}</Heading>
        {users.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
        {users.isError ? <Alert type="error">{errorMessage(t, users.error)}</Alert> : null}
        {users.data ? (
          <TableRegion label={t('admin.users')}>
            <THead>
              <Th>{t('admin.displayName')}</Th><Th>{t('admin.email')}</Th><Th>{t('admin.organisation')}</Th>
              <Th>{t('admin.roles')}</Th><Th>{t('admin.teams')}</Th><Th>{t('admin.twoFactor')}</Th><Th>{t('admin.status')}</Th><Th>{t('admin.actions')}</Th>
            </THead>
            <TBody>
              {users.data.items.map((u) => (
                <Tr key={u.id}>
                  <Td>{u.displayName}</Td>
                  <Td>{u.email}</Td>
                  <Td>{orgName(u.organisationId)}</Td>
                  <Td>{u.roles.map((r) => t(`roles.${r}`, { defaultValue: r })).join(', ')}</Td>
                  <Td>{teamNames(u.teamIds)}</Td>
                  <Td>{u.totpEnabled ? t('admin.totpOn') : t('admin.totpOff')}</Td>
                  <StatusAndActions active={u.active} name={u.displayName} onEdit={() => setEditing(u)} onToggle={() => toggle.mutate(u)} />
                </Tr>
              ))}
            </TBody>
          </TableRegion>
        ) : null}
      </section>
      <Dialog open={creating} onClose={closeCreate} title={t('admin.addUser')}>
        {creating ? <UserFormView mode="create" initial={emptyForm} orgs={orgs} teams={teams} onCancel={closeCreate}
          onDone={async (msg) => { setCreating(false); setNotice(msg); await refresh(); }} /> : null}
      </Dialog>
      <Dialog open={editing !== null} onClose={closeEdit} title={editing ? t('admin.editNamed', { name: editing.displayName }) : ''}>
        {editing ? <UserFormView key={`${editing.id}-${editing.version}`} mode="edit" user={editing} orgs={orgs} teams={teams} onCancel={closeEdit}
          initial={{ email: editing.email, displayName: editing.displayName, organisationId: editing.organisationId, roles: editing.roles, teamIds: editing.teamIds, caseloadLimit: editing.caseloadLimit?.toString() ?? '', password: '' }}
          onDone={async (msg) => { setEditing(null); setNotice(msg); await refresh(); }} /> : null}
      </Dialog>
    </>
  );
}

function UserFormView({ mode, user, initial, orgs, teams, onDone, onCancel }: {
  mode: 'create' | 'edit'; user?: AdminUser; initial: UserForm; orgs: Organisation[]; teams: Team[];
  onDone: (msg: string) => Promise<void>; onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [v, setV] = useState<UserForm>({ ...initial, organisationId: initial.organisationId || orgs[0]?.id || '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof UserForm>(k: K, val: UserForm[K]) => setV((s) => ({ ...s, [k]: val }));
  const toggleIn = (k: 'roles' | 'teamIds', id: string, on: boolean) => set(k, on ? [...v[k], id] : v[k].filter((x) => x !== id));

  const save = useMutation({
    mutationFn: () => {
      const limit = v.caseloadLimit.trim() ? Number(v.caseloadLimit) : undefined;
      if (mode === 'create') {
        return post<AdminUser>('/api/admin/users', {
          id: crypto.randomUUID(), email: v.email.trim(), displayName: v.displayName.trim(), organisationId: v.organisationId,
          roles: v.roles, teamIds: v.teamIds, password: v.password, ...(limit !== undefined ? { caseloadLimit: limit } : {}),
        });
      }
      return patch<AdminUser>(`/api/admin/users/${user!.id}`, {
        version: user!.version, displayName: v.displayName.trim(), organisationId: v.organisationId, roles: v.roles, teamIds: v.teamIds,
        ...(limit !== undefined ? { caseloadLimit: limit } : {}),
      });
    },
    onSuccess: (u) => onDone(mode === 'create' ? t('admin.created', { name: u.displayName }) : t('admin.saved', { name: u.displayName })),
    onError: (e) => setErrors(e instanceof ApiError && e.code === 'VALIDATION_FAILED' ? e.fieldErrors() : { _form: errorMessage(t, e) }),
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (mode === 'create' && !v.email.trim()) errs.email = t('form.fieldRequired');
    if (!v.displayName.trim()) errs.displayName = t('form.fieldRequired');
    if (!v.roles.length) errs.roles = t('admin.roleRequired');
    if (mode === 'create' && v.password.length < 12) errs.password = t('admin.passwordRule');
    if (v.caseloadLimit.trim() && !/^\d+$/.test(v.caseloadLimit.trim())) errs.caseloadLimit = t('admin.numberRule');
    setErrors(errs);
    if (!Object.keys(errs).length) save.mutate();
  };

  const labels: Record<string, string> = {
    email: t('admin.email'), displayName: t('admin.displayName'), organisationId: t('admin.organisation'), roles: t('admin.roles'),
    teamIds: t('admin.teams'), caseloadLimit: t('admin.caseloadLimit'), password: t('admin.password'),
  };
  const fieldFor = (f: string) => (f === 'roles' ? `role-${ROLES[0]}` : f === 'teamIds' ? `team-${teams[0]?.id ?? ''}` : `user-${f}`);

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={Object.entries(errors).map(([f, message]) => f === '_form' ? { message } : { field: fieldFor(f), label: labels[f], message })} />
      {mode === 'create' ? (
        <TextField name="user-email" label={labels.email!} type="email" value={v.email} onChange={(x) => set('email', x)} error={errors.email} required spellCheck={false} autoComplete="off" />
      ) : <Paragraph>{t('admin.email')}: {v.email}</Paragraph>}
      <TextField name="user-displayName" label={labels.displayName!} value={v.displayName} onChange={(x) => set('displayName', x)} error={errors.displayName} required autoComplete="off" />
      <SelectField name="user-organisationId" label={labels.organisationId!} value={v.organisationId} onChange={(x) => set('organisationId', x)} error={errors.organisationId}
        options={orgs.map((o) => ({ value: o.id, label: o.name }))} />
      <Fieldset legend={labels.roles!}>
        {errors.roles ? <p className="utrecht-form-field-error-message">{errors.roles}</p> : null}
        {ROLES.map((r) => <CheckboxField key={r} name={`role-${r}`} label={t(`roles.${r}`)} checked={v.roles.includes(r)} onChange={(on) => toggleIn('roles', r, on)} />)}
      </Fieldset>
      <Fieldset legend={labels.teamIds!}>
        {teams.map((tm) => <CheckboxField key={tm.id} name={`team-${tm.id}`} label={tm.name} checked={v.teamIds.includes(tm.id)} onChange={(on) => toggleIn('teamIds', tm.id, on)} />)}
      </Fieldset>
      <TextField name="user-caseloadLimit" label={labels.caseloadLimit!} inputMode="numeric" value={v.caseloadLimit} onChange={(x) => set('caseloadLimit', x)} error={errors.caseloadLimit}
        description={t('admin.caseloadHelp')} />
      {mode === 'create' ? (
        <TextField name="user-password" label={labels.password!} type="password" value={v.password} onChange={(x) => set('password', x)} error={errors.password} required
          description={t('admin.passwordHelp')} autoComplete="new-password" />
      ) : null}
      <div className="spil-actions">
        <Button type="submit" variant="primary" busy={save.isPending} disabled={save.isPending}>{mode === 'create' ? t('admin.addUser') : t('common.save')}</Button>
        <Button variant="subtle" onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
