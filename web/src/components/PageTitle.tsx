import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The one h1 of a page; also sets the document title ("Mijn jongeren – Spil") so screen reader
 * users hear where a route change took them.
 */
export function PageTitle({ children, title, pre }: { children?: ReactNode; title: string; pre?: ReactNode }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
  return (
    <div className="spil-page-title">
      {pre ? <p className="utrecht-pre-heading">{pre}</p> : null}
      <h1 className="utrecht-heading-1" id="page-title" tabIndex={-1}>{children ?? title}</h1>
    </div>
  );
}
