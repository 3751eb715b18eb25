import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { Paragraph } from '../../components/Heading';
import { PageTitle } from '../../components/PageTitle';

/** Policy staff see aggregates only, never names; the dashboards come in a later release. */
export function PolicyPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('policy.title')} />
      <Paragraph lead>{t('policy.intro')}</Paragraph>
      <Alert type="info">{t('policy.later')}</Alert>
    </>
  );
}
