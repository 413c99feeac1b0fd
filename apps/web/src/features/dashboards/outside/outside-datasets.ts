import { INTERVIEW_KIND_LABELS } from '../../../shared/format/enum-labels';
import type { FigureDataset } from '../figures/figure-dataset';
import { ASPECT_LABELS, LEVEL_READING_LABELS } from '../labels';
import type { OutsidePerspectiveData } from './outside-perspective-operations';

/*
 * The outside perspective as datasets (chart, table and CSV from one source). Words for a stage
 * kind come from the app's shared labels, so a debrief and its dashboard name a stage alike.
 */

const debriefsColumn = (color?: string) => ({ key: 'debriefs', label: 'Debriefs', format: 'count' as const, color });

export function outsideSummaryDataset(outside: OutsidePerspectiveData): FigureDataset {
  return {
    id: 'outside-summary',
    title: 'Debriefs counted',
    rowHeader: 'Figure',
    columns: [{ key: 'value', label: 'Value', format: 'count' }],
    rows: [
      { key: 'debriefs', label: 'Debriefs', cells: { value: outside.debriefs } },
      { key: 'people', label: 'Different people', cells: { value: outside.people } },
    ],
  };
}

export function stageKindsDataset(outside: OutsidePerspectiveData): FigureDataset {
  return {
    id: 'outside-stage-kinds',
    title: 'Kinds of stage seen most',
    rowHeader: 'Kind of stage',
    columns: [debriefsColumn('blue.6')],
    rows: outside.stageKinds.map((s) => ({ key: s.kind, label: INTERVIEW_KIND_LABELS[s.kind] ?? s.kind, cells: { debriefs: s.debriefs } })),
  };
}

export function processesDataset(outside: OutsidePerspectiveData): FigureDataset {
  return {
    id: 'outside-processes',
    title: 'Most common processes',
    rowHeader: 'Stages, in order',
    columns: [debriefsColumn()],
    rows: outside.processes.map((p) => ({
      key: p.stages.join('>'),
      label: p.stages.map((kind) => INTERVIEW_KIND_LABELS[kind] ?? kind).join(' → '),
      cells: { debriefs: p.debriefs },
    })),
  };
}

export function stageCountsDataset(outside: OutsidePerspectiveData): FigureDataset {
  return {
    id: 'outside-number-of-stages',
    title: 'Number of stages',
    rowHeader: 'Stages',
    columns: [debriefsColumn('cyan.6')],
    rows: outside.stageCounts.map((s) => ({ key: String(s.stages), label: s.stages === 1 ? '1 stage' : `${s.stages} stages`, cells: { debriefs: s.debriefs } })),
  };
}

export function themesDataset(outside: OutsidePerspectiveData): FigureDataset {
  return {
    id: 'outside-themes',
    title: 'Common themes',
    rowHeader: 'Theme',
    columns: [debriefsColumn('teal.6')],
    rows: outside.themes.map((t) => ({ key: t.theme.toLowerCase(), label: t.theme, cells: { debriefs: t.debriefs } })),
  };
}

export function candidateExperienceDataset(outside: OutsidePerspectiveData): FigureDataset {
  return {
    id: 'outside-candidate-experience',
    title: 'Candidate experience',
    rowHeader: 'Rating',
    none: 'Not rated',
    columns: [
      { key: 'average', label: 'Average (1 to 5)', format: 'rating', color: 'yellow.6' },
      { key: 'ratings', label: 'Debriefs rating it', format: 'count' },
    ],
    rows: outside.candidateExperience.map((r) => ({ key: r.aspect, label: ASPECT_LABELS[r.aspect] ?? r.aspect, cells: { average: r.average, ratings: r.ratings } })),
  };
}

export function levelReadingsDataset(outside: OutsidePerspectiveData): FigureDataset {
  return {
    id: 'outside-level-readings',
    title: 'Outside level readings',
    rowHeader: 'The other company read them',
    columns: [debriefsColumn('violet.6')],
    rows: outside.levelReadings.parts.map((p) => ({ key: p.stretch, label: LEVEL_READING_LABELS[p.stretch] ?? p.stretch, cells: { debriefs: p.count } })),
  };
}

export function companiesDataset(outside: OutsidePerspectiveData): FigureDataset {
  const { named, others, unknown } = outside.companies;
  return {
    id: 'outside-companies',
    title: 'Companies',
    rowHeader: 'Company',
    columns: [debriefsColumn('indigo.6'), { key: 'people', label: 'Different people', format: 'count' }],
    rows: [
      ...named.map((c) => ({ key: `named:${c.name.toLowerCase()}`, label: c.name, cells: { debriefs: c.debriefs, people: c.people } })),
      { key: 'others', label: 'Other companies', cells: { debriefs: others.debriefs, people: others.people } },
      // Said only when there are some: a zero here would be a row about nothing.
      ...('value' in unknown && unknown.value === 0 ? [] : [{ key: 'unknown', label: 'No company known', cells: { debriefs: unknown, people: null } }]),
    ],
  };
}

/** True when no debrief counts: the page then says so instead of drawing empty charts. */
export function hasNoDebriefs(outside: OutsidePerspectiveData): boolean {
  return 'value' in outside.debriefs && outside.debriefs.value === 0;
}
