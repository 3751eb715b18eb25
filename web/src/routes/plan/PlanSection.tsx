import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { get } from '../../api/client';
import type { Youth } from '../../api/types';
import { useCurrentUser } from '../../auth/session';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Heading, Paragraph } from '../../components/Heading';
import { StatusBadge } from '../../components/StatusText';
import { formatCalendarDate, formatDateTime } from '../../format/dates';
import '../picture/picture.css';
import './plan.css';
import { PlanEditor } from './PlanEditor';
import { PdfLink, PlanVersions } from './PlanVersions';
import { PlanBodyView, SignaturesView, STATUS_TONE, statusText } from './PlanView';
import { SignDialog } from './SignDialog';
import type { PlanVersion, SignerRole, SixWeekNorm } from './types';
import { planWords, usePlan, usePlanLabel, usePlanParts } from './usePlan';

/**
 * The youth's plan in the file: the six-week norm, the newest version with its status, the
 * plan per part in order of priority, editing, signing on the coach's phone, and the versions.
 * (The version and comparison styles are shared with the picture's documents, under
 * .spil-picture-page in picture.css.)
 */
export function PlanSection({ youthId }: { youthId: string }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const plan = usePlan(youthId);
  const parts = usePlanParts();
  const youth = useQuery({ queryKey: ['youth', youthId], queryFn: () => get<Youth>(`/api/youth/${youthId}`), retry: false });
  const label = planWords(t, usePlanLabel(youthId));
  const [editing, setEditing] = useState(false);
  // The dialog stays mounted while it closes, so the native close returns focus to its opener.
  const [signing, setSigning] = useState(false);
  const [signRole, setSignRole] = useState<SignerRole>('youth');
  const [notice, setNotice] = useState<{ text: string; at: number } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const focusEdit = useRef(false);

  useEffect(() => { if (notice) noticeRef.current?.focus(); }, [notice]);
  useEffect(() => {
    if (!editing && focusEdit.current) { focusEdit.current = false; document.getElementById('plan-edit')?.focus(); }
  }, [editing]);
  const closeSign = useCallback(() => setSigning(false), []);
  const openSign = (role: SignerRole) => { setNotice(null); setSignRole(role); setSigning(true); };

  const youthName = youth.data?.displayName ?? '';
  const latest = plan.data?.latest ?? null;
  const defs = parts.data?.items ?? [];
  const defMap = new Map(defs.map((d) => [d.key, d]));
  const say = (text: string) => setNotice({ text, at: Date.now() });

  const onSaved = (saved: PlanVersion, base: PlanVersion | null) => {
    setEditing(false);
    if (base && saved.version === base.version && saved.revision === base.revision) say(t('casePlan.notice.unchanged', { version: saved.version }));
    else if (!base) say(t('casePlan.notice.first', { ...label, version: saved.version }));
    else if (saved.version > base.version) say(t('casePlan.notice.newVersion', { version: saved.version, old: base.version }));
    else say(t('casePlan.notice.saved', { version: saved.version }));
  };
  const onSigned = (signed: PlanVersion, role: SignerRole) => {
    setSigning(false);
    if (signed.status === 'signed') say(t('casePlan.notice.signedBoth', { version: signed.version }));
    else say(t(`casePlan.notice.signed.${role}`, { version: signed.version, name: youthName }));
  };

  const canSign = (role: SignerRole) => Boolean(latest && latest.body.parts.length && latest.status !== 'signed' && !latest.signatures.some((s) => s.role === role));

  return (
    <>
      <section className="spil-section spil-picture-page spil-plan-area" aria-labelledby="plan-title">
        <Heading level={2} id="plan-title">{label.Plan}</Heading>
        {plan.isPending || parts.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
        {plan.isError || parts.isError ? <Alert type="error">{t('errors.loadFailed')}</Alert> : null}
        {plan.data ? <NormText norm={plan.data.norm} /> : null}
        {notice ? (
          <div ref={noticeRef} tabIndex={-1} className="spil-plan-notice" key={notice.at}>
            <Alert type="ok">{notice.text}</Alert>
          </div>
        ) : null}
        {plan.data && parts.data && editing ? (
          <PlanEditor youthId={youthId} base={latest} defs={defs} label={label} onSaved={onSaved}
            onCancel={() => { focusEdit.current = true; setEditing(false); }} />
        ) : null}
        {plan.data && parts.data && !editing ? (
          <>
            <section className="spil-plan-status" aria-label={t('casePlan.status.label', label)}>
              {latest ? (
                <>
                  <p className="spil-plan-status__line">
                    <strong>{t('casePlan.versions.version', { version: latest.version })}</strong>{' '}
                    <StatusBadge tone={STATUS_TONE[latest.status]}>{statusText(t, latest.status)}</StatusBadge>
                  </p>
                  <p className="utrecht-paragraph">{statusExplanation(t, latest, youthName)}</p>
                  <p className="spil-record__meta">
                    {t('casePlan.status.madeBy', { name: latest.author.name, at: formatDateTime(latest.updatedAt) })}
                  </p>
                  {plan.data.signedVersion && plan.data.signedVersion !== latest.version ? (
                    <p className="utrecht-paragraph">{t('casePlan.status.signedEarlier', { version: plan.data.signedVersion })}</p>
                  ) : null}
                </>
              ) : <p className="utrecht-paragraph">{t('casePlan.status.none', { ...label, name: youthName })}</p>}
            </section>
            <div className="spil-actions spil-plan-actions">
              <Button id="plan-edit" variant={latest ? 'secondary' : 'primary'}
                onClick={() => { setNotice(null); setEditing(true); }}>
                {!latest ? t('casePlan.actions.create', label) : latest.frozen ? t('casePlan.actions.newVersion') : t('casePlan.actions.edit')}
              </Button>
              {canSign('youth') ? (
                <Button variant="primary" onClick={() => openSign('youth')}>{t('casePlan.actions.signYouth', { name: youthName })}</Button>
              ) : null}
              {canSign('coach') ? (
                <Button variant="primary" onClick={() => openSign('coach')}>{t('casePlan.actions.signCoach')}</Button>
              ) : null}
              {latest ? <PdfLink youthId={youthId} version={latest.version} /> : null}
            </div>
            {latest && !latest.body.parts.length ? <p className="utrecht-paragraph spil-muted">{t('casePlan.status.addPartsFirst')}</p> : null}
            {latest ? (
              <>
                <PlanBodyView body={latest.body} defs={defMap} level={3} />
                <SignaturesView version={latest} level={3} youthName={youthName} />
              </>
            ) : null}
          </>
        ) : null}
        {latest ? (
          <SignDialog open={signing} onClose={closeSign} youthId={youthId} version={latest} role={signRole} label={label}
            defaultName={signRole === 'youth' ? youthName : me.user.displayName}
            onSigned={(signed) => onSigned(signed, signRole)} />
        ) : null}
      </section>
      {plan.data?.latest && parts.data ? (
        <div className="spil-picture-page spil-plan-area">
          <PlanVersions youthId={youthId} defs={defs} label={label} youthName={youthName} />
        </div>
      ) : null}
    </>
  );
}

function statusExplanation(t: ReturnType<typeof useTranslation>['t'], v: PlanVersion, youthName: string) {
  if (v.status === 'signed') return t('casePlan.status.explainSigned', { at: formatDateTime(v.signedAt) });
  if (v.status === 'signing') {
    const youthSigned = v.signatures.some((s) => s.role === 'youth');
    return youthSigned ? t('casePlan.status.explainWaitingCoach', { name: youthName }) : t('casePlan.status.explainWaitingYouth', { name: youthName });
  }
  return t('casePlan.status.explainDraft');
}

/** The six-week norm in one plain sentence ("Ondertekend op dag 31 — binnen de 6 weken."). */
export function normSentence(t: TFunction, norm: SixWeekNorm): string {
  const total = norm.weeks * 7;
  if (norm.state === 'signed_in_time') return t('casePlan.norm.signedInTime', { day: norm.signedOnDay, weeks: norm.weeks });
  if (norm.state === 'signed_late') return t('casePlan.norm.signedLate', { day: norm.signedOnDay, weeks: norm.weeks, count: (norm.signedOnDay ?? 0) - total });
  if (norm.state === 'open') {
    return norm.daysLeft === 0
      ? t('casePlan.norm.openLastDay', { day: norm.daysSinceRegistration, total })
      : t('casePlan.norm.open', { day: norm.daysSinceRegistration, total, count: norm.daysLeft ?? 0 });
  }
  return t('casePlan.norm.overdue', { day: norm.daysSinceRegistration, total, count: -(norm.daysLeft ?? 0) });
}

/** The norm: the plan signed within six weeks of registration, in plain words. */
function NormText({ norm }: { norm: SixWeekNorm }) {
  const { t } = useTranslation();
  const tone = { signed_in_time: 'success', signed_late: 'warning', open: 'neutral', overdue: 'danger' } as const;
  const text = normSentence(t, norm);
  return (
    <div className="spil-plan-norm">
      <p className="spil-plan-norm__title">
        <span>{t('casePlan.norm.title', { weeks: norm.weeks })}</span>{' '}
        <StatusBadge tone={tone[norm.state]}>{t(`casePlan.norm.state.${norm.state}`)}</StatusBadge>
      </p>
      <p className="spil-plan-norm__text">{text}</p>
      <p className="spil-record__meta">
        {t('casePlan.norm.dates', { registered: formatCalendarDate(norm.registeredOn), deadline: formatCalendarDate(norm.deadline) })}
      </p>
    </div>
  );
}
