import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { accountRoutes } from '../features/account/account-routes';
import { dashboardRoutes } from '../features/dashboards/dashboards-routes';
import { growthRoutes } from '../features/growth/growth-routes';
import { nudgeRoutes } from '../features/nudges/nudge-routes';
import { roleRoutes } from '../features/roles/role-routes';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { PageLoader } from '../shared/ui/PageLoader';
import { RouteGuard } from './routing/RouteGuard';
import { usePageTitle } from './usePageTitle';

// Every page loads on first visit, so the first load carries only the app's frame: the sign-in
// pages are not needed once signed in, nor the home page on the way to signing in.
const LoginPage = lazy(() => import('../features/auth/LoginPage').then((m) => ({ default: m.LoginPage })));
const SignupPage = lazy(() => import('../features/auth/SignupPage').then((m) => ({ default: m.SignupPage })));
const ForgotPasswordPage = lazy(() => import('../features/auth/ForgotPasswordPage').then((m) => ({ default: m.ForgotPasswordPage })));
const ResetPasswordPage = lazy(() => import('../features/auth/ResetPasswordPage').then((m) => ({ default: m.ResetPasswordPage })));
const AcceptInvitationPage = lazy(() => import('../features/invitations/AcceptInvitationPage').then((m) => ({ default: m.AcceptInvitationPage })));
const HomePage = lazy(() => import('../features/home/HomePage').then((m) => ({ default: m.HomePage })));
// Admin pages: most people never open them.
const SettingsPage = lazy(() => import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const PeoplePage = lazy(() => import('../features/people/PeoplePage').then((m) => ({ default: m.PeoplePage })));
const ImportPeoplePage = lazy(() => import('../features/people-import/ImportPeoplePage').then((m) => ({ default: m.ImportPeoplePage })));
const LadderPage = lazy(() => import('../features/ladder/LadderPage').then((m) => ({ default: m.LadderPage })));

/** Every page of the web app and who may open it. */
export function App() {
  usePageTitle();
  return (
    <Suspense fallback={<PageLoader label="Loading the page" />}>
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
    </Suspense>
  );
}
