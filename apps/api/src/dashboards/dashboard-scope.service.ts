import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { anonymityThreshold, DEFAULT_PRACTICE_CADENCE_MONTHS, DEFAULT_TIME_ZONE, zonedParts } from '@onward/domain';
import type { Viewer } from '../auth/viewer';
import { Clock } from '../common/clock/clock';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { loadAll } from '../common/graphql/request-loaders';
import { OrganizationLoaders } from '../organizations/organization-loaders';
import type { Person } from '../people/models/person.model';
import { PeopleLoaders } from '../people/people-loaders';
import { ReportAccessLoaders } from '../report-access/report-access-loaders';
import { ReportAccess, ReportRelation } from '../report-access/report-access.service';
import { DashboardsException, DashboardsExceptionCode } from './dashboards.exception';
import { leadsAManager, subtreeMembers } from './org/org-dashboard.queries';

/**
 * Whom a dashboard is about, and the organization settings it reads by. The SQL of every dashboard
 * takes a scope as a set of people with, for a team, the manager whose records count; the org
 * dashboard will pass a subtree instead.
 */
export interface DashboardScope {
  organizationId: string;
  /** Records count when this manager may see them (held by them, or shared with them), and only while they manage the report. */
  managerId: string;
  reports: Person[];
  /** From the report access check, in the order of `reports`. */
  access: ReportAccess[];
  timeZone: string;
  /** Today in the organization's time zone (YYYY-MM-DD). */
  today: string;
  cadenceMonths: number;
  /** The organization's anonymity threshold, never below the minimum. */
  threshold: number;
}

/**
 * Everyone below a leader (an admin: everyone in the organization who has a manager), each counted by
 * the records their own manager of today may see, under the anonymity threshold.
 */
export interface SubtreeScope {
  organizationId: string;
  /** Whose subtree: the leader, or null for an admin's whole organization. */
  rootId: string | null;
  timeZone: string;
  today: string;
  cadenceMonths: number;
  threshold: number;
}

/** A subtree with its people, for a view that reads them by id. */
export interface SubtreeWithMembers extends SubtreeScope {
  memberIds: string[];
  /** The viewer's own direct reports in it: their team, which they may ask for too and whose figures they know. */
  ownTeamIds: string[];
}

/** One answer for every view over a subtree, so a refusal says nothing about which view was asked for. */
const NOT_A_LEADER = 'Views over everyone below you are for leaders (someone who manages a manager) and admins.';

@Injectable()
export class DashboardScopeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly people: PeopleLoaders,
    private readonly reportAccess: ReportAccessLoaders,
    private readonly organizations: OrganizationLoaders,
    private readonly clock: Clock,
  ) {}

  /**
   * The viewer's direct reports, each passing the report access check as their current manager.
   * Someone with no direct reports (a report, a peer, an admin who manages nobody, a former manager
   * whose reports moved) has no team to look at: NOT_A_MANAGER, before anything about anyone is read.
   */
  async teamOf(viewer: Viewer, context: GraphqlContext): Promise<DashboardScope> {
    const [direct, organization] = await Promise.all([
      this.people.of(context).directReportsByManagerId.load(viewer.personId),
      this.organizations.of(context).organizationById.load(viewer.organizationId),
    ]);
    const access = await loadAll(this.reportAccess.of(context).accessByReportId, direct.map((person) => person.id));
    const reports: Person[] = [];
    const granted: ReportAccess[] = [];
    direct.forEach((person, i) => {
      const a = access[i];
      if (a?.relation === ReportRelation.MANAGER) {
        reports.push(person);
        granted.push(a);
      }
    });
    if (reports.length === 0 || !organization) throw new DashboardsException(DashboardsExceptionCode.NOT_A_MANAGER, 'You have no direct reports.');
    const timeZone = organization.timeZone || DEFAULT_TIME_ZONE;
    return {
      organizationId: viewer.organizationId,
      managerId: viewer.personId,
      reports,
      access: granted,
      timeZone,
      today: zonedParts(this.clock.now(), timeZone).day,
      cadenceMonths: organization.practiceCadenceMonths ?? DEFAULT_PRACTICE_CADENCE_MONTHS,
      threshold: anonymityThreshold(organization.anonymityThreshold),
    };
  }

  /**
   * The leader's subtree, by one rule for every view over it: an admin sees the whole organization;
   * someone else needs a manager among their direct reports (their direct reports only are a team,
   * not a subtree). Everyone else, whoever they are, gets NOT_A_LEADER in the same words, before
   * anything about anyone below them is read.
   */
  async subtreeOf(viewer: Viewer, context: GraphqlContext): Promise<SubtreeScope> {
    const organization = await this.organizations.of(context).organizationById.load(viewer.organizationId);
    if (!organization) throw new DashboardsException(DashboardsExceptionCode.NOT_A_LEADER, NOT_A_LEADER);
    if (!viewer.isAdmin && !(await leadsAManager(this.dataSource.manager, viewer.organizationId, viewer.personId))) {
      throw new DashboardsException(DashboardsExceptionCode.NOT_A_LEADER, NOT_A_LEADER);
    }
    const timeZone = organization.timeZone || DEFAULT_TIME_ZONE;
    return {
      organizationId: viewer.organizationId,
      rootId: viewer.isAdmin ? null : viewer.personId,
      timeZone,
      today: zonedParts(this.clock.now(), timeZone).day,
      cadenceMonths: organization.practiceCadenceMonths ?? DEFAULT_PRACTICE_CADENCE_MONTHS,
      threshold: anonymityThreshold(organization.anonymityThreshold),
    };
  }

  /** The subtree and everyone in it, in one more statement whatever its size. */
  async subtreeWithMembersOf(viewer: Viewer, context: GraphqlContext): Promise<SubtreeWithMembers> {
    const scope = await this.subtreeOf(viewer, context);
    const members = await subtreeMembers(this.dataSource.manager, scope.organizationId, scope.rootId);
    return {
      ...scope,
      memberIds: members.map((member) => member.personId),
      ownTeamIds: members.filter((member) => member.managerId === viewer.personId).map((member) => member.personId),
    };
  }
}
