import { Link, useParams } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Heading, Paragraph } from '../../components/Heading';
import { PageTitle } from '../../components/PageTitle';
import { formatDate, formatDateTime } from '../../format/dates';
import { useLists } from '../casework/lists';
import { GroupForm } from './GroupForm';
import { GroupContactForm, ReportForm } from './GroupRecordForms';
import { clearHandedOverNotice, handedOverNotice } from './notice';
import { useGroup, useYouthInReach } from './queries';
import { ResponseClocks } from './ResponseClocks';
import type { Group } from './types';
import './group.css';

type Open = 'edit' | 'report' | 'contact' | null;

/** One group: its members, the reports with each member's clock, and the group contacts. */
export function GroupPage() {
  const { t } = useTranslation();
  const { groupId } = useParams({ strict: false }) as { groupId: string };
  const q = useGroup(groupId);
  const reach = useYouthInReach();
  const visible = useMemo(() => new Set((reach.data ?? []).map((y) => y.id)), [reach.data]);
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<string | null>(() => handedOverNotice(groupId));
  useEffect(() => { clearHandedOverNotice(); }, []);
  const close = useCallback(() => setOpen(null), []);
  const done = (message: string) => { setOpen(null); setNotice(message); };

  if (q.isPending) return <><PageTitle title={t('group.page.pre')} /><Paragraph>{t('common.loading')}</Paragraph></>;
  if (q.isError) {
    return (
      <>
        <PageTitle title={t('group.page.pre')} />
        <Alert type="error">{isApiError(q.error) && q.error.message ? q.error.message : t('errors.loadFailed')}</Alert>
        <p><Link to="/groepen" className="utrecht-link">{t('group.page.back')}</Link></p>
      </>
    );
  }
  const g = q.data;
  const titles: Record<Exclude<Open, null>, string> = {
    edit: t('group.form.editTitle'), report: t('group.report.dialogTitle', { name: g.name }), contact: t('group.contact.dialogTitle', { name: g.name }),
  };
  return (
    <div className="spil-group">
      <p className="utrecht-paragraph">
        <Link to="/groepen" className="utrecht-link"><span aria-hidden="true">← </span>{t('group.page.back')}</Link>
      </p>
      <PageTitle title={g.name} pre={t('group.page.pre')} />
      <p className="utrecht-paragraph">
        {[g.neighbourhood, t('group.page.team', { name: g.team.name }), t('group.page.coach', { name: g.coach.name })].filter(Boolean).join(' · ')}
      </p>
      {g.note ? <Paragraph>{g.note}</Paragraph> : null}
      <div className="spil-actions">
        <Button variant="primary" onClick={() => { setNotice(null); setOpen('report'); }}>{t('group.report.new')}</Button>
        <Button onClick={() => { setNotice(null); setOpen('contact'); }}>{t('group.contact.new')}</Button>
        <Button variant="subtle" onClick={() => { setNotice(null); setOpen('edit'); }}>{t('group.page.edit')}</Button>
      </div>
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      <Members group={g} visible={visible} />
      <Reports group={g} visible={visible} />
      <Contacts group={g} visible={visible} />
      <Dialog open={open !== null} onClose={close} title={open ? titles[open] : ''}>
        {open === 'edit' ? <GroupForm group={g} onCancel={close} onDone={(_saved, message) => done(message)} /> : null}
        {open === 'report' ? <ReportForm group={g} onCancel={close} onDone={done} /> : null}
        {open === 'contact' ? <GroupContactForm group={g} visible={visible} onCancel={close} onDone={done} /> : null}
      </Dialog>
    </div>
  );
}

function Members({ group: g, visible }: { group: Group; visible: Set<string> }) {
  const { t } = useTranslation();
  const current = g.memberList.filter((m) => m.until === null);
  const former = g.memberList.filter((m) => m.until !== null);
  const name = (m: Group['memberList'][number]) => (visible.has(m.youthId)
    ? <Link to="/jongeren/$youthId" params={{ youthId: m.youthId }} className="utrecht-link">{m.displayName}</Link>
    : <span>{t('group.page.noAccess')}</span>);
  return (
    <section aria-labelledby="group-members" className="spil-section">
      <Heading level={2} id="group-members">{t('group.page.members')} ({current.length})</Heading>
      {!current.length ? <Paragraph>{t('group.page.noMembers')}</Paragraph> : (
        <ul className="spil-group-members" aria-labelledby="group-members">
          {current.map((m) => (
            <li key={m.youthId}>{name(m)} <span className="spil-muted">· {t('group.page.since', { date: formatDate(m.since) })}</span></li>
          ))}
        </ul>
      )}
      {former.length ? (
        <details className="spil-details">
          <summary>{t('group.page.formerMembers')} ({former.length})</summary>
          <ul className="spil-group-members">
            {former.map((m) => (
              <li key={`${m.youthId}-${m.since}`}>{name(m)} <span className="spil-muted">· {t('group.page.left', { from: formatDate(m.since), until: formatDate(m.until) })}</span></li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

function Reports({ group: g, visible }: { group: Group; visible: Set<string> }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="group-reports" className="spil-section">
      <Heading level={2} id="group-reports">{t('group.report.title')}</Heading>
      {!g.reports.length ? <Paragraph>{t('group.report.none')}</Paragraph> : (
        <ol className="spil-record-list spil-group-reports" aria-labelledby="group-reports">
          {g.reports.map((r) => (
            <li key={r.id} className="spil-record">
              <Heading level={3}>{t('group.report.heading', { kind: t(`group.report.kinds.${r.kind}`), when: formatDateTime(r.reportedAt) })}</Heading>
              <p>{t('group.report.reporter', { who: r.reporterOrganisation ? `${r.reporterName} (${r.reporterOrganisation})` : r.reporterName })}</p>
              <p className="spil-group-what">{r.what}</p>
              <ResponseClocks report={r} hours={g.responseHours} visible={visible} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Contacts({ group: g, visible }: { group: Group; visible: Set<string> }) {
  const { t } = useTranslation();
  const lists = useLists();
  return (
    <section aria-labelledby="group-contacts" className="spil-section">
      <Heading level={2} id="group-contacts">{t('group.contact.title')}</Heading>
      {!g.contacts.length ? <Paragraph>{t('group.contact.none')}</Paragraph> : (
        <ol className="spil-record-list" aria-labelledby="group-contacts">
          {g.contacts.map((c) => (
            <li key={c.id} className="spil-record">
              <p className="spil-record__meta">
                <time dateTime={c.happenedAt}>{formatDateTime(c.happenedAt)}</time> · {lists.label('contact_mode', c.mode)} · {t('group.contact.by', { name: c.author })}
              </p>
              <p>{t('group.contact.present_list', { count: c.present.length, names: c.present.map((p) => (visible.has(p.id) ? p.name : t('group.page.noAccess'))).join(', ') })}</p>
              {c.note ? <p>{c.note}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
