import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get, isApiError, patch } from '../../api/client';
import type { Youth } from '../../api/types';
import { Alert, type AlertType } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Heading, Paragraph } from '../../components/Heading';
import { PageTitle } from '../../components/PageTitle';
import { formatCalendarDate } from '../../format/dates';
import { errorsFrom } from '../casework/lists';
import { NoAccess } from '../youth/NoAccess';
import { conflictCurrent, PersonForm, ProfessionalForm, useRefreshNetwork, useReplaceInNetwork } from './NetworkForms';
import { NetworkMap } from './NetworkMap';
import { InfluenceBadge, JimBadge, networkKey, RINGS, supportKinds, todayIso } from './NetworkText';
import type { Network, NetworkPerson, Professional } from './types';

interface Notice { type: AlertType; text: string; focus?: boolean }

/**
 * Netwerk van <jongere>: the bolletjesschema / VIP-kaart (IPTA ch. 3 point 2) with the JIM
 * mentor (Rotterdam JIM), editable from a list that works on a phone, and the professionals
 * already involved. The map and the lists show the same data; the lists are where it changes.
 */
export function NetworkPage() {
  const { t } = useTranslation();
  const { youthId } = useParams({ strict: false }) as { youthId: string };
  const youth = useQuery({ queryKey: ['youth', youthId], queryFn: () => get<Youth>(`/api/youth/${youthId}`), retry: false });
  const network = useQuery({
    queryKey: networkKey(youthId), queryFn: () => get<Network>(`/api/youth/${youthId}/network`), enabled: youth.isSuccess,
  });

  if (youth.isPending) return <><PageTitle title={t('network.map.title')} /><Paragraph>{t('common.loading')}</Paragraph></>;
  if (youth.isError) {
    if (isApiError(youth.error) && youth.error.status === 403) return <NoAccess />;
    if (isApiError(youth.error) && (youth.error.status === 404 || youth.error.code === 'VALIDATION_FAILED')) {
      return <><PageTitle title={t('file.notFoundTitle')} /><Alert type="warning">{t('file.notFound')}</Alert></>;
    }
    return <><PageTitle title={t('network.map.title')} /><Alert type="error">{t('errors.loadFailed')}</Alert></>;
  }
  const name = youth.data.displayName;
  return (
    <>
      <p className="utrecht-paragraph">
        <Link to="/jongeren/$youthId" params={{ youthId }} hash="beeld" className="utrecht-link">
          <span aria-hidden="true">← </span>{t('network.back', { name })}
        </Link>
      </p>
      <PageTitle title={t('network.title', { name })} pre={t('network.pre')} />
      <Paragraph>{t('network.intro', { name })}</Paragraph>
      <section aria-labelledby="network-map-heading" className="spil-section">
        <Heading level={2} id="network-map-heading">{t('network.map.title')}</Heading>
        {network.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
        {network.isError ? <Alert type="error">{t('errors.loadFailed')}</Alert> : null}
        {network.data ? <NetworkMap youthName={name} network={network.data} /> : null}
      </section>
      {network.data ? (
        <>
          <PeopleSection youthId={youthId} people={network.data.people} />
          <ProfessionalsSection youthId={youthId} youthName={name} professionals={network.data.professionals} />
        </>
      ) : null}
      <section aria-labelledby="network-changes-heading" className="spil-section">
        <Heading level={2} id="network-changes-heading">{t('network.changes.title')}</Heading>
        <p className="utrecht-paragraph">
          {t('network.changes.text')}{' '}
          <Link to="/jongeren/$youthId" params={{ youthId }} hash="geschiedenis" className="utrecht-link">{t('network.changes.link', { name })}</Link>
        </p>
      </section>
    </>
  );
}

/** A status line that can take focus after an action that moved the button the user pressed. */
function NoticeBlock({ notice }: { notice: Notice | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => { if (notice?.focus) ref.current?.focus(); }, [notice]);
  return <div ref={ref} tabIndex={-1} className="spil-focus-target">{notice ? <Alert type={notice.type}>{notice.text}</Alert> : null}</div>;
}

/**
 * A one-click change (left the network, back in it, no longer involved) with the version it
 * was shown at. On a 409 the list gets the other person's version and says so.
 */
function useQuickChange<R extends NetworkPerson | Professional>(youthId: string, kind: 'people' | 'professionals', setNotice: (n: Notice) => void) {
  const { t } = useTranslation();
  const refresh = useRefreshNetwork(youthId);
  const replace = useReplaceInNetwork(youthId);
  const path = kind === 'people' ? 'people' : 'professionals';
  return useMutation({
    mutationFn: ({ record, changes }: { record: R; changes: Record<string, unknown>; done: string }) =>
      patch<R>(`/api/network/${path}/${record.id}`, { version: record.version, ...changes }),
    onSuccess: async (_saved, { done }) => { await refresh(); setNotice({ type: 'ok', text: done, focus: true }); },
    onError: async (e, { record }) => {
      const current = conflictCurrent<R>(e);
      if (current || isApiError(e, 'VERSION_CONFLICT')) {
        if (current) replace(kind, current);
        await refresh();
        setNotice({ type: 'warning', text: t('network.conflictQuick', { name: record.name }), focus: true });
        return;
      }
      const errs = errorsFrom(e, t);
      setNotice({ type: 'error', text: errs._form ?? Object.values(errs)[0] ?? t('errors.generic'), focus: true });
    },
  });
}

type PersonDialog = { kind: 'add' } | { kind: 'edit'; person: NetworkPerson } | null;

function PeopleSection({ youthId, people }: { youthId: string; people: NetworkPerson[] }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<PersonDialog>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const close = useCallback(() => setDialog(null), []);
  const quick = useQuickChange<NetworkPerson>(youthId, 'people', setNotice);
  const current = people.filter((p) => !p.leftOn);
  const left = people.filter((p) => p.leftOn);
  const jimHolder = current.find((p) => p.isJim);
  const done = (text: string) => { setDialog(null); setNotice({ type: 'ok', text }); };
  return (
    <section aria-labelledby="network-people-heading" className="spil-section">
      <Heading level={2} id="network-people-heading">{t('network.people.title')}</Heading>
      <div className="spil-actions">
        <Button variant="primary" onClick={() => { setNotice(null); setDialog({ kind: 'add' }); }}>{t('network.people.add')}</Button>
      </div>
      <NoticeBlock notice={notice} />
      <Dialog open={dialog !== null} onClose={close}
        title={dialog?.kind === 'edit' ? t('network.form.editTitle', { name: dialog.person.name }) : t('network.form.addTitle')}>
        {dialog ? (
          <PersonForm key={dialog.kind === 'edit' ? dialog.person.id : 'new'} youthId={youthId} jimHolder={jimHolder}
            person={dialog.kind === 'edit' ? dialog.person : undefined} onDone={done} onCancel={close} />
        ) : null}
      </Dialog>
      {RINGS.map((r) => {
        const inRing = current.filter((p) => p.ring === r);
        const headingId = `network-ring-${r}`;
        return (
          <section key={r} aria-labelledby={headingId}>
            <Heading level={3} id={headingId} className="utrecht-heading-3--distanced">{t('network.ringHeading', { ring: t(`network.rings.${r}`), number: r })}</Heading>
            {inRing.length ? (
              <ul className="spil-record-list" aria-labelledby={headingId}>
                {inRing.map((p) => (
                  <PersonItem key={p.id} person={p} busy={quick.isPending}
                    onEdit={() => { setNotice(null); setDialog({ kind: 'edit', person: p }); }}
                    onLeave={() => quick.mutate({ record: p, changes: { leftOn: todayIso() }, done: t('network.people.leftNotice', { name: p.name }) })} />
                ))}
              </ul>
            ) : <Paragraph>{t('network.people.noneInRing')}</Paragraph>}
          </section>
        );
      })}
      {left.length ? (
        <details className="spil-details">
          <summary>{t('network.people.left', { count: left.length })}</summary>
          <ul className="spil-record-list" aria-label={t('network.people.left', { count: left.length })}>
            {left.map((p) => (
              <PersonItem key={p.id} person={p} busy={quick.isPending}
                onReturn={() => quick.mutate({ record: p, changes: { leftOn: null }, done: t('network.people.returnedNotice', { name: p.name }) })} />
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

function PersonItem({ person: p, busy, onEdit, onLeave, onReturn }: {
  person: NetworkPerson; busy: boolean; onEdit?: () => void; onLeave?: () => void; onReturn?: () => void;
}) {
  const { t } = useTranslation();
  const kinds = supportKinds(t, p);
  const who = <span className="spil-visually-hidden">: {p.name}</span>;
  return (
    <li className="spil-record">
      <p><strong>{p.name}</strong> · {p.relation}</p>
      <p><InfluenceBadge influence={p.influence} t={t} />{p.isJim ? <> <JimBadge t={t} /></> : null}</p>
      <p><span className="spil-label">{t('network.people.supportLabel')}: </span>{kinds || t('network.support.none')}</p>
      {p.note ? <p><span className="spil-label">{t('network.people.noteLabel')}: </span>{p.note}</p> : null}
      {p.leftOn ? <p className="spil-record__meta">{t('network.people.leftOn', { date: formatCalendarDate(p.leftOn) })}</p> : null}
      <div className="spil-row-actions">
        {onEdit ? <Button onClick={onEdit}>{t('network.people.edit')}{who}</Button> : null}
        {onLeave ? <Button variant="subtle" onClick={onLeave} disabled={busy}>{t('network.people.leave')}{who}</Button> : null}
        {onReturn ? <Button variant="subtle" onClick={onReturn} disabled={busy}>{t('network.people.return')}{who}</Button> : null}
      </div>
    </li>
  );
}

type ProfessionalDialog = { kind: 'add' } | { kind: 'edit'; professional: Professional } | null;

function ProfessionalsSection({ youthId, youthName, professionals }: { youthId: string; youthName: string; professionals: Professional[] }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<ProfessionalDialog>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const close = useCallback(() => setDialog(null), []);
  const quick = useQuickChange<Professional>(youthId, 'professionals', setNotice);
  const current = professionals.filter((p) => !p.endedOn);
  const ended = professionals.filter((p) => p.endedOn);
  const done = (text: string) => { setDialog(null); setNotice({ type: 'ok', text }); };
  return (
    <section aria-labelledby="network-professionals-heading" className="spil-section">
      <Heading level={2} id="network-professionals-heading">{t('network.professionals.title')}</Heading>
      <Paragraph>{t('network.professionals.intro', { name: youthName })}</Paragraph>
      <div className="spil-actions">
        <Button onClick={() => { setNotice(null); setDialog({ kind: 'add' }); }}>{t('network.professionals.add')}</Button>
      </div>
      <NoticeBlock notice={notice} />
      <Dialog open={dialog !== null} onClose={close}
        title={dialog?.kind === 'edit' ? t('network.proForm.editTitle', { name: dialog.professional.name }) : t('network.proForm.addTitle')}>
        {dialog ? (
          <ProfessionalForm key={dialog.kind === 'edit' ? dialog.professional.id : 'new'} youthId={youthId}
            professional={dialog.kind === 'edit' ? dialog.professional : undefined} onDone={done} onCancel={close} />
        ) : null}
      </Dialog>
      {current.length ? (
        <ul className="spil-record-list" aria-labelledby="network-professionals-heading">
          {current.map((p) => (
            <ProfessionalItem key={p.id} professional={p} busy={quick.isPending}
              onEdit={() => { setNotice(null); setDialog({ kind: 'edit', professional: p }); }}
              onEnd={() => quick.mutate({ record: p, changes: { endedOn: todayIso() }, done: t('network.professionals.endedNotice', { name: p.name }) })} />
          ))}
        </ul>
      ) : <Paragraph>{t('network.professionals.none')}</Paragraph>}
      {ended.length ? (
        <details className="spil-details">
          <summary>{t('network.professionals.ended', { count: ended.length })}</summary>
          <ul className="spil-record-list" aria-label={t('network.professionals.ended', { count: ended.length })}>
            {ended.map((p) => (
              <ProfessionalItem key={p.id} professional={p} busy={quick.isPending}
                onResume={() => quick.mutate({ record: p, changes: { endedOn: null }, done: t('network.professionals.resumedNotice', { name: p.name }) })} />
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

function ProfessionalItem({ professional: p, busy, onEdit, onEnd, onResume }: {
  professional: Professional; busy: boolean; onEdit?: () => void; onEnd?: () => void; onResume?: () => void;
}) {
  const { t } = useTranslation();
  const who = <span className="spil-visually-hidden">: {p.name}</span>;
  return (
    <li className="spil-record">
      <p><strong>{p.name}</strong>{p.role ? <> · {p.role}</> : null}</p>
      <p>{p.organisation}</p>
      {p.phone || p.email ? (
        <p>
          {p.phone ? <a className="utrecht-link" href={`tel:${p.phone.replace(/[^\d+]/g, '')}`}>{t('network.professionals.call', { phone: p.phone })}</a> : null}
          {p.phone && p.email ? ' · ' : null}
          {p.email ? <a className="utrecht-link" href={`mailto:${p.email}`}>{t('network.professionals.mail', { email: p.email })}</a> : null}
        </p>
      ) : null}
      {p.involvedSince ? <p className="spil-record__meta">{t('network.professionals.since', { date: formatCalendarDate(p.involvedSince) })}</p> : null}
      {p.whatTheyDo ? <p><span className="spil-label">{t('network.professionals.whatTheyDo')}: </span>{p.whatTheyDo}</p> : null}
      {p.endedOn ? <p className="spil-record__meta">{t('network.professionals.endedOn', { date: formatCalendarDate(p.endedOn) })}</p> : null}
      <div className="spil-row-actions">
        {onEdit ? <Button onClick={onEdit}>{t('network.professionals.edit')}{who}</Button> : null}
        {onEnd ? <Button variant="subtle" onClick={onEnd} disabled={busy}>{t('network.professionals.end')}{who}</Button> : null}
        {onResume ? <Button variant="subtle" onClick={onResume} disabled={busy}>{t('network.professionals.resume')}{who}</Button> : null}
      </div>
    </li>
  );
}
