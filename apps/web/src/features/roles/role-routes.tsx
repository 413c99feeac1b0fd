import { lazy } from 'react';
import { Route } from 'react-router';

// Each page loads on first visit, so the first screen downloads only what it shows.
const MyRolesPage = lazy(() => import('./list/MyRolesPage').then((m) => ({ default: m.MyRolesPage })));
const NewRolePage = lazy(() => import('./new-role/NewRolePage').then((m) => ({ default: m.NewRolePage })));
const RolePage = lazy(() => import('./role-page/RolePage').then((m) => ({ default: m.RolePage })));
const SharedWithMePage = lazy(() => import('./shared-with-me/SharedWithMePage').then((m) => ({ default: m.SharedWithMePage })));

/** The pages of the interesting-roles feature, mounted inside the signed-in app shell. */
export function roleRoutes() {
  return (
    <>
      <Route path="/roles" element={<MyRolesPage />} />
      <Route path="/roles/new" element={<NewRolePage />} />
      <Route path="/roles/:roleId" element={<RolePage />} />
      <Route path="/shared" element={<SharedWithMePage />} />
    </>
  );
}
