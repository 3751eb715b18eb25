import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId } from './FormField';

export interface SummaryError { field?: string; label?: string; message: string }

/**
 * The GOV.UK/NL Design System error summary: a list above the form that links to each field
 * with a problem. It takes focus when it appears, so keyboard and screen reader users land on it.
 */
export function ErrorSummary({ errors, title }: { errors: SummaryError[]; title?: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const key = errors.map((e) => `${e.field}:${e.message}`).join('|');
  useEffect(() => {
    if (errors.length) ref.current?.focus();
  }, [key, errors.length]);
  if (!errors.length) return null;
  return (
    <div ref={ref} tabIndex={-1} className="utrecht-alert utrecht-alert--error spil-error-summary" role="alert" aria-labelledby="error-summary-title">
      <div className="utrecht-alert__content">
        <h2 className="utrecht-heading-3" id="error-summary-title">{title ?? t('form.errorSummary')}</h2>
        <ul className="utrecht-unordered-list">
          {errors.map((e, i) => (
            <li key={i} className="utrecht-unordered-list__item">
              {e.field ? (
                <a className="utrecht-link" href={`#${fieldId(e.field)}`} onClick={(ev) => {
                  const el = document.getElementById(fieldId(e.field!));
                  if (el) { ev.preventDefault(); el.focus(); el.scrollIntoView({ block: 'center' }); }
                }}>
                  {e.label ? `${e.label}: ` : ''}{e.message}
                </a>
              ) : e.message}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
