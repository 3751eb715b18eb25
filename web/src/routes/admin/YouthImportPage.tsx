import { useMutation, useQuery } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { get, post } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Button, ButtonGroup } from '../../components/Button';
import { fieldId, SelectField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { PageTitle } from '../../components/PageTitle';
import { TableRegion, TBody, Td, Th, THead, Tr } from '../../components/Table';
import { AdminNav, errorMessage } from './AdminNav';
import { formatDateTime } from '../../format/dates';

interface RowError { line: number; field: string | null; reason: string }
interface Batch { batch: number; firstLine: number; lastLine: number; rows: number; status: 'imported' | 'rejected' | 'checked'; rejected: number }
interface Report {
  dryRun: boolean; rows: number; imported: number; alreadyImported: number; rejected: number; skippedInRejectedBatches: number;
  errors: RowError[]; errorCount: number; batches: Batch[]; ignoredColumns: string[];
}
interface ImportStatus {
  id: string; fileName: string; status: 'running' | 'done' | 'failed' | 'interrupted'; bytesTotal: number; bytesDone: number; rows: number;
  startedAt: string; startedBy: { id: string; name: string };
  imported: number; alreadyImported: number; rejected: number; report: Report | null; message: string | null;
}
interface TeamList { items: { id: string; name: string; active: boolean }[] }

const nf = new Intl.NumberFormat('nl-NL');

/**
 * Beheer → Importeren: youth from a municipality's spreadsheet. Choose the file, check it (a dry
 * run: which rows are rejected and why), then import. The import runs on the server in batches
 * of 1,000 rows; this page polls its status and shows a progress bar, so leaving the page does
 * not stop it and what the bar shows is what has been committed.
 */
export function YouthImportPage() {
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ name: string; csv: string } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [team, setTeam] = useState('');
  const [jobId, setJobId] = useState<string | null>(null);
  const teams = useQuery({ queryKey: ['admin', 'teams'], queryFn: () => get<TeamList>('/api/admin/teams') });

  const check = useMutation({
    mutationFn: (f: { name: string; csv: string }) => post<Report>('/api/admin/youth-import', { csv: f.csv, fileName: f.name, team: team || undefined, dryRun: true }),
  });
  const start = useMutation({
    mutationFn: () => post<ImportStatus>('/api/admin/youth-import', { csv: file!.csv, fileName: file!.name, team: team || undefined, dryRun: false }),
    onSuccess: (s) => setJobId(s.id),
  });
  const job = useQuery({
    queryKey: ['admin', 'youth-import', jobId],
    queryFn: () => get<ImportStatus>(`/api/admin/youth-import/${jobId}`),
    enabled: jobId !== null,
    refetchInterval: (q) => (q.state.data?.status === 'running' || !q.state.data ? 500 : false),
  });
  const past = useQuery({ queryKey: ['admin', 'youth-imports', job.data?.status], queryFn: () => get<{ items: ImportStatus[] }>('/api/admin/youth-import') });

  const onCheck = async (e: FormEvent) => {
    e.preventDefault();
    setFileError(null); check.reset(); start.reset(); setJobId(null);
    const chosen = fileInput.current?.files?.[0];
    if (!chosen) { setFileError(t('youthImport.chooseFile')); return; }
    let csv: string;
    try {
      // Not UTF-8 (an old Excel's Windows-1252): refuse here, before broken letters reach the server.
      csv = new TextDecoder('utf-8', { fatal: true }).decode(await chosen.arrayBuffer());
    } catch {
      setFileError(t('youthImport.encoding'));
      return;
    }
    const f = { name: chosen.name, csv };
    setFile(f);
    check.mutate(f);
  };

  const report = check.data;
  const running = job.data?.status === 'running' || start.isPending;
  return (
    <>
      <PageTitle title={t('youthImport.title')} pre={t('nav.admin')} />
      <AdminNav />
      <Paragraph>{t('youthImport.intro')}</Paragraph>
      <Paragraph small>{t('youthImport.columns')}</Paragraph>

      <form onSubmit={onCheck} noValidate>
        <div className={`utrecht-form-field utrecht-form-field--distanced${fileError ? ' utrecht-form-field--invalid' : ''}`}>
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor={fieldId('csv')}>{t('youthImport.file')}</label>
          </div>
          <div className="utrecht-form-field-description utrecht-form-field__description" id={`${fieldId('csv')}-description`}>{t('youthImport.fileHelp')}</div>
          {fileError ? <div className="utrecht-form-field-error-message utrecht-form-field__error-message" id={`${fieldId('csv')}-error`}>{fileError}</div> : null}
          <div className="utrecht-form-field__input">
            <input ref={fileInput} id={fieldId('csv')} name="csv" type="file" accept=".csv,text/csv" className="utrecht-textbox utrecht-textbox--html-input"
              aria-invalid={fileError ? true : undefined}
              aria-describedby={[fileError ? `${fieldId('csv')}-error` : null, `${fieldId('csv')}-description`].filter(Boolean).join(' ')}
              onChange={() => { setFileError(null); check.reset(); start.reset(); setJobId(null); }} />
          </div>
        </div>
        <SelectField name="team" label={t('youthImport.team')} description={t('youthImport.teamHelp')} value={team} onChange={setTeam}
          placeholder={t('youthImport.teamFromFile')}
          options={(teams.data?.items ?? []).filter((x) => x.active).map((x) => ({ value: x.id, label: x.name }))} />
        <Button type="submit" variant={report ? 'secondary' : 'primary'} busy={check.isPending} disabled={check.isPending || running}>{t('youthImport.check')}</Button>
      </form>

      {check.isPending ? <Alert type="info">{t('youthImport.checking')}</Alert> : null}
      {check.isError ? <Alert type="error">{errorMessage(t, check.error)}</Alert> : null}

      {report && !jobId ? (
        <section aria-labelledby="import-check">
          <Heading level={2} id="import-check">{t('youthImport.checkResult', { file: file?.name })}</Heading>
          <Summary report={report} />
          {report.errors.length ? <ErrorTable report={report} /> : null}
          {report.imported > 0 ? (
            <>
              <Paragraph>{t('youthImport.confirm', { n: nf.format(report.imported) })}</Paragraph>
              <ButtonGroup>
                <Button variant="primary" busy={start.isPending} disabled={start.isPending} onClick={() => start.mutate()}>
                  {t('youthImport.start', { n: nf.format(report.imported) })}
                </Button>
              </ButtonGroup>
            </>
          ) : <Alert type="warning">{t('youthImport.nothingToImport')}</Alert>}
          {start.isError ? <Alert type="error">{errorMessage(t, start.error)}</Alert> : null}
        </section>
      ) : null}

      {jobId && job.data ? <Progress status={job.data} /> : null}
      {job.isError ? <Alert type="error">{errorMessage(t, job.error)}</Alert> : null}
      {past.data?.items.length ? <PastImports items={past.data.items} /> : null}
    </>
  );
}

/** Who imported which file when, and how it ended: the page's memory of earlier imports. */
function PastImports({ items }: { items: ImportStatus[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="import-past">
      <Heading level={2} id="import-past">{t('youthImport.pastTitle')}</Heading>
      <TableRegion label={t('youthImport.pastTable')}>
        <THead>
          <Th>{t('youthImport.pastWhen')}</Th><Th>{t('youthImport.pastFile')}</Th><Th>{t('youthImport.pastBy')}</Th><Th>{t('youthImport.pastStatus')}</Th>
          <Th>{t('youthImport.pastImported')}</Th><Th>{t('youthImport.pastRejected')}</Th>
        </THead>
        <TBody>
          {items.map((i) => (
            <Tr key={i.id}>
              <Td>{formatDateTime(i.startedAt)}</Td><Td>{i.fileName}</Td><Td>{i.startedBy.name}</Td><Td>{t(`youthImport.state.${i.status}`)}</Td>
              <Td numeric>{nf.format(i.imported)}</Td><Td numeric>{nf.format(i.rejected)}</Td>
            </Tr>
          ))}
        </TBody>
      </TableRegion>
    </section>
  );
}

function Summary({ report }: { report: Report }) {
  const { t } = useTranslation();
  const rejectedBatches = report.batches.filter((b) => b.status === 'rejected');
  return (
    <>
      <ul className="utrecht-unordered-list">
        <li className="utrecht-unordered-list__item">{t('youthImport.rows', { n: nf.format(report.rows) })}</li>
        <li className="utrecht-unordered-list__item">{t(report.dryRun ? 'youthImport.willImport' : 'youthImport.imported', { n: nf.format(report.imported) })}</li>
        <li className="utrecht-unordered-list__item">{t('youthImport.already', { n: nf.format(report.alreadyImported) })}</li>
        <li className="utrecht-unordered-list__item">{t('youthImport.rejected', { n: nf.format(report.rejected) })}</li>
        {report.skippedInRejectedBatches ? <li className="utrecht-unordered-list__item">{t(report.dryRun ? 'youthImport.skippedWill' : 'youthImport.skipped', { n: nf.format(report.skippedInRejectedBatches) })}</li> : null}
      </ul>
      {rejectedBatches.length ? (
        <Alert type="warning">
          {t('youthImport.batchesRejected')}{' '}
          {rejectedBatches.map((b) => t('youthImport.batch', { batch: b.batch, first: b.firstLine, last: b.lastLine, n: b.rejected })).join('; ')}.
        </Alert>
      ) : null}
      {report.ignoredColumns.length ? <Paragraph small>{t('youthImport.ignored', { columns: report.ignoredColumns.join(', ') })}</Paragraph> : null}
    </>
  );
}

function ErrorTable({ report }: { report: Report }) {
  const { t } = useTranslation();
  return (
    <>
      <Heading level={3}>{t('youthImport.errorsTitle', { n: nf.format(report.errorCount) })}</Heading>
      {report.errorCount > report.errors.length ? <Paragraph small>{t('youthImport.errorsCut', { n: nf.format(report.errors.length) })}</Paragraph> : null}
      <TableRegion label={t('youthImport.errorsTable')}>
        <THead><Th>{t('youthImport.line')}</Th><Th>{t('youthImport.field')}</Th><Th>{t('youthImport.reason')}</Th></THead>
        <TBody>
          {report.errors.map((e, i) => (
            <Tr key={`${e.line}-${i}`}><Td numeric>{e.line}</Td><Td>{e.field ?? '—'}</Td><Td>{e.reason}</Td></Tr>
          ))}
        </TBody>
      </TableRegion>
    </>
  );
}

function Progress({ status }: { status: ImportStatus }) {
  const { t } = useTranslation();
  const percent = status.bytesTotal ? Math.round((status.bytesDone / status.bytesTotal) * 100) : 0;
  return (
    <section aria-labelledby="import-progress">
      <Heading level={2} id="import-progress">{t('youthImport.progressTitle', { file: status.fileName })}</Heading>
      {status.status === 'running' ? (
        <>
          <label className="utrecht-form-label" htmlFor="import-progress-bar">{t('youthImport.progress', { rows: nf.format(status.rows), percent })}</label>
          <progress id="import-progress-bar" max={100} style={{ display: 'block', inlineSize: '100%', blockSize: '1.5rem' }} value={percent}>{percent}%</progress>
        </>
      ) : null}
      {status.status === 'done' && status.report ? (
        <>
          <Alert type={status.rejected ? 'warning' : 'ok'}>{t('youthImport.done', { n: nf.format(status.imported), already: nf.format(status.alreadyImported) })}</Alert>
          <Summary report={status.report} />
          {status.report.errors.length ? <ErrorTable report={status.report} /> : null}
        </>
      ) : null}
      {status.status === 'failed' || status.status === 'interrupted' ? <Alert type="error">{status.message ?? t('errors.generic')}</Alert> : null}
    </section>
  );
}
