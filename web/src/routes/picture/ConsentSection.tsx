import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, get, isApiError, post } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RadioGroupField, TextareaField, TextField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { StatusBadge } from '../../components/StatusText';
import { amsterdamToday, formatCalendarDate, formatDateTime } from '../../format/dates';
import { summaryOf } from '../casework/lists';
import type { Consent } from './types';

/**
 * Toestemming: the verkoopverhaal leaves Spil only with the youth's consent — for whom, from
 * when, until when — and only while that consent holds. Printing is offered per valid consent.
 */

/** 'YYYY-MM-DD' plus whole months; the 31st becomes the last day of a shorter month. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month + 1)}-${pad(Math.min(d, last))}`;
}

const TONE = { active: 'success', future: 'neutral', expired: 'neutral', withdrawn: 'danger' } as const;

/** What a consent is for: the verkoopverhaal, or the minutes of a wrap-around meeting for its participants. */
const PURPOSES = ['sales_story', 'wraparound'] as const;
const purposeOf = (c: Consent): string => c.purpose;

export const pdfHref = (youthId: string, consentId: string) => `/api/youth/${youthId}/sales-story.pdf?consentId=${encodeURIComponent(consentId)}`;

export function ConsentSection({ youthId, name, storySaved, storyDirty }: { youthId: string; name: string; storySaved: boolean; storyDirty: boolean }) {
  const { t } = useTranslation();
  const key = ['youth', youthId, 'consents'];
  const q = useQuery({ queryKey: key, queryFn: () => get<{ items: Consent[] }>(`/api/youth/${youthId}/consents`) });
  const [formOpen, setFormOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // The form or the confirm buttons that had focus are gone: focus the outcome instead.
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => { if (notice) noticeRef.current?.focus(); }, [notice]);
  const items = q.data?.items ?? [];
  const active = items.filter((c) => c.status === 'active' && purposeOf(c) === 'sales_story');
  // Valid ones first, then the rest newest first.
  const order = { active: 0, future: 1, expired: 2, withdrawn: 3 } as const;
  const sorted = [...items].sort((a, b) => order[a.status] - order[b.status] || b.recordedAt.localeCompare(a.recordedAt));

  return (
    <section className="spil-consents" aria-labelledby="consents-title">
      <Heading level={2} id="consents-title">{t('plan.consent.title')}</Heading>
      <Paragraph className="spil-intro">{t('plan.consent.intro', { name })}</Paragraph>
      {notice ? <div ref={noticeRef} tabIndex={-1} className="spil-notice"><Alert type="ok">{notice}</Alert></div> : null}
      {q.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
      {q.isError ? <Alert type="error">{t('errors.loadFailed')}</Alert> : null}
      {q.isSuccess && !active.length ? <Alert type="info">{t('plan.consent.printNeedsConsent')}</Alert> : null}
      {active.length && !storySaved ? <Alert type="warning">{t('plan.consent.storyNotSaved')}</Alert> : null}
      {active.length && storySaved && storyDirty ? <Alert type="warning">{t('plan.consent.printsSaved')}</Alert> : null}
      {sorted.length ? (
        <ul className="spil-record-list" aria-label={t('plan.consent.listLabel')}>
          {sorted.map((c) => (
            <ConsentItem key={c.id} consent={c} youthId={youthId} onWithdrawn={(msg) => { setNotice(msg); void q.refetch(); }} />
          ))}
        </ul>
      ) : q.isSuccess ? <Paragraph>{t('plan.consent.none')}</Paragraph> : null}

      {formOpen ? (
        <ConsentForm youthId={youthId}
          onCancel={() => { setFormOpen(false); requestAnimationFrame(() => document.getElementById('consent-open')?.focus()); }}
          onDone={(c) => {
            setFormOpen(false);
            setNotice(t('plan.consent.recorded', { recipient: c.recipient, until: formatCalendarDate(c.validUntil) }));
            void q.refetch();
          }} />
      ) : (
        <div className="spil-actions">
          <Button id="consent-open" onClick={() => { setNotice(null); setFormOpen(true); }}>{t('plan.consent.record')}</Button>
        </div>
      )}
    </section>
  );
}

function ConsentItem({ consent: c, youthId, onWithdrawn }: { consent: Consent; youthId: string; onWithdrawn: (message: string) => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { if (confirming) document.getElementById(`consent-confirm-${c.id}`)?.focus(); }, [confirming, c.id]);
  const qc = useQueryClient();
  const withdraw = useMutation({
    mutationFn: () => post<Consent>(`/api/consents/${c.id}/withdraw`, { version: c.version }),
    onSuccess: () => { setConfirming(false); onWithdrawn(t('plan.consent.withdrawn', { recipient: c.recipient })); },
    onError: (e) => {
      setConfirming(false);
      if (isApiError(e, 'VERSION_CONFLICT') || isApiError(e, 'CONSENT_WITHDRAWN')) {
        setError(t('plan.consent.changedMeanwhile'));
        void qc.invalidateQueries({ queryKey: ['youth', youthId, 'consents'] });
        return;
      }
      setError(e instanceof ApiError && e.message ? e.message : t('errors.generic'));
    },
  });
  const mayWithdraw = c.status === 'active' || c.status === 'future';
  return (
    <li className="spil-record spil-consent">
      <p className="spil-consent__head">
        <span className="spil-consent__recipient">{c.recipient}</span>
        <StatusBadge tone={TONE[c.status]}>{t(`plan.consent.status.${c.status}`)}</StatusBadge>
      </p>
      <p>{t(`plan.consent.purposes.${purposeOf(c)}`, { defaultValue: purposeOf(c) })}</p>
      <p>{t('plan.consent.period', { from: formatCalendarDate(c.givenOn), until: formatCalendarDate(c.validUntil) })}</p>
      {c.note ? <p>{c.note}</p> : null}
      <p className="spil-record__meta">
        {t('plan.consent.recordedBy', { name: c.recordedBy.name, at: formatDateTime(c.recordedAt) })}
        {c.withdrawnAt ? <> · {t('plan.consent.withdrawnAt', { at: formatDateTime(c.withdrawnAt) })}</> : null}
      </p>
      {error ? <Alert type="error">{error}</Alert> : null}
      {confirming ? (
        <div role="group" aria-label={t('plan.consent.confirmLabel')}>
          <p><strong>{t('plan.consent.confirm', { recipient: c.recipient })}</strong></p>
          <div className="spil-actions">
            <Button id={`consent-confirm-${c.id}`} variant="danger" busy={withdraw.isPending} disabled={withdraw.isPending} onClick={() => withdraw.mutate()}>
              {t('plan.consent.confirmYes')}
            </Button>
            <Button variant="subtle" onClick={() => { setConfirming(false); requestAnimationFrame(() => document.getElementById(`consent-withdraw-${c.id}`)?.focus()); }}>
              {t('common.cancel')}
            </Button>
          </div>
        </div>
      ) : (
        <div className="spil-actions">
          {c.status === 'active' && purposeOf(c) === 'sales_story' ? (
            <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
              href={pdfHref(youthId, c.id)} target="_blank" rel="noopener">
              {t('plan.consent.print')}<span className="spil-visually-hidden">{t('plan.consent.printHidden', { recipient: c.recipient })}</span>
            </a>
          ) : null}
          {mayWithdraw ? (
            <Button id={`consent-withdraw-${c.id}`} variant="secondary" onClick={() => { setError(null); setConfirming(true); }}>
              {t('plan.consent.withdraw')}<span className="spil-visually-hidden">{t('plan.consent.withdrawHidden', { recipient: c.recipient })}</span>
            </Button>
          ) : null}
        </div>
      )}
    </li>
  );
}

const CONSENT_CODES: Record<string, string> = {
  CONSENT_ENDS_BEFORE_START: 'validUntil', CONSENT_GIVEN_IN_FUTURE: 'givenOn', CONSENT_ALREADY_ENDED: 'validUntil', CONSENT_TOO_LONG: 'validUntil',
};

function ConsentForm({ youthId, onCancel, onDone }: { youthId: string; onCancel: () => void; onDone: (c: Consent) => void }) {
  const { t } = useTranslation();
  const [id, setId] = useState(() => crypto.randomUUID());
  const [today] = useState(() => amsterdamToday());
  const [purpose, setPurpose] = useState<string>('sales_story');
  const [recipient, setRecipient] = useState('');
  const [givenOn, setGivenOn] = useState(today);
  const [validUntil, setValidUntil] = useState(() => addMonths(today, 3));
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => { heading.current?.focus(); }, []);
  const labels = { recipient: t('plan.consent.recipient'), givenOn: t('plan.consent.givenOn'), validUntil: t('plan.consent.validUntil'), note: t('plan.consent.note') };
  const save = useMutation({
    mutationFn: () => post<Consent>(`/api/youth/${youthId}/consents`, {
      id, purpose, recipient: recipient.trim(), givenOn, validUntil, ...(note.trim() ? { note: note.trim() } : {}),
    }),
    onSuccess: (c) => { setId(crypto.randomUUID()); onDone(c); },
    onError: (e) => {
      if (e instanceof ApiError && CONSENT_CODES[e.code]) {
        // The date rules live on the server; the message is ours so it follows the language.
        setErrors({ [CONSENT_CODES[e.code]!]: t(`plan.consent.errors.${e.code}`) });
        return;
      }
      if (e instanceof ApiError && e.code === 'VALIDATION_FAILED') {
        const f = e.fieldErrors();
        setErrors(Object.keys(f).length ? f : { _form: e.message || t('errors.generic') });
        return;
      }
      setErrors({ _form: e instanceof ApiError && e.message ? e.message : t('errors.generic') });
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!recipient.trim()) errs.recipient = t('plan.consent.errors.recipientRequired');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(givenOn)) errs.givenOn = t('plan.consent.errors.dateRequired');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(validUntil)) errs.validUntil = t('plan.consent.errors.dateRequired');
    setErrors(errs);
    if (!Object.keys(errs).length) save.mutate();
  };
  return (
    <form className="spil-consent-form" onSubmit={onSubmit} noValidate aria-labelledby="consent-form-title">
      <h3 className="utrecht-heading-3" id="consent-form-title" ref={heading} tabIndex={-1}>{t('plan.consent.formTitle')}</h3>
      <ErrorSummary errors={summaryOf(errors, labels)} />
      <RadioGroupField name="purpose" legend={t('plan.consent.purpose')} value={purpose} onChange={setPurpose}
        options={PURPOSES.map((p) => ({ value: p, label: t(`plan.consent.purposes.${p}`) }))} />
      <TextField name="recipient" label={labels.recipient} description={t('plan.consent.recipientHelp')} value={recipient}
        onChange={setRecipient} error={errors.recipient} required />
      <TextField name="givenOn" type="date" label={labels.givenOn} value={givenOn} onChange={setGivenOn} error={errors.givenOn} required />
      <TextField name="validUntil" type="date" label={labels.validUntil} description={t('plan.consent.validUntilHelp')}
        value={validUntil} onChange={setValidUntil} error={errors.validUntil} required />
      <TextareaField name="note" label={labels.note} description={t('plan.consent.noteHelp')} value={note} onChange={setNote} error={errors.note} rows={2} />
      <div className="spil-actions">
        <Button type="submit" variant="primary" busy={save.isPending} disabled={save.isPending}>{t('plan.consent.save')}</Button>
        <Button variant="subtle" onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
