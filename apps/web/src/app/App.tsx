import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { accountRoutes } from '../features/account/account-routes';
import { ForgotPasswordPage } from '../features/auth/ForgotPasswordPage';
import { LoginPage } from '../features/auth/LoginPage';
import { ResetPasswordPage } from '../features/auth/ResetPasswordPage';
import { SignupPage } from '../features/auth/SignupPage';
import { dashboardRoutes } from '../features/dashboards/dashboards-routes';
import { HomePage } from '../features/home/HomePage';
import { AcceptInvitationPage } from '../features/invitations/AcceptInvitationPage';
import { growthRoutes } from '../features/growth/growth-routes';
import { nudgeRoutes } from '../features/nudges/nudge-routes';
import { roleRoutes } from '../features/roles/role-routes';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { RouteGuard } from './routing/RouteGuard';
import { usePageTitle } from './usePageTitle';

// Admin pages load on first visit: most people never open them.
const SettingsPage = lazy(() => import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const PeoplePage = lazy(() => import('../features/people/PeoplePage').then((m) => ({ default: m.PeoplePage })));
const ImportPeoplePage = lazy(() => import('../features/people-import/ImportPeoplePage').then((m) => ({ default: m.ImportPeoplePage })));
const LadderPage = lazy(() => import('../features/ladder/LadderPage').then((m) => ({ default: m.LadderPage })));

/** Every page of the web app and who may open it. */
export function App() {
  usePageTitle();
  return (
    <Routes>
      <Route element={<RouteGuard access="guest-only" />}>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/signup" element={<SignupPage />} />
        <Route path="/forgot-password" element={<ForgotPasswordPage />} />
      </Route>
      <Route path="/invite/:token" element={<AcceptInvitationPage />} />
      <Route path="/reset-password/:token" element={<ResetPasswordPage />} />
      <Route element={<RouteGuard access="signed-in" />}>
        <Route element={<AppLayout />}>
          <Route index element={<HomePage />} />
          {roleRoutes()}
          {growthRoutes()}
          {dashboardRoutes()}
          {nudgeRoutes()}
          {accountRoutes()}
          <Route path="/admin/ladder" element={<LadderPage />} />
          <Route element={<RouteGuard access="admin" />}>
            <Route path="/admin/people" element={<PeoplePage />} />
            <Route path="/admin/import" element={<ImportPeoplePage />} />
            <Route path="/admin/settings" element={<SettingsPage />} />
          </Route>
        </Route>
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
