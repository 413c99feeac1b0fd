import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity';

/**
 * The day of each report's latest practice — an interview-practice conversation or a debrief, both
 * count (DESIGN.md) — in one statement for any number of reports.
 */
export function createPracticeLoaders(dataSource: DataSource, organizationId: string) {
  return {
    lastPracticeByReportId: new DataLoader<string, string | null>(async (reportIds) => {
      const rows: { report_id: string; last: string }[] = await dataSource.query(
        `SELECT report_id, to_char(max(held_on), 'YYYY-MM-DD') AS last FROM (
           SELECT report_id, held_on FROM debriefs WHERE organization_id = $1 AND report_id = ANY($2::uuid[])
           UNION ALL
           SELECT report_id, held_on FROM conversations WHERE organization_id = $1 AND report_id = ANY($2::uuid[]) AND kind = 'INTERVIEW_PRACTICE'
         ) practice GROUP BY report_id`,
        [organizationId, [...reportIds]],
      );
      const last = new Map(rows.map((r) => [r.report_id, r.last]));
      return reportIds.map((id) => last.get(id) ?? null);
    }),
    organizationById: new DataLoader<string, OrganizationEntity | null>(async (ids) => {
      const rows = await dataSource.getRepository(OrganizationEntity).findBy({ id: In([...ids.filter((id) => id === organizationId)]) });
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
  };
}
