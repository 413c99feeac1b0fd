/** The probes' addresses; the web app's page fallback must leave them to the API. */
export const HEALTH_PATHS = ['/healthz', '/readyz'];
