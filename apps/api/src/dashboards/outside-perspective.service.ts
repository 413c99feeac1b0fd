import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { stretchTag, trailingMonths } from '@onward/domain';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { InterviewKind } from '../roles/role-enums';
import { DashboardScope, DashboardScopeService } from './dashboard-scope.service';
import { showStretch, tallyByStretch } from './figures/breakdowns';
import { nameCompanies } from './figures/company-names';
import { Disclosure, everyFigureShown, FigureTable } from './figures/figure-table';
import { OutsidePerspectiveArgs } from './dto/outside-perspective.args';
import { CandidateExperienceAspect, OutsidePerspective } from './models/outside-perspective.model';
import { CountedRow, perspectiveRows, PerspectiveRows } from './outside-perspective.queries';

/** How many whole processes and themes are listed; the rest are in no list but in every total. */
export const PROCESSES_SHOWN = 5;
export const THEMES_SHOWN = 15;

const ASPECTS = Object.values(CandidateExperienceAspect);
const mostSeenFirst = <T extends CountedRow>(rows: readonly T[], tie: (row: T) => string) =>
  [...rows].sort((a, b) => b.debriefs - a.debriefs || b.people - a.people || tie(a).localeCompare(tie(b)));

/**
 * The outside perspective: what the debriefs with a set of people say about other companies'
 * processes. A manager's is over their direct reports; the scope is a set of people and the
 * disclosure a seam, so the leader's and admin's version over a subtree reuses both.
 */
@Injectable()
export class OutsidePerspectiveService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scopes: DashboardScopeService,
  ) {}

  async forManager(viewer: Viewer, args: OutsidePerspectiveArgs, context: GraphqlContext): Promise<OutsidePerspective> {
    const scope = await this.scopes.teamOf(viewer, context);
    return this.perspective(scope, args.months ?? null, everyFigureShown);
  }

  private async perspective(scope: DashboardScope, months: number | null, disclosure: Disclosure): Promise<OutsidePerspective> {
    const since = months === null ? null : trailingMonths(scope.today, months).startsOn;
    const rows = await perspectiveRows(this.dataSource.manager, {
      organizationId: scope.organizationId,
      managerId: scope.managerId,
      reportIds: scope.reports.map((report) => report.id),
      since,
    });
    return this.figures(rows, since, scope.threshold, disclosure);
  }

  private figures(rows: PerspectiveRows, since: string | null, threshold: number, disclosure: Disclosure): OutsidePerspective {
    const table = new FigureTable();
    const counted = (row: CountedRow) => table.count(Number(row.debriefs), Number(row.people));
    const totals = { debriefs: counted(rows.totals), people: table.count(Number(rows.totals.people), Number(rows.totals.people)) };
    const stageKinds = mostSeenFirst(rows.stageKinds, (row) => row.kind).map((row) => ({ kind: row.kind as InterviewKind, debriefs: counted(row) }));
    const processes = mostSeenFirst(rows.processes, (row) => row.stages.join(' '))
      .slice(0, PROCESSES_SHOWN)
      .map((row) => ({ stages: row.stages as InterviewKind[], debriefs: counted(row) }));
    const stageCounts = [...rows.stageCounts].sort((a, b) => a.stages - b.stages).map((row) => ({ stages: row.stages, debriefs: counted(row) }));
    const themes = mostSeenFirst(rows.themes, (row) => row.theme)
      .slice(0, THEMES_SHOWN)
      .map((row) => ({ theme: row.theme, debriefs: counted(row) }));
    const ratings = ASPECTS.map((aspect) => {
      const row = rows.ratings.find((r) => r.aspect === aspect) ?? { sum: 0, ratings: 0, people: 0 };
      const n = Number(row.ratings);
      return { aspect, average: table.measure(n === 0 ? null : Number(row.sum) / n, Number(row.people)), ratings: table.count(n, Number(row.people)) };
    });
    const readings = tallyByStretch(
      table,
      rows.readings.flatMap((row) => {
        const stretch = stretchTag(row.assessedRank === null ? null : Number(row.assessedRank), row.reportRank === null ? null : Number(row.reportRank));
        return Array.from({ length: Number(row.debriefs) }, () => ({ personId: row.reportId, stretch }));
      }),
    );
    const companies = nameCompanies(rows.companies.map((row) => ({ name: row.name, debriefs: Number(row.debriefs), peopleIds: row.peopleIds })), threshold);
    const named = companies.named.map((company) => ({ name: company.name, debriefs: table.count(company.debriefs, company.people), people: table.count(company.people, company.people) }));
    const others = { debriefs: table.count(companies.others.debriefs, companies.others.people), people: table.count(companies.others.people, companies.others.people) };
    const unknown = counted(rows.withoutCompany);
    table.sum(totals.debriefs, [...named.map((company) => company.debriefs), others.debriefs, unknown]);

    const shown = disclosure.disclose(table);
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
        named: named.map((company, i) => ({ name: companies.named[i].name, debriefs: shown.count(company.debriefs), people: shown.count(company.people) })),
        others: { debriefs: shown.count(others.debriefs), people: shown.count(others.people) },
        unknown: shown.count(unknown),
      },
    };
  }
}
