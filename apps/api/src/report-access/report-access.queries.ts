import type { EntityManager } from 'typeorm';
import { isUuid } from '../common/is-uuid';

/**
 * Who each report's current manager is, and since when, in one statement for any number of
 * reports: the team page, the nudge sweep and the dashboards all ask this and nothing else.
 * `since` is the start of the open reporting line (null for a manager set before lines were dated).
 */
export async function currentManagers(
  db: EntityManager,
  organizationId: string,
  reportIds: readonly string[],
): Promise<Map<string, { managerId: string; since: Date | null }>> {
  const ids = [...new Set(reportIds.filter(isUuid))];
  if (ids.length === 0) return new Map();
  const rows: { id: string; manager_id: string; since: Date | null }[] = await db.query(
    `SELECT p.id, p.manager_id, l.started_at AS since
       FROM people p
       LEFT JOIN reporting_lines l ON l.organization_id = p.organization_id AND l.report_id = p.id AND l.ended_at IS NULL
      WHERE p.organization_id = $1 AND p.id = ANY($2::uuid[]) AND p.manager_id IS NOT NULL AND p.status <> 'DEACTIVATED'`,
    [organizationId, ids],
  );
  return new Map(rows.map((row) => [row.id, { managerId: row.manager_id, since: row.since }]));
}

/** The columns of a debrief, conversation or action item that decide who may see it. */
export interface RecordColumns {
  organizationId: string;
  reportId: string;
  heldById: string;
}

/**
 * SQL that is true when the manager `managerId` (an SQL expression: a parameter, or
 * `p.manager_id` in a sweep) may see a record as a manager: they held it, or the report shares
 * their earlier records with them. Whether they are the *current* manager is checked apart.
 */
export function recordVisibleToManagerSql(record: RecordColumns, managerId: string): string {
  return `(${record.heldById} = ${managerId} OR EXISTS (
    SELECT 1 FROM record_shares rs
     WHERE rs.organization_id = ${record.organizationId} AND rs.report_id = ${record.reportId}
       AND rs.manager_id = ${managerId} AND rs.ended_at IS NULL))`;
}
