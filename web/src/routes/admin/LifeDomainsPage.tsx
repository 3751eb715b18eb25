import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, get, put, type FieldError } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { CheckboxField, Fieldset, TextareaField, TextField } from '../../components/FormField';
import { Paragraph } from '../../components/Heading';
import { PageTitle } from '../../components/PageTitle';
import { AdminNav, errorMessage } from './AdminNav';

/** A life domain (leefgebied) as GET /api/life-domains returns it: levels[0] describes score 1. */
interface LifeDomain { key: string; label: string; levels: string[]; active: boolean }
interface LifeDomainList { version: number; items: LifeDomain[] }

/** One domain being edited. `id` stays the same while the row moves, so focus can follow it. */
interface Row { id: string; key: string; label: string; levels: string[]; active: boolean; isNew: boolean; keyEdited: boolean }

const SCORES = [1, 2, 3, 4, 5] as const;
const LABEL_MAX = 80;
const KEY_MAX = 60;
const LEVEL_MAX = 300;
const KEY_RULE = /^[a-z][a-z0-9_]*$/;

/** 'Vrije tijd & sport' → 'vrije_tijd_sport': the key the server accepts (lowercase a-z0-9_, starting with a letter). */
function keyFromLabel(label: string): string {
  const key = label.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return (/^[0-9]/.test(key) ? `d_${key}` : key).slice(0, KEY_MAX).replace(/_+$/, '');
}

const toRow = (d: LifeDomain): Row => ({
  id: `d-${d.key}`, key: d.key, label: d.label, active: d.active, isNew: false, keyEdited: true,
  levels: SCORES.map((_, i) => d.levels[i] ?? ''),
});

const labelField = (r: Row) => `label-${r.id}`;
const keyField = (r: Row) => `key-${r.id}`;
const levelField = (r: Row, i: number) => `level-${r.id}-${i}`;
const activeField = (r: Row) => `active-${r.id}`;

const lifeDomainsKey = ['life-domains'];

/**
 * The life domains (leefgebieden) coaches score 1–5 with the young person: names, order, the
 * municipality's own text per score, and on or off. Domains are never deleted, because earlier
 * measurements point at them; leaving one out of the list switches it off.
 */
export function LifeDomainsPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const list = useQuery({ queryKey: lifeDomainsKey, queryFn: () => get<LifeDomainList>('/api/life-domains') });
  const [rows, setRows] = useState<Row[]>([]);
  const [notice, setNotice] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [moved, setMoved] = useState<{ id: string; dir: 'up' | 'down' } | null>(null);
  const [focusField, setFocusField] = useState<string | null>(null);
  const newCount = useRef(0);

  useEffect(() => {
    if (list.data) setRows(list.data.items.map(toRow));
  }, [list.data]);

  // Keep keyboard focus on the moved domain's button so repeated presses keep working. Once
  // only: typing in a field afterwards must not pull the focus back.
  useEffect(() => {
    if (!moved) return;
    const el = document.getElementById(`move-${moved.dir}-${moved.id}`) ?? document.getElementById(`move-${moved.dir === 'up' ? 'down' : 'up'}-${moved.id}`);
    el?.focus();
    setMoved(null);
  }, [moved]);

  // After adding or removing a domain, focus goes where the user continues.
  useEffect(() => {
    if (!focusField) return;
    document.getElementById(focusField)?.focus();
    setFocusField(null);
  }, [focusField]);

  const update = (id: string, change: (r: Row) => Partial<Row>) => setRows((rs) => rs.map((x) => (x.id === id ? { ...x, ...change(x) } : x)));

  const move = (i: number, dir: -1 | 1) => {
    const j = i + dir;
    if (j < 0 || j >= rows.length) return;
    const next = [...rows];
    [next[i], next[j]] = [next[j]!, next[i]!];
    setRows(next);
    setMoved({ id: rows[i]!.id, dir: dir < 0 ? 'up' : 'down' });
  };

  const add = () => {
    newCount.current += 1;
    const row: Row = { id: `new-${newCount.current}`, key: '', label: '', levels: SCORES.map(() => ''), active: true, isNew: true, keyEdited: false };
    setRows((rs) => [...rs, row]);
    setFocusField(`field-${labelField(row)}`);
  };

  const remove = (i: number) => {
    const gone = rows[i]!;
    setRows((rs) => rs.filter((x) => x.id !== gone.id));
    setErrors((es) => Object.fromEntries(Object.entries(es).filter(([f]) => f !== labelField(gone) && f !== keyField(gone)
      && !SCORES.some((_, k) => f === levelField(gone, k)))));
    setFocusField('add-life-domain');
  };

  /** Server field errors ('body.domains.2.levels.3') mapped onto this screen's fields. */
  const serverFieldErrors = (e: ApiError): Record<string, string> => {
    const out: Record<string, string> = {};
    const fields = (e.details as { fields?: FieldError[] } | null)?.fields ?? [];
    for (const f of fields) {
      const m = /^body\.domains\.(\d+)(?:\.(key|label|levels)(?:\.(\d+))?)?/.exec(f.path);
      const row = m ? rows[Number(m[1])] : undefined;
      let name = '_form';
      if (row && m?.[2] === 'levels' && m[3] !== undefined) name = levelField(row, Number(m[3]));
      else if (row && m?.[2] === 'key' && row.isNew) name = keyField(row);
      else if (row) name = labelField(row);
      out[name] ??= f.message;
    }
    if (!Object.keys(out).length) out._form = e.message || t('errors.generic');
    return out;
  };

  const save = useMutation({
    mutationFn: () => put<LifeDomainList>('/api/admin/life-domains', {
      version: list.data!.version,
      domains: rows.map((r) => ({ key: r.key.trim(), label: r.label.trim(), levels: r.levels.map((l) => l.trim()), active: r.active })),
    }),
    onSuccess: async (saved) => {
      qc.setQueryData(lifeDomainsKey, saved);
      setNotice({ type: 'ok', text: t('lifeDomains.saved') });
      // Assessment screens show the domains with each youth's scores.
      await qc.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'youth' && q.queryKey[2] === 'assessments' });
    },
    onError: async (e) => {
      if (e instanceof ApiError && e.code === 'VALIDATION_FAILED') { setErrors(serverFieldErrors(e)); return; }
      if (e instanceof ApiError && (e.code === 'DUPLICATE_DOMAIN' || e.code === 'NO_ACTIVE_DOMAIN')) {
        setNotice({ type: 'error', text: t(`lifeDomains.errors.${e.code}`) });
        return;
      }
      setNotice({ type: 'error', text: e instanceof ApiError && e.code === 'VERSION_CONFLICT' ? t('lifeDomains.conflict') : errorMessage(t, e) });
      if (e instanceof ApiError && e.code === 'VERSION_CONFLICT') await list.refetch();
    },
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    const keyCount = new Map<string, number>();
    rows.forEach((r) => keyCount.set(r.key.trim(), (keyCount.get(r.key.trim()) ?? 0) + 1));
    rows.forEach((r) => {
      const label = r.label.trim();
      if (!label) errs[labelField(r)] = t('form.fieldRequired');
      else if (label.length > LABEL_MAX) errs[labelField(r)] = t('lifeDomains.errors.tooLong', { max: LABEL_MAX });
      if (r.isNew) {
        const key = r.key.trim();
        if (!key) errs[keyField(r)] = t('form.fieldRequired');
        else if (!KEY_RULE.test(key) || key.length > KEY_MAX) errs[keyField(r)] = t('lifeDomains.errors.keyRule');
        else if ((keyCount.get(key) ?? 0) > 1) errs[keyField(r)] = t('lifeDomains.errors.keyTaken');
      }
      r.levels.forEach((l, i) => {
        if (!l.trim()) errs[levelField(r, i)] = t('form.fieldRequired');
        else if (l.trim().length > LEVEL_MAX) errs[levelField(r, i)] = t('lifeDomains.errors.tooLong', { max: LEVEL_MAX });
      });
    });
    if (!rows.some((r) => r.active)) errs._form = t('lifeDomains.errors.NO_ACTIVE_DOMAIN');
    setErrors(errs); setNotice(null);
    if (!Object.keys(errs).length) save.mutate();
  };

  // Each error in the summary says which domain and which field, and links to the field.
  const summary: SummaryError[] = Object.entries(errors).map(([field, message]) => {
    if (field === '_form') return { message };
    const i = rows.findIndex((r) => field === labelField(r) || field === keyField(r) || SCORES.some((_, k) => field === levelField(r, k)));
    const row = rows[i];
    if (!row) return { message };
    const level = SCORES.findIndex((_, k) => field === levelField(row, k));
    const what = field === labelField(row) ? t('lifeDomains.label')
      : field === keyField(row) ? t('lifeDomains.key') : t(`lifeDomains.level${level + 1}`);
    return { field, label: t('lifeDomains.fieldOf', { n: i + 1, field: what }), message };
  });

  return (
    <>
      <PageTitle title={t('lifeDomains.title')} pre={t('nav.admin')} />
      <AdminNav />
      <Paragraph>{t('lifeDomains.intro')}</Paragraph>
      <Paragraph>{t('lifeDomains.introLevels')}</Paragraph>
      <Paragraph>{t('lifeDomains.introOff')}</Paragraph>
      {list.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
      {list.isError ? <Alert type="error">{errorMessage(t, list.error)}</Alert> : null}
      {list.data ? (
        <form onSubmit={onSubmit} noValidate>
          <ErrorSummary errors={summary} />
          <ol className="spil-phase-list">
            {rows.map((r, i) => (
              <li key={r.id} className="spil-phase-list__item">
                <Fieldset legend={t('lifeDomains.domainN', { n: i + 1, label: r.label || '…' })}>
                  <TextField name={labelField(r)} label={t('lifeDomains.label')} value={r.label} error={errors[labelField(r)]} required autoComplete="off"
                    onChange={(v) => update(r.id, (x) => ({ label: v, ...(x.keyEdited ? {} : { key: keyFromLabel(v) }) }))} />
                  {r.isNew ? (
                    <TextField name={keyField(r)} label={t('lifeDomains.key')} description={t('lifeDomains.keyHelp')} value={r.key} error={errors[keyField(r)]}
                      required autoComplete="off" spellCheck={false}
                      onChange={(v) => update(r.id, () => ({ key: v.toLowerCase().replace(/[\s-]+/g, '_'), keyEdited: true }))} />
                  ) : <Paragraph small>{t('lifeDomains.keyFixed', { key: r.key })}</Paragraph>}
                  <Fieldset legend={t('lifeDomains.levels')} description={t('lifeDomains.levelsHelp')} id={`levels-${r.id}`}>
                    {SCORES.map((score, k) => (
                      <TextareaField key={score} name={levelField(r, k)} label={t(`lifeDomains.level${score}`)} rows={4}
                        value={r.levels[k] ?? ''} error={errors[levelField(r, k)]}
                        onChange={(v) => update(r.id, (x) => ({ levels: x.levels.map((l, n) => (n === k ? v : l)) }))} />
                    ))}
                  </Fieldset>
                  <CheckboxField name={activeField(r)} label={t('lifeDomains.active')} description={t('lifeDomains.activeHelp')} checked={r.active}
                    onChange={(v) => update(r.id, () => ({ active: v }))} />
                  <div className="spil-row-actions">
                    {i > 0 ? <Button id={`move-up-${r.id}`} onClick={() => move(i, -1)} aria-label={t('lifeDomains.moveUp', { label: r.label || '…' })}>{t('lifeDomains.up')}</Button> : null}
                    {i < rows.length - 1 ? <Button id={`move-down-${r.id}`} onClick={() => move(i, 1)} aria-label={t('lifeDomains.moveDown', { label: r.label || '…' })}>{t('lifeDomains.down')}</Button> : null}
                    {r.isNew ? <Button onClick={() => remove(i)} aria-label={t('lifeDomains.removeNamed', { label: r.label || '…' })}>{t('lifeDomains.remove')}</Button> : null}
                  </div>
                </Fieldset>
              </li>
            ))}
          </ol>
          <div className="spil-actions">
            <Button id="add-life-domain" onClick={add}>{t('lifeDomains.add')}</Button>
          </div>
          {/* Next to the save button, where the eye is after pressing it (also announced). */}
          {notice ? <Alert type={notice.type}>{notice.text}</Alert> : null}
          <Button type="submit" variant="primary" busy={save.isPending} disabled={save.isPending}>{t('lifeDomains.save')}</Button>
        </form>
      ) : null}
    </>
  );
}
