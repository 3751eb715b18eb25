import { PolicyPage } from '../policy/PolicyPage';

/** Dashboards for team lead, organisation manager and policy officer (issue 11). */
export function DashboardPage() {
  return <PolicyPage />;
}
