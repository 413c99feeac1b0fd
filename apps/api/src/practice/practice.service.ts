import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_PRACTICE_CADENCE_MONTHS, practiceStatusesAt } from '@onward/domain';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../auth/viewer';
import { Clock } from '../common/clock/clock';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { loadAll } from '../common/graphql/request-loaders';
import { OrganizationLoaders } from '../organizations/organization-loaders';
import { OrganizationsService } from '../organizations/organizations.service';
import { ReportAccess, ReportRelation } from '../report-access/report-access.service';
import { PracticeStateEnum, PracticeStatus } from './models/practice-status.model';
import { PracticeLoaders } from './practice-loaders';
import { PracticeAudience, PracticeFacts, practiceFacts, ReportScope } from './practice.queries';

type ReportOfOrganization = { id: string; organizationId: string };

const day = (date: Date) => date.toISOString().slice(0, 10);

/** A report's cadence as the manager they have now sees it. */
export interface ManagedReportPractice {
  reportId: string;
  managerId: string;
  status: PracticeStatus;
}

/** Practice cadence per report, from set-wise reads: the same statements for a team of 5 or 500. */
@Injectable()
export class PracticeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly practice: PracticeLoaders,
    private readonly organizations: OrganizationLoaders,
    private readonly organizationSettings: OrganizationsService,
    private readonly clock: Clock,
  ) {}

  /** The report's cadence as the viewer may see it; `access` comes from the report access check. */
  async statusOf(person: ReportOfOrganization, access: ReportAccess, context: GraphqlContext): Promise<PracticeStatus | null> {
    return (await this.statusesOf([person], [access], context))[0];
  }

  /** Each report's cadence as the viewer may see it (null where `access`, from the report access check, is null). */
  async statusesOf(people: readonly ReportOfOrganization[], access: readonly (ReportAccess | null)[], context: GraphqlContext): Promise<(PracticeStatus | null)[]> {
    const audienceOf = (i: number): PracticeAudience | null => {
      const relation = access[i]?.relation;
      return relation === undefined ? null : relation === ReportRelation.SELF ? 'REPORT' : 'CURRENT_MANAGER';
    };
    const idsFor = (audience: PracticeAudience) => people.map((person, i) => (audienceOf(i) === audience ? person.id : null));
    const loaders = this.practice.of(context);
    const [asReport, asManager, organizations] = await Promise.all([
      loadAll(loaders.REPORT, idsFor('REPORT')),
      loadAll(loaders.CURRENT_MANAGER, idsFor('CURRENT_MANAGER')),
      loadAll(this.organizations.of(context).organizationById, people.map((person, i) => (audienceOf(i) ? person.organizationId : null))),
    ]);
    return people.map((_, i) => {
      const facts = audienceOf(i) === 'REPORT' ? asReport[i] : asManager[i];
      return facts ? this.status(facts, organizations[i]?.practiceCadenceMonths) : null;
    });
  }

  /**
   * Each report's cadence as their current manager sees it, for any actor of the organization —
   * the nudge sweep acts as the system, and nudges go to the current manager. One statement for
   * the facts whatever the number of reports.
   */
  async statusesAsCurrentManagerSees(actor: Actor, reportIds: readonly string[]): Promise<Map<string, PracticeStatus>> {
    const managed = await this.managedReportsAsCurrentManagerSees(actor, reportIds);
    return new Map(managed.map((report) => [report.reportId, report.status]));
  }

  /**
   * The same view for the nudge sweep: each active report in scope that has a manager, with that manager,
   * read through `db` (the sweep's transaction, or the request's that just changed a report).
   */
  async managedReportsAsCurrentManagerSees(actor: Actor, scope: ReportScope, db: EntityManager = this.dataSource.manager): Promise<ManagedReportPractice[]> {
    // Both through `db`: a request's transaction that sweeps its reports must not wait for a second pooled connection.
    const facts = await practiceFacts(db, actor.organizationId, scope, 'CURRENT_MANAGER');
    const organization = await this.organizationSettings.mine(actor, db);
    // One clock read and one cadence for the whole organization: reports practised on the same day share a computation.
    const statusOf = this.statusesAt(organization.practiceCadenceMonths, this.clock.now());
    const managed: ManagedReportPractice[] = [];
    for (const [reportId, f] of facts) if (f.managerId && f.active) managed.push({ reportId, managerId: f.managerId, status: statusOf(f) });
    return managed;
  }

  private status(facts: PracticeFacts, cadenceMonths: number | undefined): PracticeStatus {
    return this.statusesAt(cadenceMonths, this.clock.now())(facts);
  }

  /** The cadence of any number of reports at `now` (libs/domain's `practiceStatusesAt`), as the API shows it. */
  private statusesAt(cadenceMonths: number | undefined, now: Date): (facts: PracticeFacts) => PracticeStatus {
    const statusAt = practiceStatusesAt(now, cadenceMonths ?? DEFAULT_PRACTICE_CADENCE_MONTHS);
    // Few distinct due days among many reports: each written out once.
    const dueDays = new Map<number, string>();
    const dueOn = (dueAt: Date) => {
      let text = dueDays.get(dueAt.getTime());
      if (text === undefined) dueDays.set(dueAt.getTime(), (text = day(dueAt)));
      return text;
    };
    return (facts) => {
      const last = facts.lastPracticeOn;
      const status = statusAt({ joinedAt: facts.joinedAt, managedSince: facts.managedSince, lastPracticeAt: last ? new Date(`${last}T00:00:00Z`) : null });
      return { lastPracticeOn: last, dueOn: dueOn(status.dueAt), covered: status.covered, state: status.state as PracticeStateEnum };
    };
  }
}
