import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { ButtonLink } from '../../components/Button';
import { PageTitle } from '../../components/PageTitle';

/** Shown for a page or a file the user may not open; names nothing. */
export function NoAccess() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('file.noAccessTitle')} />
      <Alert type="error">{t('file.noAccess')}</Alert>
      <p><ButtonLink to="/">{t('common.backHome')}</ButtonLink></p>
    </>
  );
}
