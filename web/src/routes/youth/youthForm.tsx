import { useTranslation } from 'react-i18next';
import { TARGET_INDICATORS, YOUTH_TEXT_FIELDS, type AppConfig, type Youth, type YouthTextField } from '../../api/types';
import { CheckboxField, Fieldset, SelectField, TextareaField, TextField } from '../../components/FormField';
import type { SummaryError } from '../../components/ErrorSummary';

export type YouthFormValues = Record<YouthTextField, string> & { targetIndicators: string[] };

export function emptyYouthForm(): YouthFormValues {
  const v = Object.fromEntries(YOUTH_TEXT_FIELDS.map((f) => [f, ''])) as Record<YouthTextField, string>;
  return { ...v, targetIndicators: [] };
}

export function youthToForm(y: Youth): YouthFormValues {
  const v = Object.fromEntries(YOUTH_TEXT_FIELDS.map((f) => [f, y[f] ?? ''])) as Record<YouthTextField, string>;
  return { ...v, targetIndicators: [...y.targetIndicators] };
}

/** Only what the user filled in (create) — empty means unknown, so we leave it out. */
export function filledFields(v: YouthFormValues): Partial<Record<YouthTextField, string>> & { targetIndicators?: string[] } {
  const out: Partial<Record<YouthTextField, string>> & { targetIndicators?: string[] } = {};
  for (const f of YOUTH_TEXT_FIELDS) {
    const val = v[f].trim();
    if (val) out[f] = val;
  }
  if (v.targetIndicators.length) out.targetIndicators = v.targetIndicators;
  return out;
}

/** What changed (edit) — an emptied field is sent as '' (the server stores "unknown"). */
export function changedFields(before: YouthFormValues, after: YouthFormValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of YOUTH_TEXT_FIELDS) {
    if (before[f].trim() !== after[f].trim()) out[f] = after[f].trim();
  }
  const a = [...before.targetIndicators].sort().join(',');
  const b = [...after.targetIndicators].sort().join(',');
  if (a !== b) out.targetIndicators = after.targetIndicators;
  return out;
}

/** A client-side check mirroring the server's one rule for a new record. */
export function needsName(v: YouthFormValues): boolean {
  return !v.nickname.trim() && !v.firstName.trim() && !v.lastName.trim();
}

export function useSummaryErrors() {
  const { t } = useTranslation();
  return (errors: Record<string, string>): SummaryError[] =>
    Object.entries(errors).map(([field, message]) => ({
      field: field === '_form' ? undefined : field,
      label: field === '_form' ? undefined : fieldLabel(t, field),
      message,
    }));
}

function fieldLabel(t: (k: string) => string, field: string): string {
  return t(`youth.fields.${field}`);
}

interface Props {
  values: YouthFormValues;
  set: <K extends keyof YouthFormValues>(key: K, value: YouthFormValues[K]) => void;
  errors: Record<string, string>;
  config: AppConfig | undefined;
}

export function BasicFields({ values, set, errors }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <TextField name="nickname" label={t('youth.fields.nickname')} description={t('register.nicknameHelp')} value={values.nickname} onChange={(v) => set('nickname', v)} error={errors.nickname} autoComplete="off" />
      <TextField name="neighbourhood" label={t('youth.fields.neighbourhood')} value={values.neighbourhood} onChange={(v) => set('neighbourhood', v)} error={errors.neighbourhood} autoComplete="off" />
    </>
  );
}

export function PersonalFields({ values, set, errors, config }: Props) {
  const { t } = useTranslation();
  const text = (name: YouthTextField, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField name={name} label={t(`youth.fields.${name}`)} value={values[name]} onChange={(v) => set(name, v)} error={errors[name]} autoComplete="off" {...extra} />
  );
  return (
    <>
      {text('firstName')}
      {text('lastName')}
      {text('birthDate', { type: 'date', description: t('youth.birthDateHelp') })}
      <SelectField name="gender" label={t('youth.fields.gender')} value={values.gender} onChange={(v) => set('gender', v)} error={errors.gender}
        placeholder={t('common.unknown')} options={(config?.lists.gender ?? []).map((g) => ({ value: g.key, label: g.label }))} />
      {text('phone', { type: 'tel', inputMode: 'tel' })}
      {text('email', { type: 'email', spellCheck: false })}
      {text('address')}
      {text('postcode', { description: t('youth.postcodeHelp') })}
      {text('city')}
      <TextareaField name="schoolBackground" label={t('youth.fields.schoolBackground')} value={values.schoolBackground} onChange={(v) => set('schoolBackground', v)} error={errors.schoolBackground} rows={2} />
    </>
  );
}

export function SignalFields({ values, set, errors, config }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField name="signalSource" label={t('youth.fields.signalSource')} value={values.signalSource} onChange={(v) => set('signalSource', v)} error={errors.signalSource}
        placeholder={t('common.choose')} options={(config?.lists.signal_source ?? []).map((s) => ({ value: s.key, label: s.label }))} />
      <TextField name="reporterName" label={t('youth.fields.reporterName')} value={values.reporterName} onChange={(v) => set('reporterName', v)} error={errors.reporterName} autoComplete="off" />
      <TextField name="reporterOrganisation" label={t('youth.fields.reporterOrganisation')} value={values.reporterOrganisation} onChange={(v) => set('reporterOrganisation', v)} error={errors.reporterOrganisation} autoComplete="off" />
      <TextField name="vindplaats" label={t('youth.fields.vindplaats')} description={t('youth.vindplaatsHelp')} value={values.vindplaats} onChange={(v) => set('vindplaats', v)} error={errors.vindplaats} autoComplete="off" />
      <TextareaField name="reason" label={t('youth.fields.reason')} value={values.reason} onChange={(v) => set('reason', v)} error={errors.reason} />
    </>
  );
}

export function IndicatorFields({ values, set }: Props) {
  const { t } = useTranslation();
  const toggle = (key: string, on: boolean) =>
    set('targetIndicators', on ? [...values.targetIndicators, key] : values.targetIndicators.filter((k) => k !== key));
  return (
    <>
      {TARGET_INDICATORS.map((key) => (
        <CheckboxField key={key} name={`indicator-${key}`} label={t(`indicators.${key}`)}
          checked={values.targetIndicators.includes(key)} onChange={(on) => toggle(key, on)} />
      ))}
    </>
  );
}

export function AllYouthFieldsets(props: Props) {
  const { t } = useTranslation();
  return (
    <>
      <Fieldset legend={t('register.personal')}><PersonalFields {...props} /></Fieldset>
      <Fieldset legend={t('register.signal')}><SignalFields {...props} /></Fieldset>
      <Fieldset legend={t('register.indicators')} description={t('register.indicatorsHelp')} id="indicators"><IndicatorFields {...props} /></Fieldset>
    </>
  );
}
