import { useQueries } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RadioGroupField, TextareaField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { formatDate } from '../../format/dates';
import { errorsFrom, summaryOf } from '../casework/lists';
import { PicturePageFrame } from './PictureSection';
import { RiskFlagsSection } from './RiskFlags';
import { SELF_IMAGES, STRATEGIES, type SelfImage, type Strategy, type StrategyBody, type YouthDocument } from './types';
import { fetchDocumentVersion, useDocumentVersions, useYouthDocument } from './useYouthDocument';

/** The strategy that fits a self-image (SLIM): the one the form preselects. */
const FITS: Record<SelfImage, Strategy> = { conformist: 'faciliterend', afhankelijke: 'pedagogisch', overlever: 'compenserend', ondernemer: 'participatief' };

/** "Interventiestrategie (SLIM)": the model explained, the coach's choice with its reason and history, and the risk flags. */
export function StrategyPage() {
  const { t } = useTranslation();
  const { youthId } = useParams({ strict: false }) as { youthId: string };
  const { doc, save, conflict } = useYouthDocument<StrategyBody>(youthId, 'strategy');
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <PicturePageFrame youthId={youthId} title={t('picture.strategyPage.title')}>
      <Paragraph lead>{t('slim.intro')}</Paragraph>
      {doc.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
      {doc.isError ? <Alert type="error">{t('errors.loadFailed')}</Alert> : null}
      {doc.isSuccess ? <CurrentChoice doc={doc.data} /> : null}
      <RiskFlagsSection youthId={youthId} />
      <SlimModel />
      {doc.isSuccess ? (
        <section aria-labelledby="choose-heading" className="spil-section">
          <Heading level={2} id="choose-heading">{doc.data.body ? t('picture.strategyPage.change') : t('picture.strategyPage.choose')}</Heading>
          {notice ? <Alert type="ok">{notice}</Alert> : null}
          {conflict ? <StrategyConflict doc={conflict} /> : null}
          <StrategyForm initial={doc.data.body} busy={save.isPending}
            error={save.error && !isApiError(save.error, 'VERSION_CONFLICT') ? save.error : null}
            onSave={(body) => {
              setNotice(null);
              save.mutate({ version: doc.data.version, body }, { onSuccess: () => setNotice(t('picture.strategyPage.saved')) });
            }} />
        </section>
      ) : null}
      <StrategyHistory youthId={youthId} />
    </PicturePageFrame>
  );
}

function choiceText(t: (k: string, o?: Record<string, unknown>) => string, b: StrategyBody) {
  return t('picture.strategy.choice', { selfImage: t(`slim.selfImages.${b.selfImage}.name`), strategy: t(`slim.strategies.${b.strategy}.name`) });
}

function CurrentChoice({ doc }: { doc: YouthDocument<StrategyBody> }) {
  const { t } = useTranslation();
  const b = doc.body;
  return (
    <section aria-labelledby="current-heading" className="spil-section">
      <Heading level={2} id="current-heading">{t('picture.strategyPage.current')}</Heading>
      {b ? (
        <div className="spil-scout">
          <p className="utrecht-paragraph"><strong>{choiceText(t, b)}</strong></p>
          <p className="utrecht-paragraph"><em>{t(`slim.strategies.${b.strategy}.motto`)}</em></p>
          <p className="utrecht-paragraph"><span className="spil-label">{t('picture.strategyPage.reason')}: </span>{b.reason}</p>
          {doc.author ? <p className="utrecht-paragraph spil-muted">{t('picture.strategy.savedBy', { date: formatDate(doc.savedAt), name: doc.author.name })}</p> : null}
        </div>
      ) : <Paragraph>{t('picture.strategy.none')}</Paragraph>}
    </section>
  );
}

/** Someone else saved in between: their version, so the coach can decide to keep theirs or save again. */
function StrategyConflict({ doc }: { doc: YouthDocument<StrategyBody> }) {
  const { t } = useTranslation();
  return (
    <Alert type="warning">
      <p className="utrecht-paragraph"><strong>{t('picture.strategyPage.conflict', { name: doc.author?.name ?? '', date: formatDate(doc.savedAt) })}</strong></p>
      {doc.body ? <p className="utrecht-paragraph">{choiceText(t, doc.body)}: {doc.body.reason}</p> : null}
      <p className="utrecht-paragraph">{t('picture.strategyPage.conflictWhat')}</p>
    </Alert>
  );
}

/**
 * The two axes and the four self-images, each with the strategy that fits it: what the coach
 * does, the stance, how to talk, and how this self-image reacts to each of the four strategies.
 */
function SlimModel() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="slim-heading" className="spil-section">
      <Heading level={2} id="slim-heading">{t('picture.strategyPage.model')}</Heading>
      <ul className="spil-plain-list">
        <li>{t('slim.axes.willen')}</li>
        <li>{t('slim.axes.kunnen')}</li>
      </ul>
      {SELF_IMAGES.map((s) => {
        const fit = FITS[s];
        return (
          <details key={s} className="spil-details">
            <summary>{t('picture.strategyPage.selfImageSummary', { name: t(`slim.selfImages.${s}.name`), short: t(`slim.selfImages.${s}.short`) })}</summary>
            <p className="utrecht-paragraph spil-muted">{t(`picture.strategyPage.axes.${s}`)}</p>
            <blockquote className="utrecht-blockquote" style={{ margin: '0.5rem 0' }}><p className="utrecht-paragraph">“{t(`slim.selfImages.${s}.quote`)}”</p></blockquote>
            <p className="utrecht-paragraph">{t(`slim.selfImages.${s}.description`)}</p>
            <div style={{ marginBlockStart: '1.25rem' }}>
              <Heading level={3}>{t('picture.strategyPage.fits', { strategy: t(`slim.strategies.${fit}.name`) })}</Heading>
            </div>
            <p className="utrecht-paragraph"><em>{t(`slim.strategies.${fit}.motto`)}</em></p>
            <dl className="spil-facts spil-facts--wide">
              <div className="spil-facts__row"><dt>{t('picture.strategyPage.content')}</dt><dd>{t(`slim.strategies.${fit}.content`)}</dd></div>
              <div className="spil-facts__row"><dt>{t('picture.strategyPage.stance')}</dt><dd>{t(`slim.strategies.${fit}.stance`)}</dd></div>
              <div className="spil-facts__row"><dt>{t('picture.strategyPage.communication')}</dt><dd>{t(`slim.strategies.${fit}.communication`)}</dd></div>
            </dl>
            <div style={{ marginBlockStart: '1.25rem' }}>
              <Heading level={3}>{t('picture.strategyPage.reactions', { name: t(`slim.selfImages.${s}.name`) })}</Heading>
            </div>
            <ul className="spil-plain-list">
              {STRATEGIES.map((st) => (
                <li key={st}><strong>{t(`slim.strategies.${st}.name`)}:</strong> {t(`slim.strategies.${st}.reactions.${s}`)}</li>
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
}

function StrategyForm({ initial, busy, error, onSave }: { initial: StrategyBody | null; busy: boolean; error: unknown; onSave: (b: StrategyBody) => void }) {
  const { t } = useTranslation();
  const [selfImage, setSelfImage] = useState<SelfImage | ''>(initial?.selfImage ?? '');
  const [strategy, setStrategy] = useState<Strategy | ''>(initial?.strategy ?? '');
  const [reason, setReason] = useState(initial?.reason ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const server = error ? errorsFrom(error, t) : {};
  // The body's fields come back as body.selfImage etc.: the errors belong to those fields.
  const shown = { ...server, ...errors };
  const labels = { selfImage: t('picture.strategyPage.selfImage'), strategy: t('picture.strategyPage.strategy'), reason: t('picture.strategyPage.reason') };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!selfImage) errs.selfImage = t('picture.strategyPage.selfImageRequired');
    if (!strategy) errs.strategy = t('picture.strategyPage.strategyRequired');
    if (!reason.trim()) errs.reason = t('picture.strategyPage.reasonRequired');
    setErrors(errs);
    if (Object.keys(errs).length || !selfImage || !strategy) return;
    onSave({ selfImage, strategy, reason: reason.trim() });
  };
  const differs = selfImage && strategy && FITS[selfImage] !== strategy;
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={summaryOf(shown, labels)} />
      <RadioGroupField name="selfImage" legend={labels.selfImage} value={selfImage} error={shown.selfImage}
        description={t('picture.strategyPage.selfImageHelp')}
        onChange={(v) => { setSelfImage(v as SelfImage); setStrategy(FITS[v as SelfImage]); }}
        options={SELF_IMAGES.map((s) => ({ value: s, label: t(`slim.selfImages.${s}.name`), description: t(`slim.selfImages.${s}.short`) }))} />
      <RadioGroupField name="strategy" legend={labels.strategy} value={strategy} error={shown.strategy}
        description={selfImage ? t('picture.strategyPage.strategyFits', { selfImage: t(`slim.selfImages.${selfImage}.name`), strategy: t(`slim.strategies.${FITS[selfImage]}.name`) }) : undefined}
        onChange={(v) => setStrategy(v as Strategy)}
        options={STRATEGIES.map((s) => ({ value: s, label: t(`slim.strategies.${s}.name`), description: t(`slim.strategies.${s}.motto`) }))} />
      {differs ? (
        <Alert type="info">
          {t('picture.strategyPage.differs', { selfImage: t(`slim.selfImages.${selfImage}.name`), reaction: t(`slim.strategies.${strategy}.reactions.${selfImage}`) })}
        </Alert>
      ) : null}
      <TextareaField name="reason" label={labels.reason} description={t('picture.strategyPage.reasonHelp')} value={reason} onChange={setReason}
        error={shown.reason} required rows={4} />
      <div className="spil-actions">
        <Button type="submit" variant="primary" busy={busy} disabled={busy}>{t('picture.strategyPage.save')}</Button>
      </div>
    </form>
  );
}

/** Every earlier choice, newest first: "Overlever → Compenserend", when, who, and why. */
function StrategyHistory({ youthId }: { youthId: string }) {
  const { t } = useTranslation();
  const versions = useDocumentVersions(youthId, 'strategy');
  const items = [...(versions.data?.items ?? [])].reverse();
  const bodies = useQueries({
    queries: items.map((v) => ({
      queryKey: ['youth', youthId, 'document', 'strategy', 'version', v.version],
      queryFn: () => fetchDocumentVersion<StrategyBody>(youthId, 'strategy', v.version),
      staleTime: Infinity,
    })),
  });
  return (
    <section aria-labelledby="strategy-history-heading" className="spil-section">
      <Heading level={2} id="strategy-history-heading">{t('picture.strategyPage.history')}</Heading>
      {versions.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
      {versions.isError ? <Alert type="error">{t('errors.loadFailed')}</Alert> : null}
      {versions.isSuccess && !items.length ? <Paragraph>{t('picture.strategyPage.noHistory')}</Paragraph> : null}
      {items.length ? (
        <ul className="spil-history" aria-labelledby="strategy-history-heading">
          {items.map((v, i) => {
            const body = bodies[i]?.data?.body;
            return (
              <li key={v.version} className="spil-history__item">
                <p><strong>{body ? choiceText(t, body) : t('common.loading')}</strong></p>
                <p className="spil-history__meta">{t('picture.strategyPage.versionMeta', { version: v.version, date: formatDate(v.savedAt), name: v.author.name })}</p>
                {body ? <p>{body.reason}</p> : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
