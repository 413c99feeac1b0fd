import { CommonException, CommonExceptionCode } from '../common/errors/common.exception';

/** Who is making the request, as resolved from their session cookie. */
export interface Viewer {
  personId: string;
  organizationId: string;
  isAdmin: boolean;
  sessionId: string;
}

/**
 * Admin-only services check for themselves rather than trust that a guarded resolver called them:
 * jobs and other services call them too.
 */
export function assertAdmin(viewer: Viewer): void {
  if (!viewer.isAdmin) throw new CommonException(CommonExceptionCode.ADMIN_ONLY, 'Only an organization admin can do this.');
}
