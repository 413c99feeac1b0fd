import { lazy } from 'react';
import { Route } from 'react-router';

const InboxPage = lazy(() => import('./inbox/InboxPage').then((m) => ({ default: m.InboxPage })));

/** The pages of the nudges feature, mounted inside the signed-in app shell. */
export function nudgeRoutes() {
  return <Route path="/inbox" element={<InboxPage />} />;
}
