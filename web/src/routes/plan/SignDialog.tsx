import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';
import { FormActions } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { fieldId, RadioGroupField, TextField } from '../../components/FormField';
import { SignaturePad } from './SignaturePad';
import type { PlanVersion, SignerRole } from './types';
import { planWords, useSignPlan } from './usePlan';

type Method = 'drawn' | 'typed';

/**
 * Signing on the coach's phone: the youth (or the coach) signs one version, by drawing or by
 * typing their name. The first signature freezes the version; after both it counts as signed.
 */
export function SignDialog({ open, onClose, youthId, version, role, defaultName, label, onSigned }: {
  open: boolean; onClose: () => void; youthId: string; version: PlanVersion; role: SignerRole; defaultName: string;
  label: ReturnType<typeof planWords>; onSigned: (signed: PlanVersion) => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} title={t(`casePlan.sign.dialogTitle.${role}`, label)}>
      {open ? <SignForm youthId={youthId} version={version} role={role} defaultName={defaultName} label={label} onCancel={onClose} onSigned={onSigned} /> : null}
    </Dialog>
  );
}

function signError(e: unknown, t: TFunction): string {
  if (e instanceof ApiError) {
    if (e.code === 'PLAN_ALREADY_SIGNED') return t('casePlan.sign.errors.alreadySigned');
    if (e.code === 'PLAN_NOT_LATEST') return t('casePlan.sign.errors.notLatest');
    if (e.code === 'VERSION_CONFLICT') return t('casePlan.sign.errors.changed');
    if (e.code === 'NETWORK') return t('errors.NETWORK');
    if (e.message) return e.message;
  }
  return t('errors.generic');
}

function SignForm({ youthId, version, role, defaultName, label, onCancel, onSigned }: {
  youthId: string; version: PlanVersion; role: SignerRole; defaultName: string; label: ReturnType<typeof planWords>;
  onCancel: () => void; onSigned: (signed: PlanVersion) => void;
}) {
  const { t } = useTranslation();
  const sign = useSignPlan(youthId, version.version);
  const [name, setName] = useState(defaultName);
  const [method, setMethod] = useState<Method>('drawn');
  const [drawing, setDrawing] = useState('');
  const [typed, setTyped] = useState(defaultName);
  const [typedTouched, setTypedTouched] = useState(false);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const f = (key: string) => `sign-${role}-${key}`;
  const err = (key: string) => errors.find((e) => e.field === f(key))?.message;
  const typedValue = typedTouched ? typed : name;
  // A finished stroke answers the "sign in the box" error.
  const onStrokeEnd = () => setErrors((es) => (es.some((e) => e.field === f('drawing')) ? es.filter((e) => e.field !== f('drawing')) : es));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: SummaryError[] = [];
    if (!name.trim()) errs.push({ field: f('name'), label: t('casePlan.sign.name'), message: t('casePlan.sign.errors.nameRequired') });
    else if (name.trim().length > 200) errs.push({ field: f('name'), label: t('casePlan.sign.name'), message: t('casePlan.errors.tooLong', { max: 200, count: name.trim().length }) });
    if (method === 'drawn' && !drawing) errs.push({ field: f('drawing'), label: t('casePlan.sign.padLabel'), message: t('casePlan.sign.errors.drawingRequired') });
    if (method === 'typed' && !typedValue.trim()) errs.push({ field: f('typed'), label: t('casePlan.sign.typed'), message: t('casePlan.sign.errors.typedRequired') });
    setErrors(errs);
    if (errs.length) return;
    sign.mutate({
      role, name: name.trim(), method, revision: version.revision,
      ...(method === 'drawn' ? { drawing } : { typed: typedValue.trim() }),
    }, {
      onSuccess: onSigned,
      onError: (e2) => setErrors([{ message: signError(e2, t) }]),
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate className="spil-plan-sign-form">
      <p className="utrecht-paragraph">
        {role === 'youth'
          ? t('casePlan.sign.introYouth', { ...label, version: version.version, name: name.trim() || defaultName })
          : t('casePlan.sign.introCoach', { ...label, version: version.version })}
      </p>
      <ErrorSummary errors={errors} />
      <TextField name={f('name')} label={t('casePlan.sign.name')} value={name} onChange={setName} autoComplete="off" required error={err('name')} />
      <RadioGroupField name={f('method')} legend={t('casePlan.sign.method')} value={method} onChange={(v) => setMethod(v as Method)}
        options={[
          { value: 'drawn', label: t('casePlan.sign.methodDrawn') },
          { value: 'typed', label: t('casePlan.sign.methodTyped'), description: t('casePlan.sign.methodTypedHint') },
        ]} />
      {method === 'drawn' ? (
        <SignaturePad id={fieldId(f('drawing'))} error={err('drawing')} value={drawing} onChange={setDrawing} onStrokeEnd={onStrokeEnd} label={t('casePlan.sign.padLabelOf', { name: name.trim() || defaultName })} />
      ) : (
        <>
          <TextField name={f('typed')} label={t('casePlan.sign.typed')} value={typedValue} autoComplete="off"
            onChange={(v) => { setTypedTouched(true); setTyped(v); }} error={err('typed')} description={t('casePlan.sign.typedHint')} />
          {typedValue.trim() ? <p className="spil-signature__typed spil-signature__typed--preview" aria-hidden="true">{typedValue.trim()}</p> : null}
        </>
      )}
      <p className="utrecht-paragraph">{t('casePlan.sign.agree', label)}</p>
      <p className="utrecht-paragraph spil-muted">{t('casePlan.sign.freezes', label)}</p>
      <FormActions busy={sign.isPending} label={t('casePlan.sign.submit')} onCancel={onCancel} />
    </form>
  );
}
