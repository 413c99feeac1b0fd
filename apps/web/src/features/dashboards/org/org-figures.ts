import type { StretchTag } from '../../../generated/gql/graphql';
import type { Figure } from '../figures/figure';
import type { ChartKind } from '../figures/FigureChart';
import { STRETCH_ORDER, STRETCH_SERIES } from '../labels';
import type { OrgFiguresData, OrgQuarterData } from './org-dashboard-operations';

/*
 * What the org dashboard shows, as lists: a new figure of OrgFigures or OrgQuarter is one entry
 * here (and its field in the fragment); the tables, charts and CSVs follow from these.
 */

/** A figure of a group today: a column of the teams table and a tile of the total. */
export interface OrgNowFigure {
  key: string;
  label: string;
  of: (figures: OrgFiguresData) => Figure;
}

export const NOW_FIGURES: OrgNowFigure[] = [
  { key: 'people', label: 'People', of: (f) => f.people },
  { key: 'peopleCovered', label: 'Covered by practice', of: (f) => f.peopleCovered },
  { key: 'peopleWithDebriefsPending', label: 'With a debrief pending', of: (f) => f.peopleWithDebriefsPending },
  { key: 'peopleWithSatisfactionTalksSuggested', label: 'With a satisfaction talk suggested', of: (f) => f.peopleWithSatisfactionTalksSuggested },
  { key: 'peopleWithOpenActionItems', label: 'With open action items', of: (f) => f.peopleWithOpenActionItems },
  { key: 'peopleWithOverdueActionItems', label: 'With overdue action items', of: (f) => f.peopleWithOverdueActionItems },
];

/** A figure of a group in one quarter: a series of a chart (drawn when it has a colour) and a column of its table. */
export interface OrgQuarterFigure {
  key: string;
  label: string;
  color?: string;
  of: (quarter: OrgQuarterData) => Figure;
}

/** One chart of quarters, with the figures it draws. */
export interface OrgQuarterChart {
  id: string;
  title: string;
  description: string;
  chart: ChartKind;
  emptyText: string;
  figures: OrgQuarterFigure[];
}

const STRETCH_FIELD: Record<StretchTag, keyof Omit<OrgQuarterData['peopleSharingRolesByStretch'], '__typename'>> = {
  STEP_UP: 'stepUp',
  SAME_LEVEL: 'sameLevel',
  STEP_DOWN: 'stepDown',
  UNRATED: 'unrated',
};

export const QUARTER_CHARTS: OrgQuarterChart[] = [
  {
    id: 'org-practice-coverage',
    title: 'Practice coverage',
    description: 'People of the group today who were covered by interview practice on the last day of each quarter.',
    chart: 'bars',
    emptyText: 'Nobody was covered by practice in these quarters.',
    figures: [{ key: 'peopleCovered', label: 'Covered', color: 'green.7', of: (q) => q.peopleCovered }],
  },
  {
    id: 'org-people-sharing-roles',
    title: 'People sharing roles',
    // People, not roles: someone who shared a step-up and a same-level role counts in both bars.
    description: 'People who shared a role with their manager, by its stretch tag against their level. Someone who shared two kinds counts in both.',
    chart: 'bars',
    emptyText: 'Nobody shared a role with their manager in these quarters.',
    figures: [
      ...STRETCH_ORDER.map((tag) => ({ key: tag, label: STRETCH_SERIES[tag].label, color: STRETCH_SERIES[tag].color, of: (q: OrgQuarterData) => q.peopleSharingRolesByStretch[STRETCH_FIELD[tag]] })),
      { key: 'peopleSharingRoles', label: 'Anyone sharing', of: (q) => q.peopleSharingRoles },
    ],
  },
  {
    id: 'org-interviews-and-debriefs',
    title: 'Interviews, debriefs and satisfaction talks',
    description: 'People with an interview on a shared role, a debrief, or a satisfaction conversation in each quarter.',
    chart: 'bars',
    emptyText: 'Nobody had an interview, a debrief or a satisfaction conversation in these quarters.',
    figures: [
      { key: 'peopleInterviewed', label: 'Interviewed', color: 'blue.6', of: (q) => q.peopleInterviewed },
      { key: 'peopleDebriefed', label: 'Debriefed', color: 'teal.6', of: (q) => q.peopleDebriefed },
      { key: 'peopleInSatisfactionTalks', label: 'In a satisfaction talk', color: 'grape.6', of: (q) => q.peopleInSatisfactionTalks },
    ],
  },
];
