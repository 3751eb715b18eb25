import { useMutation } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, post } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Button, FormActions } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextareaField, TextField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { PageTitle } from '../../components/PageTitle';
import { StatusBadge } from '../../components/StatusText';
import { formatCalendarDate, formatDate } from '../../format/dates';
import { errorsFrom, summaryOf } from '../casework/lists';
import { NoAccess } from '../youth/NoAccess';
import { EmployerForm } from './EmployerForm';
import { pairName } from './match-words';
import { clearHandedOverNotice, handedOverNotice, todayIso, useEmployer, useRefreshWork } from './queries';
import { PAIRS, type Employer, type Workplace } from './types';
import { traitLabel, WorkplaceForm } from './WorkplaceForm';
import './work.css';

const ABOUT = ['entryWork', 'openness', 'experience', 'subsidiesDiscussed', 'jobCarving', 'notes'] as const;
const SCAN = ['atmosphere', 'tasks', 'skillsNeeded', 'instructionStyle', 'growth', 'socialSetting'] as const;

type Editing = { kind: 'employer' } | { kind: 'workplace'; workplace?: Workplace } | { kind: 'contact' } | null;

/** One employer: its details, its workplaces with their quick scan, and the contact history. */
export function EmployerPage() {
  const { t } = useTranslation();
  const { employerId } = useParams({ strict: false }) as { employerId: string };
  const employer = useEmployer(employerId);
  const refresh = useRefreshWork();
  const [notice, setNotice] = useState<string | null>(() => handedOverNotice(employerId));
  useEffect(() => clearHandedOverNotice(), []);
  const [editing, setEditing] = useState<Editing>(null);
  const close = useCallback(() => setEditing(null), []);

  const back = (
    <p className="utrecht-paragraph">
      <Link to="/werkgevers" className="utrecht-link"><span aria-hidden="true">← </span>{t('work.detail.back')}</Link>
    </p>
  );
  if (employer.isPending) return <><PageTitle title={t('work.detail.pre')} />{back}<Paragraph>{t('common.loading')}</Paragraph></>;
  if (employer.isError) {
    if (isApiError(employer.error) && employer.error.status === 403) return <NoAccess />;
    const missing = isApiError(employer.error) && (employer.error.status === 404 || employer.error.code === 'VALIDATION_FAILED');
    return (
      <>
        <PageTitle title={missing ? t('work.detail.notFoundTitle') : t('work.detail.pre')} />
        {back}
        <Alert type={missing ? 'warning' : 'error'}>{missing ? t('work.detail.notFound') : t('errors.loadFailed')}</Alert>
      </>
    );
  }
  const e = employer.data;
  const done = (message: string, saved?: Employer) => {
    void refresh(saved);
    setEditing(null);
    setNotice(message);
  };
  const dialogTitle = editing?.kind === 'employer' ? t('work.form.editTitle')
    : editing?.kind === 'contact' ? t('work.contact.title')
      : editing?.kind === 'workplace' ? (editing.workplace ? t('work.workplace.editTitle', { name: editing.workplace.name }) : t('work.workplace.addTitle')) : '';

  return (
    <div className="spil-work">
      <PageTitle title={e.name} pre={t('work.detail.pre')} />
      {back}
      {notice ? <Alert type="ok">{notice}</Alert> : null}

      <section aria-labelledby="employer-details" className="spil-section">
        <Heading level={2} id="employer-details">{t('work.detail.details')}</Heading>
        <dl className="spil-facts spil-facts--wide">
          <div className="spil-facts__row"><dt>{t('work.facts.sector')}</dt><dd>{e.sector}</dd></div>
          <div className="spil-facts__row"><dt>{t('work.facts.town')}</dt><dd>{e.town}</dd></div>
          <div className="spil-facts__row"><dt>{t('work.facts.neighbourhood')}</dt><dd>{e.neighbourhood || t('work.facts.noNeighbourhood')}</dd></div>
          <div className="spil-facts__row"><dt>{t('work.facts.size')}</dt><dd>{t(`work.sizes.${e.size}`)}</dd></div>
          <div className="spil-facts__row"><dt>{t('work.facts.csrCovenant')}</dt><dd>{e.csrCovenant ? t('work.yes') : t('work.no')}</dd></div>
        </dl>
        <Heading level={3}>{t('work.detail.contactPersons')}</Heading>
        {e.contacts.length ? (
          <ul className="spil-work-people">
            {e.contacts.map((c, i) => (
              <li key={i}>
                <strong>{c.name}</strong>{c.role ? `, ${c.role}` : ''}
                {c.phone ? <><br /><span className="spil-label">{t('work.detail.phone')} </span><a className="utrecht-link" href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}>{c.phone}</a></> : null}
                {c.email ? <><br /><span className="spil-label">{t('work.detail.email')} </span><a className="utrecht-link spil-work-email" href={`mailto:${c.email}`}>{c.email}</a></> : null}
              </li>
            ))}
          </ul>
        ) : <Paragraph className="spil-muted">{t('work.detail.noContactPersons')}</Paragraph>}
        {ABOUT.some((k) => e[k].trim()) ? <Heading level={3}>{t('work.form.about')}</Heading> : null}
        <dl className="spil-work-texts">
          {ABOUT.filter((k) => e[k].trim()).map((k) => (
            <div key={k}><dt>{t(`work.form.${k}`)}</dt><dd>{e[k]}</dd></div>
          ))}
        </dl>
        <Paragraph small className="spil-muted">{t('work.detail.createdBy', { name: e.createdBy.name, date: formatDate(e.createdAt) })}</Paragraph>
        <Button onClick={() => { setNotice(null); setEditing({ kind: 'employer' }); }}>{t('work.detail.edit')}</Button>
      </section>

      <section aria-labelledby="employer-workplaces" className="spil-section">
        <Heading level={2} id="employer-workplaces">{t('work.detail.workplaces')}</Heading>
        <Paragraph className="spil-muted">{t('work.detail.workplacesIntro')}</Paragraph>
        {e.workplaces.length ? (
          <ul className="spil-work-places">
            {e.workplaces.map((w) => (
              <li key={w.id}>
                <WorkplaceCard workplace={w} onEdit={() => { setNotice(null); setEditing({ kind: 'workplace', workplace: w }); }} />
              </li>
            ))}
          </ul>
        ) : <Paragraph>{t('work.detail.noWorkplaces')}</Paragraph>}
        <Button variant="primary" onClick={() => { setNotice(null); setEditing({ kind: 'workplace' }); }}>{t('work.detail.addWorkplace')}</Button>
      </section>

      <section aria-labelledby="employer-history" className="spil-section">
        <Heading level={2} id="employer-history">{t('work.detail.history')}</Heading>
        <Button onClick={() => { setNotice(null); setEditing({ kind: 'contact' }); }}>{t('work.detail.addContact')}</Button>
        {e.history.length ? (
          <ul className="spil-history">
            {e.history.map((h) => (
              <li key={h.id} className="spil-history__item">
                <p className="spil-history__meta"><time dateTime={h.happenedOn}>{formatCalendarDate(h.happenedOn)}</time> · {h.author.name}</p>
                <p className="spil-work-note">{h.note}</p>
              </li>
            ))}
          </ul>
        ) : <Paragraph className="spil-muted">{t('work.detail.noHistory')}</Paragraph>}
      </section>

      <Dialog open={editing !== null} onClose={close} title={dialogTitle}>
        {editing?.kind === 'employer' ? (
          <EmployerForm employer={e} onCancel={close} onDone={(saved, message) => done(message, saved)} />
        ) : null}
        {editing?.kind === 'workplace' ? (
          <WorkplaceForm employerId={e.id} workplace={editing.workplace} onCancel={close} onDone={(_, message) => done(message)} />
        ) : null}
        {editing?.kind === 'contact' ? (
          <ContactForm employerId={e.id} onCancel={close} onDone={(saved) => done(t('work.contact.saved'), saved)} />
        ) : null}
      </Dialog>
    </div>
  );
}

function WorkplaceCard({ workplace: w, onEdit }: { workplace: Workplace; onEdit: () => void }) {
  const { t } = useTranslation();
  const headingId = `workplace-${w.id}`;
  return (
    <article aria-labelledby={headingId} className="spil-card spil-work-place">
      <Heading level={3} id={headingId} className="spil-card__title">{w.name}</Heading>
      <p className="spil-work-badges">
        <StatusBadge tone={w.openPlaces > 0 ? 'success' : 'neutral'}>{t('work.openPlaces', { count: w.openPlaces })}</StatusBadge>
        {!w.active ? <StatusBadge tone="warning">{t('work.workplace.inactive')}</StatusBadge> : null}
      </p>
      <p className="utrecht-paragraph spil-muted">
        {w.scannedOn ? t('work.workplace.scannedOnText', { date: formatCalendarDate(w.scannedOn) }) : t('work.workplace.notScanned')}
      </p>
      <dl className="spil-facts spil-work-traits">
        {PAIRS.map((p) => (
          <div key={p} className="spil-facts__row"><dt>{pairName(t, p)}</dt><dd>{traitLabel(t, p, w.traits[p])}</dd></div>
        ))}
      </dl>
      <dl className="spil-work-texts">
        {SCAN.filter((k) => w[k].trim()).map((k) => (
          <div key={k}><dt>{t(`work.workplace.${k}`)}</dt><dd>{w[k]}</dd></div>
        ))}
      </dl>
      <Button onClick={onEdit}>{t('work.workplace.edit')}<span className="spil-visually-hidden"> {w.name}</span></Button>
    </article>
  );
}

/** A conversation with the employer: when, and what was discussed (in the coach's own history). */
function ContactForm({ employerId, onDone, onCancel }: { employerId: string; onDone: (saved: Employer) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [id] = useState(() => crypto.randomUUID());
  const [happenedOn, setHappenedOn] = useState(todayIso);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const labels = { happenedOn: t('work.contact.happenedOn'), note: t('work.contact.note') };
  const save = useMutation({
    mutationFn: () => post<Employer>(`/api/employers/${employerId}/contacts`, { id, happenedOn, note: note.trim() }),
    onSuccess: onDone,
    onError: (e) => setErrors(errorsFrom(e, t)),
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!happenedOn) errs.happenedOn = t('work.contact.happenedOnRequired');
    else if (happenedOn > todayIso()) errs.happenedOn = t('work.contact.happenedOnFuture');
    if (!note.trim()) errs.note = t('work.contact.noteRequired');
    else if (note.trim().length > 4000) errs.note = t('work.form.tooLong', { max: 4000 });
    setErrors(errs);
    if (!Object.keys(errs).length) save.mutate();
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summaryOf(errors, labels)} />
      <TextField name="happenedOn" type="date" label={labels.happenedOn} value={happenedOn} onChange={setHappenedOn} error={errors.happenedOn}
        required className="spil-work-date" />
      <TextareaField name="note" label={labels.note} value={note} onChange={setNote} error={errors.note} required rows={4} />
      <FormActions busy={save.isPending} label={t('work.contact.save')} onCancel={onCancel} />
    </form>
  );
}
