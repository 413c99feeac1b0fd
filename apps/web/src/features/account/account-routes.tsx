import { lazy } from 'react';
import { Route } from 'react-router';

// Loads on first visit: most visits never open it.
const AccountPage = lazy(() => import('./AccountPage').then((m) => ({ default: m.AccountPage })));

/** The signed-in person's own account pages, open to everyone signed in. */
export function accountRoutes() {
  return <Route path="/account" element={<AccountPage />} />;
}
