import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Alert } from '../../components/Alert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextareaField } from '../../components/FormField';
import { Paragraph } from '../../components/Heading';
import { summaryOf } from '../casework/lists';
import { ConsentSection } from './ConsentSection';
import { DocumentVersions, type DocField } from './DocumentVersions';
import { ConflictNotice, lengthErrors, PicturePage, SaveBar, useDocumentEditor, useYouthId } from './DocumentVersionsFrame';
import type { SalesStoryBody } from './types';

// Verkoopverhaal and gebruiksaanwijzing (IPTA ch. 3 and 4): a realistic, positive story about
// the youth for an employer, creditor or landlord, and the conditions under which it goes well.
const KEYS = ['story', 'instructions'] as const;
type Key = typeof KEYS[number];
type Draft = Record<Key, string>;
const MAX = 4000;

const toDraft = (b: SalesStoryBody | null): Draft => ({ story: b?.story ?? '', instructions: b?.instructions ?? '' });
const toBody = (d: Draft): SalesStoryBody => Object.fromEntries(KEYS.filter((k) => d[k].trim()).map((k) => [k, d[k].trim()]));

export function salesStoryFields(t: TFunction): DocField<SalesStoryBody>[] {
  return KEYS.map((k) => ({ key: k, label: t(`plan.salesStory.${k}`), value: (b: SalesStoryBody | null) => b?.[k] ?? '' }));
}

export function SalesStoryPage() {
  const { t } = useTranslation();
  const youthId = useYouthId();
  return (
    <PicturePage youthId={youthId} title={() => t('plan.salesStory.title')} pre={(name) => name}>
      {(youth) => <SalesStoryEditor youthId={youthId} name={youth.displayName} />}
    </PicturePage>
  );
}

function Guide({ k, name }: { k: Key; name: string }) {
  const { t } = useTranslation();
  const points = t(`plan.salesStory.guide.${k}`, { returnObjects: true, name }) as string[];
  return (
    <>
      <strong>{t(`plan.salesStory.guideTitle.${k}`)}</strong>
      <ul className="spil-guide">{points.map((p) => <li key={p}>{p}</li>)}</ul>
    </>
  );
}

function SalesStoryEditor({ youthId, name }: { youthId: string; name: string }) {
  const { t } = useTranslation();
  const fields = salesStoryFields(t);
  const editor = useDocumentEditor<SalesStoryBody, Draft>(youthId, 'sales-story', {
    toDraft, toBody, validate: (d) => lengthErrors(d, { story: MAX, instructions: MAX }, t),
  });
  if (editor.loading) return <Paragraph>{t('common.loading')}</Paragraph>;
  if (editor.loadError || !editor.draft) return <Alert type="error">{t('errors.loadFailed')}</Alert>;
  const d = editor.draft;
  const labels = Object.fromEntries(fields.map((f) => [f.key, f.label]));
  const onSubmit = (e: FormEvent) => { e.preventDefault(); editor.save(); };
  return (
    <>
      <Paragraph lead className="spil-intro">{t('plan.salesStory.intro', { name })}</Paragraph>
      {editor.conflict ? (
        <ConflictNotice conflict={editor.conflict} fields={fields} mine={toBody(d)} busy={editor.saving}
          onKeepMine={editor.keepMine} onTakeTheirs={editor.takeTheirs} />
      ) : null}
      <form onSubmit={onSubmit} noValidate aria-label={t('plan.salesStory.formLabel')} className="spil-guided">
        <ErrorSummary errors={summaryOf(editor.errors, labels)} />
        {KEYS.map((k) => (
          <TextareaField key={k} name={k} label={labels[k]!} rows={8} description={<Guide k={k} name={name} />}
            value={d[k]} error={editor.errors[k]} onChange={(v) => editor.update((o) => ({ ...o, [k]: v }))} />
        ))}
        <SaveBar label={t('plan.salesStory.save')} busy={editor.saving} dirty={editor.dirty} notice={editor.notice} base={editor.base} />
      </form>
      <ConsentSection youthId={youthId} name={name} storySaved={(editor.base?.version ?? 0) > 0} storyDirty={editor.dirty} />
      <DocumentVersions youthId={youthId} path="sales-story" fields={fields} />
    </>
  );
}
