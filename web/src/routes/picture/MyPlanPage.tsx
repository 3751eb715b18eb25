import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Alert } from '../../components/Alert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextareaField } from '../../components/FormField';
import { Paragraph } from '../../components/Heading';
import { summaryOf } from '../casework/lists';
import { DocumentVersions, type DocField } from './DocumentVersions';
import { ConflictNotice, lengthErrors, PicturePage, SaveBar, useDocumentEditor, useMediaQuery, useYouthId } from './DocumentVersionsFrame';
import type { MyPlanBody } from './types';

// The "mijn plan" form of the IPTA handbook (ch. 3, quick scan): the youth's column in their
// own words, and beside it the coach's remarks.
const YOUTH_KEYS = ['wants', 'toSolve', 'mostImportant', 'findHard', 'whoHelps', 'whoMakesHard', 'jobWanted', 'rememberAboutMe'] as const;
const COACH_KEYS = ['futurePerspective', 'domainsAndAgencies', 'interventionStrategy', 'cognitivePsychological', 'vips', 'vaps', 'searchProfile'] as const;
type YouthKey = typeof YOUTH_KEYS[number];
type CoachKey = typeof COACH_KEYS[number];
const MAX = 5000;

type Draft = { youth: Record<YouthKey, string>; coach: Record<CoachKey, string> };

const toDraft = (body: MyPlanBody | null): Draft => ({
  youth: Object.fromEntries(YOUTH_KEYS.map((k) => [k, body?.youth?.[k] ?? ''])) as Draft['youth'],
  coach: Object.fromEntries(COACH_KEYS.map((k) => [k, body?.coach?.[k] ?? ''])) as Draft['coach'],
});

/** Only what is filled in is sent; the server trims too, so trimmed text compares equal. */
const toBody = (d: Draft): MyPlanBody => ({
  youth: Object.fromEntries(YOUTH_KEYS.filter((k) => d.youth[k].trim()).map((k) => [k, d.youth[k].trim()])),
  coach: Object.fromEntries(COACH_KEYS.filter((k) => d.coach[k].trim()).map((k) => [k, d.coach[k].trim()])),
});

export function myPlanFields(t: TFunction): DocField<MyPlanBody>[] {
  return [
    ...YOUTH_KEYS.map((k) => ({ key: `youth.${k}`, label: t(`plan.myPlan.youth.${k}`), value: (b: MyPlanBody | null) => b?.youth?.[k] ?? '' })),
    ...COACH_KEYS.map((k) => ({ key: `coach.${k}`, label: `${t('plan.myPlan.coachShort')}: ${t(`plan.myPlan.coach.${k}`)}`, value: (b: MyPlanBody | null) => b?.coach?.[k] ?? '' })),
  ];
}

export function MyPlanPage() {
  const { t } = useTranslation();
  const youthId = useYouthId();
  return (
    <PicturePage youthId={youthId} title={(name) => t('plan.myPlan.title', { name })} pre={() => t('plan.common.picture')}>
      {(youth) => <MyPlanEditor youthId={youthId} name={youth.displayName} />}
    </PicturePage>
  );
}

function MyPlanEditor({ youthId, name }: { youthId: string; name: string }) {
  const { t } = useTranslation();
  const fields = myPlanFields(t);
  const editor = useDocumentEditor<MyPlanBody, Draft>(youthId, 'my-plan', {
    toDraft, toBody,
    validate: (d) => lengthErrors({
      ...Object.fromEntries(YOUTH_KEYS.map((k) => [`youth.${k}`, d.youth[k]])),
      ...Object.fromEntries(COACH_KEYS.map((k) => [`coach.${k}`, d.coach[k]])),
    }, Object.fromEntries(fields.map((f) => [f.key, MAX])), t),
  });
  const wide = useMediaQuery('(min-width: 64rem)');
  const [coachOpen, setCoachOpen] = useState(false);

  if (editor.loading) return <Paragraph>{t('common.loading')}</Paragraph>;
  if (editor.loadError || !editor.draft) return <Alert type="error">{t('errors.loadFailed')}</Alert>;
  const d = editor.draft;
  const labels = Object.fromEntries(fields.map((f) => [fieldName(f.key), f.label]));
  const errors = Object.fromEntries(Object.entries(editor.errors).map(([k, v]) => [k === '_form' ? k : fieldName(k), v]));
  const coachHasError = COACH_KEYS.some((k) => errors[fieldName(`coach.${k}`)]);
  const showCoach = wide || coachOpen || coachHasError;

  const onSubmit = (e: FormEvent) => { e.preventDefault(); editor.save(); };
  return (
    <>
      <Paragraph lead className="spil-intro">{t('plan.myPlan.intro', { name })}</Paragraph>
      {editor.conflict ? (
        <ConflictNotice conflict={editor.conflict} fields={fields} mine={toBody(d)} busy={editor.saving}
          onKeepMine={editor.keepMine} onTakeTheirs={editor.takeTheirs} />
      ) : null}
      <form onSubmit={onSubmit} noValidate aria-label={t('plan.myPlan.formLabel')}>
        <ErrorSummary errors={summaryOf(errors, labels)} />
        <div className="spil-plan">
          <section className="spil-plan__column spil-plan__youth" aria-labelledby="plan-youth-title">
            <h2 className="utrecht-heading-2" id="plan-youth-title">{t('plan.myPlan.youthColumn')}</h2>
            <Paragraph className="spil-muted">{t('plan.myPlan.youthHelp')}</Paragraph>
            {YOUTH_KEYS.map((k) => (
              <TextareaField key={k} name={fieldName(`youth.${k}`)} label={t(`plan.myPlan.youth.${k}`)} rows={4}
                value={d.youth[k]} error={errors[fieldName(`youth.${k}`)]}
                onChange={(v) => editor.update((o) => ({ ...o, youth: { ...o.youth, [k]: v } }))} />
            ))}
          </section>
          <section className="spil-plan__column spil-plan__coach" aria-labelledby="plan-coach-title">
            <h2 className="utrecht-heading-2" id="plan-coach-title">
              {wide ? t('plan.myPlan.coachColumn') : (
                <button type="button" className="spil-disclosure" aria-expanded={showCoach} aria-controls="plan-coach-body"
                  onClick={() => setCoachOpen((o) => !o)}>
                  <span>{t('plan.myPlan.coachColumn')}</span>
                  <span className="spil-disclosure__state" aria-hidden="true">{showCoach ? `${t('plan.myPlan.hide')} ▲` : `${t('plan.myPlan.show')} ▼`}</span>
                </button>
              )}
            </h2>
            <div id="plan-coach-body" hidden={!showCoach}>
              <Paragraph className="spil-muted">{t('plan.myPlan.coachHelp')}</Paragraph>
              {COACH_KEYS.map((k) => (
                <TextareaField key={k} name={fieldName(`coach.${k}`)} label={t(`plan.myPlan.coach.${k}`)} rows={3}
                  description={k === 'searchProfile' ? <SearchProfileHint youthId={youthId} /> : hint(t, k)}
                  value={d.coach[k]} error={errors[fieldName(`coach.${k}`)]}
                  onChange={(v) => editor.update((o) => ({ ...o, coach: { ...o.coach, [k]: v } }))} />
              ))}
            </div>
          </section>
        </div>
        <SaveBar label={t('plan.myPlan.save')} busy={editor.saving} dirty={editor.dirty} notice={editor.notice} base={editor.base} />
      </form>
      <DocumentVersions youthId={youthId} path="my-plan" fields={fields} />
    </>
  );
}

/** 'youth.wants' → 'youth-wants' (a field name and id without a dot, for the error summary links). */
const fieldName = (key: string) => key.replace('.', '-');

function hint(t: TFunction, k: CoachKey): string | undefined {
  const text = t(`plan.myPlan.coachHint.${k}`, { defaultValue: '' });
  return text || undefined;
}

function SearchProfileHint({ youthId }: { youthId: string }) {
  const { t } = useTranslation();
  return (
    <>
      {t('plan.myPlan.coachHint.searchProfile')}{' '}
      <Link to="/jongeren/$youthId/zoekprofiel" params={{ youthId }} className="utrecht-link">{t('plan.myPlan.toSearchProfile')}</Link>
    </>
  );
}
