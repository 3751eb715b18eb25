import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { SelectField } from '../../components/FormField';
import { Paragraph } from '../../components/Heading';
import { StatusBadge } from '../../components/StatusText';
import { formatDateTime, formatLongDate } from '../../format/dates';
import { CompetencyTrend } from './CompetencyTrend';
import { errorsOf, useRefreshPlacements, useWeekly } from './queries';
import { RATING_SYMBOL, useCompetencyLabel, useRatingText } from './rating-words';
import { RATINGS, type LinkStatus, type NewLinkResponse, type Placement, type SupervisorLink, type WeekBody, type WeeklyForm, type WeeklyOverview } from './types';
import { weeksOfPlacement } from './week-dates';
import { WeekRatingsForm } from './WeekRatingsForm';

const LINK_TONE: Record<LinkStatus, 'success' | 'neutral' | 'danger'> = { active: 'success', expired: 'neutral', revoked: 'danger' };
const LINK_SYMBOL: Record<LinkStatus, string> = { active: '●', expired: '◷', revoked: '⊘' };
const RENEW_DAYS = 14;

/**
 * The weekly progress form of one placement (IPTA ch. 5): the trend of the ten competencies,
 * the weeks filled in, the supervisor's personal links, and the coach filling in a week with
 * the supervisor in person.
 */
export function WeeklySection({ youthId, placement, firstName }: { youthId: string; placement: Placement; firstName: string }) {
  const { t } = useTranslation();
  const base = `weekly-${placement.id}`;
  const q = useWeekly(youthId, placement.id);
  const { refreshWeekly } = useRefreshPlacements(youthId);
  const [created, setCreated] = useState<NewLinkResponse | null>(null);
  const [filling, setFilling] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // A revoked link loses its buttons, and with them the focus: it goes to what happened.
  const noticeRef = useRef<HTMLDivElement>(null);
  const [focusNotice, setFocusNotice] = useState(false);
  useEffect(() => { if (focusNotice && notice) { noticeRef.current?.focus(); setFocusNotice(false); } }, [focusNotice, notice]);
  const [linkError, setLinkError] = useState<string | null>(null);
  const closeLink = useCallback(() => setCreated(null), []);
  const closeFill = useCallback(() => setFilling(false), []);

  const createLink = useMutation({
    mutationFn: () => post<NewLinkResponse>(`/api/youth/${youthId}/placements/${placement.id}/links`, {}),
    onSuccess: (link) => { setLinkError(null); setNotice(null); setCreated(link); void refreshWeekly(placement.id); },
    onError: (e) => setLinkError(errorsOf(e, t)._form ?? t('errors.generic')),
  });

  return (
    <section className="spil-weekly" aria-labelledby={`${base}-title`}>
      <h4 className="utrecht-heading-4" id={`${base}-title`}>{t('placement.weekly.title')}</h4>
      <Paragraph>{t('placement.weekly.intro', { name: placement.supervisorName || t('placement.weekly.theSupervisor') })}</Paragraph>
      <div className="spil-actions">
        <Button variant="primary" busy={createLink.isPending} disabled={createLink.isPending} onClick={() => createLink.mutate()}>
          {t('placement.links.create')}
        </Button>
        <Button onClick={() => { setNotice(null); setFilling(true); }} disabled={!q.data}>{t('placement.weekly.fillIn')}</Button>
      </div>
      {linkError ? <Alert type="error">{linkError}</Alert> : null}
      {notice ? <div ref={noticeRef} tabIndex={-1} className="spil-placement-notice"><Alert type="ok">{notice}</Alert></div> : null}
      {q.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
      {q.isError ? <Alert type="error">{t('errors.loadFailed')}</Alert> : null}
      {q.data ? (
        <>
          <LinksList youthId={youthId} placementId={placement.id} links={q.data.links} headingId={`${base}-links`} onChanged={(msg) => { setNotice(msg); setFocusNotice(true); }} />
          <h5 className="utrecht-heading-5 spil-weekly__heading" id={`${base}-trend`}>{t('placement.trend.title')}</h5>
          <CompetencyTrend competencies={q.data.competencies} trend={q.data.trend} headingId={`${base}-trend`} />
          <WeeksList data={q.data} headingId={`${base}-weeks`} />
        </>
      ) : null}

      <Dialog open={Boolean(created)} onClose={closeLink} title={t('placement.links.dialogTitle')}>
        {created ? <LinkCreated link={created} placement={placement} firstName={firstName} onClose={closeLink} /> : null}
      </Dialog>
      <Dialog open={filling} onClose={closeFill} title={t('placement.weekly.fillInTitle')}>
        {filling && q.data ? (
          <FillIn youthId={youthId} placement={placement} data={q.data} onCancel={closeFill}
            onDone={(msg) => { setFilling(false); setNotice(msg); }} />
        ) : null}
      </Dialog>
    </section>
  );
}

/** The newest few of a list, and a button for the rest: a phone need not scroll past every week. */
function useFirstFew<T>(items: T[], few: number) {
  const [all, setAll] = useState(false);
  const focusNext = useRef(false);
  return {
    shown: all || items.length <= few ? items : items.slice(0, few),
    hidden: all ? 0 : Math.max(0, items.length - few),
    showAll: () => { focusNext.current = true; setAll(true); },
    /** The button is gone once pressed: focus goes to the first item it brought in. */
    focusProps: (i: number) => (i === few ? {
      tabIndex: -1,
      ref: (el: HTMLLIElement | null) => { if (el && focusNext.current) { focusNext.current = false; el.focus(); } },
    } : {}),
  };
}

function WeeksList({ data, headingId }: { data: WeeklyOverview; headingId: string }) {
  const { t } = useTranslation();
  const few = useFirstFew(data.items, 4);
  const labelOf = useCompetencyLabel();
  const ratingText = useRatingText();
  return (
    <>
      <h5 className="utrecht-heading-5 spil-weekly__heading" id={headingId}>{t('placement.weeks.title', { count: data.items.length })}</h5>
      {data.items.length ? (
        <ul className="spil-record-list spil-weeks" aria-labelledby={headingId}>
          {few.shown.map((w, i) => {
            const counts = RATINGS.filter((r) => r !== 'na').map((r) => `${RATING_SYMBOL[r]} ${t(`placement.count.${r}`, { count: Object.values(w.ratings).filter((x) => x?.rating === r).length })}`);
            return (
              <li key={w.id} className="spil-record" {...few.focusProps(i)}>
                <p className="spil-record__kind">{t('placement.week.of', { date: formatLongDate(w.weekStart) })}</p>
                <p className="spil-record__meta">
                  {t(w.filledBy === 'supervisor' ? 'placement.weeks.byLink' : 'placement.weeks.byCoach', { name: w.supervisorName })}
                  {' · '}{formatDateTime(w.submittedAt)}
                </p>
                <p>{counts.join(' · ')}</p>
                {w.note ? <p className="spil-weeks__note"><span className="spil-label">{t('placement.weeks.note')}: </span>{w.note}</p> : null}
                <details className="spil-weeks__details">
                  <summary>
                    {t('placement.weeks.show')}<span className="spil-visually-hidden"> {t('placement.week.of', { date: formatLongDate(w.weekStart) })}</span>
                  </summary>
                  <ul className="spil-weeks__ratings">
                    {data.competencies.map((c) => {
                      const r = w.ratings[c.key];
                      return (
                        <li key={c.key}>
                          <span className="spil-weeks__rating">{r ? ratingText(r.rating) : `– ${t('placement.weeks.notFilled')}`}</span>
                          {' — '}{labelOf(c)}
                          {r?.note ? <span className="spil-weeks__ratingnote">: {r.note}</span> : null}
                        </li>
                      );
                    })}
                  </ul>
                </details>
              </li>
            );
          })}
        </ul>
      ) : <Paragraph>{t('placement.weeks.none')}</Paragraph>}
      {few.hidden ? <div className="spil-more"><Button onClick={few.showAll}>{t('placement.weeks.showAll', { count: data.items.length })}</Button></div> : null}
    </>
  );
}

function LinksList({ youthId, placementId, links, headingId, onChanged }: {
  youthId: string; placementId: string; links: SupervisorLink[]; headingId: string; onChanged: (msg: string) => void;
}) {
  const { t } = useTranslation();
  const { refreshWeekly } = useRefreshPlacements(youthId);
  const [error, setError] = useState<string | null>(null);
  const few = useFirstFew(links, 3);
  const change = useMutation({
    mutationFn: ({ link, action }: { link: SupervisorLink; action: 'revoke' | 'renew' }) =>
      post<{ status: LinkStatus }>(`/api/youth/${youthId}/placements/${placementId}/links/${link.id}/${action}`, action === 'renew' ? { days: RENEW_DAYS } : {}),
    onSuccess: async (_r, { action }) => {
      setError(null);
      await refreshWeekly(placementId);
      onChanged(action === 'revoke' ? t('placement.links.revoked') : t('placement.links.renewed', { count: RENEW_DAYS }));
    },
    onError: (e) => setError(errorsOf(e, t)._form ?? t('errors.generic')),
  });
  return (
    <>
      <h5 className="utrecht-heading-5 spil-weekly__heading" id={headingId}>{t('placement.links.title')}</h5>
      {error ? <Alert type="error">{error}</Alert> : null}
      {links.length ? (
        <ul className="spil-record-list spil-links" aria-labelledby={headingId}>
          {few.shown.map((l, i) => {
            const made = formatDateTime(l.createdAt);
            return (
              <li key={l.id} className="spil-record" {...few.focusProps(i)}>
                <p>
                  <StatusBadge tone={LINK_TONE[l.status]}><span aria-hidden="true">{LINK_SYMBOL[l.status]} </span>{t(`placement.links.status.${l.status}`)}</StatusBadge>
                  {' '}<span className="spil-record__kind">{t('placement.links.made', { date: made })}</span>
                </p>
                <p className="spil-record__meta">{t('placement.links.by', { name: l.createdBy.name })}</p>
                <p>
                  {l.status === 'revoked' && l.revokedAt
                    ? t('placement.links.revokedOn', { date: formatDateTime(l.revokedAt) })
                    : t(l.status === 'expired' ? 'placement.links.expiredOn' : 'placement.links.validUntil', { date: formatDateTime(l.expiresAt) })}
                </p>
                <p>{l.lastUsedAt ? t('placement.links.lastUsed', { date: formatDateTime(l.lastUsedAt) }) : t('placement.links.neverUsed')}</p>
                {l.status !== 'revoked' ? (
                  <div className="spil-row-actions">
                    <Button onClick={() => change.mutate({ link: l, action: 'revoke' })} disabled={change.isPending}>
                      {t('placement.links.revoke')}<span className="spil-visually-hidden"> {t('placement.links.made', { date: made })}</span>
                    </Button>
                    <Button onClick={() => change.mutate({ link: l, action: 'renew' })} disabled={change.isPending}>
                      {t('placement.links.renew', { count: RENEW_DAYS })}<span className="spil-visually-hidden"> {t('placement.links.made', { date: made })}</span>
                    </Button>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : <Paragraph>{t('placement.links.none')}</Paragraph>}
      {few.hidden ? <div className="spil-more"><Button onClick={few.showAll}>{t('placement.links.showAll', { count: links.length })}</Button></div> : null}
    </>
  );
}

/**
 * The new link, shown this once: the server keeps only its hash. Copy it, or share it straight
 * into WhatsApp or an e-mail to the supervisor.
 */
function LinkCreated({ link, placement, firstName, onClose }: { link: NewLinkResponse; placement: Placement; firstName: string; onClose: () => void }) {
  const { t } = useTranslation();
  const url = `${window.location.origin}${link.path}`;
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  useEffect(() => { input.current?.select(); }, []);
  const until = formatDateTime(link.expiresAt);
  const who = placement.supervisorName || t('placement.weekly.theSupervisor');
  const message = t('placement.links.shareText', { supervisor: placement.supervisorName, name: firstName, url, date: until });
  const subject = t('placement.links.shareSubject', { name: firstName });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      input.current?.select();
      setCopied('no');
    }
  };
  return (
    <div className="spil-linkbox">
      <Paragraph>{t('placement.links.explain', { supervisor: who, name: firstName })}</Paragraph>
      <div className="utrecht-form-field utrecht-form-field--distanced">
        <div className="utrecht-form-field__label"><label className="utrecht-form-label" htmlFor={inputId}>{t('placement.links.urlLabel')}</label></div>
        <div className="utrecht-form-field__input">
          <input ref={input} id={inputId} type="text" readOnly value={url} spellCheck={false}
            className="utrecht-textbox utrecht-textbox--html-input spil-linkbox__url" onFocus={(e) => e.currentTarget.select()} />
        </div>
      </div>
      <div className="spil-actions">
        <Button variant="primary" onClick={() => void copy()}>{t('placement.links.copy')}</Button>
        <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
          href={`https://wa.me/?text=${encodeURIComponent(message)}`} target="_blank" rel="noopener noreferrer">
          {t('placement.links.whatsapp')}<span className="spil-visually-hidden"> {t('placement.links.newWindow')}</span>
        </a>
        <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
          href={`mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(message)}`}>
          {t('placement.links.mail')}
        </a>
      </div>
      <p role="status" className="spil-linkbox__copied">
        {copied === 'yes' ? t('placement.links.copied') : copied === 'no' ? t('placement.links.copyFailed') : ''}
      </p>
      <Alert type="warning">
        <p className="utrecht-paragraph"><strong>{t('placement.links.once')}</strong></p>
        <p className="utrecht-paragraph">{t('placement.links.expires', { date: until })}</p>
      </Alert>
      <div className="spil-actions">
        <Button onClick={onClose}>{t('placement.links.done')}</Button>
      </div>
    </div>
  );
}

/** The coach fills in a week with the supervisor sitting beside them. */
function FillIn({ youthId, placement, data, onCancel, onDone }: {
  youthId: string; placement: Placement; data: WeeklyOverview; onCancel: () => void; onDone: (msg: string) => void;
}) {
  const { t } = useTranslation();
  const { refreshWeekly } = useRefreshPlacements(youthId);
  const prefix = `fill-${placement.id.slice(0, 8)}-`;
  const weeks = weeksOfPlacement(placement.startsOn, placement.endedOn);
  const filled = new Map<string, WeeklyForm>(data.items.map((w) => [w.weekStart, w]));
  const [week, setWeek] = useState(weeks[0] ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: (body: WeekBody) => post<WeeklyForm>(`/api/youth/${youthId}/placements/${placement.id}/weekly`, body),
    onSuccess: async (saved) => {
      await refreshWeekly(placement.id);
      onDone(t('placement.weekly.saved', { date: formatLongDate(saved.weekStart) }));
    },
    onError: (e) => setErrors(errorsOf(e, t)),
  });
  if (!weeks.length) return <Alert type="info">{t('placement.weekly.notStarted')}</Alert>;
  const existing = filled.get(week) ?? null;
  const weekLabel = t('placement.weekForm.week');
  return (
    <>
      <SelectField name={`${prefix}weekStart`} label={weekLabel} value={week} error={errors.weekStart}
        description={t('placement.weekForm.weekHelp')} onChange={(v) => { setWeek(v); setErrors({}); }}
        options={weeks.map((w) => ({
          value: w,
          label: `${formatLongDate(w)}${filled.has(w) ? ` (${t('placement.weekForm.alreadyFilled')})` : ''}`,
        }))} />
      {existing ? <Alert type="info">{t('placement.weekForm.replaces', { date: formatDateTime(existing.submittedAt), name: existing.supervisorName })}</Alert> : null}
      <WeekRatingsForm key={week} prefix={prefix} competencies={data.competencies} weekStart={week} initial={existing}
        defaultName={placement.supervisorName} nameLabel={t('placement.weekForm.supervisorName')}
        submitLabel={t('placement.weekForm.saveWeek')} busy={save.isPending} serverErrors={errors}
        extraLabels={{ weekStart: weekLabel }} onSubmit={(b) => { setErrors({}); save.mutate(b); }} onCancel={onCancel} />
    </>
  );
}
