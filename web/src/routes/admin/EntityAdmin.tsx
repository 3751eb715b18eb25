import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusAndActions } from './StatusAndActions';
import { ApiError, get, patch, post } from '../../api/client';
import type { Items } from '../../api/types';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Fieldset, TextField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { PageTitle } from '../../components/PageTitle';
import { TableRegion, TBody, Td, Th, THead, Tr } from '../../components/Table';
import { AdminNav, errorMessage } from './AdminNav';

interface Entity { id: string; name: string; active: boolean; version: number; [key: string]: unknown }
interface FieldSpec { name: string; label: string; required?: boolean }

/** Organisations and teams share one screen shape: a list, a create form, rename and (de)activate. */
export function EntityAdmin({ title, endpoint, fields, singular }: { title: string; endpoint: string; fields: FieldSpec[]; singular: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const list = useQuery({ queryKey: ['admin', endpoint], queryFn: () => get<Items<Entity>>(endpoint) });
  const empty = Object.fromEntries(fields.map((f) => [f.name, '']));
  const [values, setValues] = useState<Record<string, string>>(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [editing, setEditing] = useState<Entity | null>(null);
  const closeEdit = useCallback(() => setEditing(null), []);

  const create = useMutation({
    mutationFn: () => post<Entity>(endpoint, {
      id: crypto.randomUUID(),
      ...Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.trim()]).filter(([, v]) => v !== '')),
    }),
    onSuccess: async (e) => {
      setValues(empty); setErrors({}); setNotice(t('admin.created', { name: e.name }));
      await qc.invalidateQueries({ queryKey: ['admin', endpoint] });
    },
    onError: (e) => setErrors(e instanceof ApiError && e.code === 'VALIDATION_FAILED' ? e.fieldErrors() : { _form: errorMessage(t, e) }),
  });

  const toggle = useMutation({
    mutationFn: (e: Entity) => patch<Entity>(`${endpoint}/${e.id}`, { version: e.version, active: !e.active }),
    onSuccess: async (e) => {
      setNotice(e.active ? t('admin.activated', { name: e.name }) : t('admin.deactivated', { name: e.name }));
      await qc.invalidateQueries({ queryKey: ['admin', endpoint] });
    },
    onError: async (e) => { setNotice(errorMessage(t, e)); await qc.invalidateQueries({ queryKey: ['admin', endpoint] }); },
  });

  const onCreate = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    for (const f of fields) if (f.required && !values[f.name]?.trim()) errs[f.name] = t('form.fieldRequired');
    setErrors(errs);
    if (!Object.keys(errs).length) create.mutate();
  };

  return (
    <>
      <PageTitle title={title} pre={t('nav.admin')} />
      <AdminNav />
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      <section aria-labelledby="list-heading" className="spil-section">
        <Heading level={2} id="list-heading">{t('admin.existing')}</Heading>
        {list.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
        {list.isError ? <Alert type="error">{errorMessage(t, list.error)}</Alert> : null}
        {list.data ? (
          <TableRegion label={title}>
            <THead>
              {fields.map((f) => <Th key={f.name}>{f.label}</Th>)}
              <Th>{t('admin.status')}</Th>
              <Th>{t('admin.actions')}</Th>
            </THead>
            <TBody>
              {list.data.items.map((e) => (
                <Tr key={e.id}>
                  {fields.map((f) => <Td key={f.name}>{String(e[f.name] ?? '—')}</Td>)}
                  <StatusAndActions active={e.active} name={e.name} onEdit={() => setEditing(e)} onToggle={() => toggle.mutate(e)} />
                </Tr>
              ))}
            </TBody>
          </TableRegion>
        ) : null}
      </section>
      <section aria-labelledby="create-heading" className="spil-section">
        <Heading level={2} id="create-heading">{t('admin.add', { what: singular })}</Heading>
        <form onSubmit={onCreate} noValidate>
          <ErrorSummary errors={Object.entries(errors).map(([field, message]) => field === '_form' ? { message } : { field: `new-${field}`, label: fields.find((f) => f.name === field)?.label, message })} />
          <Fieldset legend={t('admin.newDetails', { what: singular })}>
            {fields.map((f) => (
              <TextField key={f.name} name={`new-${f.name}`} label={f.label} required={f.required} value={values[f.name] ?? ''}
                onChange={(v) => setValues((s) => ({ ...s, [f.name]: v }))} error={errors[f.name]} autoComplete="off" />
            ))}
          </Fieldset>
          <Button type="submit" variant="primary" busy={create.isPending} disabled={create.isPending}>{t('admin.add', { what: singular })}</Button>
        </form>
      </section>
      <Dialog open={editing !== null} onClose={closeEdit} title={editing ? t('admin.editNamed', { name: editing.name }) : ''}>
        {editing ? <EditEntity key={`${editing.id}-${editing.version}`} entity={editing} endpoint={endpoint} fields={fields}
          onDone={async (msg) => { setEditing(null); setNotice(msg); await qc.invalidateQueries({ queryKey: ['admin', endpoint] }); }}
          onCancel={closeEdit} /> : null}
      </Dialog>
    </>
  );
}

function EditEntity({ entity, endpoint, fields, onDone, onCancel }: {
  entity: Entity; endpoint: string; fields: FieldSpec[]; onDone: (msg: string) => Promise<void>; onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, string>>(Object.fromEntries(fields.map((f) => [f.name, String(entity[f.name] ?? '')])));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: () => patch<Entity>(`${endpoint}/${entity.id}`, {
      version: entity.version, ...Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.trim()])),
    }),
    onSuccess: (e) => onDone(t('admin.saved', { name: e.name })),
    onError: (e) => setErrors(e instanceof ApiError && e.code === 'VALIDATION_FAILED' ? e.fieldErrors() : { _form: errorMessage(t, e) }),
  });
  return (
    <form onSubmit={(e) => { e.preventDefault(); save.mutate(); }} noValidate>
      <ErrorSummary errors={Object.entries(errors).map(([field, message]) => field === '_form' ? { message } : { field: `edit-${field}`, label: fields.find((f) => f.name === field)?.label, message })} />
      {fields.map((f) => (
        <TextField key={f.name} name={`edit-${f.name}`} label={f.label} required={f.required} value={values[f.name] ?? ''}
          onChange={(v) => setValues((s) => ({ ...s, [f.name]: v }))} error={errors[f.name]} autoComplete="off" />
      ))}
      <div className="spil-actions">
        <Button type="submit" variant="primary" busy={save.isPending} disabled={save.isPending}>{t('common.save')}</Button>
        <Button variant="subtle" onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}

export function OrganisationsPage() {
  const { t } = useTranslation();
  return <EntityAdmin title={t('admin.organisations')} singular={t('admin.organisation')} endpoint="/api/admin/organisations"
    fields={[{ name: 'name', label: t('admin.name'), required: true }]} />;
}

export function TeamsPage() {
  const { t } = useTranslation();
  return <EntityAdmin title={t('admin.teams')} singular={t('admin.team')} endpoint="/api/admin/teams"
    fields={[{ name: 'name', label: t('admin.name'), required: true }, { name: 'neighbourhood', label: t('admin.neighbourhood') }]} />;
}
