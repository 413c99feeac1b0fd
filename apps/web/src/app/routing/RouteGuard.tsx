import { Navigate, Outlet, useLocation } from 'react-router';
import { useViewer } from '../../features/session/useViewer';
import { describeError } from '../../shared/errors/describe-error';
import { ErrorNotice } from '../../shared/ui/ErrorNotice';
import { PageLoader } from '../../shared/ui/PageLoader';
import { ForbiddenPage } from '../ForbiddenPage';
import { decideRoute, type RouteAccess } from './route-access';

/** Renders the nested routes only for visitors allowed by `access`; otherwise redirects or refuses. */
export function RouteGuard({ access }: { access: RouteAccess }) {
  const location = useLocation();
  const { viewer, loading, error, refetch } = useViewer();
  if (loading) return <PageLoader label="Loading Onward" fullScreen={access !== 'admin'} />;
  if (error && !viewer) {
    return (
      <div style={{ maxWidth: 560, margin: '4rem auto', padding: '0 1rem' }}>
        <ErrorNotice title="Onward could not start" message={describeError(error).message} onRetry={() => void refetch()} />
      </div>
    );
  }
  const decision = decideRoute(access, viewer, location);
  if (decision.kind === 'redirect') return <Navigate to={decision.to} replace />;
  if (decision.kind === 'forbidden') return <ForbiddenPage />;
  return <Outlet />;
}
