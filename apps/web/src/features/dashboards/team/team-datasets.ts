import type { StretchTag } from '../../../generated/gql/graphql';
import { formatDay } from '../../../shared/format/format-day';
import { practiceBadge } from '../../../shared/practice/practice-status';
import type { Figure } from '../figures/figure';
import type { FigureCell, FigureDataset, FigureRow } from '../figures/figure-dataset';
import { quarterLabel, quarterShortLabel, STRETCH_ORDER, STRETCH_SERIES } from '../labels';
import type { TeamActivityData, TeamDashboardData, TeamQuarterData, TeamReportData } from './team-dashboard-operations';

/*
 * The team dashboard's figures as datasets: each chart, its table and its CSV come from one of
 * these, so they always agree. Kept pure so the words and the order are tested without a browser.
 */

const shown = (value: number): Figure => ({ __typename: 'ShownCount', value });

function stretchCount(activity: TeamActivityData, tag: StretchTag): Figure | null {
  return activity.rolesShared.parts.find((part) => part.stretch === tag)?.count ?? null;
}

function summaryRow(key: string, label: string, value: FigureCell, format?: FigureRow['format']): FigureRow {
  return { key, label, cells: { value }, format };
}

/** Where the team stands today. */
export function todayDataset(dashboard: TeamDashboardData): FigureDataset {
  const { coverage } = dashboard;
  return {
    id: 'team-today',
    title: 'Today',
    rowHeader: 'Figure',
    columns: [{ key: 'value', label: 'Today', format: 'count' }],
    rows: [
      summaryRow('coverage', 'Practice coverage', coverage.share, 'share'),
      summaryRow('covered', 'Reports covered', coverage.covered),
      summaryRow('team', 'Reports on the team', coverage.team),
      summaryRow('debriefsPending', 'Debriefs pending', dashboard.debriefsPending),
      summaryRow('satisfactionTalksSuggested', 'Same-level roles awaiting a satisfaction talk', dashboard.satisfactionTalksSuggested),
      summaryRow('openActionItems', 'Open action items', dashboard.openActionItems),
      summaryRow('overdueActionItems', 'Overdue action items', dashboard.overdueActionItems),
    ],
  };
}

/** What happened over the last twelve months. */
export function lastTwelveMonthsDataset(dashboard: TeamDashboardData): FigureDataset {
  const activity = dashboard.lastTwelveMonths;
  return {
    id: 'team-last-twelve-months',
    title: 'Last twelve months',
    rowHeader: 'Figure',
    columns: [{ key: 'value', label: 'Last twelve months', format: 'count' }],
    rows: [
      summaryRow('rolesShared', 'Roles shared with you', activity.rolesShared.total),
      summaryRow('sameLevel', 'Same-level flags', stretchCount(activity, 'SAME_LEVEL')),
      summaryRow('interviews', 'Interviews', activity.interviews),
      summaryRow('debriefsHeld', 'Debriefs held', activity.debriefsHeld),
      summaryRow('medianDaysToDebrief', 'Median days from interview to debrief', activity.medianDaysToDebrief, 'days'),
      summaryRow('satisfactionConversations', 'Satisfaction conversations held', activity.satisfactionConversations),
    ],
  };
}

function quarterRows(quarters: TeamQuarterData[], cells: (quarter: TeamQuarterData) => Record<string, FigureCell>): FigureRow[] {
  return quarters.map((quarter) => ({
    key: quarter.quarter,
    label: quarterLabel(quarter.quarter, quarter.current),
    short: quarterShortLabel(quarter.quarter),
    cells: cells(quarter),
  }));
}

/** The share of the team covered at the end of each quarter. */
export function coverageDataset(dashboard: TeamDashboardData): FigureDataset {
  return {
    id: 'team-coverage-by-quarter',
    title: 'Practice coverage by quarter',
    rowHeader: 'Quarter',
    columns: [
      { key: 'share', label: 'Share covered', format: 'share', color: 'blue.6' },
      { key: 'covered', label: 'Covered', format: 'count' },
      { key: 'team', label: 'On the team', format: 'count' },
    ],
    rows: quarterRows(dashboard.quarters, ({ coverage }) => ({ share: coverage.share, covered: coverage.covered, team: coverage.team })),
  };
}

/** Roles shared with the manager in each quarter, by stretch tag. */
export function rolesByStretchDataset(dashboard: TeamDashboardData): FigureDataset {
  return {
    id: 'team-roles-by-stretch',
    title: 'Roles shared by stretch tag',
    rowHeader: 'Quarter',
    columns: [
      ...STRETCH_ORDER.map((tag) => ({ key: tag, label: STRETCH_SERIES[tag].label, format: 'count' as const, color: STRETCH_SERIES[tag].color })),
      { key: 'total', label: 'All roles', format: 'count' as const },
    ],
    rows: quarterRows(dashboard.quarters, ({ activity }) => ({
      ...Object.fromEntries(STRETCH_ORDER.map((tag) => [tag, stretchCount(activity, tag)])),
      total: activity.rolesShared.total,
    })),
  };
}

/** Interviews, debriefs and satisfaction conversations in each quarter. */
export function activityDataset(dashboard: TeamDashboardData): FigureDataset {
  return {
    id: 'team-interviews-and-debriefs',
    title: 'Interviews and debriefs',
    rowHeader: 'Quarter',
    columns: [
      { key: 'interviews', label: 'Interviews', format: 'count', color: 'blue.6' },
      { key: 'debriefsHeld', label: 'Debriefs held', format: 'count', color: 'teal.6' },
      { key: 'satisfactionConversations', label: 'Satisfaction conversations', format: 'count', color: 'grape.6' },
    ],
    rows: quarterRows(dashboard.quarters, ({ activity }) => ({
      interviews: activity.interviews,
      debriefsHeld: activity.debriefsHeld,
      satisfactionConversations: activity.satisfactionConversations,
    })),
  };
}

/** The median days from an interview to the debrief after it, per quarter of the debrief. */
export function daysToDebriefDataset(dashboard: TeamDashboardData): FigureDataset {
  return {
    id: 'team-days-to-debrief',
    title: 'Days from interview to debrief',
    rowHeader: 'Quarter',
    none: 'No debrief',
    columns: [{ key: 'median', label: 'Median days', format: 'days', color: 'indigo.6' }],
    rows: quarterRows(dashboard.quarters, ({ activity }) => ({ median: activity.medianDaysToDebrief })),
  };
}

function reportCells(report: TeamReportData): Record<string, FigureCell> {
  return {
    practice: practiceBadge(report.practice.state).label,
    dueOn: formatDay(report.practice.dueOn),
    rolesShared: shown(report.rolesShared),
    debriefsPending: shown(report.debriefsPending),
    satisfactionTalksSuggested: shown(report.satisfactionTalksSuggested),
    openActionItems: shown(report.openActionItems),
    overdueActionItems: shown(report.overdueActionItems),
  };
}

/** Each report by name: only what the manager could open about them one by one. */
export function reportsDataset(dashboard: TeamDashboardData): FigureDataset {
  return {
    id: 'team-reports',
    title: 'Your reports',
    rowHeader: 'Report',
    columns: [
      { key: 'practice', label: 'Practice', format: 'text' },
      { key: 'dueOn', label: 'Next due', format: 'text' },
      { key: 'rolesShared', label: 'Roles shared', format: 'count' },
      { key: 'debriefsPending', label: 'Debriefs pending', format: 'count' },
      { key: 'satisfactionTalksSuggested', label: 'Satisfaction talks due', format: 'count' },
      { key: 'openActionItems', label: 'Open action items', format: 'count' },
      { key: 'overdueActionItems', label: 'Overdue', format: 'count' },
    ],
    rows: dashboard.reports.map((report) => ({ key: report.person.id, label: report.person.name, href: `/team/${report.person.id}`, cells: reportCells(report) })),
  };
}

/** True when nothing has happened yet: no share, interview, debrief, conversation or open item. */
export function hasNoActivity(dashboard: TeamDashboardData): boolean {
  const counts = [
    dashboard.lastTwelveMonths.rolesShared.total,
    dashboard.lastTwelveMonths.interviews,
    dashboard.lastTwelveMonths.debriefsHeld,
    dashboard.lastTwelveMonths.satisfactionConversations,
    dashboard.openActionItems,
  ];
  return counts.every((figure) => 'value' in figure && figure.value === 0);
}
