import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { Clock } from '../common/clock/clock';
import { ReportChanges } from '../common/report-changes/report-changes';
import { ReportingLinesService } from '../people/reporting-lines.service';
import { EarlierRecordSharing, RecordShare } from './models/record-share.model';
import { RecordShareEnd, RecordShareEntity } from './record-share.entity';
import { RecordSharingException, RecordSharingExceptionCode } from './record-sharing.exception';

/**
 * A new manager does not inherit the records a report had with earlier managers; the report may
 * let them (one action, revocable). The share is with that manager, so it ends when the reporting
 * line does — unlike a shared role, which the report shared with whoever manages them.
 */
@Injectable()
export class RecordSharingService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reportingLines: ReportingLinesService,
    private readonly clock: Clock,
    private readonly reportChanges: ReportChanges,
  ) {}

  onModuleInit(): void {
    this.reportingLines.onManagerChanged(async (manager, change) => {
      await manager.query(
        `UPDATE record_shares SET ended_at = $2, ended_reason = $3
         WHERE organization_id = $1 AND report_id = ANY($4::uuid[]) AND ended_at IS NULL`,
        [change.organizationId, change.at, RecordShareEnd.MANAGER_CHANGED, change.reportIds],
      );
    });
  }

  async status(viewer: Viewer): Promise<EarlierRecordSharing> {
    const [history, [{ count }]] = await Promise.all([
      this.dataSource.getRepository(RecordShareEntity).find({
        where: { organizationId: viewer.organizationId, reportId: viewer.personId },
        order: { startedAt: 'DESC' },
      }),
      this.dataSource.query(
        `SELECT count(*)::int AS count FROM (
           SELECT held_by_id FROM debriefs WHERE organization_id = $1 AND report_id = $2
           UNION ALL SELECT held_by_id FROM conversations WHERE organization_id = $1 AND report_id = $2
         ) r
         WHERE r.held_by_id IS DISTINCT FROM (SELECT manager_id FROM people WHERE id = $2)`,
        [viewer.organizationId, viewer.personId],
      ) as Promise<{ count: number }[]>,
    ]);
    return { sharedWithCurrentManager: history.some((s) => s.endedAt === null), earlierRecordCount: count, history: history.map(RecordShare.from) };
  }

  /** Lets the current manager see earlier records; sharing again while shared changes nothing. */
  async share(viewer: Viewer): Promise<EarlierRecordSharing> {
    await this.dataSource.transaction(async (manager) => {
      const [me]: { manager_id: string | null }[] = await manager.query('SELECT manager_id FROM people WHERE id = $1 AND organization_id = $2 FOR UPDATE', [
        viewer.personId,
        viewer.organizationId,
      ]);
      if (!me?.manager_id) throw new RecordSharingException(RecordSharingExceptionCode.NO_MANAGER, 'You have no manager in Onward to share with.');
      await manager.query(
        `INSERT INTO record_shares (organization_id, report_id, manager_id, started_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (report_id) WHERE ended_at IS NULL DO NOTHING`,
        [viewer.organizationId, viewer.personId, me.manager_id, this.clock.now()],
      );
      // Earlier practice now counts for the manager's view of the cadence.
      await this.reportChanges.changed(manager, viewer.organizationId, [viewer.personId]);
    });
    return this.status(viewer);
  }

  /** Takes effect on the manager's next request: every read checks the open share. */
  async stop(viewer: Viewer): Promise<EarlierRecordSharing> {
    await this.dataSource.transaction(async (manager) => {
      const ended = await this.endOpenShare(manager, viewer.personId, RecordShareEnd.STOPPED, this.clock.now(), viewer.organizationId);
      if (!ended) throw new RecordSharingException(RecordSharingExceptionCode.NOT_SHARING, 'You are not sharing your earlier records.');
      await this.reportChanges.changed(manager, viewer.organizationId, [viewer.personId]);
    });
    return this.status(viewer);
  }

  private async endOpenShare(manager: EntityManager, reportId: string, reason: RecordShareEnd, at: Date, organizationId?: string): Promise<boolean> {
    const result = await manager
      .getRepository(RecordShareEntity)
      .update({ reportId, endedAt: IsNull(), ...(organizationId ? { organizationId } : {}) }, { endedAt: at, endedReason: reason });
    return (result.affected ?? 0) > 0;
  }
}
