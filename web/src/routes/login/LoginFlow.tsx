import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, post } from '../../api/client';
import type { Enrolment, EnrolmentConfirmed, Me, Stage } from '../../api/types';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { TextField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { PageTitle } from '../../components/PageTitle';
import { useLogout } from '../../auth/session';

/** The login steps: password, then the second factor (code, or first-time enrolment). */
export function LoginFlow({ me }: { me: Me | null }) {
  const stage: Stage | null = me?.stage ?? null;
  if (stage === 'totp') return <TotpStep />;
  if (stage === 'totp_enrolment') return <EnrolmentStep />;
  return <PasswordStep />;
}

function useErrorText() {
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

function PasswordStep() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const errorText = useErrorText();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation({
    mutationFn: () => post<{ stage: Stage }>('/api/auth/login', { email, password }),
    onSuccess: async () => { await qc.invalidateQueries({ queryKey: ['me'] }); },
  });
  const onSubmit = (e: FormEvent) => { e.preventDefault(); login.mutate(); };
  return (
    <div className="spil-narrow">
      <PageTitle title={t('login.title')} />
      <Paragraph lead>{t('login.intro')}</Paragraph>
      {login.isError ? <Alert type="error">{errorText(login.error)}</Alert> : null}
      <form onSubmit={onSubmit} noValidate>
        <TextField name="email" type="email" label={t('login.email')} value={email} onChange={setEmail} autoComplete="username" required spellCheck={false} />
        <TextField name="password" type="password" label={t('login.password')} value={password} onChange={setPassword} autoComplete="current-password" required />
        <Button type="submit" variant="primary" busy={login.isPending} disabled={login.isPending}>{t('login.submit')}</Button>
      </form>
    </div>
  );
}

function CancelLogin() {
  const { t } = useTranslation();
  const logout = useLogout();
  return <Button variant="subtle" onClick={() => void logout()}>{t('login.cancel')}</Button>;
}

function TotpStep() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const errorText = useErrorText();
  const [code, setCode] = useState('');
  const verify = useMutation({
    mutationFn: () => post<{ stage: Stage }>('/api/auth/totp', { code: code.replace(/\s+/g, '') }),
    onSuccess: async () => { await qc.invalidateQueries({ queryKey: ['me'] }); },
  });
  return (
    <div className="spil-narrow">
      <PageTitle title={t('totp.title')} />
      <Paragraph lead>{t('totp.intro')}</Paragraph>
      {verify.isError ? <Alert type="error">{errorText(verify.error)}</Alert> : null}
      <form onSubmit={(e) => { e.preventDefault(); verify.mutate(); }} noValidate>
        <TextField
          name="code" label={t('totp.code')} description={t('totp.codeHelp')} value={code} onChange={setCode}
          autoComplete="one-time-code" spellCheck={false} required className="spil-code-input"
        />
        <div className="spil-actions">
          <Button type="submit" variant="primary" busy={verify.isPending} disabled={verify.isPending}>{t('totp.submit')}</Button>
          <CancelLogin />
        </div>
      </form>
    </div>
  );
}

function EnrolmentStep() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const errorText = useErrorText();
  const [code, setCode] = useState('');
  const [codes, setCodes] = useState<string[] | null>(null);
  const start = useMutation({ mutationFn: () => post<Enrolment>('/api/auth/totp/enrolment') });
  const confirm = useMutation({
    mutationFn: () => post<EnrolmentConfirmed>('/api/auth/totp/enrolment/confirm', { code: code.replace(/\s+/g, '') }),
    onSuccess: (res) => setCodes(res.recoveryCodes),
  });
  const startMutate = start.mutate;
  useEffect(() => { startMutate(); }, [startMutate]);

  if (codes) {
    return (
      <div className="spil-narrow">
        <PageTitle title={t('enrol.codesTitle')} />
        <Alert type="warning">{t('enrol.codesWarning')}</Alert>
        <Paragraph>{t('enrol.codesIntro')}</Paragraph>
        <ul className="spil-recovery-codes" aria-label={t('enrol.codesList')}>
          {codes.map((c) => <li key={c}><code>{c}</code></li>)}
        </ul>
        <Button variant="primary" onClick={() => void qc.invalidateQueries({ queryKey: ['me'] })}>{t('enrol.continue')}</Button>
      </div>
    );
  }

  return (
    <div className="spil-narrow">
      <PageTitle title={t('enrol.title')} />
      <Paragraph lead>{t('enrol.intro')}</Paragraph>
      {start.isError ? <Alert type="error">{errorText(start.error)}</Alert> : null}
      {start.data ? (
        <>
          <Heading level={2}>{t('enrol.step1')}</Heading>
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
          <Heading level={2}>{t('enrol.step2')}</Heading>
          {confirm.isError ? <Alert type="error">{errorText(confirm.error)}</Alert> : null}
          <form onSubmit={(e) => { e.preventDefault(); confirm.mutate(); }} noValidate>
            <TextField name="code" label={t('enrol.code')} description={t('enrol.codeHelp')} value={code} onChange={setCode}
              autoComplete="one-time-code" inputMode="numeric" spellCheck={false} required className="spil-code-input" />
            <div className="spil-actions">
              <Button type="submit" variant="primary" busy={confirm.isPending} disabled={confirm.isPending}>{t('enrol.submit')}</Button>
              <CancelLogin />
            </div>
          </form>
        </>
      ) : start.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
    </div>
  );
}
