import { datasetCsv } from '../figures/figure-dataset';
import type { OrgDashboardData, OrgFiguresData, OrgTeamData } from './org-dashboard-operations';
import { orgGroups, quarterDataset, teamsDataset, teamTree, totalDataset } from './org-datasets';
import { QUARTER_CHARTS } from './org-figures';

const count = (value: number) => ({ __typename: 'ShownCount' as const, value });
const hidden = { __typename: 'Suppressed' as const, threshold: 5 };

function figures(people: number | 'hidden'): OrgFiguresData {
  const figure = people === 'hidden' ? hidden : count(people);
  return {
    people: figure,
    peopleCovered: hidden,
    peopleWithDebriefsPending: count(0),
    peopleWithSatisfactionTalksSuggested: hidden,
    peopleWithOpenActionItems: hidden,
    peopleWithOverdueActionItems: count(0),
    quarters: [
      {
        quarter: '2026-Q3',
        current: false,
        peopleCovered: count(9),
        peopleSharingRoles: count(7),
        peopleSharingRolesByStretch: { stepUp: count(6), sameLevel: hidden, stepDown: hidden, unrated: count(0) },
        peopleInterviewed: hidden,
        peopleDebriefed: count(5),
        peopleInSatisfactionTalks: hidden,
      },
      {
        quarter: '2026-Q4',
        current: true,
        peopleCovered: hidden,
        peopleSharingRoles: hidden,
        peopleSharingRolesByStretch: { stepUp: hidden, sameLevel: hidden, stepDown: hidden, unrated: hidden },
        peopleInterviewed: hidden,
        peopleDebriefed: hidden,
        peopleInSatisfactionTalks: hidden,
      },
    ],
  };
}

const team = (managerId: string, managerName: string, parentManagerId: string | null, people: number | 'hidden', yours = false): OrgTeamData => ({
  managerId,
  managerName,
  parentManagerId,
  yours,
  figures: figures(people),
});

const DASHBOARD: OrgDashboardData = {
  asOf: '2026-12-01',
  threshold: 5,
  // Out of order on purpose: the tree is built from parentManagerId, not from the list's order.
  teams: [team('u', 'Ulla Berg', 'n', 'hidden'), team('r', 'Rhea Kapoor', 'n', 14), team('n', 'Nora Castillo', null, 'hidden', true), team('x', 'Xena Park', 'r', 6)],
  total: figures(26),
};

describe('the org dashboard as datasets', () => {
  it('nests teams under the team their manager is on, by manager name among siblings', () => {
    expect(teamTree(DASHBOARD.teams).map(({ team: t, depth }) => [t.managerName, depth])).toEqual([
      ['Nora Castillo', 0],
      ['Rhea Kapoor', 1],
      ['Xena Park', 2],
      ['Ulla Berg', 1],
    ]);
  });

  it('shows every team, even one whose parents form a loop', () => {
    const loop = [team('a', 'Ada', 'b', 5), team('b', 'Ben', 'a', 5)];
    expect(teamTree(loop).map(({ team: t }) => t.managerName).sort()).toEqual(['Ada', 'Ben']);
  });

  it('marks your own team and says in words which team each is part of, hidden figures as "hidden"', () => {
    const dataset = teamsDataset(DASHBOARD);
    expect(dataset.rows.map((row) => row.depth)).toEqual([0, 1, 2, 1]);
    expect(datasetCsv(dataset).split('\r\n')).toEqual([
      'Team,Part of,People,Covered by practice,With a debrief pending,With a satisfaction talk suggested,With open action items,With overdue action items',
      'Nora Castillo’s team (yours),,hidden,hidden,0,hidden,hidden,0',
      'Rhea Kapoor’s team,Nora Castillo’s team (yours),14,hidden,0,hidden,hidden,0',
      'Xena Park’s team,Rhea Kapoor’s team,6,hidden,0,hidden,hidden,0',
      'Ulla Berg’s team,Nora Castillo’s team (yours),hidden,hidden,0,hidden,hidden,0',
      '',
    ]);
  });

  it('sums up everyone in view today', () => {
    expect(datasetCsv(totalDataset(DASHBOARD)).split('\r\n').slice(0, 3)).toEqual(['Figure,Today', 'People,26', 'Covered by practice,hidden']);
  });

  it('draws each quarter chart for the group picked, named in its CSV file, hidden figures never a number', () => {
    const groups = orgGroups(DASHBOARD);
    expect(groups.map((g) => g.slug)).toEqual(['everyone', 'team-nora-castillo', 'team-rhea-kapoor', 'team-xena-park', 'team-ulla-berg']);
    const [coverage, sharing, activity] = QUARTER_CHARTS;
    expect(datasetCsv(quarterDataset(coverage, groups[0])).split('\r\n').slice(0, 3)).toEqual(['Quarter,Covered', 'Q3 2026,9', 'Q4 2026 (so far),hidden']);
    const dataset = quarterDataset(sharing, groups[2]);
    expect(dataset.id).toBe('org-people-sharing-roles-team-rhea-kapoor');
    expect(dataset.columns.filter((c) => c.color).map((c) => c.label)).toEqual(['Step up', 'Same level', 'Step down', 'Unrated']);
    expect(datasetCsv(dataset).split('\r\n').slice(0, 3)).toEqual([
      'Quarter,Step up,Same level,Step down,Unrated,Anyone sharing',
      'Q3 2026,6,hidden,hidden,0,7',
      'Q4 2026 (so far),hidden,hidden,hidden,hidden,hidden',
    ]);
    expect(datasetCsv(quarterDataset(activity, groups[0])).split('\r\n')[1]).toBe('Q3 2026,hidden,5,hidden');
  });
});
