import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';

export function AdminNav() {
  const { t } = useTranslation();
  const items = [
    { to: '/beheer', label: t('admin.organisations'), exact: true },
    { to: '/beheer/teams', label: t('admin.teams') },
    { to: '/beheer/gebruikers', label: t('admin.users') },
    { to: '/beheer/fasemodel', label: t('admin.phaseModel') },
    { to: '/beheer/leefgebieden', label: t('lifeDomains.title') },
    { to: '/beheer/keuzelijsten', label: t('optionLists.title') },
    { to: '/beheer/normen', label: t('norms.title') },
    { to: '/beheer/importeren', label: t('youthImport.title') },
    { to: '/beheer/instellingen', label: t('admin.settings') },
  ];
  return (
    <nav className="spil-subnav" aria-label={t('admin.nav')}>
      <ul>
        {items.map((i) => (
          <li key={i.to}>
            <Link to={i.to} className="spil-subnav__link" activeOptions={{ exact: i.exact ?? false }}
              activeProps={{ 'aria-current': 'page', className: 'spil-subnav__link spil-subnav__link--current' }}>{i.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function errorMessage(t: (k: string) => string, e: unknown): string {
  if (e instanceof ApiError) {
    if (e.code === 'VERSION_CONFLICT') return t('admin.conflict');
    if (e.status === 403) return t('errors.FORBIDDEN');
    return e.message || t('errors.generic');
  }
  return t('errors.generic');
}
