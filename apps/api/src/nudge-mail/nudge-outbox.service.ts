import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { dueDigestDay } from '@onward/domain';
import { DataSource } from 'typeorm';
import { actAsSystem } from '../auth/viewer';
import { Clock } from '../common/clock/clock';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { CrossTenantLookups } from '../database/cross-tenant-lookups';
import { afterCommit } from '../database/tenant-scoped-query-runner';
import { JobsService } from '../jobs/jobs.service';
import { NudgeSweepService } from '../nudges/nudge-sweep.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { NudgeMailDelivery } from './nudge-mail-delivery.service';
import { NUDGE_DIGEST_JOB, NUDGE_MAIL_JOB, nudgeDigestJob, nudgeMailJob, nudgeMailPickupJob, type NudgeMailPayload } from './nudge-mail.jobs';
import { gatherDigests, nudgeMailsOfRaisedSql, waitingMails } from './nudge-outbox.queries';

/** Rows the scheduled pass queues per organization and run; the rest wait for the next minute. */
const PICKUP_LIMIT = 10_000;
/** Jobs per pg-boss insert. */
const JOBS_PER_INSERT = 1_000;

/**
 * What goes into the nudge outbox and how its rows get a delivery job.
 *
 * - **With the nudges.** Inside the sweep's own write statement (`writeWithRaised`), a part of it
 *   writes a mail for each new nudge whose recipient wants it now; it commits with the nudges or
 *   not at all. Who gets mail stays this module's rule: the part is its SQL.
 * - **Daily digests.** Every quarter of an hour, each organization whose local digest hour has
 *   come gathers the day's digests (one statement; the outbox's key keeps it to one a day).
 * - **Jobs, never lost.** A row's delivery job is queued once the row is committed. The row, not
 *   the job, is what counts: if the instance dies before queueing, runs no jobs, or pg-boss refuses,
 *   a pass every minute queues each waiting row again (one job per row at a time, by its key).
 */
@Injectable()
export class NudgeOutbox implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly jobs: JobsService,
    private readonly sweep: NudgeSweepService,
    private readonly crossTenant: CrossTenantLookups,
    private readonly organizations: OrganizationsService,
    private readonly delivery: NudgeMailDelivery,
  ) {}

  onModuleInit(): void {
    this.jobs.define(nudgeMailJob(this.config.nudgeMail, (payload) => this.delivery.deliver(payload.organizationId, payload.outboxId)));
    this.jobs.define(nudgeMailPickupJob(() => this.pickUpEveryOrganization()));
    this.jobs.define(nudgeDigestJob(() => this.gatherEveryOrganization()));
    // The rows in the sweep's statement, their jobs once it committed.
    this.sweep.writeWithRaised({
      name: 'nudge_mails',
      sql: nudgeMailsOfRaisedSql('raised'),
      written: (manager, { organizationId, ids }) => afterCommit(manager, () => void this.queueJobs(organizationId, ids)),
    });
  }

  /** The digests due now in one organization, as its system actor; the ids of those written. */
  gatherDigests(organizationId: string): Promise<string[]> {
    return actAsSystem(organizationId, NUDGE_DIGEST_JOB, async (actor) => {
      const { timeZone } = await this.organizations.mine(actor);
      const now = this.clock.now();
      const day = dueDigestDay(now, timeZone, this.config.nudgeMail.digestHour);
      if (!day) return [];
      const ids = await gatherDigests(this.dataSource.manager, organizationId, day, now);
      await this.queueJobs(organizationId, ids);
      return ids;
    });
  }

  async gatherEveryOrganization(): Promise<number> {
    let written = 0;
    for (const organizationId of await this.crossTenant.organizationIds('nudge-digest')) written += (await this.gatherDigests(organizationId)).length;
    return written;
  }

  /** Queues a job for each row of the organization still waiting and free to take; how many. */
  pickUp(organizationId: string): Promise<number> {
    return actAsSystem(organizationId, NUDGE_MAIL_JOB, async () => {
      const leaseStart = new Date(this.clock.now().getTime() - this.config.nudgeMail.leaseSeconds * 1000);
      const ids = await waitingMails(this.dataSource.manager, organizationId, leaseStart, PICKUP_LIMIT);
      await this.queueJobs(organizationId, ids);
      return ids.length;
    });
  }

  async pickUpEveryOrganization(): Promise<number> {
    let waiting = 0;
    for (const organizationId of await this.crossTenant.organizationsWithMailWaiting()) waiting += await this.pickUp(organizationId);
    return waiting;
  }

  private async queueJobs(organizationId: string, outboxIds: readonly string[]): Promise<void> {
    for (let start = 0; start < outboxIds.length; start += JOBS_PER_INSERT) {
      const jobs = outboxIds.slice(start, start + JOBS_PER_INSERT).map((outboxId) => ({ data: { organizationId, outboxId } satisfies NudgeMailPayload, singletonKey: outboxId }));
      // Without jobs here (or with pg-boss refusing), the minute's pass queues them from another instance.
      if (!(await this.jobs.enqueue(NUDGE_MAIL_JOB, jobs))) return;
    }
  }
}
