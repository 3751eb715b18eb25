import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { isApiError, patch, post } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Button, FormActions } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField, Fieldset, RadioGroupField, TextareaField, TextField } from '../../components/FormField';
import { errorsFrom, summaryOf } from '../casework/lists';
import { ConflictPanel, useConflictChoice, type ConflictRow } from './ConflictPanel';
import { employerKey } from './queries';
import { EMPLOYER_SIZES, type DuplicateDetails, type Employer, type EmployerSize } from './types';

const MAX_CONTACTS = 10;
const TEXTS = ['entryWork', 'openness', 'experience', 'subsidiesDiscussed', 'jobCarving', 'notes'] as const;
type TextKey = typeof TEXTS[number];
const TEXT_MAX: Record<TextKey, number> = { entryWork: 2000, openness: 2000, experience: 2000, subsidiesDiscussed: 2000, jobCarving: 2000, notes: 4000 };
const SHORT_MAX = { name: 200, town: 120, neighbourhood: 120, sector: 120 } as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface ContactRow { key: string; name: string; role: string; phone: string; email: string }
interface Values {
  name: string; town: string; neighbourhood: string; sector: string; size: EmployerSize | '';
  csrCovenant: boolean; contacts: ContactRow[]; texts: Record<TextKey, string>;
}

const newContact = (): ContactRow => ({ key: crypto.randomUUID(), name: '', role: '', phone: '', email: '' });
const isBlank = (c: ContactRow) => !c.name.trim() && !c.role.trim() && !c.phone.trim() && !c.email.trim();

const valuesOf = (e?: Employer): Values => ({
  name: e?.name ?? '', town: e?.town ?? '', neighbourhood: e?.neighbourhood ?? '', sector: e?.sector ?? '', size: e?.size ?? '',
  csrCovenant: e?.csrCovenant ?? false,
  contacts: e ? e.contacts.map((c) => ({ key: crypto.randomUUID(), name: c.name, role: c.role ?? '', phone: c.phone ?? '', email: c.email ?? '' })) : [newContact()],
  texts: Object.fromEntries(TEXTS.map((k) => [k, e?.[k] ?? ''])) as Values['texts'],
});

/** Contacts as the API takes them: blank rows dropped, empty optional fields left out. */
const contactsBody = (rows: ContactRow[]) => rows.filter((c) => !isBlank(c)).map((c) => ({
  name: c.name.trim(),
  ...(c.role.trim() ? { role: c.role.trim() } : {}),
  ...(c.phone.trim() ? { phone: c.phone.trim() } : {}),
  ...(c.email.trim() ? { email: c.email.trim() } : {}),
}));

/** Every field as the API takes it; `creating` leaves empty optional texts out. */
function bodyOf(v: Values, creating: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {
    name: v.name.trim(), town: v.town.trim(), sector: v.sector.trim(), size: v.size, csrCovenant: v.csrCovenant,
    contacts: contactsBody(v.contacts),
  };
  const hood = v.neighbourhood.trim();
  if (hood || !creating) out.neighbourhood = hood || null;
  for (const k of TEXTS) {
    const x = v.texts[k].trim();
    if (x || !creating) out[k] = x;
  }
  return out;
}

/** Only the fields that differ from the version the form was opened on. */
function changes(base: Employer, v: Values): Record<string, unknown> {
  const before = bodyOf(valuesOf(base), false);
  const after = bodyOf(v, false);
  return Object.fromEntries(Object.entries(after).filter(([k, x]) => JSON.stringify(before[k]) !== JSON.stringify(x)));
}

function validate(v: Values, t: TFunction): Record<string, string> {
  const errs: Record<string, string> = {};
  if (!v.name.trim()) errs.name = t('work.form.nameRequired');
  if (!v.town.trim()) errs.town = t('work.form.townRequired');
  if (!v.sector.trim()) errs.sector = t('work.form.sectorRequired');
  if (!v.size) errs.size = t('work.form.sizeRequired');
  for (const [k, max] of Object.entries(SHORT_MAX)) {
    if (!errs[k] && v[k as keyof typeof SHORT_MAX].trim().length > max) errs[k] = t('work.form.tooLong', { max });
  }
  for (const k of TEXTS) if (v.texts[k].trim().length > TEXT_MAX[k]) errs[k] = t('work.form.tooLong', { max: TEXT_MAX[k] });
  v.contacts.forEach((c, i) => {
    if (isBlank(c)) return;
    if (!c.name.trim()) errs[`contacts-${i}-name`] = t('work.form.contactNameRequired', { n: i + 1 });
    if (c.email.trim() && !EMAIL.test(c.email.trim())) errs[`contacts-${i}-email`] = t('work.form.contactEmailInvalid', { n: i + 1 });
  });
  return errs;
}

/** The warning when the network already has a company with this name in this town. */
function DuplicateWarning({ existing, busy, onConfirm }: { existing: DuplicateDetails['existing']; busy: boolean; onConfirm: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => { ref.current?.focus(); }, []);
  const first = existing[0]!;
  return (
    <div ref={ref} tabIndex={-1} className="spil-work-duplicate">
      <Alert type="warning">
        <p className="utrecht-paragraph">{t('work.duplicate.text', { name: first.name, town: first.town })}</p>
        <ul className="spil-plain-list">
          {existing.map((e) => (
            <li key={e.id}>
              <Link to="/werkgevers/$employerId" params={{ employerId: e.id }} className="utrecht-link">{t('work.duplicate.open', { name: e.name, town: e.town })}</Link>
            </li>
          ))}
        </ul>
      </Alert>
      <Button onClick={onConfirm} busy={busy} disabled={busy}>{t('work.duplicate.confirm')}</Button>
    </div>
  );
}

/**
 * Add an employer to the network, or change one. Adding warns when the same name is already
 * in the same town (the server's LIKELY_DUPLICATE); changing sends the version it was opened
 * on, and a 409 shows what someone else saved in between.
 */
export function EmployerForm({ employer, onDone, onCancel }: {
  employer?: Employer; onDone: (saved: Employer, message: string) => void; onCancel: () => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [id] = useState(() => crypto.randomUUID());
  const [base, setBase] = useState<Employer | undefined>(employer);
  const [v, setV] = useState<Values>(() => valuesOf(employer));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [duplicate, setDuplicate] = useState<DuplicateDetails['existing'] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  const labels: Record<string, string> = {
    name: t('work.form.name'), town: t('work.form.town'), neighbourhood: t('work.form.neighbourhood'), sector: t('work.form.sector'),
    size: t('work.form.size'), contacts: t('work.form.contacts'), csrCovenant: t('work.form.csrCovenant'),
    ...Object.fromEntries(TEXTS.map((k) => [k, t(`work.form.${k}`)])),
  };
  v.contacts.forEach((_, i) => {
    labels[`contacts-${i}-name`] = `${t('work.form.contact', { n: i + 1 })}, ${t('work.form.contactName')}`;
    labels[`contacts-${i}-email`] = `${t('work.form.contact', { n: i + 1 })}, ${t('work.form.contactEmail')}`;
  });

  const save = useMutation({
    mutationFn: (req: { on?: Employer; fields: Record<string, unknown>; confirmDuplicate?: boolean }) => (req.on
      ? patch<Employer>(`/api/employers/${req.on.id}`, { version: req.on.version, ...req.fields })
      : post<Employer>('/api/employers', { id, ...req.fields, ...(req.confirmDuplicate ? { confirmDuplicate: true } : {}) })),
    onSuccess: (saved) => {
      qc.setQueryData(employerKey(saved.id), saved);
      onDone(saved, base ? t('work.form.saved', { name: saved.name }) : t('work.form.added', { name: saved.name }));
    },
    onError: (e) => {
      if (isApiError(e, 'LIKELY_DUPLICATE')) {
        setErrors({});
        setDuplicate((e.details as DuplicateDetails | null)?.existing ?? []);
        return;
      }
      if (isApiError(e, 'VERSION_CONFLICT')) {
        const current = (e.details as { current?: Employer } | null)?.current ?? null;
        setErrors({});
        if (current) qc.setQueryData(employerKey(current.id), current);
        setConflict(current);
        return;
      }
      setErrors(errorsFrom(e, t));
    },
  });

  const { conflict, setConflict, keepMine, takeTheirs } = useConflictChoice<Employer, Values>({
    base, values: v, setBase, setValues: setV, valuesOf, changes, textKeys: TEXTS,
    saveOn: (on, fields) => save.mutate({ on, fields }), onTaken: () => setNotice(t('work.conflict.taken')),
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs = validate(v, t);
    setErrors(errs);
    setNotice(null);
    if (Object.keys(errs).length) return;
    if (base && !Object.keys(changes(base, v)).length) { onDone(base, t('work.form.noChange')); return; }
    save.mutate(base ? { on: base, fields: changes(base, v) } : { fields: bodyOf(v, true) });
  };


  const set = <K extends keyof Values>(k: K) => (x: Values[K]) => {
    setV((o) => ({ ...o, [k]: x }));
    // Another name or town may not be a duplicate at all: the warning goes until the next save.
    if (k === 'name' || k === 'town') setDuplicate(null);
  };
  const setText = (k: TextKey) => (x: string) => setV((o) => ({ ...o, texts: { ...o.texts, [k]: x } }));
  const setContact = (i: number, k: keyof Omit<ContactRow, 'key'>) => (x: string) =>
    setV((o) => ({ ...o, contacts: o.contacts.map((c, j) => (j === i ? { ...c, [k]: x } : c)) }));
  const addContact = () => {
    setV((o) => ({ ...o, contacts: [...o.contacts, newContact()] }));
    // Focus the new contact's name, once it is rendered.
    const n = v.contacts.length;
    requestAnimationFrame(() => document.getElementById(`field-contacts-${n}-name`)?.focus());
  };
  const removeContact = (i: number) => {
    setV((o) => ({ ...o, contacts: o.contacts.filter((_, j) => j !== i) }));
    addButton.current?.focus();
  };

  /** The fields I changed that someone else saved differently in between. */
  const conflictRows = (): ConflictRow[] => {
    if (!conflict || !base) return [];
    const theirs = valuesOf(conflict);
    const show = (x: Values, k: string): string => {
      if (k === 'contacts') return contactsBody(x.contacts).map((c) => [c.name, c.role].filter(Boolean).join(', ')).join('; ');
      if (k === 'size') return x.size ? t(`work.sizes.${x.size}`) : '';
      if (k === 'csrCovenant') return x.csrCovenant ? t('work.yes') : t('work.no');
      if ((TEXTS as readonly string[]).includes(k)) return x.texts[k as TextKey];
      return String(x[k as 'name']);
    };
    const clash = changes(conflict, v);
    return Object.keys(changes(base, v)).filter((k) => k in clash)
      .map((k) => ({ key: k, label: labels[k] ?? k, theirs: show(theirs, k), mine: show(v, k) }));
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      {conflict ? (
        <ConflictPanel rows={conflictRows()} busy={save.isPending} onKeepMine={keepMine} onTakeTheirs={takeTheirs} />
      ) : null}
      {notice ? <Alert type="info">{notice}</Alert> : null}
      <ErrorSummary errors={summaryOf(errors, labels)} />
      <TextField name="name" label={labels.name!} value={v.name} onChange={set('name')} error={errors.name} required autoComplete="organization" />
      <TextField name="town" label={labels.town!} value={v.town} onChange={set('town')} error={errors.town} required autoComplete="off" />
      <TextField name="neighbourhood" label={labels.neighbourhood!} description={t('work.form.neighbourhoodHelp')} value={v.neighbourhood}
        onChange={set('neighbourhood')} error={errors.neighbourhood} autoComplete="off" />
      <TextField name="sector" label={labels.sector!} description={t('work.form.sectorHelp')} value={v.sector} onChange={set('sector')}
        error={errors.sector} required autoComplete="off" />
      <RadioGroupField name="size" legend={<>{labels.size}<span className="spil-required"> ({t('form.required')})</span></>} value={v.size}
        onChange={(x) => set('size')(x as EmployerSize)} error={errors.size}
        options={EMPLOYER_SIZES.map((s) => ({ value: s, label: t(`work.sizes.${s}`) }))} />
      <CheckboxField name="csrCovenant" label={labels.csrCovenant} checked={v.csrCovenant} onChange={set('csrCovenant')} />

      <Fieldset legend={labels.contacts} description={t('work.form.contactsHelp')} id="field-contacts">
        {errors.contacts ? <p className="utrecht-form-field-error-message">{errors.contacts}</p> : null}
        {v.contacts.map((c, i) => (
          <div key={c.key} className="spil-work-contact">
            <Fieldset legend={t('work.form.contact', { n: i + 1 })}>
              <TextField name={`contacts-${i}-name`} label={t('work.form.contactName')} value={c.name} onChange={setContact(i, 'name')}
                error={errors[`contacts-${i}-name`]} autoComplete="off" />
              <TextField name={`contacts-${i}-role`} label={t('work.form.contactRole')} value={c.role} onChange={setContact(i, 'role')} autoComplete="off" />
              <TextField name={`contacts-${i}-phone`} label={t('work.form.contactPhone')} type="tel" inputMode="tel" value={c.phone}
                onChange={setContact(i, 'phone')} autoComplete="off" />
              <TextField name={`contacts-${i}-email`} label={t('work.form.contactEmail')} type="email" inputMode="email" value={c.email}
                onChange={setContact(i, 'email')} error={errors[`contacts-${i}-email`]} autoComplete="off" spellCheck={false} />
              <Button variant="subtle" onClick={() => removeContact(i)}>{t('work.form.removeContact', { n: i + 1 })}</Button>
            </Fieldset>
          </div>
        ))}
        {v.contacts.length < MAX_CONTACTS ? (
          <button ref={addButton} type="button" className="utrecht-button utrecht-button--secondary-action" onClick={addContact}>
            {t('work.form.addContact')}
          </button>
        ) : <p className="utrecht-paragraph spil-muted">{t('work.form.maxContacts', { max: MAX_CONTACTS })}</p>}
      </Fieldset>

      <Fieldset legend={t('work.form.about')}>
        {TEXTS.map((k) => (
          <TextareaField key={k} name={k} label={labels[k]!} rows={3} value={v.texts[k]} onChange={setText(k)} error={errors[k]}
            description={k === 'entryWork' ? t('work.form.entryWorkHelp') : k === 'jobCarving' ? t('work.form.jobCarvingHelp') : undefined} />
        ))}
      </Fieldset>

      {duplicate && duplicate.length ? (
        <DuplicateWarning existing={duplicate} busy={save.isPending} onConfirm={() => save.mutate({ fields: bodyOf(v, true), confirmDuplicate: true })} />
      ) : null}
      <FormActions busy={save.isPending && !duplicate} label={base ? t('work.form.saveChange') : t('work.form.save')} onCancel={onCancel} />
    </form>
  );
}
