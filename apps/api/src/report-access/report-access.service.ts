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

/**
 * The one access check for what belongs to a report beyond their roles — debriefs, conversations,
 * action items, practice status: the report and their *current* manager, nobody else. A former
 * manager, a skip-level, an admin or another organization get what a missing person gets.
 */
@Injectable()
export class ReportAccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The relation to each of `reportIds` the viewer has, in one statement; absent ids are denied. */
  async relations(viewer: Viewer, reportIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, ReportRelation>> {
    const ids = [...new Set(reportIds.filter(isUuid))];
    const result = new Map<string, ReportRelation>();
    if (ids.length === 0) return result;
    const rows: { id: string; manager_id: string | null }[] = await manager.query(
      `SELECT id, manager_id FROM people WHERE id = ANY($1::uuid[]) AND organization_id = $2 AND status <> 'DEACTIVATED'`,
      [ids, viewer.organizationId],
    );
    for (const row of rows) {
      if (row.id === viewer.personId) result.set(row.id, ReportRelation.SELF);
      else if (row.manager_id === viewer.personId) result.set(row.id, ReportRelation.MANAGER);
    }
    return result;
  }

  async require(viewer: Viewer, reportId: string, options: { managerOnly?: boolean; manager?: EntityManager } = {}): Promise<ReportRelation> {
    const relation = (await this.relations(viewer, [reportId], options.manager)).get(reportId);
    if (!relation) throw new ReportAccessException(ReportAccessExceptionCode.REPORT_NOT_FOUND, 'No such report.');
    if (options.managerOnly && relation !== ReportRelation.MANAGER) {
      throw new ReportAccessException(ReportAccessExceptionCode.MANAGER_ONLY, 'Only their current manager can do this.');
    }
    return relation;
  }
}
