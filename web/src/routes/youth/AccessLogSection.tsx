import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get } from '../../api/client';
import type { AccessLogItem, Items } from '../../api/types';
import { Alert } from '../../components/Alert';
import { Heading, Paragraph } from '../../components/Heading';
import { StatusBadge } from '../../components/StatusText';
import { TableRegion, TBody, Td, Th, THead, Tr } from '../../components/Table';
import { formatDateTime } from '../../format/dates';

/** "Wie heeft dit dossier bekeken": the access log for this youth (NEN 7513 style). */
export function AccessLogSection({ youthId }: { youthId: string }) {
  const { t } = useTranslation();
  const log = useQuery({ queryKey: ['youth', youthId, 'access-log'], queryFn: () => get<Items<AccessLogItem>>(`/api/youth/${youthId}/access-log`) });
  return (
    <section aria-labelledby="toegang" className="spil-section">
      <Heading level={2} id="toegang">{t('file.accessLog')}</Heading>
      <Paragraph small>{t('accessLog.intro')}</Paragraph>
      {log.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
      {log.isError ? <Alert type="error">{t('errors.loadFailed')}</Alert> : null}
      {log.data && !log.data.items.length ? <Paragraph>{t('accessLog.none')}</Paragraph> : null}
      {log.data?.items.length ? (
        <TableRegion label={t('file.accessLog')}>
          <THead>
            <Th>{t('accessLog.when')}</Th>
            <Th>{t('accessLog.who')}</Th>
            <Th>{t('accessLog.role')}</Th>
            <Th>{t('accessLog.organisation')}</Th>
            <Th>{t('accessLog.action')}</Th>
            <Th>{t('accessLog.record')}</Th>
            <Th>{t('accessLog.result')}</Th>
          </THead>
          <TBody>
            {log.data.items.map((a, i) => (
              <Tr key={`${a.at}-${i}`}>
                <Td><time dateTime={a.at}>{formatDateTime(a.at)}</time></Td>
                <Td>{a.user.name}</Td>
                <Td>{a.role ? t(`roles.${a.role}`, { defaultValue: a.role }) : '—'}</Td>
                <Td>{a.organisation ?? '—'}</Td>
                <Td>{t(`accessLog.actions.${a.action}`, { defaultValue: a.action })}</Td>
                <Td>{a.recordType ? t(`accessLog.records.${a.recordType}`, { defaultValue: a.recordType }) : '—'}</Td>
                <Td>{a.result === 'allowed'
                  ? <StatusBadge tone="success">{t('accessLog.allowed')}</StatusBadge>
                  : <StatusBadge tone="danger">{t('accessLog.denied')}</StatusBadge>}</Td>
              </Tr>
            ))}
          </TBody>
        </TableRegion>
      ) : null}
    </section>
  );
}
