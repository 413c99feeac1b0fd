import { useEffect } from 'react';
import { matchPath, useLocation } from 'react-router';

const TITLES: Array<[pattern: string, title: string]> = [
  ['/', 'Home'],
  ['/login', 'Log in'],
  ['/signup', 'Create your organization'],
  ['/invite/:token', 'Accept your invitation'],
  ['/forgot-password', 'Forgot your password'],
  ['/reset-password/:token', 'Choose a new password'],
  ['/admin/people', 'People'],
  ['/admin/import', 'Import people'],
  ['/admin/ladder', 'Ladder'],
  ['/admin/settings', 'Settings'],
  ['/roles', 'My roles'],
  ['/roles/new', 'Add a role'],
  ['/roles/:roleId', 'Role'],
  ['/shared', 'Shared with me'],
  ['/team', 'My team'],
  ['/team/:reportId', 'Report'],
  ['/team/:reportId/debriefs/new', 'New debrief'],
  ['/team/:reportId/conversations/new', 'New conversation'],
  ['/debriefs/:id', 'Debrief'],
  ['/debriefs/:id/edit', 'Edit debrief'],
  ['/conversations/:id', 'Conversation'],
  ['/growth', 'My growth'],
  ['/dashboards/team', 'Team dashboard'],
  ['/dashboards/outside', 'Outside perspective'],
  ['/account', 'Account'],
];

/** "People · Onward": the browser tab (and screen readers on navigation) name the page. */
export function pageTitleFor(pathname: string): string {
  const match = TITLES.find(([pattern]) => matchPath(pattern, pathname));
  return match ? `${match[1]} · Onward` : 'Page not found · Onward';
}

export function usePageTitle() {
  const { pathname } = useLocation();
  useEffect(() => {
    document.title = pageTitleFor(pathname);
  }, [pathname]);
}
