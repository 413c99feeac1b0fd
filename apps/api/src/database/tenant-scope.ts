import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyInstance } from 'fastify';
import { isUuid } from '../common/is-uuid';

/**
 * The organization the current code acts for. PostgreSQL's row-level security reads it from
 * `onward.organization_id`, which the tenant-scoped query runner sets at the start of every
 * transaction (see tenant-scoped-query-runner.ts); this store is where that runner finds it.
 *
 * A request's scope is opened empty by `tenantRequestScope` and bound once, where the viewer is
 * resolved from the session cookie. Jobs and system actors, which have no request, say it with
 * `withOrganization`. Code that runs outside any scope reaches no tenant row at all.
 */
interface TenantScope {
  organizationId: string | undefined;
  /** Only a request's scope is bound late, by `bindRequestOrganization`. */
  readonly request: boolean;
}

const storage = new AsyncLocalStorage<TenantScope>();

export class TenantScopeError extends Error {}

/** The organization every statement run from here is confined to, if any. */
export function currentOrganizationId(): string | undefined {
  return storage.getStore()?.organizationId;
}

/**
 * Runs `work` as organization `organizationId`: every statement it sends, however deep and however
 * concurrent, sees and writes only that organization's rows. Only code that learnt the organization
 * from something other than a viewer calls this (a job's system actor, log-in, sign-up, an
 * invitation link, the demo seed); test/tenancy-boundaries.spec.ts pins those places.
 */
export function withOrganization<T>(organizationId: string, work: () => Promise<T>): Promise<T> {
  if (!isUuid(organizationId)) throw new TenantScopeError(`not an organization id: ${organizationId}`);
  return storage.run({ organizationId, request: false }, work);
}

/**
 * A request hook, installed before GraphQL: everything the request runs, Apollo's context function
 * and every resolver and loader after it, shares this one scope (Fastify carries the async context
 * from its request hooks through the body's parsing to the handler).
 */
export function tenantRequestScope(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (_request, _reply, done) => openRequestScope(done));
}

/**
 * Opens a request's scope, empty until `bindRequestOrganization`, for work that arrives other than
 * as an HTTP request through Fastify: each GraphQL operation sent over a WebSocket.
 */
export function openRequestScope<T>(work: () => T): T {
  return storage.run({ organizationId: undefined, request: true }, work);
}

/** Called once per request, where the viewer is known; later statements of the request run as its organization. */
export function bindRequestOrganization(organizationId: string): void {
  const scope = storage.getStore();
  if (!scope?.request) throw new TenantScopeError('no request scope is open: is tenantRequestScope mounted before GraphQL?');
  if (!isUuid(organizationId)) throw new TenantScopeError(`not an organization id: ${organizationId}`);
  if (scope.organizationId !== undefined && scope.organizationId !== organizationId) {
    throw new TenantScopeError('this request is already bound to another organization');
  }
  scope.organizationId = organizationId;
}
