import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';

/** The opschaal-overleg: cases and bottlenecks (issue 11). */
export function EscalationsPage() {
  const { t } = useTranslation();
  return <PageTitle title={t('nav.escalations')} />;
}
