/** Who may open a route. */
export type RouteAccess = 'guest-only' | 'signed-in' | 'admin';

export interface RouteViewer {
  isAdmin: boolean;
}

export interface RouteLocation {
  pathname: string;
  search: string;
  hash: string;
}

export const LOGIN_PATH = '/login';
export const RETURN_PARAM = 'next';

/**
 * Where a kept return target may send someone after logging in: only a path inside this app,
 * never another site (`//evil.example`, `https:`) and never back to the guest-only pages.
 */
export function safeReturnTarget(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  const path = raw.split(/[?#]/)[0];
  if (path === LOGIN_PATH || path === '/signup') return '/';
  return raw;
}

/** The login address that brings the visitor back to where they were going. */
export function loginPathFor(location: RouteLocation): string {
  const target = `${location.pathname}${location.search}${location.hash}`;
  if (target === '/' || target === '') return LOGIN_PATH;
  return `${LOGIN_PATH}?${new URLSearchParams({ [RETURN_PARAM]: target }).toString()}`;
}

export type RouteDecision = { kind: 'render' } | { kind: 'redirect'; to: string } | { kind: 'forbidden' };

/** The guard's whole decision, kept pure so it can be tested without a browser. */
export function decideRoute(access: RouteAccess, viewer: RouteViewer | null, location: RouteLocation): RouteDecision {
  if (access === 'guest-only') {
    if (!viewer) return { kind: 'render' };
    return { kind: 'redirect', to: safeReturnTarget(new URLSearchParams(location.search).get(RETURN_PARAM)) };
  }
  if (!viewer) return { kind: 'redirect', to: loginPathFor(location) };
  if (access === 'admin' && !viewer.isAdmin) return { kind: 'forbidden' };
  return { kind: 'render' };
}
