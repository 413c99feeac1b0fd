import { useViewer } from '../session/useViewer';

/** Whether the signed-in person has direct reports: the dashboards are about them. */
export function useIsManager(): boolean {
  const { viewer } = useViewer();
  return (viewer?.directReports.length ?? 0) > 0;
}
