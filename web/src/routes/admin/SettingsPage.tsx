import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, get, patch } from '../../api/client';
import type { Method, TenantSettings } from '../../api/types';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { CheckboxField, RadioGroupField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { PageTitle } from '../../components/PageTitle';
import { AdminNav, errorMessage } from './AdminNav';

/** The municipality's settings: which method (IPTA or Rotterdam IJA) and whether everyone uses 2FA. */
export function SettingsPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const settings = useQuery({ queryKey: ['admin', 'tenant'], queryFn: () => get<TenantSettings>('/api/admin/tenant') });
  const [method, setMethod] = useState<Method>('ipta');
  const [require2fa, setRequire2fa] = useState(false);
  const [notice, setNotice] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => {
    if (settings.data) { setMethod(settings.data.method); setRequire2fa(settings.data.requireTwoFactorForAll); }
  }, [settings.data]);

  const save = useMutation({
    mutationFn: () => {
      const s = settings.data!;
      return patch<TenantSettings>('/api/admin/tenant', {
        version: s.version,
        ...(method !== s.method ? { method } : {}),
        ...(require2fa !== s.requireTwoFactorForAll ? { requireTwoFactorForAll: require2fa } : {}),
      });
    },
    onSuccess: async (s) => {
      qc.setQueryData(['admin', 'tenant'], s);
      setNotice({ type: 'ok', text: t('settings.saved') });
      await Promise.all([
        qc.invalidateQueries({ queryKey: ['config'] }),
        qc.invalidateQueries({ queryKey: ['me'] }),
        qc.invalidateQueries({ queryKey: ['admin', 'phase-model'] }),
      ]);
    },
    onError: async (e) => {
      if (e instanceof ApiError && e.code === 'METHOD_IN_USE') {
        // The server explains in Dutch why switching is not possible now.
        setNotice({ type: 'error', text: e.message || t('settings.methodInUse') });
      } else {
        setNotice({ type: 'error', text: errorMessage(t, e) });
      }
      if (e instanceof ApiError && e.code === 'VERSION_CONFLICT') await settings.refetch();
    },
  });

  const onSubmit = (e: FormEvent) => { e.preventDefault(); setNotice(null); save.mutate(); };
  const s = settings.data;

  return (
    <>
      <PageTitle title={t('admin.settings')} pre={t('nav.admin')} />
      <AdminNav />
      {settings.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
      {settings.isError ? <Alert type="error">{errorMessage(t, settings.error)}</Alert> : null}
      {s ? (
        <>
          <dl className="spil-facts spil-facts--wide spil-account-section">
            <div className="spil-facts__row"><dt>{t('settings.municipality')}</dt><dd>{s.name}</dd></div>
            <div className="spil-facts__row"><dt>{t('settings.currentMethod')}</dt><dd>{t(`settings.methodName.${s.method}`)}</dd></div>
            <div className="spil-facts__row"><dt>{t('settings.ageWindow')}</dt><dd>{t('settings.ageRange', { min: s.ageWindow.min, max: s.ageWindow.max })}</dd></div>
          </dl>
          <form onSubmit={onSubmit} noValidate className="spil-account-section">
            <RadioGroupField name="method" legend={<Heading level={2}>{t('settings.method')}</Heading>} value={method}
              onChange={(v) => setMethod(v as Method)} description={t('settings.methodHelp')}
              options={[
                { value: 'ipta', label: t('settings.methodOption.ipta') },
                { value: 'ija', label: t('settings.methodOption.ija') },
              ]} />
            <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset utrecht-form-fieldset--distanced">
              <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend"><Heading level={2}>{t('settings.security')}</Heading></legend>
              <CheckboxField name="requireTwoFactorForAll" label={t('settings.require2fa')} checked={require2fa} onChange={setRequire2fa}
                description={t('settings.require2faHelp')} />
            </fieldset>
            {/* Next to the button, where the eye is after pressing it (also announced). */}
            {notice ? <Alert type={notice.type}>{notice.text}</Alert> : null}
            <Button type="submit" variant="primary" busy={save.isPending} disabled={save.isPending}>{t('settings.save')}</Button>
          </form>
        </>
      ) : null}
    </>
  );
}
