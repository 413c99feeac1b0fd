import { datasetCsv } from '../figures/figure-dataset';
import type { TeamDashboardData } from './team-dashboard-operations';
import { coverageDataset, daysToDebriefDataset, hasNoActivity, reportsDataset, rolesByStretchDataset, todayDataset } from './team-datasets';

const count = (value: number) => ({ __typename: 'ShownCount' as const, value });
const measure = (value: number) => ({ __typename: 'ShownMeasure' as const, value });
const hidden = { __typename: 'Suppressed' as const, threshold: 5 };

function activity(roles: number, overrides: Partial<TeamDashboardData['lastTwelveMonths']> = {}): TeamDashboardData['lastTwelveMonths'] {
  return {
    startsOn: '2026-07-01',
    endsOn: '2026-09-30',
    rolesShared: {
      total: count(roles),
      parts: [
        { stretch: 'STEP_UP', count: count(roles) },
        { stretch: 'SAME_LEVEL', count: hidden },
        { stretch: 'STEP_DOWN', count: count(0) },
        { stretch: 'UNRATED', count: count(0) },
      ],
    },
    interviews: count(0),
    debriefsHeld: count(0),
    medianDaysToDebrief: null,
    satisfactionConversations: count(0),
    ...overrides,
  };
}

const coverage = (team: number, covered: number) => ({ asOf: '2026-09-30', team: count(team), covered: count(covered), share: team ? measure(covered / team) : null });

const DASHBOARD: TeamDashboardData = {
  asOf: '2026-12-01',
  coverage: coverage(4, 3),
  debriefsPending: count(1),
  satisfactionTalksSuggested: count(0),
  openActionItems: count(2),
  overdueActionItems: hidden,
  lastTwelveMonths: activity(2),
  quarters: [
    { quarter: '2026-Q3', current: false, coverage: coverage(0, 0), activity: activity(0) },
    { quarter: '2026-Q4', current: true, coverage: coverage(4, 3), activity: activity(2, { medianDaysToDebrief: measure(2.5) }) },
  ],
  reports: [
    {
      person: { id: 'p1', name: 'Priya Raman' },
      practice: { state: 'OVERDUE', dueOn: '2026-11-16' },
      rolesShared: 2,
      debriefsPending: 1,
      satisfactionTalksSuggested: 1,
      openActionItems: 0,
      overdueActionItems: 0,
    },
  ],
};

describe('the team dashboard as datasets', () => {
  it('puts today’s figures in a fixed order, coverage as a share', () => {
    const csv = datasetCsv(todayDataset(DASHBOARD)).split('\r\n');
    expect(csv.slice(0, 4)).toEqual(['Figure,Today', 'Practice coverage,75%', 'Reports covered,3', 'Reports on the team,4']);
    expect(csv).toContain('Overdue action items,hidden');
  });

  it('names quarters in words, the current one as still running, with short names for the axis', () => {
    const rows = coverageDataset(DASHBOARD).rows;
    expect(rows.map((r) => [r.label, r.short])).toEqual([
      ['Q3 2026', 'Q3 ’26'],
      ['Q4 2026 (so far)', 'Q4 ’26'],
    ]);
    // Nobody on the team yet: no share, which the table shows as a dash and the CSV leaves empty.
    expect(datasetCsv(coverageDataset(DASHBOARD)).split('\r\n')[1]).toBe('Q3 2026,,0,0');
  });

  it('breaks shared roles down by stretch tag in the tags’ order, then the total', () => {
    const dataset = rolesByStretchDataset(DASHBOARD);
    expect(dataset.columns.map((c) => c.label)).toEqual(['Step up', 'Same level', 'Step down', 'Unrated', 'All roles']);
    expect(datasetCsv(dataset).split('\r\n')[2]).toBe('Q4 2026 (so far),2,hidden,0,0,2');
  });

  it('says when no debrief followed an interview', () => {
    expect(daysToDebriefDataset(DASHBOARD).rows.map((r) => r.cells.median)).toEqual([null, measure(2.5)]);
    expect(datasetCsv(daysToDebriefDataset(DASHBOARD)).split('\r\n')[2]).toBe('Q4 2026 (so far),2.5 days');
  });

  it('names each report, linking to their page', () => {
    const dataset = reportsDataset(DASHBOARD);
    expect(dataset.rows[0]).toMatchObject({ label: 'Priya Raman', href: '/team/p1' });
    expect(datasetCsv(dataset).split('\r\n')[0]).toBe('Report,Practice,Next due,Roles shared,Debriefs pending,Satisfaction talks due,Open action items,Overdue');
    expect(datasetCsv(dataset).split('\r\n')[1]).toMatch(/^Priya Raman,Overdue,"?[^,]+,? 2026"?,2,1,1,0,0$/);
  });

  it('knows when nothing has happened yet', () => {
    expect(hasNoActivity(DASHBOARD)).toBe(false);
    expect(hasNoActivity({ ...DASHBOARD, openActionItems: count(0), lastTwelveMonths: activity(0) })).toBe(true);
  });
});
