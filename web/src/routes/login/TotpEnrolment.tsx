import { useMutation } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, post } from '../../api/client';
import type { Enrolment, EnrolmentConfirmed } from '../../api/types';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { TextField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';

/** A server error as text: our own translation of the code if we have one, else the server's (Dutch) message. */
export function useErrorText() {
  const { t, i18n } = useTranslation();
  return (e: unknown) => {
    if (e instanceof ApiError) {
      const key = `errors.${e.code}`;
      if (i18n.exists(key)) return t(key);
      return e.message || t('errors.generic');
    }
    return t('errors.generic');
  };
}

/**
 * Setting up the authenticator app: starts the enrolment when shown (QR code and secret), then
 * confirms with a first code. Used in the login (first time) and on "Mijn account".
 */
export function EnrolmentSetup({ level, onConfirmed, extraActions }: {
  level: 2 | 3; onConfirmed: (recoveryCodes: string[]) => void; extraActions?: ReactNode;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [code, setCode] = useState('');
  const start = useMutation({ mutationFn: () => post<Enrolment>('/api/auth/totp/enrolment') });
  const confirm = useMutation({
    mutationFn: () => post<EnrolmentConfirmed>('/api/auth/totp/enrolment/confirm', { code: code.replace(/\s+/g, '') }),
    onSuccess: (res) => onConfirmed(res.recoveryCodes),
  });
  const startMutate = start.mutate;
  useEffect(() => { startMutate(); }, [startMutate]);

  return (
    <>
      {start.isError ? <Alert type="error">{errorText(start.error)}</Alert> : null}
      {start.data ? (
        <>
          <Heading level={level}>{t('enrol.step1')}</Heading>
          <img className="spil-qr" src={start.data.qrDataUrl} alt={t('enrol.qrAlt')} width={200} height={200} />
          <Paragraph>{t('enrol.manual')}</Paragraph>
          <div className="utrecht-form-field utrecht-form-field--distanced">
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label" htmlFor="enrol-secret">{t('enrol.secretLabel')}</label>
            </div>
            <div className="utrecht-form-field__input">
              <input id="enrol-secret" readOnly value={start.data.secret} spellCheck={false}
                className="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--read-only spil-secret"
                onFocus={(e) => e.currentTarget.select()} />
            </div>
          </div>
          <Heading level={level}>{t('enrol.step2')}</Heading>
          {confirm.isError ? <Alert type="error">{errorText(confirm.error)}</Alert> : null}
          <form onSubmit={(e) => { e.preventDefault(); confirm.mutate(); }} noValidate>
            <TextField name="code" label={t('enrol.code')} description={t('enrol.codeHelp')} value={code} onChange={setCode}
              autoComplete="one-time-code" inputMode="numeric" spellCheck={false} required className="spil-code-input" />
            <div className="spil-actions">
              <Button type="submit" variant="primary" busy={confirm.isPending} disabled={confirm.isPending}>{t('enrol.submit')}</Button>
              {extraActions}
            </div>
          </form>
        </>
      ) : start.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
    </>
  );
}

/** The ten recovery codes, shown once. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const { t } = useTranslation();
  return (
    <>
      <Alert type="warning">{t('enrol.codesWarning')}</Alert>
      <Paragraph>{t('enrol.codesIntro')}</Paragraph>
      <ul className="spil-recovery-codes" aria-label={t('enrol.codesList')}>
        {codes.map((c) => <li key={c}><code>{c}</code></li>)}
      </ul>
    </>
  );
}
