import { Link, useNavigate } from '@tanstack/react-router';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { SelectField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { PageTitle } from '../../components/PageTitle';
import { formatCalendarDate } from '../../format/dates';
import { EmployerForm } from './EmployerForm';
import { distinct, handOverNotice, useEmployers, useRefreshWork, type EmployerFilter } from './queries';
import type { EmployerListItem } from './types';
import './work.css';

/** Werkgevers: the team's employer network, searchable by name and filtered by sector and neighbourhood. */
export function EmployersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const refresh = useRefreshWork();
  const [text, setText] = useState('');
  const [filter, setFilter] = useState<EmployerFilter>({});
  const [adding, setAdding] = useState(false);
  const all = useEmployers();
  const list = useEmployers(filter);
  const closeAdd = useCallback(() => setAdding(false), []);
  const sectors = distinct(all.data?.items.map((e) => e.sector) ?? []);
  const hoods = distinct(all.data?.items.map((e) => e.neighbourhood) ?? []);
  const filtered = Boolean(filter.q || filter.sector || filter.neighbourhood);
  const items = list.data?.items ?? [];

  return (
    <div className="spil-work">
      <PageTitle title={t('work.list.title')} />
      <Paragraph lead>{t('work.list.intro')}</Paragraph>
      <div className="spil-toolbar">
        <Button variant="primary" onClick={() => setAdding(true)}>{t('work.list.add')}</Button>
      </div>

      <form role="search" aria-label={t('work.list.filters')} className="spil-work-filters"
        onSubmit={(e) => { e.preventDefault(); setFilter((f) => ({ ...f, q: text.trim() || undefined })); }}>
        <div className="utrecht-form-field utrecht-form-field--distanced spil-work-filters__search">
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor="employer-search">{t('work.list.search')}</label>
          </div>
          <div className="spil-search__row">
            <input id="employer-search" type="search" className="utrecht-textbox utrecht-textbox--html-input" value={text} autoComplete="off"
              onChange={(e) => { setText(e.target.value); if (!e.target.value) setFilter((f) => ({ ...f, q: undefined })); }} />
            <Button type="submit">{t('common.search')}</Button>
          </div>
        </div>
        <SelectField name="filter-sector" label={t('work.list.sector')} value={filter.sector ?? ''} placeholder={t('work.list.allSectors')}
          options={sectors.map((s) => ({ value: s, label: s }))} onChange={(v) => setFilter((f) => ({ ...f, sector: v || undefined }))} />
        <SelectField name="filter-neighbourhood" label={t('work.list.neighbourhood')} value={filter.neighbourhood ?? ''} placeholder={t('work.list.allNeighbourhoods')}
          options={hoods.map((s) => ({ value: s, label: s }))} onChange={(v) => setFilter((f) => ({ ...f, neighbourhood: v || undefined }))} />
        {filtered ? (
          <div className="spil-work-filters__clear">
            <Button variant="subtle" onClick={() => { setText(''); setFilter({}); }}>{t('work.list.clear')}</Button>
          </div>
        ) : null}
      </form>

      {list.isError ? <Alert type="error">{t('errors.loadFailed')}</Alert> : null}
      {list.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
      <p className="utrecht-paragraph spil-muted" role="status">
        {list.data ? (items.length ? t('work.list.count', { count: items.length }) : filtered ? t('work.list.none') : t('work.list.empty')) : ''}
      </p>
      {items.length ? (
        <ul className="spil-cards spil-work-employers" aria-label={t('work.list.label')}>
          {items.map((e) => <EmployerCard key={e.id} employer={e} />)}
        </ul>
      ) : null}

      <Dialog open={adding} onClose={closeAdd} title={t('work.form.addTitle')}>
        {adding ? (
          <EmployerForm onCancel={closeAdd} onDone={(saved, message) => {
            void refresh(saved);
            handOverNotice(saved.id, message);
            setAdding(false);
            void navigate({ to: '/werkgevers/$employerId', params: { employerId: saved.id } });
          }} />
        ) : null}
      </Dialog>
    </div>
  );
}

function EmployerCard({ employer: e }: { employer: EmployerListItem }) {
  const { t } = useTranslation();
  // A phone shows a dozen employers: each card is five short lines, not a table of facts.
  return (
    <li className="spil-card spil-work-employer">
      <Heading level={2} className="spil-card__title">
        <Link to="/werkgevers/$employerId" params={{ employerId: e.id }} className="utrecht-link">{e.name}</Link>
      </Heading>
      <p>{e.sector} · {e.neighbourhood ? `${e.neighbourhood}, ${e.town}` : e.town}</p>
      <p>{t(`work.sizes.${e.size}`)} · {e.csrCovenant ? t('work.list.csrYes') : t('work.list.csrNo')}</p>
      <p>{t('work.list.workplaces', { count: e.workplaces })} · {t('work.openPlaces', { count: e.openPlaces })}</p>
      <p className="spil-muted">
        {e.lastContactOn ? t('work.list.lastContactOn', { date: formatCalendarDate(e.lastContactOn) }) : t('work.facts.noContactYet')}
      </p>
    </li>
  );
}
