import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get, isApiError, patch, post } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Heading, Paragraph } from '../../components/Heading';
import { formatCalendarDate } from '../../format/dates';
import { BaselineLatestChart, DomainTrendCharts } from './AssessmentCharts';
import { AssessmentForm, saveErrors, todayIso, type AssessmentInput } from './AssessmentForm';
import { PicturePageFrame } from './PictureSection';
import type { Assessment, Assessments } from './types';

export const assessmentsKey = (youthId: string) => ['youth', youthId, 'assessments'];

/** "Leefgebieden": score the life domains, see baseline against latest and each domain over time. */
export function AssessmentsPage() {
  const { t } = useTranslation();
  const { youthId } = useParams({ strict: false }) as { youthId: string };
  return (
    <PicturePageFrame youthId={youthId} title={t('assessment.title')}>
      <AssessmentsBody youthId={youthId} />
    </PicturePageFrame>
  );
}

function AssessmentsBody({ youthId }: { youthId: string }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: assessmentsKey(youthId), queryFn: () => get<Assessments>(`/api/youth/${youthId}/assessments`) });
  if (q.isPending) return <Paragraph>{t('common.loading')}</Paragraph>;
  if (q.isError) return <Alert type="error">{t('errors.loadFailed')}</Alert>;
  const data = q.data;
  return (
    <>
      <Paragraph lead>{t('assessment.intro')}</Paragraph>
      <NewAssessment youthId={youthId} data={data} />
      {data.items.length ? (
        <>
          <BaselineLatestChart data={data} />
          <DomainTrendCharts data={data} />
        </>
      ) : null}
      <EarlierAssessments youthId={youthId} data={data} />
    </>
  );
}

function NewAssessment({ youthId, data }: { youthId: string; data: Assessments }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [open, setOpen] = useState(!data.items.length);
  const [id, setId] = useState(() => crypto.randomUUID());
  const [notice, setNotice] = useState<string | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: (input: AssessmentInput) => post<Assessment>(`/api/youth/${youthId}/assessments`, { id, ...input }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: assessmentsKey(youthId) });
      setOpen(false);
      setId(crypto.randomUUID());
      setNotice(t('assessment.saved'));
    },
    onError: (e) => setServerErrors(saveErrors(e, t)),
  });
  const active = data.domains.filter((d) => d.active);
  return (
    <section aria-labelledby="new-assessment-heading" className="spil-section">
      <Heading level={2} id="new-assessment-heading">{t('assessment.new')}</Heading>
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      {open ? (
        <AssessmentForm key={id} prefix="new" domains={active} submitLabel={t('assessment.save')} busy={save.isPending} serverErrors={serverErrors}
          initial={{ assessedOn: todayIso(), moment: data.items.length ? 'interim' : 'baseline', note: null, scores: [] }}
          onSubmit={(input) => { setServerErrors({}); save.mutate(input); }}
          onCancel={() => { setOpen(false); setServerErrors({}); }} />
      ) : (
        <div className="spil-actions">
          <Button variant="primary" onClick={() => { setNotice(null); setOpen(true); }}>{t('assessment.start')}</Button>
        </div>
      )}
    </section>
  );
}

function EarlierAssessments({ youthId, data }: { youthId: string; data: Assessments }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Assessment | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const close = useCallback(() => setEditing(null), []);
  const label = (key: string) => data.domains.find((d) => d.key === key)?.label ?? key;
  const newestFirst = [...data.items].sort((a, b) => b.assessedOn.localeCompare(a.assessedOn) || b.createdAt.localeCompare(a.createdAt));
  return (
    <section aria-labelledby="earlier-heading" className="spil-section">
      <Heading level={2} id="earlier-heading">{t('assessment.earlier')}</Heading>
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      {!newestFirst.length ? <Paragraph>{t('assessment.none')}</Paragraph> : (
        <ul className="spil-record-list" aria-labelledby="earlier-heading">
          {newestFirst.map((a) => (
            <li key={a.id} className="spil-record">
              <p className="spil-record__kind">{formatCalendarDate(a.assessedOn)} · {t(`assessment.moments.${a.moment}`)}</p>
              <p className="spil-record__meta">{t('assessment.by', { name: a.author.name })}</p>
              <p>{a.scores.map((s) => `${label(s.domainKey)} ${s.score}`).join(' · ')}</p>
              {a.scores.filter((s) => s.note).map((s) => <p key={s.domainKey}><span className="spil-label">{label(s.domainKey)}: </span>{s.note}</p>)}
              {a.note ? <p><span className="spil-label">{t('assessment.note')}: </span>{a.note}</p> : null}
              <div className="spil-row-actions">
                <Button onClick={() => { setNotice(null); setEditing(a); }}>
                  {t('assessment.edit', { date: formatCalendarDate(a.assessedOn) })}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Dialog open={editing !== null} onClose={close} title={editing ? t('assessment.editTitle', { date: formatCalendarDate(editing.assessedOn) }) : ''}>
        {editing ? (
          <EditAssessment youthId={youthId} data={data} assessment={editing}
            onDone={() => { setEditing(null); setNotice(t('assessment.changed')); }} onCancel={close} />
        ) : null}
      </Dialog>
    </section>
  );
}

/**
 * Correcting an assessment sends the version it was made on; when someone else changed it in
 * between, their version is shown in the form and nothing is overwritten.
 */
function EditAssessment({ youthId, data, assessment, onDone, onCancel }: {
  youthId: string; data: Assessments; assessment: Assessment; onDone: () => void; onCancel: () => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [base, setBase] = useState(assessment);
  const [conflict, setConflict] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: (input: AssessmentInput) => patch<Assessment>(`/api/assessments/${base.id}`, {
      version: base.version, assessedOn: input.assessedOn, moment: input.moment, note: input.note ?? '', scores: input.scores,
    }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: assessmentsKey(youthId) });
      onDone();
    },
    onError: (e) => {
      if (isApiError(e, 'VERSION_CONFLICT')) {
        const current = (e.details as { current?: Assessment } | null)?.current;
        if (current) setBase(current);
        setConflict(true);
        void qc.invalidateQueries({ queryKey: assessmentsKey(youthId) });
        return;
      }
      setServerErrors(saveErrors(e, t));
    },
  });
  const domains = data.domains.filter((d) => d.active || base.scores.some((s) => s.domainKey === d.key));
  return (
    <>
      {conflict ? (
        <Alert type="warning">{t('assessment.conflict')}</Alert>
      ) : null}
      <AssessmentForm key={`${base.id}-${base.version}`} prefix="edit" domains={domains} submitLabel={t('assessment.saveChange')}
        busy={save.isPending} serverErrors={serverErrors} initial={base}
        onSubmit={(input) => { setServerErrors({}); save.mutate(input); }} onCancel={onCancel} />
    </>
  );
}
