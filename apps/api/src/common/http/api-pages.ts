import { HEALTH_PATHS } from '../../health/health-paths';

/** Addresses the API answers itself, outside GraphQL; the web app's page fallback leaves them alone. */
const API_PATHS = [...HEALTH_PATHS, '/unsubscribe'];
const API_PREFIXES = ['/graphql', '/calendar/'];

export function isApiPath(path: string): boolean {
  return API_PATHS.includes(path) || API_PREFIXES.some((prefix) => path.startsWith(prefix));
}
