import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DueNudge, planSweep, practiceNudges, sharedRoleNudges, type SweepPlan, type WantedNudge } from '@onward/domain';
import { DataSource, EntityManager } from 'typeorm';
import { actAsSystem, assertAdmin, systemActor, type Actor } from '../auth/viewer';
import { Clock } from '../common/clock/clock';
import { ReportChanges } from '../common/report-changes/report-changes';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { CrossTenantLookups } from '../database/cross-tenant-lookups';
import { afterCommit } from '../database/tenant-scoped-query-runner';
import { JobsService } from '../jobs/jobs.service';
import { ReportingLinesService } from '../people/reporting-lines.service';
import { EVERY_MANAGED_REPORT, type ReportScope } from '../practice/practice.queries';
import { PracticeService } from '../practice/practice.service';
import { NudgeEvents } from './nudge-events';
import { NUDGE_SWEEP_JOB, nudgeSweepJob } from './nudge-sweep.job';
import { applySweep, type RaisedNudge, sharedRoleFacts, type SweepWritePart, unresolvedNudges } from './nudges.queries';

export interface NudgeSweepSummary {
  organizations: number;
  raised: number;
  resolved: number;
  reopened: number;
  readdressed: number;
}

const UNCHANGED: NudgeSweepSummary = { organizations: 1, raised: 0, resolved: 0, reopened: 0, readdressed: 0 };

/**
 * Called inside the sweep's transaction with the nudges it just inserted, so that what must happen
 * with them commits with them or not at all. One set-wise statement per listener, whatever the
 * number of nudges; a write that needs only the new rows is cheaper as a `RaisedNudgesWrite`.
 */
export type NudgesRaisedListener = (manager: EntityManager, raised: { organizationId: string; nudges: RaisedNudge[] }) => Promise<void>;

/**
 * Another module's write for the nudges a sweep inserts, carried out in the sweep's own write
 * statement (see `SweepWritePart`: no statement of its own, and the same commit). The module keeps
 * its rules in its SQL; `written` gets the ids the part returned, inside the transaction, when there
 * are any (to act on them once it commits).
 */
export interface RaisedNudgesWrite extends SweepWritePart {
  written(manager: EntityManager, written: { organizationId: string; ids: string[] }): void;
}

/**
 * Raises and resolves nudges (DESIGN.md, "Nudges") for a whole organization or for a few reports,
 * in the same few statements whatever their number: what is unresolved, each report's cadence as
 * their current manager sees it, the roles they share, then one write. Nudges go to the report's
 * current manager and follow them when the manager changes.
 *
 * Safe to run at the same time on several instances: inserts are keyed, and a sweep resolves or
 * moves only nudges it read as unresolved before reading the facts (so never one a concurrent
 * sweep or request raised from newer facts), re-checked as it writes. A sweep reading facts just
 * before a request changes them may leave a nudge the request's own sweep would have resolved;
 * the next sweep resolves it.
 */
@Injectable()
export class NudgeSweepService implements OnModuleInit {
  private readonly logger = new Logger('NudgeSweep');
  private readonly raisedListeners: NudgesRaisedListener[] = [];
  private readonly raisedWrites: RaisedNudgesWrite[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly practice: PracticeService,
    private readonly clock: Clock,
    private readonly jobs: JobsService,
    private readonly reportingLines: ReportingLinesService,
    private readonly reportChanges: ReportChanges,
    private readonly crossTenant: CrossTenantLookups,
    private readonly events: NudgeEvents,
  ) {}

  onModuleInit(): void {
    this.jobs.define(nudgeSweepJob(this.config.jobs.nudgeSweepCron, () => this.sweepEveryOrganization()));
    // A report's nudges follow a new manager, or resolve with no manager, in the transaction that changes the line.
    this.reportingLines.onManagerChanged((manager, change) => this.sweepReports(manager, change.organizationId, change.reportIds).then(() => undefined));
    // What a request changed about a report shows in the inbox at once, not at the next scheduled sweep.
    this.reportChanges.on((manager, change) => this.sweepReports(manager, change.organizationId, change.reportIds).then(() => undefined));
  }

  onNudgesRaised(listener: NudgesRaisedListener): void {
    this.raisedListeners.push(listener);
  }

  /** Adds a write to every sweep's statement, for the nudges it inserts (the outbox's mail per nudge). */
  writeWithRaised(write: RaisedNudgesWrite): void {
    if (this.raisedWrites.some((other) => other.name === write.name)) throw new Error(`the sweep already writes ${write.name}`);
    this.raisedWrites.push(write);
  }

  /** The admin's "sweep now": their own organization only. */
  async sweepForAdmin(actor: Actor): Promise<NudgeSweepSummary> {
    assertAdmin(actor);
    return this.sweepOrganization(actor.organizationId);
  }

  /** The scheduled job: a few statements per organization, each organization in its own transaction. */
  async sweepEveryOrganization(): Promise<NudgeSweepSummary> {
    const total: NudgeSweepSummary = { organizations: 0, raised: 0, resolved: 0, reopened: 0, readdressed: 0 };
    for (const organizationId of await this.crossTenant.organizationIds()) {
      const one = await this.sweepOrganization(organizationId);
      total.organizations += 1;
      total.raised += one.raised;
      total.resolved += one.resolved;
      total.reopened += one.reopened;
      total.readdressed += one.readdressed;
    }
    if (total.raised + total.resolved + total.reopened + total.readdressed > 0) this.logger.log(`swept ${JSON.stringify(total)}`);
    return total;
  }

  /**
   * Every managed report of one organization, as its system actor. The facts are read first,
   * two statements side by side on the pool, and only the write holds a transaction: it commits
   * the nudges with whatever the other modules' writes and listeners add, or nothing.
   */
  sweepOrganization(organizationId: string): Promise<NudgeSweepSummary> {
    return actAsSystem(organizationId, NUDGE_SWEEP_JOB, async (actor) => {
      const plan = await this.plan(this.dataSource.manager, actor, EVERY_MANAGED_REPORT);
      return plan ? this.dataSource.transaction((manager) => this.apply(manager, organizationId, plan)) : { ...UNCHANGED };
    });
  }

  /**
   * Some reports, inside the caller's transaction when it has one: a request that just changed
   * them, whose changes only its own transaction can read yet.
   */
  async sweepReports(manager: EntityManager, organizationId: string, reportIds: readonly string[]): Promise<NudgeSweepSummary> {
    const actor = systemActor(organizationId, NUDGE_SWEEP_JOB);
    const sweep = async (inTransaction: EntityManager) => {
      const plan = await this.plan(inTransaction, actor, reportIds);
      return plan ? this.apply(inTransaction, organizationId, plan) : { ...UNCHANGED };
    };
    return manager.queryRunner?.isTransactionActive ? sweep(manager) : this.dataSource.transaction(sweep);
  }

  /** What to raise, resolve and move, from the facts; null when everything is in place. */
  private async plan(db: EntityManager, actor: Actor, scope: ReportScope): Promise<SweepPlan | null> {
    const { organizationId } = actor;
    // First what is unresolved, then the facts: a nudge raised in between is not one this sweep may resolve.
    const unresolved = await unresolvedNudges(db, organizationId, scope);
    const [reports, roles] = await Promise.all([this.practice.managedReportsAsCurrentManagerSees(actor, scope, db), sharedRoleFacts(db, organizationId, scope)]);
    const today = this.clock.today();
    const wanted: WantedNudge[] = [];
    const addressed = (nudge: DueNudge, recipientId: string): WantedNudge => Object.assign(nudge, { recipientId });
    for (const report of reports) {
      for (const nudge of practiceNudges({ reportId: report.reportId, state: report.status.state, dueOn: report.status.dueOn })) wanted.push(addressed(nudge, report.managerId));
    }
    for (const role of roles) for (const nudge of sharedRoleNudges(role, today)) wanted.push(addressed(nudge, role.managerId));
    const plan = planSweep(wanted, unresolved);
    return plan.raise.length + plan.resolve.length + plan.readdress.length === 0 ? null : plan;
  }

  private async apply(manager: EntityManager, organizationId: string, plan: SweepPlan): Promise<NudgeSweepSummary> {
    const applied = await applySweep(manager, organizationId, plan, this.clock.now(), { parts: this.raisedWrites, withRaised: this.raisedListeners.length > 0 });
    for (const write of this.raisedWrites) {
      const ids = applied.written.get(write.name) ?? [];
      if (ids.length > 0) write.written(manager, { organizationId, ids });
    }
    if (applied.raised.length > 0) for (const listener of this.raisedListeners) await listener(manager, { organizationId, nudges: applied.raised });
    afterCommit(manager, () =>
      this.events.emit({ organizationId, recipientIds: applied.recipientIds, raisedIds: applied.raisedIds, resolvedIds: applied.resolved.map((n) => n.id) }),
    );
    return { organizations: 1, raised: applied.raisedIds.length, resolved: applied.resolved.length, reopened: applied.reopened.length, readdressed: applied.readdressed.length };
  }

}
