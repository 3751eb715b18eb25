import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, post } from '../../api/client';
import { useCurrentUser } from '../../auth/session';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { TextField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { PageTitle } from '../../components/PageTitle';
import { StatusBadge } from '../../components/StatusText';
import { EnrolmentSetup, RecoveryCodes } from '../login/TotpEnrolment';

/** "Mijn account": who I am in Spil, my own password, and (if not yet) two-step verification. */
export function AccountPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const u = me.user;
  return (
    <>
      <PageTitle title={t('account.title')} />
      <section aria-labelledby="account-details" className="spil-section spil-account-section">
        <Heading level={2} id="account-details">{t('account.details')}</Heading>
        <dl className="spil-facts spil-facts--wide">
          <div className="spil-facts__row"><dt>{t('account.name')}</dt><dd>{u.displayName}</dd></div>
          <div className="spil-facts__row"><dt>{t('account.email')}</dt><dd>{u.email}</dd></div>
          <div className="spil-facts__row"><dt>{t('account.organisation')}</dt><dd>{u.organisation.name}</dd></div>
          <div className="spil-facts__row"><dt>{t('account.teams')}</dt><dd>{u.teams.length ? (
            <ul className="spil-plain-list">{u.teams.map((tm) => <li key={tm.id}>{tm.name}</li>)}</ul>
          ) : t('account.noTeams')}</dd></div>
          <div className="spil-facts__row"><dt>{t('account.roles')}</dt><dd>{u.roles.length ? (
            <ul className="spil-plain-list">{u.roles.map((r) => <li key={r}>{t(`roles.${r}`, { defaultValue: r })}</li>)}</ul>
          ) : '—'}</dd></div>
          <div className="spil-facts__row"><dt>{t('account.twoFactor')}</dt><dd>{u.totpEnabled
            ? <StatusBadge tone="success">{t('account.totpOn')}</StatusBadge>
            : <StatusBadge>{t('account.totpOff')}</StatusBadge>}</dd></div>
        </dl>
      </section>
      <PasswordSection />
      <TwoFactorSection enabled={u.totpEnabled} />
    </>
  );
}

function PasswordSection() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);
  // A fresh form after success, so the emptied fields do not look like fields left empty by mistake.
  const [formKey, setFormKey] = useState(0);
  const doneRef = useRef<HTMLDivElement>(null);
  // The button that had focus is replaced; keyboard users land on the confirmation instead.
  useEffect(() => { if (done) doneRef.current?.focus(); }, [done, formKey]);

  const change = useMutation({
    mutationFn: () => post<void>('/api/auth/password', { currentPassword, newPassword }),
    onSuccess: () => { setDone(true); setCurrent(''); setNew(''); setErrors({}); setFormKey((k) => k + 1); },
    onError: (e) => {
      if (e instanceof ApiError && e.code === 'PASSWORD_WRONG') setErrors({ currentPassword: t('account.passwordWrong') });
      else if (e instanceof ApiError && e.code === 'PASSWORD_UNCHANGED') setErrors({ newPassword: t('account.passwordUnchanged') });
      else if (e instanceof ApiError && e.code === 'VALIDATION_FAILED') {
        const fe = e.fieldErrors();
        const out: Record<string, string> = {};
        if (fe.newPassword) out.newPassword = t('account.passwordRule');
        if (fe.currentPassword) out.currentPassword = t('form.fieldRequired');
        setErrors(Object.keys(out).length ? out : { _form: e.message || t('errors.generic') });
      } else if (e instanceof ApiError && e.status === 429) setErrors({ _form: t('errors.LOGIN_THROTTLED') });
      else setErrors({ _form: e instanceof ApiError && e.message ? e.message : t('errors.generic') });
    },
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    const errs: Record<string, string> = {};
    if (!currentPassword) errs.currentPassword = t('form.fieldRequired');
    if (newPassword.length < 12) errs.newPassword = t('account.passwordRule');
    setErrors(errs);
    if (!Object.keys(errs).length) change.mutate();
  };

  const labels: Record<string, string> = { currentPassword: t('account.currentPassword'), newPassword: t('account.newPassword') };
  const summary: SummaryError[] = Object.entries(errors).map(([field, message]) =>
    field === '_form' ? { message } : { field, label: labels[field], message });

  return (
    <section aria-labelledby="account-password" className="spil-section spil-account-section">
      <Heading level={2} id="account-password">{t('account.passwordTitle')}</Heading>
      <Paragraph small>{t('account.passwordIntro')}</Paragraph>
      {done ? <div ref={doneRef} tabIndex={-1} className="spil-focus-target"><Alert type="ok">{t('account.passwordChanged')}</Alert></div> : null}
      <ErrorSummary errors={summary} />
      <form key={formKey} onSubmit={onSubmit} noValidate>
        {/* The account name lets password managers file the new password under the right login. */}
        <input type="text" name="username" autoComplete="username" value={me.user.email} readOnly hidden />
        <TextField name="currentPassword" type="password" label={t('account.currentPassword')} value={currentPassword} onChange={setCurrent}
          autoComplete="current-password" required error={errors.currentPassword} />
        <TextField name="newPassword" type="password" label={t('account.newPassword')} description={t('account.newPasswordHelp')}
          value={newPassword} onChange={setNew} autoComplete="new-password" required error={errors.newPassword} />
        <Button type="submit" variant="primary" busy={change.isPending} disabled={change.isPending}>{t('account.passwordSubmit')}</Button>
      </form>
    </section>
  );
}

function TwoFactorSection({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [setting, setSetting] = useState(false);
  const [codes, setCodes] = useState<string[] | null>(null);

  if (codes) {
    return (
      <section aria-labelledby="account-2fa" className="spil-section spil-account-section">
        <Heading level={2} id="account-2fa">{t('enrol.codesTitle')}</Heading>
        <Alert type="ok">{t('account.totpDone')}</Alert>
        <RecoveryCodes codes={codes} />
        <Button variant="primary" onClick={() => { setCodes(null); setSetting(false); }}>
          {t('account.codesSaved')}
        </Button>
      </section>
    );
  }
  if (enabled) return null;
  return (
    <section aria-labelledby="account-2fa" className="spil-section spil-account-section">
      <Heading level={2} id="account-2fa">{t('enrol.title')}</Heading>
      <Paragraph>{t('account.totpIntro')}</Paragraph>
      {setting ? (
        <EnrolmentSetup level={3} onConfirmed={(c) => { setCodes(c); void qc.invalidateQueries({ queryKey: ['me'] }); }}
          extraActions={<Button variant="subtle" onClick={() => setSetting(false)}>{t('common.cancel')}</Button>} />
      ) : (
        <Button onClick={() => setSetting(true)}>{t('account.totpStart')}</Button>
      )}
    </section>
  );
}
