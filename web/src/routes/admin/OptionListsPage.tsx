import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, get, put, type FieldError } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { CheckboxField, Fieldset, SelectField, TextField } from '../../components/FormField';
import { Paragraph } from '../../components/Heading';
import { PageTitle } from '../../components/PageTitle';
import { AdminNav, errorMessage } from './AdminNav';

/** One answer list as GET /api/admin/option-lists returns it (server: modules/option-list). */
interface OptionItem { key: string; label: string; active: boolean; countsAs: string | null }
/** `meanings`: what an item of this list can mean to Spil itself (a closing reason that counts as regular work). */
interface OptionList { list: string; version: number; items: OptionItem[]; meanings: string[] }

/** An item being edited. `id` stays the same while the row moves, so focus can follow it. */
interface Row extends OptionItem { id: string; isNew: boolean; keyEdited: boolean }

const LABEL_MAX = 120;
const KEY_MAX = 60;
const KEY_RULE = /^[a-z][a-z0-9_]*$/;
const listsKey = ['admin', 'option-lists'];

/** 'Op tijd komen' → 'op_tijd_komen': the key the server accepts for a new item. */
function keyFromLabel(label: string): string {
  const key = label.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return (/^[0-9]/.test(key) ? `k_${key}` : key).slice(0, KEY_MAX).replace(/_+$/, '');
}

const toRow = (i: OptionItem): Row => ({ ...i, id: `o-${i.key}`, isNew: false, keyEdited: true });
const labelField = (r: Row) => `label-${r.id}`;
const keyField = (r: Row) => `key-${r.id}`;

/**
 * The municipality's answer lists (keuzelijsten): the parts of the plan, the basic employee
 * competencies, closing reasons and the rest. The administrator renames, reorders, switches
 * off and adds; nothing is deleted, because records made earlier keep their key.
 */
export function OptionListsPage() {
  const { t } = useTranslation();
  const lists = useQuery({ queryKey: listsKey, queryFn: () => get<{ lists: OptionList[] }>('/api/admin/option-lists') });
  const [chosen, setChosen] = useState('plan_part');
  const listName = (list: string) => t(`optionLists.lists.${list}`, { defaultValue: list });
  const current = lists.data?.lists.find((l) => l.list === chosen) ?? lists.data?.lists[0];

  return (
    <>
      <PageTitle title={t('optionLists.title')} pre={t('nav.admin')} />
      <AdminNav />
      <Paragraph>{t('optionLists.intro')}</Paragraph>
      <Paragraph>{t('optionLists.introOff')}</Paragraph>
      {lists.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
      {lists.isError ? <Alert type="error">{errorMessage(t, lists.error)}</Alert> : null}
      {lists.data && current ? (
        <>
          <SelectField name="option-list" label={t('optionLists.choose')} value={current.list} onChange={setChosen}
            options={[...lists.data.lists].sort((a, b) => listName(a.list).localeCompare(listName(b.list)))
              .map((l) => ({ value: l.list, label: listName(l.list) }))} />
          <ListEditor key={current.list} list={current} title={listName(current.list)} onReload={() => lists.refetch()} />
        </>
      ) : null}
    </>
  );
}

function ListEditor({ list, title, onReload }: { list: OptionList; title: string; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [rows, setRows] = useState<Row[]>(() => list.items.map(toRow));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const [moved, setMoved] = useState<{ id: string; dir: 'up' | 'down' } | null>(null);
  const [focusField, setFocusField] = useState<string | null>(null);
  const newCount = useRef(0);

  // A save or a reload after a conflict brings the list as the server has it now.
  useEffect(() => { setRows(list.items.map(toRow)); }, [list]);

  // The moved item's button keeps the focus, so repeated presses keep moving it. Once only.
  useEffect(() => {
    if (!moved) return;
    const el = document.getElementById(`move-${moved.dir}-${moved.id}`) ?? document.getElementById(`move-${moved.dir === 'up' ? 'down' : 'up'}-${moved.id}`);
    el?.focus();
    setMoved(null);
  }, [moved]);
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
    const row: Row = { id: `new-${newCount.current}`, key: '', label: '', active: true, countsAs: null, isNew: true, keyEdited: false };
    setRows((rs) => [...rs, row]);
    setFocusField(`field-${labelField(row)}`);
  };
  const remove = (gone: Row) => {
    setRows((rs) => rs.filter((x) => x.id !== gone.id));
    setErrors((es) => Object.fromEntries(Object.entries(es).filter(([f]) => f !== labelField(gone) && f !== keyField(gone))));
    setFocusField('add-option');
  };

  /** The server's refusal on this screen's fields ('body.items.2.label', or details.field 'items.3.key'). */
  const serverErrors = (e: ApiError): Record<string, string> => {
    const out: Record<string, string> = {};
    const paths = [
      ...((e.details as { fields?: FieldError[] } | null)?.fields ?? []).map((f) => ({ path: f.path.replace(/^body\./, ''), message: f.message })),
      ...(typeof (e.details as { field?: unknown } | null)?.field === 'string' ? [{ path: (e.details as { field: string }).field, message: e.message }] : []),
    ];
    for (const f of paths) {
      const m = /^items\.(\d+)\.(key|label)/.exec(f.path);
      const row = m ? rows[Number(m[1])] : undefined;
      const name = row ? (m![2] === 'key' && row.isNew ? keyField(row) : labelField(row)) : '_form';
      out[name] ??= f.message;
    }
    if (!Object.keys(out).length) out._form = e.message || t('errors.generic');
    return out;
  };

  const save = useMutation({
    mutationFn: () => put<OptionList>(`/api/admin/option-lists/${list.list}`, {
      version: list.version,
      items: rows.map((r) => ({ key: r.key.trim(), label: r.label.trim(), active: r.active, countsAs: r.countsAs })),
    }),
    onSuccess: async (saved) => {
      qc.setQueryData<{ lists: OptionList[] }>(listsKey, (old) => old && { lists: old.lists.map((l) => (l.list === saved.list ? saved : l)) });
      // Screens that offer these answers read them from the configuration and the plan's parts.
      await qc.invalidateQueries({ queryKey: ['config'] });
      await qc.invalidateQueries({ queryKey: ['plan-parts'] });
      setNotice({ type: 'ok', text: t('optionLists.saved', { list: title }) });
    },
    onError: async (e) => {
      if (e instanceof ApiError && e.code === 'VERSION_CONFLICT') {
        setNotice({ type: 'error', text: t('optionLists.conflict') });
        await onReload();
        return;
      }
      if (e instanceof ApiError && e.status === 400) { setErrors(serverErrors(e)); return; }
      setNotice({ type: 'error', text: errorMessage(t, e) });
    },
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    const keys = new Map<string, number>();
    rows.forEach((r) => keys.set(r.key.trim(), (keys.get(r.key.trim()) ?? 0) + 1));
    rows.forEach((r) => {
      const label = r.label.trim();
      if (!label) errs[labelField(r)] = t('form.fieldRequired');
      else if (label.length > LABEL_MAX) errs[labelField(r)] = t('optionLists.errors.tooLong', { max: LABEL_MAX });
      if (r.isNew) {
        const key = r.key.trim();
        if (!key) errs[keyField(r)] = t('form.fieldRequired');
        else if (!KEY_RULE.test(key) || key.length > KEY_MAX) errs[keyField(r)] = t('optionLists.errors.keyRule');
        else if ((keys.get(key) ?? 0) > 1) errs[keyField(r)] = t('optionLists.errors.keyTaken');
      }
    });
    if (!rows.some((r) => r.active)) errs._form = t('optionLists.errors.noActive');
    setErrors(errs); setNotice(null);
    if (!Object.keys(errs).length) save.mutate();
  };

  const summary: SummaryError[] = Object.entries(errors).map(([field, message]) => {
    const i = rows.findIndex((r) => field === labelField(r) || field === keyField(r));
    const row = rows[i];
    if (!row) return { message };
    return { field, label: t('optionLists.fieldOf', { n: i + 1, field: field === labelField(row) ? t('optionLists.label') : t('optionLists.key') }), message };
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={title}>
      <ErrorSummary errors={summary} />
      <ol className="spil-phase-list">
        {rows.map((r, i) => (
          <li key={r.id} className="spil-phase-list__item">
            <Fieldset legend={t('optionLists.itemN', { n: i + 1, label: r.label || '…' })}>
              <TextField name={labelField(r)} label={t('optionLists.label')} value={r.label} error={errors[labelField(r)]} required autoComplete="off"
                onChange={(v) => update(r.id, (x) => ({ label: v, ...(x.keyEdited ? {} : { key: keyFromLabel(v) }) }))} />
              {r.isNew ? (
                <TextField name={keyField(r)} label={t('optionLists.key')} description={t('optionLists.keyHelp')} value={r.key} error={errors[keyField(r)]}
                  required autoComplete="off" spellCheck={false}
                  onChange={(v) => update(r.id, () => ({ key: v.toLowerCase().replace(/[\s-]+/g, '_'), keyEdited: true }))} />
              ) : <Paragraph small>{t('optionLists.keyFixed', { key: r.key })}</Paragraph>}
              <CheckboxField name={`active-${r.id}`} label={t('optionLists.active')} description={t('optionLists.activeHelp')} checked={r.active}
                onChange={(v) => update(r.id, () => ({ active: v }))} />
              {list.meanings.map((m) => (
                <CheckboxField key={m} name={`means-${m}-${r.id}`} label={t(`optionLists.meanings.${m}`)} description={t(`optionLists.meaningsHelp.${m}`)}
                  checked={r.countsAs === m} onChange={(v) => update(r.id, () => ({ countsAs: v ? m : null }))} />
              ))}
              <div className="spil-row-actions">
                {i > 0 ? <Button id={`move-up-${r.id}`} onClick={() => move(i, -1)} aria-label={t('optionLists.moveUp', { label: r.label || '…' })}>{t('optionLists.up')}</Button> : null}
                {i < rows.length - 1 ? <Button id={`move-down-${r.id}`} onClick={() => move(i, 1)} aria-label={t('optionLists.moveDown', { label: r.label || '…' })}>{t('optionLists.down')}</Button> : null}
                {r.isNew ? <Button onClick={() => remove(r)} aria-label={t('optionLists.removeNamed', { label: r.label || '…' })}>{t('optionLists.remove')}</Button> : null}
              </div>
            </Fieldset>
          </li>
        ))}
      </ol>
      <div className="spil-actions">
        <Button id="add-option" onClick={add}>{t('optionLists.add')}</Button>
      </div>
      {notice ? <Alert type={notice.type}>{notice.text}</Alert> : null}
      <Button type="submit" variant="primary" busy={save.isPending} disabled={save.isPending}>{t('optionLists.save', { list: title })}</Button>
    </form>
  );
}

