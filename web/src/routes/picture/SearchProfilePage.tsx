import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Fieldset, RadioGroupField, TextareaField, TextField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { summaryOf } from '../casework/lists';
import { DocumentVersions, type DocField } from './DocumentVersions';
import { ConflictNotice, lengthErrors, PicturePage, SaveBar, useDocumentEditor, useYouthId } from './DocumentVersionsFrame';
import { PREFERENCE_PAIRS, type Preference, type PreferencePair, type SearchProfileBody } from './types';

// Zoekprofiel (IPTA ch. 3, point 1 and the end of the quick scan): dream job and bread job, the
// work preferences as pairs, what kind of workplace would fit, and companies the youth names.
const TEXTS = ['atmosphere', 'kindOfWork', 'skills', 'leadershipStyle', 'socialContext'] as const;
type TextKey = typeof TEXTS[number];
const MAX_COMPANIES = 30;
const LIMITS: Record<string, number> = { dreamJob: 500, breadJob: 500, atmosphere: 2000, kindOfWork: 2000, skills: 2000, leadershipStyle: 2000, socialContext: 2000 };

type Draft = {
  dreamJob: string; breadJob: string; texts: Record<TextKey, string>;
  preferences: Record<PreferencePair, Preference | null>; companies: string[];
};

const toDraft = (b: SearchProfileBody | null): Draft => ({
  dreamJob: b?.dreamJob ?? '', breadJob: b?.breadJob ?? '',
  texts: Object.fromEntries(TEXTS.map((k) => [k, b?.[k] ?? ''])) as Draft['texts'],
  preferences: Object.fromEntries(PREFERENCE_PAIRS.map((p) => [p, b?.preferences?.[p] ?? null])) as Draft['preferences'],
  companies: b?.companies ?? [],
});

const toBody = (d: Draft): SearchProfileBody => ({
  ...(d.dreamJob.trim() ? { dreamJob: d.dreamJob.trim() } : {}),
  ...(d.breadJob.trim() ? { breadJob: d.breadJob.trim() } : {}),
  ...Object.fromEntries(TEXTS.filter((k) => d.texts[k].trim()).map((k) => [k, d.texts[k].trim()])),
  preferences: Object.fromEntries(PREFERENCE_PAIRS.filter((p) => d.preferences[p]).map((p) => [p, d.preferences[p]])),
  companies: d.companies,
});

const prefLabel = (t: TFunction, pair: PreferencePair, v: Preference | null | undefined) =>
  (v ? t(`plan.searchProfile.pairs.${pair}.${v}`) : '');

export function searchProfileFields(t: TFunction): DocField<SearchProfileBody>[] {
  return [
    { key: 'dreamJob', label: t('plan.searchProfile.dreamJob'), value: (b) => b?.dreamJob ?? '' },
    { key: 'breadJob', label: t('plan.searchProfile.breadJob'), value: (b) => b?.breadJob ?? '' },
    ...PREFERENCE_PAIRS.map((p) => ({
      key: `preferences.${p}`, label: t(`plan.searchProfile.pairs.${p}.legend`),
      value: (b: SearchProfileBody | null) => prefLabel(t, p, b?.preferences?.[p]),
    })),
    ...TEXTS.map((k) => ({ key: k, label: t(`plan.searchProfile.${k}`), value: (b: SearchProfileBody | null) => b?.[k] ?? '' })),
    { key: 'companies', label: t('plan.searchProfile.companies'), value: (b) => (b?.companies ?? []).join(', ') },
  ];
}

export function SearchProfilePage() {
  const { t } = useTranslation();
  const youthId = useYouthId();
  return (
    <PicturePage youthId={youthId} title={(name) => t('plan.searchProfile.title', { name })} pre={(name) => name}>
      {(youth) => <SearchProfileEditor youthId={youthId} name={youth.displayName} />}
    </PicturePage>
  );
}

function SearchProfileEditor({ youthId, name }: { youthId: string; name: string }) {
  const { t } = useTranslation();
  const fields = searchProfileFields(t);
  const editor = useDocumentEditor<SearchProfileBody, Draft>(youthId, 'search-profile', {
    toDraft, toBody,
    validate: (d) => lengthErrors({ dreamJob: d.dreamJob, breadJob: d.breadJob, ...d.texts }, LIMITS, t),
  });
  if (editor.loading) return <Paragraph>{t('common.loading')}</Paragraph>;
  if (editor.loadError || !editor.draft) return <Alert type="error">{t('errors.loadFailed')}</Alert>;
  const d = editor.draft;
  const labels: Record<string, string> = Object.fromEntries(fields.map((f) => [f.key, f.label]));
  labels.newCompany = t('plan.searchProfile.newCompany');
  const set = (patch: Partial<Draft>) => editor.update((o) => ({ ...o, ...patch }));
  const onSubmit = (e: FormEvent) => { e.preventDefault(); editor.save(); };
  const choices = (pair: PreferencePair) => [
    ...(['first', 'second', 'either'] as const).map((v) => ({ value: v as string, label: t(`plan.searchProfile.pairs.${pair}.${v}`) })),
    { value: 'none', label: t('plan.searchProfile.notDiscussed') },
  ];

  return (
    <>
      <Paragraph lead className="spil-intro">{t('plan.searchProfile.intro', { name })}</Paragraph>
      {editor.conflict ? (
        <ConflictNotice conflict={editor.conflict} fields={fields} mine={toBody(d)} busy={editor.saving}
          onKeepMine={editor.keepMine} onTakeTheirs={editor.takeTheirs} />
      ) : null}
      <form onSubmit={onSubmit} noValidate aria-label={t('plan.searchProfile.formLabel')}>
        <ErrorSummary errors={summaryOf(editor.errors, labels)} />
        <Heading level={2}>{t('plan.searchProfile.jobsTitle')}</Heading>
        <TextField name="dreamJob" label={labels.dreamJob!} description={t('plan.searchProfile.dreamJobHelp')}
          value={d.dreamJob} onChange={(v) => set({ dreamJob: v })} error={editor.errors.dreamJob} />
        <TextField name="breadJob" label={labels.breadJob!} description={t('plan.searchProfile.breadJobHelp')}
          value={d.breadJob} onChange={(v) => set({ breadJob: v })} error={editor.errors.breadJob} />

        <Heading level={2}>{t('plan.searchProfile.preferencesTitle')}</Heading>
        <Paragraph className="spil-muted">{t('plan.searchProfile.preferencesHelp')}</Paragraph>
        <div className="spil-pairs">
          {PREFERENCE_PAIRS.map((pair) => (
            <RadioGroupField key={pair} name={`preferences-${pair}`} legend={t(`plan.searchProfile.pairs.${pair}.legend`)}
              value={d.preferences[pair] ?? 'none'} options={choices(pair)} error={editor.errors[`preferences.${pair}`]}
              onChange={(v) => set({ preferences: { ...d.preferences, [pair]: v === 'none' ? null : v as Preference } })} />
          ))}
        </div>

        <Heading level={2}>{t('plan.searchProfile.workplaceTitle')}</Heading>
        {TEXTS.map((k) => (
          <TextareaField key={k} name={k} label={labels[k]!} description={t(`plan.searchProfile.${k}Help`)} rows={3}
            value={d.texts[k]} error={editor.errors[k]} onChange={(v) => set({ texts: { ...d.texts, [k]: v } })} />
        ))}

        <Companies companies={d.companies} error={editor.errors.companies} onChange={(companies) => set({ companies })} />
        <SaveBar label={t('plan.searchProfile.save')} busy={editor.saving} dirty={editor.dirty} notice={editor.notice} base={editor.base} />
      </form>
      <DocumentVersions youthId={youthId} path="search-profile" fields={fields} />
    </>
  );
}

/** Companies the youth would like to work at: a list to add to and remove from. */
function Companies({ companies, onChange, error }: { companies: string[]; onChange: (c: string[]) => void; error?: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const add = () => {
    const name = text.trim();
    if (!name) { setProblem(t('plan.searchProfile.companyEmpty')); return; }
    if (name.length > 200) { setProblem(t('plan.common.tooLong', { max: 200, count: name.length })); return; }
    if (companies.some((c) => c.toLowerCase() === name.toLowerCase())) { setProblem(t('plan.searchProfile.companyTwice', { name })); return; }
    if (companies.length >= MAX_COMPANIES) { setProblem(t('plan.searchProfile.companyMax', { max: MAX_COMPANIES })); return; }
    setProblem(null);
    onChange([...companies, name]);
    setText('');
    setAnnounce(t('plan.searchProfile.companyAdded', { name }));
  };
  const remove = (name: string) => {
    onChange(companies.filter((c) => c !== name));
    setAnnounce(t('plan.searchProfile.companyRemoved', { name }));
    document.getElementById('field-newCompany')?.focus();
  };
  // Enter in the add field adds the company instead of saving the whole form.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter' && (e.target as HTMLElement).id === 'field-newCompany') { e.preventDefault(); add(); }
  };
  return (
    <Fieldset legend={t('plan.searchProfile.companies')} description={t('plan.searchProfile.companiesHelp')} id="field-companies">
      {error ? <p className="utrecht-form-field-error-message">{error}</p> : null}
      {companies.length ? (
        <ul className="spil-companies" aria-label={t('plan.searchProfile.companiesList')}>
          {companies.map((c) => (
            <li key={c}>
              <span>{c}</span>
              <Button variant="subtle" onClick={() => remove(c)}>
                {t('plan.searchProfile.remove')}<span className="spil-visually-hidden"> {c}</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : <Paragraph className="spil-muted">{t('plan.searchProfile.noCompanies')}</Paragraph>}
      <div className="spil-add-row" onKeyDown={onKeyDown}>
        <TextField name="newCompany" label={t('plan.searchProfile.newCompany')} value={text} onChange={(v) => { setText(v); setProblem(null); }}
          error={problem ?? undefined} />
        <Button onClick={add}>{t('plan.searchProfile.addCompany')}</Button>
      </div>
      <p className="spil-visually-hidden" role="status">{announce}</p>
    </Fieldset>
  );
}
