import { Route } from 'react-router';
import { MyRolesPage } from './list/MyRolesPage';
import { NewRolePage } from './new-role/NewRolePage';
import { RolePage } from './role-page/RolePage';
import { SharedWithMePage } from './shared-with-me/SharedWithMePage';

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
