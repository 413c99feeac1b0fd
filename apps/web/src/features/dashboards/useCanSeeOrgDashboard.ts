import { useViewer } from '../session/useViewer';

/**
 * Whether the org dashboard is for the signed-in person: an admin, or a leader (someone with a
 * manager among their direct reports), as the viewer query already says. The API decides again
 * (NOT_A_LEADER); this only keeps the navigation and the page from offering it to others.
 */
export function useCanSeeOrgDashboard(): { allowed: boolean; loading: boolean } {
  const { viewer, loading } = useViewer();
  return { allowed: (viewer?.isAdmin ?? false) || (viewer?.isLeader ?? false), loading };
}
