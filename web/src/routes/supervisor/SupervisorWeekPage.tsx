import { useMutation, useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, get, post } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Paragraph } from '../../components/Heading';
import { PageTitle } from '../../components/PageTitle';
import { formatDateTime, formatLongDate } from '../../format/dates';
import { errorsOf } from '../placement/queries';
import type { PublicWeek, WeekBody, WeeklyForm } from '../placement/types';
import { WeekRatingsForm } from '../placement/WeekRatingsForm';
import { ReferencesWaiting, SupervisorReferences, usePublicReferences } from './SupervisorReferences';
import '../placement/placement.css';

/** Why a link does not work; the page then shows no data at all. */
type Problem = 'gone' | 'throttled' | 'unavailable';
const LINK_GONE = new Set(['LINK_INVALID', 'LINK_EXPIRED', 'LINK_REVOKED', 'VALIDATION_FAILED', 'NOT_FOUND']);

function problemOf(e: unknown): Problem | null {
  if (!(e instanceof ApiError)) return null;
  if (e.status === 429 || e.code === 'LINK_THROTTLED') return 'throttled';
  if (e.status === 404 || e.status === 410 || LINK_GONE.has(e.code)) return 'gone';
  return null;
}

/**
 * After sending (thanks, or a link that stopped working), focus goes to the new heading so a
 * screen reader hears what happened. Not when the page first opens: then the browser starts
 * at the top by itself.
 */
function useFocusTitle(state: string) {
  const previous = useRef<string | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = state;
    if (before !== null && before !== 'loading' && before !== state) document.getElementById('page-title')?.focus();
  }, [state]);
}

function LinkProblem({ problem }: { problem: Problem }) {
  const { t } = useTranslation();
  return (
    <div className="spil-supervisor">
      <PageTitle title={t(`placement.public.problem.${problem}.title`)} />
      <Alert type={problem === 'gone' ? 'warning' : 'info'}>
        <p className="utrecht-paragraph">{t(`placement.public.problem.${problem}.text`)}</p>
      </Alert>
    </div>
  );
}

/**
 * The supervisor's weekly form, opened through the personal link: no account, no login. It
 * shows only the youth's first name and the placement, the ten competencies with four big
 * choices each, and the supervisor's name — two minutes on a phone. An expired, revoked or
 * wrong link gets a friendly page and no data.
 */
export function SupervisorWeekPage() {
  const { t } = useTranslation();
  const { token } = useParams({ strict: false }) as { token: string };
  const q = useQuery({ queryKey: ['public-week', token], queryFn: () => get<PublicWeek>(`/api/public/weekly/${encodeURIComponent(token)}`), retry: false, staleTime: Infinity });
  const [sent, setSent] = useState<WeeklyForm | null>(null);
  const [editing, setEditing] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [postProblem, setPostProblem] = useState<Problem | null>(null);
  // The certificate and the recommendation letter, once the coach drafted them: confirmed here too.
  const refs = usePublicReferences(token);
  const references = q.isSuccess ? refs.data?.items ?? [] : [];
  const onLinkProblem = (e: unknown) => { const p = problemOf(e); if (p) setPostProblem(p); return p !== null; };
  const send = useMutation({
    mutationFn: (body: WeekBody) => post<WeeklyForm>(`/api/public/weekly/${encodeURIComponent(token)}`, body),
    onSuccess: (saved) => { setErrors({}); setSent(saved); setEditing(false); },
    onError: (e) => {
      const p = problemOf(e);
      if (p) { setPostProblem(p); return; }
      // This page has no week to choose: a refusal of the week is a message for the whole form.
      const errs = errorsOf(e, t);
      if (errs.weekStart) { errs._form = errs.weekStart; delete errs.weekStart; }
      setErrors(errs);
    },
  });
  const state = postProblem ?? (q.isError ? 'error' : q.isPending ? 'loading' : sent && !editing ? 'sent' : 'form');
  useFocusTitle(state);

  if (postProblem) return <LinkProblem problem={postProblem} />;
  if (q.isPending) return <><PageTitle title={t('placement.public.loadingTitle')} /><Paragraph>{t('common.loading')}</Paragraph></>;
  if (q.isError) return <LinkProblem problem={problemOf(q.error) ?? 'unavailable'} />;

  const w = q.data;
  const week = t('placement.week.ofLower', { date: formatLongDate(w.weekStart) });
  const weekTitle = t('placement.week.of', { date: formatLongDate(w.weekStart) });
  if (sent && !editing) {
    return (
      <div className="spil-supervisor">
        <PageTitle title={t('placement.public.thanksTitle')} />
        <Alert type="ok">
          <p className="utrecht-paragraph">{t('placement.public.thanksText', { name: w.firstName, week })}</p>
        </Alert>
        <Paragraph>{t('placement.public.thanksClose')}</Paragraph>
        <div className="spil-actions">
          <Button onClick={() => setEditing(true)}>{t('placement.public.change')}</Button>
        </div>
        <SupervisorReferences token={token} items={references} firstName={w.firstName} onLinkProblem={onLinkProblem} />
      </div>
    );
  }
  const existing = sent ?? w.existing;
  return (
    <div className="spil-supervisor">
      <PageTitle title={t('placement.public.title', { name: w.firstName, workplace: w.workplace, employer: w.employer })}>
        {t('placement.public.titleName', { name: w.firstName })}
        <span className="spil-supervisor__where"><span className="spil-visually-hidden"> — </span>{t('placement.public.titlePlace', { workplace: w.workplace, employer: w.employer })}</span>
      </PageTitle>
      <p className="utrecht-paragraph spil-supervisor__week">{weekTitle}</p>
      <ReferencesWaiting items={references} />
      <Paragraph>{t('placement.public.intro', { name: w.firstName })}</Paragraph>
      {existing ? <Alert type="info">{t('placement.public.alreadyFilled', { date: formatDateTime(existing.submittedAt) })}</Alert> : null}
      <WeekRatingsForm prefix="week-" competencies={w.competencies} weekStart={w.weekStart} initial={existing} defaultName=""
        nameLabel={t('placement.public.yourName')} nameHelp={t('placement.public.yourNameHelp')}
        submitLabel={t('placement.public.send')} busy={send.isPending} serverErrors={errors}
        onSubmit={(b) => { setErrors({}); send.mutate(b); }} />
      <SupervisorReferences token={token} items={references} firstName={w.firstName} onLinkProblem={onLinkProblem} />
      <Paragraph small className="spil-muted">{t('placement.public.privacy', { name: w.firstName, date: formatDateTime(w.expiresAt) })}</Paragraph>
    </div>
  );
}
