import type { BeforeExecutionStep } from '../common/graphql/before-execution.plugin';
import { RequestLoaders } from '../common/graphql/request-loaders';
import { bindRequestOrganization } from '../database/tenant-scope';
import { readSessionToken } from './session-cookie';
import type { SessionsService } from './sessions.service';

/**
 * Looks up who is asking, as the last step before execution: a request refused earlier (a parse
 * error, a limit, an unknown field) costs no SQL, the session's included. Until this step the
 * context holds nobody, so anything reading it earlier sees an anonymous request and fails closed.
 */
export function bindViewer(sessions: SessionsService): BeforeExecutionStep {
  return async ({ contextValue }) => {
    const viewer = await sessions.resolve(readSessionToken(contextValue.req));
    // Row-level security: the rest of the request runs as the viewer's organization.
    if (viewer) bindRequestOrganization(viewer.organizationId);
    contextValue.viewer = viewer;
    contextValue.loaders = new RequestLoaders(viewer);
  };
}
