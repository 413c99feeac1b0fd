import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { isUuid } from '../common/is-uuid';
import { PeopleException, PeopleExceptionCode } from './people.exception';
import { PersonEntity, PersonStatus } from './person.entity';
import { ReportingLineEntity } from './reporting-line.entity';

/** Reporting-line changes for one organization are serialised so two concurrent edits cannot close a cycle. */
const REPORTING_LOCK_NAMESPACE = 'onward:reporting-lines:';

/** Called inside the transaction that changes the manager of one or more reports (an import moves many at once). */
export type ManagerChangeListener = (manager: EntityManager, change: { organizationId: string; reportIds: string[]; at: Date }) => Promise<void>;

/** One report's new manager (or none), for `changeManagers`. */
export interface ManagerChange {
  reportId: string;
  /** The current manager, as the caller read it under the lock. */
  fromManagerId: string | null;
  toManagerId: string | null;
}

@Injectable()
export class ReportingLinesService {
  private readonly listeners: ManagerChangeListener[] = [];

  constructor(private readonly clock: Clock) {}

  /**
   * Lets other modules follow a change of manager in the same transaction (what a report shared
   * with one manager ends with that reporting line) without this module depending on them.
   */
  onManagerChanged(listener: ManagerChangeListener): void {
    this.listeners.push(listener);
  }

  /** Takes the organization's reporting-line lock for the rest of the transaction. */
  async lock(manager: EntityManager, organizationId: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [REPORTING_LOCK_NAMESPACE + organizationId]);
  }

  /** True when `candidateManagerId` is `reportId` or reports to them, directly or not. */
  async wouldCreateCycle(manager: EntityManager, organizationId: string, reportId: string, candidateManagerId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `WITH RECURSIVE chain(id, depth) AS (
         SELECT id, 0 FROM people WHERE id = $2 AND organization_id = $1
         UNION ALL
         SELECT p.manager_id, c.depth + 1 FROM people p JOIN chain c ON p.id = c.id
         WHERE p.organization_id = $1 AND p.manager_id IS NOT NULL AND c.depth < 10000
       )
       SELECT 1 FROM chain WHERE id = $3 LIMIT 1`,
      [organizationId, candidateManagerId, reportId],
    );
    return rows.length > 0;
  }

  /**
   * Gives `report` a new manager (or none), closing the current reporting line and opening a new
   * one dated `at`. Call inside a transaction after `lock`.
   */
  async changeManager(
    manager: EntityManager,
    report: PersonEntity,
    newManagerId: string | null,
    changedById: string | null,
    at = this.clock.now(),
  ): Promise<void> {
    if (report.managerId === newManagerId) return;
    // Only null means "no manager": any other id, the empty string included, must name one.
    if (newManagerId !== null) await this.assertValidManager(manager, report, newManagerId);
    const lines = manager.getRepository(ReportingLineEntity);
    await lines.update({ reportId: report.id, endedAt: IsNull() }, { endedAt: at });
    if (newManagerId !== null) {
      await lines.insert({ organizationId: report.organizationId, reportId: report.id, managerId: newManagerId, startedAt: at, changedById });
    }
    await manager.getRepository(PersonEntity).update({ id: report.id }, { managerId: newManagerId });
    report.managerId = newManagerId;
    for (const listener of this.listeners) await listener(manager, { organizationId: report.organizationId, reportIds: [report.id], at });
  }

  /**
   * Rewires many reports at once in a few statements: closes their open lines, opens the new ones
   * dated `at`, sets their managers and tells the listeners once. The caller has checked every new
   * manager (in the organization, active, no loop in the resulting chart) under `lock`, as the
   * import plan does for the whole file; rewiring all at once cannot pass through a loop.
   */
  async changeManagers(manager: EntityManager, organizationId: string, changes: ManagerChange[], changedById: string | null, at = this.clock.now()): Promise<void> {
    const moved = changes.filter((c) => c.fromManagerId !== c.toManagerId);
    if (moved.length === 0) return;
    const reportIds = moved.map((c) => c.reportId);
    const managerIds = moved.map((c) => c.toManagerId);
    await manager.query('UPDATE reporting_lines SET ended_at = $2 WHERE organization_id = $1 AND report_id = ANY($3::uuid[]) AND ended_at IS NULL', [
      organizationId,
      at,
      reportIds,
    ]);
    await manager.query(
      `INSERT INTO reporting_lines (organization_id, report_id, manager_id, started_at, changed_by_id)
       SELECT $1, c.report_id, c.manager_id, $2, $3 FROM unnest($4::uuid[], $5::uuid[]) AS c(report_id, manager_id)
       WHERE c.manager_id IS NOT NULL`,
      [organizationId, at, changedById, reportIds, managerIds],
    );
    await manager.query(
      `UPDATE people p SET manager_id = c.manager_id, updated_at = CURRENT_TIMESTAMP
       FROM unnest($2::uuid[], $3::uuid[]) AS c(report_id, manager_id)
       WHERE p.organization_id = $1 AND p.id = c.report_id`,
      [organizationId, reportIds, managerIds],
    );
    for (const listener of this.listeners) await listener(manager, { organizationId, reportIds, at });
  }

  private async assertValidManager(manager: EntityManager, report: PersonEntity, newManagerId: string): Promise<void> {
    const candidate = isUuid(newManagerId) ? await manager.getRepository(PersonEntity).findOneBy({ id: newManagerId, organizationId: report.organizationId }) : null;
    if (!candidate) throw new PeopleException(PeopleExceptionCode.MANAGER_NOT_FOUND, 'That manager is not in this organization.');
    if (candidate.status === PersonStatus.DEACTIVATED) {
      throw new PeopleException(PeopleExceptionCode.MANAGER_INACTIVE, `${candidate.name} is deactivated and cannot manage anyone.`);
    }
    if (await this.wouldCreateCycle(manager, report.organizationId, report.id, newManagerId)) {
      throw new PeopleException(
        PeopleExceptionCode.MANAGER_CYCLE,
        newManagerId === report.id
          ? 'Nobody can be their own manager.'
          : `${candidate.name} already reports to ${report.name}, directly or through others; that would make a loop.`,
      );
    }
  }
}
