import type { BeforeExecutionStep } from '../common/graphql/before-execution.plugin';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { RequestLoaders } from '../common/graphql/request-loaders';
import { bindRequestOrganization, currentOrganizationId } from '../database/tenant-scope';
import type { PeopleLoaders } from '../people/people-loaders';
import type { AuthCookies } from './auth-cookies';
import type { SessionsService } from './sessions.service';

/**
 * Looks up who is asking, as the last step before execution: a request refused earlier (a parse
 * error, a limit, an unknown field) costs no SQL, the session's included. Until this step the
 * context holds nobody, so anything reading it earlier sees an anonymous request and fails closed.
 */
export function bindViewer(sessions: SessionsService, cookies: AuthCookies, people: PeopleLoaders): BeforeExecutionStep {
  return ({ contextValue }) => bindSession(sessions, cookies, people, contextValue);
}

/**
 * The session behind the context's cookie becomes its viewer, with fresh loaders; nobody when there
 * is none. HTTP requests and every operation or subscription event sent over a WebSocket (whose
 * `req` is the upgrade request) pass here, so both are bound the same way.
 */
export async function bindSession(sessions: SessionsService, cookies: AuthCookies, people: PeopleLoaders, context: GraphqlContext): Promise<void> {
  const session = await sessions.resolve(cookies.readSession(context.req));
  const viewer = session?.viewer ?? null;
  if (session) {
    // Row-level security: the rest of the request runs as the viewer's organization, the
    // session's own sliding expiry first (outside it, that update would find no row).
    bindRequestOrganization(session.viewer.organizationId);
    await sessions.recordUse(session);
  }
  context.viewer = viewer;
  context.loaders = new RequestLoaders(viewer);
  // The session's statement read the viewer's own row: `me` and the rest of the request start with it.
  if (session) people.of(context).personById.prime(session.person.id, session.person);
}

/**
 * After a log-in, a sign-up or an accepted invitation: the rest of the request runs as the session
 * it just started, so the person it answers with reads as their next request will read them. Before
 * this the request belonged to nobody, and their reports and whether they lead a manager read empty.
 */
export async function bindSignedIn(sessions: SessionsService, people: PeopleLoaders, context: GraphqlContext, token: string): Promise<void> {
  const session = await sessions.resolve(token);
  // Someone signed in to one organization who signs up another, or logs in to it: this request
  // keeps acting for the first, and the next one, with the new cookie, reads the new session.
  const bound = currentOrganizationId();
  if (!session || (bound !== undefined && bound !== session.viewer.organizationId)) return;
  bindRequestOrganization(session.viewer.organizationId);
  context.viewer = session.viewer;
  context.loaders = new RequestLoaders(session.viewer);
  people.of(context).personById.prime(session.person.id, session.person);
}
