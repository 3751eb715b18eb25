import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { get, isApiError } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { SelectField, TextField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { PageTitle } from '../../components/PageTitle';
import { TableRegion, TBody, Td, Th, THead, Tr } from '../../components/Table';
import { formatDate } from '../../format/dates';
import { BarChart } from './DashboardCharts';
import type { Cell, Dashboard, DashboardTable, Filters, Moment, Row } from './types';
import './dashboard.css';

const query = (f: Filters, extra: Record<string, string> = {}) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...f, ...extra })) if (v) p.set(k, v);
  return p.toString();
};

/**
 * The dashboards (domain.md §7): the team lead's of their team(s), the organisation manager's of
 * their organisation and the policy officer's of the municipality — inflow, phases, time in
 * phase, norms, funnel, result areas, change per life domain, per quarter. Counts under five are
 * suppressed for the latter two by the server; this page only shows what it gets.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const [applied, setApplied] = useState<Filters>({});
  const [draft, setDraft] = useState<Filters>({});
  const dashboard = useQuery({ queryKey: ['dashboard', applied], queryFn: () => get<Dashboard>(`/api/dashboard?${query(applied)}`) });
  const d = dashboard.data;
  const error = dashboard.error;
  const errorField = isApiError(error) ? ((error.details as { field?: string } | null)?.field ?? '') : '';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setApplied({ ...draft });
  };
  const value = (k: keyof Filters) => draft[k] ?? (d ? String(d.filters[k] ?? '') : '');
  const set = (k: keyof Filters) => (v: string) => setDraft((f) => ({ ...f, [k]: v }));
  const scopeText = d ? scopeLine(d, t) : '';

  return (
    <>
      <PageTitle title={t('dashboard.title')} pre={d?.municipality} />
      {d ? <Paragraph lead>{scopeText}</Paragraph> : null}
      {d?.scope.suppressed ? (
        <Alert type="info">
          <Paragraph>{t('dashboard.suppressedNote')}</Paragraph>
          <Paragraph>{t('dashboard.complementaryNote')}</Paragraph>
        </Alert>
      ) : null}

      <form onSubmit={submit} aria-labelledby="dash-filters-heading" className="spil-section">
        <Heading level={2} id="dash-filters-heading">{t('dashboard.filters')}</Heading>
        <div className="spil-dash-filters">
          {d?.scope.suppressed ? (
            <SelectField name="quarter" label={t('dashboard.quarter')} description={t('dashboard.quarterHelp')} value={value('quarter')} onChange={set('quarter')}
              error={errorField === 'quarter' ? error?.message : undefined} options={d.options.quarters.map((q) => ({ value: q.key, label: q.label }))} />
          ) : (
            <>
              <TextField name="from" type="date" label={t('dashboard.from')} value={value('from')} onChange={set('from')} error={errorField === 'from' ? error?.message : undefined} />
              <TextField name="to" type="date" label={t('dashboard.to')} value={value('to')} onChange={set('to')} error={errorField === 'to' ? error?.message : undefined} />
            </>
          )}
          {d && d.options.organisations.length > 1 ? (
            <SelectField name="organisationId" label={t('dashboard.organisation')} value={value('organisationId')} onChange={set('organisationId')}
              placeholder={t('dashboard.allOrganisations')} options={d.options.organisations.map((o) => ({ value: o.id, label: o.name }))} />
          ) : null}
          {d && d.options.teams.length > 1 ? (
            <SelectField name="teamId" label={t('dashboard.team')} value={value('teamId')} onChange={set('teamId')}
              placeholder={t(d.scope.role === 'teamleider' ? 'dashboard.allMyTeams' : 'dashboard.allTeams')} options={d.options.teams.map((o) => ({ value: o.id, label: o.name }))} />
          ) : null}
          {d ? (
            <SelectField name="moment" label={t('dashboard.moment')} value={value('moment')} onChange={(v) => set('moment')(v as Moment)}
              options={d.options.moments.map((m) => ({ value: m.key, label: t(`dashboard.moments.${m.key}`) }))} />
          ) : null}
        </div>
        <div className="spil-dash-exports">
          <Button type="submit" variant="primary">{t('dashboard.apply')}</Button>
          {d ? <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={`/api/dashboard/export?${query(applied, { format: 'xlsx', table: 'all' })}`} download>{t('dashboard.allToExcel')}</a> : null}
        </div>
      </form>

      {dashboard.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
      {error && !errorField ? <Alert type="error">{isApiError(error) ? error.message : t('errors.loadFailed')}</Alert> : null}
      {error && errorField ? <Alert type="error">{t('dashboard.fixFilter')}</Alert> : null}
      {d ? d.tables.map((table) => <TableSection key={table.key} table={table} filters={applied} suppressed={d.scope.suppressed} />) : null}
    </>
  );
}

function scopeLine(d: Dashboard, t: (k: string, o?: Record<string, unknown>) => string) {
  const quarter = d.options.quarters.find((q) => q.key === d.filters.quarter)?.label;
  const period = `${quarter ? `${quarter}: ` : ''}${t('dashboard.period', { from: formatDate(d.filters.from), to: formatDate(d.filters.to) })}`;
  const who = d.scope.teams?.length ? d.scope.teams.map((x) => x.name).join(', ')
    : d.scope.organisation ? d.scope.organisation.name : t('dashboard.wholeMunicipality');
  return `${who} · ${period}`;
}

function CellText({ cell, kind }: { cell: Cell; kind: string }) {
  const { t } = useTranslation();
  if (cell.suppressed === 'small') return <abbr title={t('dashboard.suppressedTitle')}>{t('dashboard.suppressed')}</abbr>;
  if (cell.suppressed === 'complementary') {
    return <><span aria-hidden="true" title={t('dashboard.complementaryTitle')}>{t('dashboard.complementary')}</span><span className="spil-visually-hidden">{t('dashboard.complementaryTitle')}</span></>;
  }
  if (cell.value === null) return <>–</>;
  const n = cell.value.toLocaleString('nl-NL');
  return <>{kind === 'percent' ? `${n}%` : kind === 'change' && cell.value > 0 ? `+${n}` : n}</>;
}

/**
 * A row's name in the chosen language: the funnel's steps and the result areas by their key;
 * the row without a value is "Onbekend" (for policy users of the neighbourhoods: any
 * neighbourhood that is not a team's, as the server counts it); the rest are names from the
 * municipality's own lists (signal sources, phases, life domains, neighbourhoods, coaches).
 */
function useRowLabel(table: DashboardTable, suppressed: boolean) {
  const { t } = useTranslation();
  return (r: Row) => {
    if (r.key === '') return t(table.key === 'inflow_neighbourhood' && suppressed ? 'dashboard.rows.otherNeighbourhood' : 'dashboard.rows.unknown');
    if (table.key === 'funnel' || table.key === 'result_areas') return t(`dashboard.rows.${table.key}.${r.key}`, { defaultValue: r.label });
    return r.label;
  };
}

function TableSection({ table, filters, suppressed }: { table: DashboardTable; filters: Filters; suppressed: boolean }) {
  const { t } = useTranslation();
  const rowLabel = useRowLabel(table, suppressed);
  const title = t(`dashboard.tables.${table.key}.title`, { defaultValue: table.title });
  const id = `dash-${table.key}`;
  const column = (c: DashboardTable['columns'][number]) => t(`dashboard.columns.${c.key}`, { defaultValue: c.label });
  const exportHref = (format: 'csv' | 'xlsx') => `/api/dashboard/export?${query(filters, { format, table: table.key })}`;
  return (
    <section aria-labelledby={id} className="spil-section">
      <Heading level={2} id={id}>{title}</Heading>
      <Paragraph small className="spil-muted">{t(`dashboard.tables.${table.key}.about`)}</Paragraph>
      <BarChart table={table} rowLabel={rowLabel} />
      <div className="spil-dash-table">
        <TableRegion label={title} caption={title}>
          <THead>
            <Th>{t(`dashboard.rowHeaders.${table.key}`, { defaultValue: table.rowHeader })}</Th>
            {table.columns.map((c) => <Th key={c.key}>{column(c)}</Th>)}
          </THead>
          <TBody>
            {[...table.rows, ...(table.totals ? [table.totals] : [])].map((r) => (
              <Tr key={r.key}>
                <Th scope="row">{r === table.totals ? t('dashboard.total') : rowLabel(r)}</Th>
                {r.cells.map((c, i) => <Td key={table.columns[i]!.key} numeric><CellText cell={c} kind={table.columns[i]!.kind} /></Td>)}
              </Tr>
            ))}
          </TBody>
        </TableRegion>
      </div>
      {table.key === 'funnel' && table.anySuppressed ? <Paragraph small className="spil-muted">{t('dashboard.funnelSuppressed')}</Paragraph> : null}
      <div className="spil-dash-exports">
        <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={exportHref('csv')} download aria-label={t('dashboard.exportCsv', { title })}>CSV</a>
        <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={exportHref('xlsx')} download aria-label={t('dashboard.exportXlsx', { title })}>Excel</a>
      </div>
    </section>
  );
}
