import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { lastQuarters, type SumRelation, suppressTable, type SuppressionTableInput, type TableCell } from '@onward/domain';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import type { GraphqlContext } from '../../common/graphql/graphql-context';
import { DashboardScopeService } from '../dashboard-scope.service';
import type { Figure } from '../models/figures.model';
import { type OrgTeamRow, teamFigureCounts } from './org-dashboard.queries';
import { NOT_COVERED, NOW, orgWindow, PER_QUARTER, teamCells } from './org-member-figures';
import type { OrgDashboard, OrgFigures } from './org-dashboard.model';

const TOTAL = 'total';

/** The table handed to `suppressTable`, kept beside the answer so a test can check it independently. */
export interface OrgDashboardAnswer {
  dashboard: OrgDashboard;
  table: SuppressionTableInput;
}

/**
 * Who may see it: an admin, over everyone in the organization who has a manager; a leader (someone
 * with a manager among their direct reports), over everyone below them. Each person counts on one
 * team, their manager's of today, by the records that manager may see (as on their team dashboard).
 *
 * Teams roll up flat: each row is one manager's direct reports only, and the total is the sum of
 * the rows, so every declared sum is total = Σ teams, per figure and quarter (teams are disjoint),
 * and each group's people are its covered plus its not covered (now and per quarter; the second
 * never shown). No sum over quarters is declared: a person active in two quarters is one person in
 * a year, and coverage at each quarter's end is a state, not something that adds up.
 */
@Injectable()
export class OrgDashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scopes: DashboardScopeService,
  ) {}

  async forViewer(viewer: Viewer, context: GraphqlContext): Promise<OrgDashboard> {
    return (await this.answer(viewer, context)).dashboard;
  }

  async answer(viewer: Viewer, context: GraphqlContext): Promise<OrgDashboardAnswer> {
    const { rootId, today, timeZone, cadenceMonths, threshold: k } = await this.scopes.subtreeOf(viewer, context);
    const quarters = lastQuarters(today).map((q) => ({ ...q, endsOn: q.endsOn < today ? q.endsOn : today }));
    const window = orgWindow(quarters, today, timeZone, cadenceMonths);
    const answer = await teamFigureCounts(this.dataSource.manager, viewer.organizationId, rootId, window);
    const teams = teamsOf(answer.teams);
    const byTeam = teamCells(teams, answer.counts, quarters);
    const keys = [...NOW, ...quarters.flatMap((q) => PER_QUARTER.map((figure) => `${figure}@${q.key}`)), NOT_COVERED, ...quarters.map((q) => `${NOT_COVERED}@${q.key}`)];
    const cells: TableCell[] = [];
    const relations: SumRelation[] = [];
    const hiddenKeys = [NOT_COVERED, ...quarters.map((q) => `${NOT_COVERED}@${q.key}`)];
    for (const key of keys) {
      let sum = 0;
      const internal = hiddenKeys.includes(key);
      teams.forEach((team) => {
        const value = byTeam.get(team.managerId)!.get(key) ?? 0;
        sum += value;
        // The viewer's own direct reports are on their team dashboard already: known, never what protects or is protected.
        const visibility = team.managerId === viewer.personId ? 'KNOWN' : internal ? 'INTERNAL' : 'DISPLAYED';
        cells.push({ id: `${team.managerId}:${key}`, value, visibility });
      });
      cells.push({ id: `${TOTAL}:${key}`, value: sum, visibility: internal ? 'INTERNAL' : 'DISPLAYED' });
      // With no team in view (an admin of an organization where nobody has a manager) there is no sum, only a zero.
      if (teams.length) relations.push({ total: `${TOTAL}:${key}`, parts: teams.map((team) => `${team.managerId}:${key}`) });
    }
    // Everyone of a group is covered or not, now and at each quarter's end.
    for (const row of [...teams.map((team) => team.managerId), TOTAL]) {
      relations.push({ total: `${row}:people`, parts: [`${row}:peopleCovered`, `${row}:${NOT_COVERED}`] });
      for (const q of quarters) relations.push({ total: `${row}:people`, parts: [`${row}:peopleCovered@${q.key}`, `${row}:${NOT_COVERED}@${q.key}`] });
    }
    const table = { cells, relations };
    const { threshold, cells: shown } = suppressTable(table, k);
    const value = new Map(cells.map((cell) => [cell.id, cell.value]));
    // A known cell is shown under the same threshold as everyone's: a figure over fewer than k people is Suppressed.
    const figure = (id: string): Figure => shown.get(id) ?? ((value.get(id) ?? 0) >= threshold ? { kind: 'VALUE', value: value.get(id)! } : { kind: 'SUPPRESSED', threshold });
    const figuresOf = (row: string): OrgFigures => ({
      people: figure(`${row}:people`),
      peopleCovered: figure(`${row}:peopleCovered`),
      peopleWithDebriefsPending: figure(`${row}:peopleWithDebriefsPending`),
      peopleWithSatisfactionTalksSuggested: figure(`${row}:peopleWithSatisfactionTalksSuggested`),
      peopleWithOpenActionItems: figure(`${row}:peopleWithOpenActionItems`),
      peopleWithOverdueActionItems: figure(`${row}:peopleWithOverdueActionItems`),
      quarters: quarters.map((q) => ({
        quarter: q.key,
        startsOn: q.startsOn,
        endsOn: q.endsOn,
        current: q.endsOn === today,
        peopleCovered: figure(`${row}:peopleCovered@${q.key}`),
        peopleSharingRoles: figure(`${row}:peopleSharingRoles@${q.key}`),
        peopleSharingRolesByStretch: {
          stepUp: figure(`${row}:peopleSharingSTEP_UP@${q.key}`),
          sameLevel: figure(`${row}:peopleSharingSAME_LEVEL@${q.key}`),
          stepDown: figure(`${row}:peopleSharingSTEP_DOWN@${q.key}`),
          unrated: figure(`${row}:peopleSharingUNRATED@${q.key}`),
        },
        peopleInterviewed: figure(`${row}:peopleInterviewed@${q.key}`),
        peopleDebriefed: figure(`${row}:peopleDebriefed@${q.key}`),
        peopleInSatisfactionTalks: figure(`${row}:peopleInSatisfactionTalks@${q.key}`),
      })),
    });
    const inView = new Set(teams.map((team) => team.managerId));
    return {
      table,
      dashboard: {
        asOf: today,
        timeZone,
        threshold,
        teams: teams.map((team) => ({
          managerId: team.managerId,
          managerName: team.managerName,
          parentManagerId: team.parentManagerId !== null && inView.has(team.parentManagerId) ? team.parentManagerId : null,
          yours: team.managerId === viewer.personId,
          figures: figuresOf(team.managerId),
        })),
        total: figuresOf(TOTAL),
      },
    };
  }
}

interface Team {
  managerId: string;
  managerName: string;
  parentManagerId: string | null;
  people: number;
}

/** The teams in a stable order (by manager name, then id). */
function teamsOf(rows: readonly OrgTeamRow[]): Team[] {
  return rows
    .map((row) => ({ managerId: row.managerId, managerName: row.managerName, parentManagerId: row.managerManagerId, people: row.people }))
    .sort((a, b) => a.managerName.localeCompare(b.managerName) || (a.managerId < b.managerId ? -1 : 1));
}
