import { lazy } from 'react';
import { Route } from 'react-router';

// The charts library is large: it downloads only with the first dashboard opened.
const TeamDashboardPage = lazy(() => import('./team/TeamDashboardPage').then((m) => ({ default: m.TeamDashboardPage })));
const OrgDashboardPage = lazy(() => import('./org/OrgDashboardPage').then((m) => ({ default: m.OrgDashboardPage })));
const OutsidePerspectivePage = lazy(() => import('./outside/OutsidePerspectivePage').then((m) => ({ default: m.OutsidePerspectivePage })));

/** The dashboards, mounted inside the signed-in app shell. */
export function dashboardRoutes() {
  return (
    <>
      <Route path="/dashboards/team" element={<TeamDashboardPage />} />
      <Route path="/dashboards/org" element={<OrgDashboardPage />} />
      <Route path="/dashboards/outside" element={<OutsidePerspectivePage />} />
    </>
  );
}
