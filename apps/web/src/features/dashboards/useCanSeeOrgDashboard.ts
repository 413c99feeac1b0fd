import { useQuery } from '@apollo/client/react';
import { useViewer } from '../session/useViewer';
import { OrgDashboardAccessDocument } from './org/org-dashboard-operations';

/**
 * Whether the org dashboard is for the signed-in person: an admin, or a leader (someone with a
 * manager among their direct reports). Only a manager's reports are asked about; the API decides
 * again (NOT_A_LEADER), this only keeps the navigation and the page from offering it to others.
 */
export function useCanSeeOrgDashboard(): { allowed: boolean; loading: boolean } {
  const { viewer, loading: viewerLoading } = useViewer();
  const isAdmin = viewer?.isAdmin ?? false;
  const isManager = (viewer?.directReports.length ?? 0) > 0;
  const ask = !isAdmin && isManager;
  const { data, loading } = useQuery(OrgDashboardAccessDocument, { skip: !ask });
  const leads = data?.me?.directReports.some((report) => report.directReports.length > 0) ?? false;
  return { allowed: isAdmin || leads, loading: viewerLoading || (ask && loading && !data) };
}
