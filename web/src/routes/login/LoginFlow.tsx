import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client';
import type { Me, Stage } from '../../api/types';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { TextField } from '../../components/FormField';
import { Paragraph } from '../../components/Heading';
import { PageTitle } from '../../components/PageTitle';
import { useLogout } from '../../auth/session';
import { EnrolmentSetup, RecoveryCodes, useErrorText } from './TotpEnrolment';

/** The login steps: password, then the second factor (code, or first-time enrolment). */
export function LoginFlow({ me }: { me: Me | null }) {
  const stage: Stage | null = me?.stage ?? null;
  if (stage === 'totp') return <TotpStep />;
  if (stage === 'totp_enrolment') return <EnrolmentStep />;
  return <PasswordStep />;
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
  const [codes, setCodes] = useState<string[] | null>(null);

  if (codes) {
    return (
      <div className="spil-narrow">
        <PageTitle title={t('enrol.codesTitle')} />
        <RecoveryCodes codes={codes} />
        <Button variant="primary" onClick={() => void qc.invalidateQueries({ queryKey: ['me'] })}>{t('enrol.continue')}</Button>
      </div>
    );
  }

  return (
    <div className="spil-narrow">
      <PageTitle title={t('enrol.title')} />
      <Paragraph lead>{t('enrol.intro')}</Paragraph>
      <EnrolmentSetup level={2} onConfirmed={setCodes} extraActions={<CancelLogin />} />
    </div>
  );
}
