import { Link } from '@tanstack/react-router';
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RadioGroupField, TextareaField, TextField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { StatusBadge } from '../../components/StatusText';
import { formatCalendarDate, formatDateTime } from '../../format/dates';
import { summaryOf } from '../casework/lists';
import { saveErrors, todayIso } from './AssessmentForm';
import { QUICK_SCAN_POINTS, type PointStatus, type QuickScanBody, type QuickScanPoint, type YouthDocument } from './types';
import { useYouthDocument } from './useYouthDocument';

const STATUSES: PointStatus[] = ['not_started', 'in_progress', 'done'];
const TONE = { not_started: 'neutral', in_progress: 'warning', done: 'success' } as const;

/** Where the detail of a point lives (IPTA ch. 3): its own screen in the picture of the youth. */
const DETAIL: Partial<Record<QuickScanPoint, { path: string; label: string }>> = {
  work: { path: 'zoekprofiel', label: 'searchProfile' },
  social_network: { path: 'netwerk', label: 'network' },
  professional_network: { path: 'netwerk', label: 'network' },
  life_domains: { path: 'leefgebieden', label: 'lifeDomains' },
  expectations: { path: 'strategie', label: 'strategy' },
};

const EMPTY: QuickScanBody = {
  points: Object.fromEntries(QUICK_SCAN_POINTS.map((p) => [p, { status: 'not_started' }])) as QuickScanBody['points'],
  cognitive: {},
  referral: null,
};

/** Text fields without empty strings, so saving what is already there makes no new version. */
const filled = <T extends Record<string, unknown>>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== '' && v !== undefined)) as T;

type Editing = { kind: 'point'; point: QuickScanPoint } | { kind: 'referral' } | null;

/**
 * The quick scan: the seven points of the picture (IPTA), each with its status and a short note,
 * the cognitive findings under point 5, and a referral for further diagnostics. Each change is
 * saved as a new version of the whole document; a stale save shows the other version instead.
 */
export function QuickScanSection({ youthId }: { youthId: string }) {
  const { t } = useTranslation();
  const { doc, save, conflict, clearConflict } = useYouthDocument<QuickScanBody>(youthId, 'quick-scan');
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const close = useCallback(() => { setEditing(null); clearConflict(); }, [clearConflict]);
  const edit = (next: Editing) => { setNotice(null); save.reset(); clearConflict(); setEditing(next); };
  const body = doc.data?.body ?? EMPTY;

  const store = (next: QuickScanBody, message: string) => {
    save.mutate({ version: doc.data?.version ?? 0, body: next }, {
      onSuccess: () => { setEditing(null); setNotice(message); },
    });
  };

  return (
    <section aria-labelledby="quick-scan-heading" className="spil-section">
      <Heading level={3} id="quick-scan-heading">{t('picture.quickScan.title')}</Heading>
      <Paragraph>{t('picture.quickScan.intro')}</Paragraph>
      {doc.data?.savedAt && doc.data.author ? (
        <p className="utrecht-paragraph spil-muted">{t('picture.quickScan.savedBy', { date: formatDateTime(doc.data.savedAt), name: doc.data.author.name })}</p>
      ) : null}
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      {doc.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
      {doc.isError ? <Alert type="error">{t('errors.loadFailed')}</Alert> : null}
      {doc.isSuccess ? (
        <ol className="spil-record-list" aria-labelledby="quick-scan-heading">
          {QUICK_SCAN_POINTS.map((p, i) => {
            const point = body.points[p];
            const detail = DETAIL[p];
            return (
              <li key={p} className="spil-record">
                <Heading level={4} className="spil-record__kind">{t('picture.quickScan.numbered', { n: i + 1, name: t(`picture.quickScan.points.${p}`) })}</Heading>
                <p><StatusBadge tone={TONE[point.status]}>{t(`picture.quickScan.status.${point.status}`)}</StatusBadge></p>
                {point.note ? <p>{point.note}</p> : null}
                {p === 'cognitive' ? <CognitiveFacts body={body} /> : null}
                <div className="spil-row-actions">
                  <Button onClick={() => edit({ kind: 'point', point: p })}>
                    {t('picture.quickScan.editPoint', { n: i + 1 })}
                  </Button>
                  {detail ? (
                    <Link to={`/jongeren/$youthId/${detail.path}`} params={{ youthId }} className="utrecht-link spil-card__link">
                      {t(`picture.quickScan.detail.${detail.label}`)}
                    </Link>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ol>
      ) : null}

      {doc.isSuccess ? (
        <section aria-labelledby="referral-heading" className="spil-section">
          <Heading level={4} id="referral-heading">{t('picture.referral.title')}</Heading>
          {body.referral ? (
            <dl className="spil-facts spil-facts--wide">
              <div className="spil-facts__row"><dt>{t('picture.referral.referredOn')}</dt><dd>{formatCalendarDate(body.referral.referredOn)}</dd></div>
              <div className="spil-facts__row"><dt>{t('picture.referral.to')}</dt><dd>{body.referral.to}</dd></div>
              {body.referral.reason ? <div className="spil-facts__row"><dt>{t('picture.referral.reason')}</dt><dd>{body.referral.reason}</dd></div> : null}
            </dl>
          ) : <Paragraph>{t('picture.referral.none')}</Paragraph>}
          <div className="spil-actions">
            <Button onClick={() => edit({ kind: 'referral' })}>
              {body.referral ? t('picture.referral.change') : t('picture.referral.record')}
            </Button>
          </div>
        </section>
      ) : null}

      <Dialog open={editing !== null} onClose={close}
        title={editing?.kind === 'point'
          ? t('picture.quickScan.numbered', { n: QUICK_SCAN_POINTS.indexOf(editing.point) + 1, name: t(`picture.quickScan.points.${editing.point}`) })
          : t('picture.referral.title')}>
        {conflict ? <ConflictNotice conflict={conflict} /> : null}
        {editing?.kind === 'point' ? (
          <PointForm key={`${editing.point}-${doc.data?.version ?? 0}`} point={editing.point} body={body} busy={save.isPending} error={save.error}
            onCancel={close} onSave={(next) => store(next, t('picture.quickScan.saved', { n: QUICK_SCAN_POINTS.indexOf(editing.point) + 1 }))} />
        ) : null}
        {editing?.kind === 'referral' ? (
          <ReferralForm key={doc.data?.version ?? 0} body={body} busy={save.isPending} error={save.error}
            onCancel={close} onSave={(next) => store(next, t('picture.referral.saved'))} />
        ) : null}
      </Dialog>
    </section>
  );
}

function ConflictNotice({ conflict }: { conflict: YouthDocument<QuickScanBody> }) {
  const { t } = useTranslation();
  return (
    <Alert type="warning">
      {t('picture.quickScan.conflict', { name: conflict.author?.name ?? '', date: formatDateTime(conflict.savedAt) })}
    </Alert>
  );
}

function CognitiveFacts({ body }: { body: QuickScanBody }) {
  const { t } = useTranslation();
  const c = body.cognitive;
  return (
    <dl className="spil-facts">
      <div className="spil-facts__row"><dt>{t('picture.quickScan.bsaOutcome')}</dt><dd>{c.bsaOutcome || '—'}</dd></div>
      <div className="spil-facts__row"><dt>{t('picture.quickScan.scilScore')}</dt><dd>{c.scilScore ?? '—'}</dd></div>
      <div className="spil-facts__row"><dt>{t('picture.quickScan.conclusion')}</dt><dd>{c.conclusion || '—'}</dd></div>
    </dl>
  );
}

/** Status and note of one point; point 5 also holds the BSA outcome, the SCIL score and the conclusion. */
function PointForm({ point, body, busy, error, onSave, onCancel }: {
  point: QuickScanPoint; body: QuickScanBody; busy: boolean; error: unknown; onSave: (next: QuickScanBody) => void; onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<PointStatus>(body.points[point].status);
  const [note, setNote] = useState(body.points[point].note ?? '');
  const [bsa, setBsa] = useState(body.cognitive.bsaOutcome ?? '');
  const [scil, setScil] = useState(body.cognitive.scilScore == null ? '' : String(body.cognitive.scilScore));
  const [conclusion, setConclusion] = useState(body.cognitive.conclusion ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const server = error && !isApiError(error, 'VERSION_CONFLICT') ? saveErrors(error, t) : {};
  const shown = { ...server, ...errors };
  const labels = { scilScore: t('picture.quickScan.scilScore') };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (scil.trim() && !(/^\d+$/.test(scil.trim()) && Number(scil) <= 200)) errs.scilScore = t('picture.quickScan.scilInvalid');
    setErrors(errs);
    if (Object.keys(errs).length) return;
    onSave({
      ...body,
      points: { ...body.points, [point]: filled({ status, note: note.trim() }) },
      cognitive: point === 'cognitive'
        ? filled({ bsaOutcome: bsa.trim(), scilScore: scil.trim() ? Number(scil) : undefined, conclusion: conclusion.trim() })
        : body.cognitive,
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={summaryOf(shown, labels)} />
      <RadioGroupField name="qsStatus" legend={t('picture.quickScan.statusLabel')} value={status} onChange={(v) => setStatus(v as PointStatus)}
        options={STATUSES.map((s) => ({ value: s, label: t(`picture.quickScan.status.${s}`) }))} />
      <TextareaField name="qsNote" label={t('picture.quickScan.note')} value={note} onChange={setNote} rows={3} />
      {point === 'cognitive' ? (
        <>
          <TextareaField name="bsaOutcome" label={t('picture.quickScan.bsaOutcome')} description={t('picture.quickScan.bsaHelp')} value={bsa} onChange={setBsa} rows={3} />
          <TextField name="scilScore" type="number" inputMode="numeric" label={t('picture.quickScan.scilScore')} description={t('picture.quickScan.scilHelp')}
            value={scil} onChange={setScil} error={shown.scilScore} className="spil-input-short" />
          <TextareaField name="conclusion" label={t('picture.quickScan.conclusion')} value={conclusion} onChange={setConclusion} rows={3} />
        </>
      ) : null}
      <div className="spil-actions">
        <Button type="submit" variant="primary" busy={busy} disabled={busy}>{t('common.save')}</Button>
        <Button variant="subtle" onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}

function ReferralForm({ body, busy, error, onSave, onCancel }: {
  body: QuickScanBody; busy: boolean; error: unknown; onSave: (next: QuickScanBody) => void; onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [referredOn, setReferredOn] = useState(body.referral?.referredOn ?? todayIso());
  const [to, setTo] = useState(body.referral?.to ?? '');
  const [reason, setReason] = useState(body.referral?.reason ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const server = error && !isApiError(error, 'VERSION_CONFLICT') ? saveErrors(error, t) : {};
  const shown = { ...server, ...errors };
  const labels = { referredOn: t('picture.referral.referredOn'), referralTo: t('picture.referral.to') };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(referredOn)) errs.referredOn = t('picture.referral.dateRequired');
    if (!to.trim()) errs.referralTo = t('picture.referral.toRequired');
    setErrors(errs);
    if (Object.keys(errs).length) return;
    onSave({ ...body, referral: filled({ referredOn, to: to.trim(), reason: reason.trim() }) });
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={summaryOf(shown, labels)} />
      <TextField name="referredOn" type="date" label={labels.referredOn} value={referredOn} onChange={setReferredOn} error={shown.referredOn} required />
      <TextField name="referralTo" label={labels.referralTo} description={t('picture.referral.toHelp')} value={to} onChange={setTo} error={shown.referralTo} required />
      <TextareaField name="referralReason" label={t('picture.referral.reason')} value={reason} onChange={setReason} rows={3} />
      <div className="spil-actions">
        <Button type="submit" variant="primary" busy={busy} disabled={busy}>{t('common.save')}</Button>
        <Button variant="subtle" onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
