import type { FigureDataset, FigureRow } from '../figures/figure-dataset';
import { quarterLabel, quarterShortLabel } from '../labels';
import type { OrgDashboardData, OrgFiguresData, OrgTeamData } from './org-dashboard-operations';
import { NOW_FIGURES, type OrgQuarterChart } from './org-figures';

/*
 * The org dashboard's figures as datasets: each table, chart and CSV comes from one of these, so a
 * hidden figure reads "hidden" in all three. Pure, so words and order are tested without a browser.
 */

/** A team where it sits in the tree: how deep, and the team it is part of. */
export interface TeamNode {
  team: OrgTeamData;
  depth: number;
  parent: OrgTeamData | null;
}

export function teamLabel(team: OrgTeamData): string {
  return team.yours ? `${team.managerName}’s team (yours)` : `${team.managerName}’s team`;
}

const byName = (a: OrgTeamData, b: OrgTeamData) => a.managerName.localeCompare(b.managerName);

/**
 * Teams in tree order (each followed by the teams of the managers on it), by manager name among
 * siblings. A team whose parent is not in view starts a tree of its own; a loop cannot hang it.
 */
export function teamTree(teams: readonly OrgTeamData[]): TeamNode[] {
  const byId = new Map(teams.map((team) => [team.managerId, team]));
  const children = new Map<string, OrgTeamData[]>();
  const roots: OrgTeamData[] = [];
  for (const team of teams) {
    const parent = team.parentManagerId ? byId.get(team.parentManagerId) : undefined;
    if (parent && parent !== team) children.set(parent.managerId, [...(children.get(parent.managerId) ?? []), team]);
    else roots.push(team);
  }
  const nodes: TeamNode[] = [];
  const seen = new Set<string>();
  const visit = (team: OrgTeamData, depth: number, parent: OrgTeamData | null) => {
    if (seen.has(team.managerId)) return;
    seen.add(team.managerId);
    nodes.push({ team, depth, parent });
    for (const child of [...(children.get(team.managerId) ?? [])].sort(byName)) visit(child, depth + 1, team);
  };
  for (const root of [...roots].sort(byName)) visit(root, 0, null);
  // Teams only reachable through a loop of parents still show, at the top.
  for (const team of teams) visit(team, 0, null);
  return nodes;
}

/** Every team, nested, with today's figures; the team each is part of in words for the table and the CSV. */
export function teamsDataset(dashboard: OrgDashboardData): FigureDataset {
  return {
    id: 'org-teams',
    title: 'Teams',
    rowHeader: 'Team',
    columns: [{ key: 'partOf', label: 'Part of', format: 'text' }, ...NOW_FIGURES.map((f) => ({ key: f.key, label: f.label, format: 'count' as const }))],
    rows: teamTree(dashboard.teams).map(({ team, depth, parent }) => ({
      key: team.managerId,
      label: teamLabel(team),
      depth,
      cells: { partOf: parent ? teamLabel(parent) : null, ...Object.fromEntries(NOW_FIGURES.map((f) => [f.key, f.of(team.figures)])) },
    })),
  };
}

/** Everyone on the teams in view, today. */
export function totalDataset(dashboard: OrgDashboardData): FigureDataset {
  return {
    id: 'org-everyone',
    title: 'Everyone in view',
    rowHeader: 'Figure',
    columns: [{ key: 'value', label: 'Today', format: 'count' }],
    rows: NOW_FIGURES.map((f) => ({ key: f.key, label: f.label, cells: { value: f.of(dashboard.total) } })),
  };
}

/** Whose quarters the charts show: everyone in view, or one team. */
export interface OrgGroup {
  key: string;
  label: string;
  /** Part of a CSV's name: "everyone", or the team's manager. */
  slug: string;
  figures: OrgFiguresData;
}

export const EVERYONE = 'everyone';

function slugOf(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'team';
}

/** The groups a reader may pick for the charts: everyone first, then the teams in tree order. */
export function orgGroups(dashboard: OrgDashboardData): OrgGroup[] {
  return [
    { key: EVERYONE, label: 'Everyone in view', slug: EVERYONE, figures: dashboard.total },
    ...teamTree(dashboard.teams).map(({ team }) => ({ key: team.managerId, label: teamLabel(team), slug: `team-${slugOf(team.managerName)}`, figures: team.figures })),
  ];
}

/** One chart's figures over the last eight quarters, for one group. */
export function quarterDataset(chart: OrgQuarterChart, group: OrgGroup): FigureDataset {
  return {
    id: `${chart.id}-${group.slug}`,
    title: chart.title,
    rowHeader: 'Quarter',
    columns: chart.figures.map((f) => ({ key: f.key, label: f.label, format: 'count' as const, color: f.color })),
    rows: group.figures.quarters.map(
      (quarter): FigureRow => ({
        key: quarter.quarter,
        label: quarterLabel(quarter.quarter, quarter.current),
        short: quarterShortLabel(quarter.quarter),
        cells: Object.fromEntries(chart.figures.map((f) => [f.key, f.of(quarter)])),
      }),
    ),
  };
}
