import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../api/types';
import { hasRole, useLogout } from '../auth/session';
import { LANGUAGES, switchLanguage } from '../i18n';

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <nav className="spil-lang" aria-label={t('layout.languageNav')}>
      <ul className="spil-lang__list">
        {LANGUAGES.map((lng) => {
          const current = i18n.language === lng;
          return (
            <li key={lng}>
              <button
                type="button" lang={lng} className="spil-lang__button" aria-pressed={current}
                onClick={() => void switchLanguage(lng)}
              >
                <span aria-hidden="true">{lng.toUpperCase()}</span>
                <span className="spil-visually-hidden">{t(`layout.language.${lng}`)}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function NavLinks({ me }: { me: Me }) {
  const { t } = useTranslation();
  const items: { to: string; label: string; exact?: boolean }[] = [];
  if (hasRole(me, 'coach')) {
    items.push({ to: '/', label: t('nav.myYouth'), exact: true });
    items.push({ to: '/jongeren/nieuw', label: t('nav.register') });
  }
  if (hasRole(me, 'teamleider')) {
    items.push({ to: '/team', label: t('nav.team') });
    items.push({ to: '/aanmeldingen', label: t('nav.intake') });
  }
  if (hasRole(me, 'coach') || hasRole(me, 'teamleider')) items.push({ to: '/groepen', label: t('nav.groups') });
  if (hasRole(me, 'coach') || hasRole(me, 'teamleider')) items.push({ to: '/werkgevers', label: t('nav.employers') });
  if (hasRole(me, 'teamleider') || hasRole(me, 'organisatiemanager') || hasRole(me, 'beleidsmedewerker')) {
    items.push({ to: '/dashboard', label: t('nav.dashboard') });
  }
  if (hasRole(me, 'coach') || hasRole(me, 'teamleider') || hasRole(me, 'organisatiemanager') || hasRole(me, 'beleidsmedewerker')) {
    items.push({ to: '/opschaal-overleg', label: t('nav.escalations') });
  }
  if (hasRole(me, 'functioneel_beheerder')) items.push({ to: '/beheer', label: t('nav.admin') });
  items.push({ to: '/mijn-account', label: t('nav.account') });
  return (
    <nav className="spil-nav" aria-label={t('layout.mainNav')}>
      <ul className="spil-nav__list">
        {items.map((item) => (
          <li key={item.to} className="spil-nav__item">
            <Link
              to={item.to} className="spil-nav__link"
              activeOptions={{ exact: item.exact ?? false }}
              activeProps={{ 'aria-current': 'page', className: 'spil-nav__link spil-nav__link--current' }}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function Layout({ me, children }: { me: Me | null; children: ReactNode }) {
  const { t } = useTranslation();
  const logout = useLogout();
  const signedIn = me?.stage === 'complete';
  return (
    <div className="utrecht-page spil-page">
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main">{t('layout.skipLink')}</a>
      <header className="utrecht-page-header spil-header">
        <div className="spil-header__bar">
          <Link to="/" className="spil-logo" aria-label={t('layout.homeLink')}>
            <span className="spil-logo__mark" aria-hidden="true">◎</span>
            <span className="spil-logo__name">{t('app.name')}</span>
          </Link>
          <div className="spil-header__tools">
            <LanguageSwitch />
            {signedIn ? (
              <button type="button" className="utrecht-button utrecht-button--subtle spil-logout" onClick={() => void logout()}>
                {t('layout.logout')}
              </button>
            ) : null}
          </div>
        </div>
        {signedIn && me ? (
          <div className="spil-header__nav">
            <NavLinks me={me} />
            <p className="spil-header__user">
              <span className="spil-visually-hidden">{t('layout.signedInAs')} </span>
              {me.user.displayName} · {me.user.organisation.name}
            </p>
          </div>
        ) : null}
      </header>
      <main id="main" tabIndex={-1} className="utrecht-page-content spil-main">
        {children}
      </main>
      <footer className="utrecht-page-footer spil-footer">
        <p className="utrecht-paragraph utrecht-paragraph--small">{me?.tenant.name ? `${t('app.name')} · ${me.tenant.name}` : t('app.tagline')}</p>
      </footer>
    </div>
  );
}
