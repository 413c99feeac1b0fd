import { CommonException, CommonExceptionCode } from '../common/errors/common.exception';
import { withOrganization } from '../database/tenant-scope';

/** A signed-in person making a request, as resolved from their session cookie. */
export interface Viewer {
  readonly kind: 'PERSON';
  personId: string;
  organizationId: string;
  isAdmin: boolean;
  sessionId: string;
}

/**
 * A job or sweep acting for one organization with nobody signed in. It is nobody's manager and
 * nobody's report: it sees what the rules let the system compute (who manages whom, what counts
 * as practice), never a record as if it were a person reading it.
 */
export interface SystemActor {
  readonly kind: 'SYSTEM';
  organizationId: string;
  /** What is acting, for logs: e.g. "nudge-sweep". */
  job: string;
}

/** Who acts: a signed-in person or the system on behalf of one organization. */
export type Actor = Viewer | SystemActor;

export function systemActor(organizationId: string, job: string): SystemActor {
  return { kind: 'SYSTEM', organizationId, job };
}

/**
 * How a job acts: as the system actor of one organization, inside that organization's tenant scope,
 * so that row-level security lets its statements reach exactly the rows the actor may.
 */
export function actAsSystem<T>(organizationId: string, job: string, work: (actor: SystemActor) => Promise<T>): Promise<T> {
  return withOrganization(organizationId, () => work(systemActor(organizationId, job)));
}

/**
 * Admin-only services check for themselves rather than trust that a guarded resolver called them:
 * jobs and other services call them too. The system actor of an organization may do admin work in it.
 */
export function assertAdmin(actor: Actor): void {
  if (actor.kind === 'PERSON' && !actor.isAdmin) throw new CommonException(CommonExceptionCode.ADMIN_ONLY, 'Only an organization admin can do this.');
}
