import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { get, isApiError } from '../../api/client';
import type { Youth } from '../../api/types';
import { Alert } from '../../components/Alert';
import { Heading, Paragraph } from '../../components/Heading';
import { PageTitle } from '../../components/PageTitle';
import { formatDate } from '../../format/dates';
import { NoAccess } from '../youth/NoAccess';
import { QuickScanSection } from './AssessmentQuickScan';
import { useRiskFlags } from './RiskFlags';
import type { StrategyBody } from './types';
import { useYouthDocument } from './useYouthDocument';

/** The parts of the picture of the youth, each on its own screen. */
const PARTS = [
  { key: 'myPlan', path: 'mijn-plan' },
  { key: 'lifeDomains', path: 'leefgebieden' },
  { key: 'network', path: 'netwerk' },
  { key: 'searchProfile', path: 'zoekprofiel' },
  { key: 'salesStory', path: 'verkoopverhaal' },
  { key: 'strategy', path: 'strategie' },
] as const;

/**
 * The frame of a screen of the picture: the youth's name above the title, the way back to the
 * file's "Beeld" tab, and the same answer as the file when the user may not see this youth.
 */
export function PicturePageFrame({ youthId, title, children }: { youthId: string; title: string; children: ReactNode }) {
  const { t } = useTranslation();
  const youth = useQuery({ queryKey: ['youth', youthId], queryFn: () => get<Youth>(`/api/youth/${youthId}`), retry: false });
  if (youth.isError) {
    if (isApiError(youth.error) && youth.error.status === 403) return <NoAccess />;
    if (isApiError(youth.error) && (youth.error.status === 404 || youth.error.code === 'VALIDATION_FAILED')) {
      return <><PageTitle title={t('file.notFoundTitle')} /><Alert type="warning">{t('file.notFound')}</Alert></>;
    }
  }
  const name = youth.data?.displayName;
  return (
    <>
      <PageTitle title={name ? `${title}: ${name}` : title} pre={name}>{title}</PageTitle>
      <p className="utrecht-paragraph">
        <Link to="/jongeren/$youthId" params={{ youthId }} hash="beeld" className="utrecht-link">
          <span aria-hidden="true">← </span>{t('picture.backToFile')}
        </Link>
      </p>
      {children}
    </>
  );
}

/** The youth file's "Beeld" tab: the overview of the picture of the youth. */
export function PictureSection({ youthId }: { youthId: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="picture-heading" className="spil-section">
      <Heading level={2} id="picture-heading">{t('picture.title')}</Heading>
      <RiskWarning youthId={youthId} />
      <nav aria-label={t('picture.partsNav')}>
        {/* Compact cards: one column on a phone, three on a wide screen. */}
        <ul className="spil-cards" style={{ gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 18rem), 1fr))', gap: '0.5rem' }}>
          {PARTS.map((p) => (
            <li key={p.key} className="spil-card" style={{ padding: '0.5rem 0.9rem' }}>
              <Link to={`/jongeren/$youthId/${p.path}`} params={{ youthId }} className="utrecht-link spil-card__link">{t(`picture.parts.${p.key}.name`)}</Link>
              <p className="utrecht-paragraph utrecht-paragraph--small spil-muted" style={{ margin: 0 }}>{t(`picture.parts.${p.key}.text`)}</p>
            </li>
          ))}
        </ul>
      </nav>
      <CurrentStrategy youthId={youthId} />
      <QuickScanSection youthId={youthId} />
    </section>
  );
}

function RiskWarning({ youthId }: { youthId: string }) {
  const { t } = useTranslation();
  const { open } = useRiskFlags(youthId);
  if (!open.length) return null;
  return (
    <Alert type="warning">
      <p className="utrecht-paragraph"><strong>{t('picture.riskWarning')}</strong></p>
      <p className="utrecht-paragraph">
        {t('picture.riskCount', { count: open.length })}{' '}
        <Link to="/jongeren/$youthId/strategie" params={{ youthId }} className="utrecht-link">{t('picture.riskLink')}</Link>
      </p>
    </Alert>
  );
}

function CurrentStrategy({ youthId }: { youthId: string }) {
  const { t } = useTranslation();
  const { doc } = useYouthDocument<StrategyBody>(youthId, 'strategy');
  const s = doc.data?.body;
  return (
    <section aria-labelledby="current-strategy-heading" className="spil-section">
      <Heading level={3} id="current-strategy-heading">{t('picture.strategy.title')}</Heading>
      {doc.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
      {doc.isError ? <Alert type="error">{t('errors.loadFailed')}</Alert> : null}
      {doc.isSuccess && !s ? <Paragraph>{t('picture.strategy.none')}</Paragraph> : null}
      {s ? (
        <>
          <p className="utrecht-paragraph">
            <strong>{t('picture.strategy.choice', { selfImage: t(`slim.selfImages.${s.selfImage}.name`), strategy: t(`slim.strategies.${s.strategy}.name`) })}</strong>
          </p>
          <p className="utrecht-paragraph">{s.reason}</p>
          {doc.data?.author ? (
            <p className="utrecht-paragraph spil-muted">{t('picture.strategy.savedBy', { date: formatDate(doc.data.savedAt), name: doc.data.author.name })}</p>
          ) : null}
        </>
      ) : null}
      <p className="utrecht-paragraph">
        <Link to="/jongeren/$youthId/strategie" params={{ youthId }} className="utrecht-link">
          {s ? t('picture.strategy.open') : t('picture.strategy.choose')}
        </Link>
      </p>
    </section>
  );
}
