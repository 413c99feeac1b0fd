import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { companyKey, trailingMonths } from '@onward/domain';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { InterviewKind } from '../roles/role-enums';
import { DashboardsException, DashboardsExceptionCode } from './dashboards.exception';
import { DashboardScopeService } from './dashboard-scope.service';
import { showStretch, tallyByStretch } from './figures/breakdowns';
import { groupCompanies, nameCompanies, type NamedCompanies } from './figures/company-names';
import { Disclosure, everyFigureShown, FigureTable, type Tally } from './figures/figure-table';
import { type KnownPart, underAnonymityThreshold } from './figures/threshold-disclosure';
import { OutsidePerspectiveArgs } from './dto/outside-perspective.args';
import { CandidateExperienceAspect, OutsidePerspective } from './models/outside-perspective.model';
import { OutsidePerspectiveScope } from './models/outside-perspective-scope';
import { FIGURE_KEYS as KEY, figureParts, readingsOf } from './outside-perspective-parts';
import { CountedRow, perspectiveRows, PerspectiveRows, PerspectiveSql } from './outside-perspective.queries';

/** How many whole processes and themes are listed; the rest are in no list but in every total. */
export const PROCESSES_SHOWN = 5;
export const THEMES_SHOWN = 15;

const ASPECTS = Object.values(CandidateExperienceAspect);
const mostSeenFirst = <T extends CountedRow>(rows: readonly T[], tie: (row: T) => string) =>
  [...rows].sort((a, b) => b.debriefs - a.debriefs || b.people - a.people || tie(a).localeCompare(tie(b)));

/** How one scope's figures are read: which companies get a name, what may be shown, which list rows appear. */
interface Reading {
  scope: OutsidePerspectiveScope;
  scopes: (rows: PerspectiveRows) => OutsidePerspectiveScope[];
  threshold: number;
  companies: (companies: Parameters<typeof nameCompanies>[0], k: number) => NamedCompanies;
  /** How the figures are shown, given each tally's key, the keys of the companies named and the viewer's own team's rows. */
  disclosure: (keyOf: ReadonlyMap<Tally, string>, namedKeys: ReadonlySet<string>, ownTeam: PerspectiveRows | null) => Disclosure;
  /** The people of the scope the viewer manages themselves (a leader's own team), whose figures they know already. */
  ownTeamIds?: string[];
  /** Whether a row of a list (a kind of stage, a process, a number of stages, a theme) may appear. */
  listed: (row: CountedRow) => boolean;
}

/**
 * The outside perspective: what the debriefs with a set of people say about other companies'
 * processes. A manager's team is their direct reports, every figure shown (they may open each debrief).
 * A leader's subtree (an admin's organization) is many people's, so it is read under the anonymity
 * threshold: a company, a theme, a process, a kind or number of stages is listed only when at least k
 * different people's debriefs are behind it, and every count goes through the org dashboard's
 * suppression rule. A leader who manages a team themselves knows that team's figures (their team
 * view shows them), so the subtree's figures are disclosed with those as known parts: what is left
 * below their direct reports is protected like any other small group. No finer grouping is offered:
 * the smallest scope is a team.
 */
@Injectable()
export class OutsidePerspectiveService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scopes: DashboardScopeService,
  ) {}

  async forViewer(viewer: Viewer, args: OutsidePerspectiveArgs, context: GraphqlContext): Promise<OutsidePerspective> {
    const months = args.months ?? null;
    if ((args.scope ?? OutsidePerspectiveScope.TEAM) === OutsidePerspectiveScope.SUBTREE) {
      const subtree = await this.scopes.subtreeWithMembersOf(viewer, context);
      if (months !== null) {
        throw new DashboardsException(
          DashboardsExceptionCode.NO_PERIOD_OVER_SUBTREE,
          'Over everyone under you the outside perspective covers every debrief: figures for two periods could be subtracted to single out a few people.',
          { field: 'months' },
        );
      }
      return this.perspective({ organizationId: subtree.organizationId, managerId: null, reportIds: subtree.memberIds }, subtree.today, months, {
        scope: OutsidePerspectiveScope.SUBTREE,
        scopes: () => (subtree.ownTeamIds.length ? [OutsidePerspectiveScope.TEAM, OutsidePerspectiveScope.SUBTREE] : [OutsidePerspectiveScope.SUBTREE]),
        threshold: subtree.threshold,
        companies: groupCompanies,
        ownTeamIds: subtree.ownTeamIds,
        disclosure: (keyOf, namedKeys, ownTeam) => {
          const known = ownTeam ? figureParts(ownTeam, namedKeys) : new Map<string, KnownPart>();
          return underAnonymityThreshold(subtree.threshold, (tally) => known.get(keyOf.get(tally) ?? ''));
        },
        listed: (row) => Number(row.people) >= subtree.threshold,
      });
    }
    const team = await this.scopes.teamOf(viewer, context);
    return this.perspective({ organizationId: team.organizationId, managerId: team.managerId, reportIds: team.reports.map((report) => report.id) }, team.today, months, {
      scope: OutsidePerspectiveScope.TEAM,
      // A leader by the org dashboard's rule: someone below their direct reports; an admin always.
      scopes: (rows) => (viewer.isAdmin || rows.reportsManage ? [OutsidePerspectiveScope.TEAM, OutsidePerspectiveScope.SUBTREE] : [OutsidePerspectiveScope.TEAM]),
      threshold: team.threshold,
      companies: nameCompanies,
      disclosure: () => everyFigureShown,
      listed: () => true,
    });
  }

  private async perspective(who: Omit<PerspectiveSql, 'since'>, today: string, months: number | null, reading: Reading): Promise<OutsidePerspective> {
    const since = months === null ? null : trailingMonths(today, months).startsOn;
    const db = this.dataSource.manager;
    const [rows, ownTeam] = await Promise.all([
      perspectiveRows(db, { ...who, since }),
      reading.ownTeamIds?.length ? perspectiveRows(db, { organizationId: who.organizationId, managerId: null, reportIds: reading.ownTeamIds, since }) : null,
    ]);
    return { scope: reading.scope, scopes: reading.scopes(rows), ...this.figures(rows, since, reading, ownTeam) };
  }

  private figures(rows: PerspectiveRows, since: string | null, reading: Reading, ownTeam: PerspectiveRows | null): Omit<OutsidePerspective, 'scope' | 'scopes'> {
    const table = new FigureTable();
    const keyOf = new Map<Tally, string>();
    const keyed = (key: string, tally: Tally) => (keyOf.set(tally, key), tally);
    const counted = (key: string, row: CountedRow) => keyed(key, table.count(Number(row.debriefs), Number(row.people)));
    const listed = <T extends CountedRow>(list: readonly T[]) => list.filter(reading.listed);
    const totals = { debriefs: counted(KEY.debriefs, rows.totals), people: keyed(KEY.people, table.count(Number(rows.totals.people), Number(rows.totals.people))) };
    const stageKinds = mostSeenFirst(listed(rows.stageKinds), (row) => row.kind).map((row) => ({ kind: row.kind as InterviewKind, debriefs: counted(KEY.kind(row.kind), row) }));
    const processes = mostSeenFirst(listed(rows.processes), (row) => row.stages.join(' '))
      .slice(0, PROCESSES_SHOWN)
      .map((row) => ({ stages: row.stages as InterviewKind[], debriefs: counted(KEY.process(row.stages), row) }));
    const stageCounts = listed(rows.stageCounts)
      .sort((a, b) => a.stages - b.stages)
      .map((row) => ({ stages: row.stages, debriefs: counted(KEY.stages(Number(row.stages)), row) }));
    const themes = mostSeenFirst(listed(rows.themes), (row) => row.theme)
      .slice(0, THEMES_SHOWN)
      .map((row) => ({ theme: row.theme, debriefs: counted(KEY.theme(row.theme), row) }));
    const ratings = ASPECTS.map((aspect) => {
      const row = rows.ratings.find((r) => r.aspect === aspect) ?? { sum: 0, ratings: 0, people: 0 };
      const n = Number(row.ratings);
      return {
        aspect,
        average: keyed(KEY.average(aspect), table.measure(n === 0 ? null : Number(row.sum) / n, Number(row.people))),
        ratings: keyed(KEY.ratings(aspect), table.count(n, Number(row.people))),
      };
    });
    const readings = tallyByStretch(table, readingsOf(rows));
    keyed(KEY.readings, readings.total);
    for (const part of readings.parts) keyed(KEY.reading(part.stretch), part.count);
    // Every debrief is read once: the readings' total is the debriefs counted, and hiding one must hide the other.
    table.sum(readings.total, [totals.debriefs]);
    const companies = reading.companies(
      rows.companies.map((row) => ({ name: row.name, debriefs: Number(row.debriefs), peopleIds: row.peopleIds })),
      reading.threshold,
    );
    const namedKeys = new Set(companies.named.map((company) => companyKey(company.name)));
    const named = companies.named.map((company) => ({
      name: company.name,
      debriefs: keyed(KEY.company(companyKey(company.name)), table.count(company.debriefs, company.people)),
      people: keyed(KEY.companyPeople(companyKey(company.name)), table.count(company.people, company.people)),
    }));
    const others = {
      debriefs: keyed(KEY.others, table.count(companies.others.debriefs, companies.others.people)),
      people: keyed(KEY.othersPeople, table.count(companies.others.people, companies.others.people)),
    };
    const unknown = counted(KEY.unknown, rows.withoutCompany);
    table.sum(totals.debriefs, [...named.map((company) => company.debriefs), others.debriefs, unknown]);

    const shown = reading.disclosure(keyOf, namedKeys, ownTeam).disclose(table);
    return {
      since,
      debriefs: shown.count(totals.debriefs),
      people: shown.count(totals.people),
      stageKinds: stageKinds.map((row) => ({ kind: row.kind, debriefs: shown.count(row.debriefs) })),
      processes: processes.map((row) => ({ stages: row.stages, debriefs: shown.count(row.debriefs) })),
      stageCounts: stageCounts.map((row) => ({ stages: row.stages, debriefs: shown.count(row.debriefs) })),
      themes: themes.map((row) => ({ theme: row.theme, debriefs: shown.count(row.debriefs) })),
      candidateExperience: ratings.map((row) => ({ aspect: row.aspect, average: shown.measure(row.average), ratings: shown.count(row.ratings) })),
      levelReadings: showStretch(readings, shown),
      companies: {
        threshold: companies.threshold,
        named: named.map((company) => ({ name: company.name, debriefs: shown.count(company.debriefs), people: shown.count(company.people) })),
        others: { debriefs: shown.count(others.debriefs), people: shown.count(others.people) },
        unknown: shown.count(unknown),
      },
    };
  }
}
