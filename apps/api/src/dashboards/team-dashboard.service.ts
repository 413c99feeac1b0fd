import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  addDaysUtc, addMonthsUtc, DayRange, debriefPendingSince, daysFromInterviewToDebrief, inRange, isSatisfactionTalkSuggested, lastQuarters, median,
  practiceStatus, stretchTag, StretchTag, trailingMonths, zonedParts,
} from '@onward/domain';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import type { PracticeStatus } from '../practice/models/practice-status.model';
import { PracticeService } from '../practice/practice.service';
import { DashboardScope, DashboardScopeService } from './dashboard-scope.service';
import { AboutSomeone, showStretch, StretchTallies, tallyByStretch, tallyOf } from './figures/breakdowns';
import { DisclosedFigures, Disclosure, everyFigureShown, FigureTable, Tally } from './figures/figure-table';
import { TeamActivity, TeamCoverage, TeamDashboard, TeamDashboardReport } from './models/team-dashboard.model';
import { practiceDays, reportRecords, sharedRoles, TeamSql } from './team-dashboard.queries';

const dayOf = (date: Date) => date.toISOString().slice(0, 10);
const utcMidnight = (day: string) => new Date(`${day}T00:00:00Z`);

/** One shared role with what the dashboard derives from it. */
interface RoleFacts extends AboutSomeone {
  stretch: StretchTag;
  /** The local day it was (last) shared. */
  sharedOn: string;
  interviewDays: string[];
  pending: boolean;
  satisfactionTalkSuggested: boolean;
  /** Per debrief about it: its day and the days since the interview before it (when there was one). */
  debriefWaits: { day: string; days: number }[];
}

interface TeamFacts {
  scope: DashboardScope;
  statuses: PracticeStatus[];
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
 * The team dashboard: a manager over their direct reports. The same seven statements for a team of
 * 5 or 500 (the reports, the organization, the report access check, the practice facts, then side
 * by side the practice days, the shared roles and the records), whatever the quarters; every figure
 * is computed from those rows with the rules of libs/domain (cadence, stretch, pending debriefs,
 * satisfaction talks), then disclosed through one seam.
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
      practised,
      roles: roles.map((role) => {
        const stretch = stretchTag(role.roleRank, role.reportRank);
        const lastDebriefOn = role.debriefDays.reduce<string | null>((last, day) => (last === null || day > last ? day : last), null);
        return {
          personId: role.reportId,
          stretch,
          sharedOn: zonedParts(role.sharedAt, scope.timeZone).day,
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
      const range = { startsOn: quarter.startsOn, endsOn: current ? scope.today : quarter.endsOn };
      return { quarter: quarter.key, current, coverage: this.coverage(table, facts, current ? null : quarter.endsOn), activity: this.activity(table, facts, range) };
    });
    const now = {
      coverage: this.coverage(table, facts, null),
      debriefsPending: tallyOf(table, facts.roles.filter((role) => role.pending)),
      satisfactionTalksSuggested: tallyOf(table, facts.roles.filter((role) => role.satisfactionTalkSuggested)),
      openActionItems: tallyOf(table, facts.openItems),
      overdueActionItems: tallyOf(table, facts.openItems.filter((item) => item.overdue)),
      lastTwelveMonths: this.activity(table, facts, trailingMonths(scope.today)),
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
      quarters: quarters.map((q) => ({ quarter: q.quarter, current: q.current, coverage: showCoverage(q.coverage, shown), activity: showActivity(q.activity, shown) })),
      reports: this.reports(facts),
    };
  }

  /** Coverage on a past day from the practice days (the cadence rule at that day), or today's from the practice statuses. */
  private coverage(table: FigureTable, facts: TeamFacts, pastDay: string | null): CoverageTallies {
    const { scope } = facts;
    let team = 0;
    let covered = 0;
    scope.reports.forEach((report, i) => {
      if (pastDay === null) {
        team += 1;
        if (facts.statuses[i].covered) covered += 1;
        return;
      }
      if (dayOf(report.joinedAt) > pastDay) return;
      team += 1;
      const last = (facts.practised.get(report.id) ?? []).filter((day) => day <= pastDay).sort().at(-1);
      const status = practiceStatus({ joinedAt: report.joinedAt, lastPracticeAt: last ? utcMidnight(last) : null, cadenceMonths: scope.cadenceMonths, now: utcMidnight(pastDay) });
      if (status.covered) covered += 1;
    });
    const teamTally = table.count(team, team);
    const coveredTally = table.count(covered, covered);
    table.sum(teamTally, [coveredTally, table.count(team - covered, team - covered)]);
    return { asOf: pastDay ?? scope.today, team: teamTally, covered: coveredTally, share: table.measure(team === 0 ? null : covered / team, team) };
  }

  private activity(table: FigureTable, facts: TeamFacts, range: DayRange): ActivityTallies {
    const waits = facts.roles.flatMap((role) => role.debriefWaits.filter((wait) => inRange(wait.day, range)).map((wait) => ({ personId: role.personId, days: wait.days })));
    return {
      ...range,
      rolesShared: tallyByStretch(table, facts.roles.filter((role) => inRange(role.sharedOn, range))),
      interviews: tallyOf(table, facts.roles.flatMap((role) => role.interviewDays.filter((day) => inRange(day, range)).map(() => role))),
      debriefsHeld: tallyOf(table, facts.debriefs.filter((debrief) => inRange(debrief.day, range))),
      medianDaysToDebrief: table.measure(median(waits.map((wait) => wait.days)), new Set(waits.map((wait) => wait.personId)).size),
      satisfactionConversations: tallyOf(table, facts.satisfactionTalks.filter((talk) => inRange(talk.day, range))),
    };
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
