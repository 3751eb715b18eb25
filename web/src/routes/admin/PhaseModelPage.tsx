import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, get, put } from '../../api/client';
import type { PhaseModel } from '../../api/types';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Fieldset, TextField } from '../../components/FormField';
import { Paragraph } from '../../components/Heading';
import { PageTitle } from '../../components/PageTitle';
import { AdminNav, errorMessage } from './AdminNav';

interface Row { id: string; key: string; name: string; plannedWeeks: string }

/** The phase model is data: rename, reorder (up/down) and set planned durations. */
export function PhaseModelPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const model = useQuery({ queryKey: ['admin', 'phase-model'], queryFn: () => get<PhaseModel>('/api/admin/phase-model') });
  const [rows, setRows] = useState<Row[]>([]);
  const [notice, setNotice] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [moved, setMoved] = useState<{ id: string; dir: 'up' | 'down' } | null>(null);

  useEffect(() => {
    if (model.data) setRows(model.data.phases.filter((p) => p.active).sort((a, b) => a.position - b.position)
      .map((p) => ({ id: p.id, key: p.key, name: p.name, plannedWeeks: p.plannedWeeks?.toString() ?? '' })));
  }, [model.data]);

  // Keep keyboard focus on the moved phase's button so repeated presses keep working.
  useEffect(() => {
    if (!moved) return;
    const el = document.getElementById(`move-${moved.dir}-${moved.id}`) ?? document.getElementById(`move-${moved.dir === 'up' ? 'down' : 'up'}-${moved.id}`);
    el?.focus();
    // Once: otherwise typing in a name field would pull focus back to the move button.
    setMoved(null);
  }, [moved, rows]);

  const move = (i: number, dir: -1 | 1) => {
    const j = i + dir;
    if (j < 0 || j >= rows.length) return;
    const next = [...rows];
    [next[i], next[j]] = [next[j]!, next[i]!];
    setRows(next);
    setMoved({ id: rows[i]!.id, dir: dir < 0 ? 'up' : 'down' });
  };

  const save = useMutation({
    mutationFn: () => put<PhaseModel>('/api/admin/phase-model', {
      version: model.data!.version,
      phases: rows.map((r) => ({ id: r.id, name: r.name.trim(), plannedWeeks: r.plannedWeeks.trim() ? Number(r.plannedWeeks) : null })),
    }),
    onSuccess: async (m) => {
      qc.setQueryData(['admin', 'phase-model'], m);
      setNotice({ type: 'ok', text: t('phaseModel.saved') });
      await qc.invalidateQueries({ queryKey: ['config'] });
    },
    onError: async (e) => {
      if (e instanceof ApiError && e.code === 'VALIDATION_FAILED') setErrors(e.fieldErrors());
      setNotice({ type: 'error', text: errorMessage(t, e) });
      if (e instanceof ApiError && e.code === 'VERSION_CONFLICT') await model.refetch();
    },
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    rows.forEach((r) => {
      if (!r.name.trim()) errs[`name-${r.id}`] = t('form.fieldRequired');
      if (r.plannedWeeks.trim() && !/^\d+$/.test(r.plannedWeeks.trim())) errs[`weeks-${r.id}`] = t('admin.numberRule');
    });
    setErrors(errs); setNotice(null);
    if (!Object.keys(errs).length) save.mutate();
  };

  return (
    <>
      <PageTitle title={t('admin.phaseModel')} pre={t('nav.admin')} />
      <AdminNav />
      <Paragraph>{t('phaseModel.intro')}</Paragraph>
      {model.data ? <Paragraph small>{t('phaseModel.preset', { preset: model.data.preset.toUpperCase() })}</Paragraph> : null}
      {notice ? <Alert type={notice.type}>{notice.text}</Alert> : null}
      {model.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
      {model.isError ? <Alert type="error">{errorMessage(t, model.error)}</Alert> : null}
      {rows.length ? (
        <form onSubmit={onSubmit} noValidate>
          <ol className="spil-phase-list">
            {rows.map((r, i) => (
              <li key={r.id} className="spil-phase-list__item">
                <Fieldset legend={t('phaseModel.phaseN', { n: i + 1, name: r.name || '…' })}>
                  <TextField name={`name-${r.id}`} label={t('phaseModel.name')} value={r.name} error={errors[`name-${r.id}`]}
                    onChange={(v) => setRows((rs) => rs.map((x) => (x.id === r.id ? { ...x, name: v } : x)))} autoComplete="off" />
                  <TextField name={`weeks-${r.id}`} label={t('phaseModel.weeks')} description={t('phaseModel.weeksHelp')} inputMode="numeric" value={r.plannedWeeks}
                    error={errors[`weeks-${r.id}`]} onChange={(v) => setRows((rs) => rs.map((x) => (x.id === r.id ? { ...x, plannedWeeks: v } : x)))} />
                  <div className="spil-row-actions">
                    {i > 0 ? <Button id={`move-up-${r.id}`} onClick={() => move(i, -1)} aria-label={t('phaseModel.moveUp', { name: r.name })}>{t('phaseModel.up')}</Button> : null}
                    {i < rows.length - 1 ? <Button id={`move-down-${r.id}`} onClick={() => move(i, 1)} aria-label={t('phaseModel.moveDown', { name: r.name })}>{t('phaseModel.down')}</Button> : null}
                  </div>
                </Fieldset>
              </li>
            ))}
          </ol>
          <Button type="submit" variant="primary" busy={save.isPending} disabled={save.isPending}>{t('phaseModel.save')}</Button>
        </form>
      ) : null}
    </>
  );
}
