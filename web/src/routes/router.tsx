import { createRootRoute, createRoute, createRouter, Navigate, Outlet, useRouterState, type RouteComponent } from '@tanstack/react-router';
import { lazy, Suspense, useEffect, useRef, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { hasRole, useCurrentUser, useMe } from '../auth/session';
import { Alert } from '../components/Alert';
import { ButtonLink } from '../components/Button';
import { Layout } from '../components/Layout';
import i18n, { loadLanguage } from '../i18n';
import { Paragraph } from '../components/Heading';
import { PageTitle } from '../components/PageTitle';
import type { Role } from '../api/types';
import { LoginFlow } from './login/LoginFlow';
import { MyYouthPage } from './youth/MyYouthPage';
import { NoAccess } from './youth/NoAccess';

/**
 * The first screen (login, Mijn jongeren) is in the main bundle; every other screen is loaded
 * when it is first opened, so a coach on a phone gets going quickly (budget: 150 KB gzipped).
 */
function page<M>(load: () => Promise<M>, pick: (m: M) => ComponentType) {
  // A screen comes with its texts: the page waits for the areas of the current language too.
  return lazy(() => Promise.all([load(), loadLanguage(i18n.language)]).then(([m]) => ({ default: pick(m) })));
}
const OrganisationsPage = page(() => import('./admin/EntityAdmin'), (m) => m.OrganisationsPage);
const TeamsPage = page(() => import('./admin/EntityAdmin'), (m) => m.TeamsPage);
const PhaseModelPage = page(() => import('./admin/PhaseModelPage'), (m) => m.PhaseModelPage);
const LifeDomainsPage = page(() => import('./admin/LifeDomainsPage'), (m) => m.LifeDomainsPage);
const OptionListsPage = page(() => import('./admin/OptionListsPage'), (m) => m.OptionListsPage);
const SettingsPage = page(() => import('./admin/SettingsPage'), (m) => m.SettingsPage);
const NormsPage = page(() => import('./admin/NormsPage'), (m) => m.NormsPage);
const UsersPage = page(() => import('./admin/UsersPage'), (m) => m.UsersPage);
const YouthImportPage = page(() => import('./admin/YouthImportPage'), (m) => m.YouthImportPage);
const AccountPage = page(() => import('./account/AccountPage'), (m) => m.AccountPage);
const DashboardPage = page(() => import('./dashboard/DashboardPage'), (m) => m.DashboardPage);
const EscalationsPage = page(() => import('./escalation/EscalationsPage'), (m) => m.EscalationsPage);
const EscalationPage = page(() => import('./escalation/EscalationPage'), (m) => m.EscalationPage);
const TeamPage = page(() => import('./team/TeamPage'), (m) => m.TeamPage);
const IntakePage = page(() => import('./casework/IntakePage'), (m) => m.IntakePage);
const SignalFormPage = page(() => import('./casework/SignalFormPage'), (m) => m.SignalFormPage);
const RegisterYouthPage = page(() => import('./youth/RegisterYouthPage'), (m) => m.RegisterYouthPage);
const YouthFilePage = page(() => import('./youth/YouthFilePage'), (m) => m.YouthFilePage);
const AssessmentsPage = page(() => import('./picture/AssessmentsPage'), (m) => m.AssessmentsPage);
const MyPlanPage = page(() => import('./picture/MyPlanPage'), (m) => m.MyPlanPage);
const NetworkPage = page(() => import('./picture/NetworkPage'), (m) => m.NetworkPage);
const SearchProfilePage = page(() => import('./picture/SearchProfilePage'), (m) => m.SearchProfilePage);
const SalesStoryPage = page(() => import('./picture/SalesStoryPage'), (m) => m.SalesStoryPage);
const StrategyPage = page(() => import('./picture/StrategyPage'), (m) => m.StrategyPage);
const EmployersPage = page(() => import('./work/EmployersPage'), (m) => m.EmployersPage);
const EmployerPage = page(() => import('./work/EmployerPage'), (m) => m.EmployerPage);
const GroupsPage = page(() => import('./group/GroupsPage'), (m) => m.GroupsPage);
const GroupPage = page(() => import('./group/GroupPage'), (m) => m.GroupPage);
const SupervisorWeekPage = page(() => import('./supervisor/SupervisorWeekPage'), (m) => m.SupervisorWeekPage);

/** Pages opened through a personal link, without an account: no login gate, no app menu. */
const isPublicPath = (pathname: string) => pathname.startsWith('/week/');

/** After a route change, move focus to the page's h1 so screen readers announce the new page. */
function FocusOnNavigate() {
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const first = useRef(true);
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    const h1 = document.getElementById('page-title');
    (h1 ?? document.getElementById('main'))?.focus({ preventScroll: false });
  }, [pathname]);
  return null;
}

function Root() {
  const { t } = useTranslation();
  const me = useMe();
  const publicPage = useRouterState({ select: (s) => isPublicPath(s.location.pathname) });
  if (publicPage) {
    return <Layout me={null}><Suspense fallback={<Paragraph>{t('common.loading')}</Paragraph>}><Outlet /></Suspense></Layout>;
  }
  if (me.isPending) {
    return <Layout me={null}><PageTitle title={t('app.name')} /><Paragraph>{t('common.loading')}</Paragraph></Layout>;
  }
  if (me.isError) {
    return <Layout me={null}><PageTitle title={t('errors.unavailableTitle')} /><Alert type="error">{t('errors.unavailable')}</Alert></Layout>;
  }
  if (!me.data || me.data.stage !== 'complete') {
    return <Layout me={me.data ?? null}><LoginFlow me={me.data ?? null} /></Layout>;
  }
  return (
    <Layout me={me.data}>
      <FocusOnNavigate />
      <Suspense fallback={<Paragraph>{t('common.loading')}</Paragraph>}>
        <Outlet />
      </Suspense>
    </Layout>
  );
}

/** Home depends on the role: coach → Mijn jongeren, teamleider → Mijn team, and so on. */
function Home() {
  const me = useCurrentUser();
  if (hasRole(me, 'coach')) return <MyYouthPage />;
  if (hasRole(me, 'teamleider')) return <Navigate to="/team" replace />;
  if (hasRole(me, 'functioneel_beheerder')) return <Navigate to="/beheer" replace />;
  if (hasRole(me, 'beleidsmedewerker') || hasRole(me, 'organisatiemanager')) return <Navigate to="/dashboard" replace />;
  return <NoAccess />;
}

function requireRole(roles: Role[], Page: ComponentType) {
  return function Guarded() {
    const me = useCurrentUser();
    return roles.some((r) => hasRole(me, r)) ? <Page /> : <NoAccess />;
  };
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('notFound.title')} />
      <Paragraph>{t('notFound.text')}</Paragraph>
      <p><ButtonLink to="/">{t('common.backHome')}</ButtonLink></p>
    </>
  );
}

const rootRoute = createRootRoute({ component: Root, notFoundComponent: NotFound });
const r = (path: string, component: ComponentType) => createRoute({ getParentRoute: () => rootRoute, path, component: component as RouteComponent });

const routeTree = rootRoute.addChildren([
  r('/', Home),
  r('/jongeren/nieuw', requireRole(['coach', 'teamleider'], RegisterYouthPage)),
  r('/jongeren/$youthId', YouthFilePage),
  r('/jongeren/$youthId/leefgebieden', AssessmentsPage),
  r('/jongeren/$youthId/mijn-plan', MyPlanPage),
  r('/jongeren/$youthId/netwerk', NetworkPage),
  r('/jongeren/$youthId/zoekprofiel', SearchProfilePage),
  r('/jongeren/$youthId/verkoopverhaal', SalesStoryPage),
  r('/jongeren/$youthId/strategie', StrategyPage),
  r('/werkgevers', requireRole(['coach', 'teamleider'], EmployersPage)),
  r('/werkgevers/$employerId', requireRole(['coach', 'teamleider'], EmployerPage)),
  r('/groepen', requireRole(['coach', 'teamleider'], GroupsPage)),
  r('/groepen/$groupId', requireRole(['coach', 'teamleider'], GroupPage)),
  r('/team', requireRole(['teamleider'], TeamPage)),
  r('/aanmeldingen', requireRole(['teamleider'], IntakePage)),
  r('/aanmeldingen/nieuw', requireRole(['coach', 'teamleider'], SignalFormPage)),
  r('/dashboard', requireRole(['teamleider', 'organisatiemanager', 'beleidsmedewerker'], DashboardPage)),
  r('/beleid', () => <Navigate to="/dashboard" replace />),
  r('/opschaal-overleg', requireRole(['coach', 'teamleider', 'organisatiemanager', 'beleidsmedewerker'], EscalationsPage)),
  r('/opschaal-overleg/$escalationId', requireRole(['coach', 'teamleider', 'organisatiemanager', 'beleidsmedewerker'], EscalationPage)),
  r('/beheer', requireRole(['functioneel_beheerder'], OrganisationsPage)),
  r('/beheer/teams', requireRole(['functioneel_beheerder'], TeamsPage)),
  r('/beheer/gebruikers', requireRole(['functioneel_beheerder'], UsersPage)),
  r('/beheer/fasemodel', requireRole(['functioneel_beheerder'], PhaseModelPage)),
  r('/beheer/leefgebieden', requireRole(['functioneel_beheerder'], LifeDomainsPage)),
  r('/beheer/keuzelijsten', requireRole(['functioneel_beheerder'], OptionListsPage)),
  r('/beheer/normen', requireRole(['functioneel_beheerder'], NormsPage)),
  r('/beheer/instellingen', requireRole(['functioneel_beheerder'], SettingsPage)),
  r('/beheer/importeren', requireRole(['functioneel_beheerder'], YouthImportPage)),
  r('/mijn-account', AccountPage),
  r('/week/$token', SupervisorWeekPage),
]);

export const router = createRouter({ routeTree, defaultPreload: false, scrollRestoration: true });
