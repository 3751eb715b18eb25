import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A table that never widens the page: on a narrow screen it scrolls inside its own labelled,
 * focusable region (so keyboard users can scroll it too).
 */
export function TableRegion({ label, caption, children }: { label: string; caption?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="utrecht-table-container utrecht-table-container--overflow-inline spil-table-region" role="region" aria-label={t('common.tableLabel', { name: label })} tabIndex={0}>
      <table className="utrecht-table utrecht-table--html-table">
        {caption ? <caption className="utrecht-table__caption">{caption}</caption> : null}
        {children}
      </table>
    </div>
  );
}

export function Th({ children, scope = 'col' }: { children: ReactNode; scope?: 'col' | 'row' }) {
  return <th scope={scope} className="utrecht-table__header-cell">{children}</th>;
}

export function Td({ children, numeric }: { children: ReactNode; numeric?: boolean }) {
  return <td className={`utrecht-table__cell${numeric ? ' utrecht-table__cell--numeric-data' : ''}`}>{children}</td>;
}

export function THead({ children }: { children: ReactNode }) {
  return <thead className="utrecht-table__header"><tr className="utrecht-table__row">{children}</tr></thead>;
}

export function TBody({ children }: { children: ReactNode }) {
  return <tbody className="utrecht-table__body">{children}</tbody>;
}

export function Tr({ children }: { children: ReactNode }) {
  return <tr className="utrecht-table__row">{children}</tr>;
}
