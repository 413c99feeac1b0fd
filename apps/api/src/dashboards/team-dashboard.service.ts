import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  addDaysUtc, addMonthsUtc, DayRange, debriefPendingSince, daysFromInterviewToDebrief, isSatisfactionTalkSuggested, lastQuarters, median, practiceStatus,
  stretchTag, StretchTag, trailingMonths,
} from '@onward/domain';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import type { PracticeStatus } from '../practice/models/practice-status.model';
import { PracticeService } from '../practice/practice.service';
import { DashboardScope, DashboardScopeService } from './dashboard-scope.service';
import { DayRanges } from './figures/day-ranges';
import { AboutSomeone, showStretch, StretchTallies, tallyByStretch, tallyOf } from './figures/breakdowns';
import { DisclosedFigures, Disclosure, everyFigureShown, FigureTable, Tally } from './figures/figure-table';
import { TeamActivity, TeamCoverage, TeamDashboard, TeamDashboardReport } from './models/team-dashboard.model';
import { practiceDays, reportRecords, sharedRoles, TeamSql } from './team-dashboard.queries';

const dayOf = (date: Date) => date.toISOString().slice(0, 10);
const utcMidnight = (day: string) => new Date(`${day}T00:00:00Z`);

/** One shared role with what the dashboard derives from it. */
interface RoleFacts extends AboutSomeone {
  stretch: StretchTag;
  /** When it was (last) shared, epoch milliseconds. */
  sharedMs: number;
  interviewDays: string[];
  pending: boolean;
  satisfactionTalkSuggested: boolean;
  /** Per debrief about it: its day and the days since the interview before it (when there was one). */
  debriefWaits: { day: string; days: number }[];
}

interface TeamFacts {
  scope: DashboardScope;
  /** In the order of the scope's reports: their practice status, and the UTC day they joined. */
  statuses: PracticeStatus[];
  joinedOn: string[];
  /** Each report's practice days, oldest first. */
  practised: Map<string, string[]>;
  roles: RoleFacts[];
  debriefs: (AboutSomeone & { day: string })[];
  satisfactionTalks: (AboutSomeone & { day: string })[];
  openItems: (AboutSomeone & { overdue: boolean })[];
}

interface CoverageTallies {
  asOf: string;
  team: Tally;
  covered: Tally;
  share: Tally;
}

interface ActivityTallies extends DayRange {
  rolesShared: StretchTallies;
  interviews: Tally;
  debriefsHeld: Tally;
  medianDaysToDebrief: Tally;
  satisfactionConversations: Tally;
}

/**
 * The team dashboard: a manager over their direct reports. The same seven statements after the
 * session for a team of 5 or 500 (the reports, the organization, the report access check, the
 * practice facts, then side by side the practice days, the shared roles and the records), whatever
 * the quarters; every figure is computed from those rows with the rules of libs/domain (cadence,
 * stretch, pending debriefs, satisfaction talks), then disclosed through one seam.
 */
@Injectable()
export class TeamDashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scopes: DashboardScopeService,
    private readonly practice: PracticeService,
  ) {}

  async forManager(viewer: Viewer, context: GraphqlContext): Promise<TeamDashboard> {
    const scope = await this.scopes.teamOf(viewer, context);
    return this.dashboard(await this.facts(scope, context), everyFigureShown);
  }

  private async facts(scope: DashboardScope, context: GraphqlContext): Promise<TeamFacts> {
    const quarters = lastQuarters(scope.today);
    // Eight quarters reach further back than twelve months; a practice older than the cadence before the first quarter covers nobody in it.
    const from = quarters[0].startsOn;
    const practiceFrom = dayOf(addMonthsUtc(addDaysUtc(utcMidnight(from), -1), -scope.cadenceMonths));
    const sql: TeamSql = { organizationId: scope.organizationId, managerId: scope.managerId, reportIds: scope.reports.map((r) => r.id) };
    const db = this.dataSource.manager;
    const [statuses, practised, roles, records] = await Promise.all([
      this.practice.statusesOf(scope.reports, scope.access, context),
      practiceDays(db, sql, practiceFrom, scope.today),
      sharedRoles(db, sql),
      reportRecords(db, sql, from, scope.today),
    ]);
    const lastSatisfaction = new Map(records.map((r) => [r.reportId, r.lastSatisfactionOn]));
    return {
      scope,
      statuses: statuses.map((status) => {
        // The access check passed for each report, so each has a status; a missing one is a bug, not a zero.
        if (!status) throw new Error('a report of the team without a practice status');
        return status;
      }),
      joinedOn: scope.reports.map((report) => dayOf(report.joinedAt)),
      practised: new Map([...practised].map(([id, days]) => [id, [...days].sort()])),
      roles: roles.map((role) => {
        const stretch = stretchTag(role.roleRank, role.reportRank);
        const lastDebriefOn = role.debriefDays.reduce<string | null>((last, day) => (last === null || day > last ? day : last), null);
        return {
          personId: role.reportId,
          stretch,
          sharedMs: role.sharedAt.getTime(),
          interviewDays: role.interviewDays,
          pending: debriefPendingSince({ interviewDays: role.interviewDays, lastDebriefOn }, scope.today) !== null,
          satisfactionTalkSuggested: isSatisfactionTalkSuggested({ stretch, sharedAt: role.sharedAt, lastSatisfactionTalkOn: lastSatisfaction.get(role.reportId) ?? null }),
          debriefWaits: role.debriefDays.flatMap((day) => {
            const days = daysFromInterviewToDebrief(role.interviewDays, day);
            return days === null ? [] : [{ day, days }];
          }),
        };
      }),
      debriefs: records.flatMap((r) => r.debriefDays.map((day) => ({ personId: r.reportId, day }))),
      satisfactionTalks: records.flatMap((r) => r.satisfactionDays.map((day) => ({ personId: r.reportId, day }))),
      openItems: records.flatMap((r) => [
        ...Array.from({ length: r.overdueActionItems }, () => ({ personId: r.reportId, overdue: true })),
        ...Array.from({ length: r.openActionItems - r.overdueActionItems }, () => ({ personId: r.reportId, overdue: false })),
      ]),
    };
  }

  private dashboard(facts: TeamFacts, disclosure: Disclosure): TeamDashboard {
    const { scope } = facts;
    const table = new FigureTable();
    const quarters = lastQuarters(scope.today).map((quarter) => {
      const current = quarter.endsOn >= scope.today;
      return { key: quarter.key, current, range: { startsOn: quarter.startsOn, endsOn: current ? scope.today : quarter.endsOn }, endsOn: quarter.endsOn };
    });
    // The quarters, then the last twelve months: each dated thing is sorted into them once.
    const activities = this.activities(table, facts, [...quarters.map((q) => q.range), trailingMonths(scope.today)]);
    const series = quarters.map((q, i) => ({ quarter: q.key, current: q.current, coverage: this.coverage(table, facts, q.current ? null : q.endsOn), activity: activities[i] }));
    const now = {
      coverage: this.coverage(table, facts, null),
      debriefsPending: tallyOf(table, facts.roles.filter((role) => role.pending)),
      satisfactionTalksSuggested: tallyOf(table, facts.roles.filter((role) => role.satisfactionTalkSuggested)),
      openActionItems: tallyOf(table, facts.openItems),
      overdueActionItems: tallyOf(table, facts.openItems.filter((item) => item.overdue)),
      lastTwelveMonths: activities[quarters.length],
    };
    const shown = disclosure.disclose(table);
    return {
      asOf: scope.today,
      timeZone: scope.timeZone,
      coverage: showCoverage(now.coverage, shown),
      debriefsPending: shown.count(now.debriefsPending),
      satisfactionTalksSuggested: shown.count(now.satisfactionTalksSuggested),
      openActionItems: shown.count(now.openActionItems),
      overdueActionItems: shown.count(now.overdueActionItems),
      lastTwelveMonths: showActivity(now.lastTwelveMonths, shown),
      quarters: series.map((q) => ({ quarter: q.quarter, current: q.current, coverage: showCoverage(q.coverage, shown), activity: showActivity(q.activity, shown) })),
      reports: this.reports(facts),
    };
  }

  /** Coverage on a past day from the practice days (the cadence rule at that day), or today's from the practice statuses. */
  private coverage(table: FigureTable, facts: TeamFacts, pastDay: string | null): CoverageTallies {
    const { scope } = facts;
    let team = 0;
    let covered = 0;
    const asOf = pastDay === null ? null : utcMidnight(pastDay);
    scope.reports.forEach((report, i) => {
      if (pastDay === null || asOf === null) {
        team += 1;
        if (facts.statuses[i].covered) covered += 1;
        return;
      }
      if (facts.joinedOn[i] > pastDay) return;
      team += 1;
      const last = latestOnOrBefore(facts.practised.get(report.id) ?? [], pastDay);
      const status = practiceStatus({ joinedAt: report.joinedAt, lastPracticeAt: last ? utcMidnight(last) : null, cadenceMonths: scope.cadenceMonths, now: asOf });
      if (status.covered) covered += 1;
    });
    const teamTally = table.count(team, team);
    const coveredTally = table.count(covered, covered);
    table.sum(teamTally, [coveredTally, table.count(team - covered, team - covered)]);
    return { asOf: pastDay ?? scope.today, team: teamTally, covered: coveredTally, share: table.measure(team === 0 ? null : covered / team, team) };
  }

  /** What happened in each span of days, in the order of the spans. */
  private activities(table: FigureTable, facts: TeamFacts, ranges: DayRange[]): ActivityTallies[] {
    const spans = new DayRanges(ranges, facts.scope.timeZone);
    const shared = spans.bucket(facts.roles, (role) => role.sharedMs);
    const interviews = spans.bucket(
      facts.roles.flatMap((role) => role.interviewDays.map((day) => ({ personId: role.personId, day }))),
      (interview) => interview.day,
    );
    const debriefs = spans.bucket(facts.debriefs, (debrief) => debrief.day);
    const waits = spans.bucket(
      facts.roles.flatMap((role) => role.debriefWaits.map((wait) => ({ personId: role.personId, ...wait }))),
      (wait) => wait.day,
    );
    const talks = spans.bucket(facts.satisfactionTalks, (talk) => talk.day);
    return ranges.map((range, i) => ({
      ...range,
      rolesShared: tallyByStretch(table, shared[i]),
      interviews: tallyOf(table, interviews[i]),
      debriefsHeld: tallyOf(table, debriefs[i]),
      medianDaysToDebrief: table.measure(median(waits[i].map((wait) => wait.days)), new Set(waits[i].map((wait) => wait.personId)).size),
      satisfactionConversations: tallyOf(table, talks[i]),
    }));
  }

  private reports(facts: TeamFacts): TeamDashboardReport[] {
    const rolesOf = groupByPerson(facts.roles);
    const itemsOf = groupByPerson(facts.openItems);
    return facts.scope.reports.map((person, i) => {
      const roles = rolesOf(person.id);
      const items = itemsOf(person.id);
      return {
        person,
        practice: facts.statuses[i],
        rolesShared: roles.length,
        debriefsPending: roles.filter((role) => role.pending).length,
        satisfactionTalksSuggested: roles.filter((role) => role.satisfactionTalkSuggested).length,
        openActionItems: items.length,
        overdueActionItems: items.filter((item) => item.overdue).length,
      };
    });
  }
}

/** The latest of ascending days that is on or before `day`. */
function latestOnOrBefore(days: readonly string[], day: string): string | undefined {
  for (let i = days.length - 1; i >= 0; i--) if (days[i] <= day) return days[i];
  return undefined;
}

function groupByPerson<T extends AboutSomeone>(items: readonly T[]): (personId: string) => T[] {
  const grouped = new Map<string, T[]>();
  for (const item of items) {
    const group = grouped.get(item.personId);
    if (group) group.push(item);
    else grouped.set(item.personId, [item]);
  }
  return (personId) => grouped.get(personId) ?? [];
}

function showCoverage(tallies: CoverageTallies, shown: DisclosedFigures): TeamCoverage {
  return { asOf: tallies.asOf, team: shown.count(tallies.team), covered: shown.count(tallies.covered), share: shown.measure(tallies.share) };
}

function showActivity(tallies: ActivityTallies, shown: DisclosedFigures): TeamActivity {
  return {
    startsOn: tallies.startsOn,
    endsOn: tallies.endsOn,
    rolesShared: showStretch(tallies.rolesShared, shown),
    interviews: shown.count(tallies.interviews),
    debriefsHeld: shown.count(tallies.debriefsHeld),
    medianDaysToDebrief: shown.measure(tallies.medianDaysToDebrief),
    satisfactionConversations: shown.count(tallies.satisfactionConversations),
  };
}
