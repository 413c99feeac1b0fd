import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { isUuid } from '../common/is-uuid';
import { ReportAccessException, ReportAccessExceptionCode } from './report-access.exception';

/** How the viewer stands to a report whose growth records they want to see. */
export enum ReportRelation {
  SELF = 'SELF',
  MANAGER = 'MANAGER',
}

export interface ReportAccess {
  relation: ReportRelation;
  /** The report shares the records they had with earlier managers with this (current) manager. */
  seesEarlierRecords: boolean;
}

/** Who held a record with the report: decides whether a manager sees it. */
export interface GrowthRecord {
  reportId: string;
  heldById: string;
}

/**
 * The one access check for what belongs to a report beyond their roles — debriefs, conversations,
 * action items, practice status. The report sees all of their own. Their *current* manager sees
 * the records they held with the report, and records held with an earlier manager only while the
 * report shares those with them. A former manager, a skip-level, an admin or another organization
 * get what a missing person gets.
 */
@Injectable()
export class ReportAccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** How the viewer stands to each of `reportIds`, in one statement; absent ids are denied. */
  async access(viewer: Viewer, reportIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, ReportAccess>> {
    const ids = [...new Set(reportIds.filter(isUuid))];
    const result = new Map<string, ReportAccess>();
    if (ids.length === 0) return result;
    const rows: { id: string; manager_id: string | null; shares_earlier: boolean }[] = await manager.query(
      `SELECT p.id, p.manager_id,
              EXISTS (SELECT 1 FROM record_shares rs
                       WHERE rs.organization_id = p.organization_id AND rs.report_id = p.id AND rs.manager_id = $3 AND rs.ended_at IS NULL) AS shares_earlier
         FROM people p
        WHERE p.id = ANY($1::uuid[]) AND p.organization_id = $2 AND p.status <> 'DEACTIVATED'`,
      [ids, viewer.organizationId, viewer.personId],
    );
    for (const row of rows) {
      if (row.id === viewer.personId) result.set(row.id, { relation: ReportRelation.SELF, seesEarlierRecords: true });
      else if (row.manager_id === viewer.personId) result.set(row.id, { relation: ReportRelation.MANAGER, seesEarlierRecords: row.shares_earlier });
    }
    return result;
  }

  async require(viewer: Viewer, reportId: string, options: { managerOnly?: boolean; manager?: EntityManager } = {}): Promise<ReportAccess> {
    const access = (await this.access(viewer, [reportId], options.manager)).get(reportId);
    if (!access) throw new ReportAccessException(ReportAccessExceptionCode.REPORT_NOT_FOUND, 'No such report.');
    if (options.managerOnly && access.relation !== ReportRelation.MANAGER) {
      throw new ReportAccessException(ReportAccessExceptionCode.MANAGER_ONLY, 'Only their current manager can do this.');
    }
    return access;
  }

  /** Which of `records` the viewer may see, in one statement whatever their number. */
  async visible<T extends GrowthRecord>(viewer: Viewer, records: readonly T[], manager?: EntityManager): Promise<T[]> {
    const access = await this.access(viewer, records.map((r) => r.reportId), manager);
    return records.filter((record) => canSee(viewer, access.get(record.reportId), record));
  }

  /** Whether the viewer may see this one record; false for missing and forbidden alike. */
  async canSee(viewer: Viewer, record: GrowthRecord | null, manager?: EntityManager): Promise<boolean> {
    return record !== null && (await this.visible(viewer, [record], manager)).length === 1;
  }
}

/** The rule itself, for a report whose access is already known (lists filter with it). */
export function canSee(viewer: Viewer, access: ReportAccess | undefined, record: { heldById: string }): boolean {
  if (!access) return false;
  return access.relation === ReportRelation.SELF || access.seesEarlierRecords || record.heldById === viewer.personId;
}
