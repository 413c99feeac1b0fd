import { datasetCsv } from '../figures/figure-dataset';
import { parseMonths } from './MonthsFilter';
import type { OutsidePerspectiveData } from './outside-perspective-operations';
import { candidateExperienceDataset, companiesDataset, hasNoDebriefs, processesDataset, stageKindsDataset } from './outside-datasets';

const count = (value: number) => ({ __typename: 'ShownCount' as const, value });
const hidden = { __typename: 'Suppressed' as const, threshold: 5 };

const OUTSIDE: OutsidePerspectiveData = {
  scope: 'TEAM',
  scopes: ['TEAM'],
  since: null,
  debriefs: count(7),
  people: count(6),
  stageKinds: [
    { kind: 'SYSTEM_DESIGN', debriefs: count(6) },
    { kind: 'TAKE_HOME', debriefs: hidden },
  ],
  processes: [{ stages: ['RECRUITER_SCREEN', 'TECHNICAL', 'FINAL'], debriefs: count(3) }],
  stageCounts: [],
  themes: [],
  candidateExperience: [
    { aspect: 'STARTED_ON_TIME', average: { value: 4.25 }, ratings: count(6) },
    { aspect: 'CHALLENGING', average: null, ratings: count(0) },
  ],
  levelReadings: { total: count(7), parts: [] },
  companies: {
    threshold: 5,
    named: [{ name: 'Lumen Pay', debriefs: count(5), people: count(5) }],
    others: { debriefs: count(2), people: hidden },
    unknown: count(0),
  },
};

describe('the outside perspective as datasets', () => {
  it('names stage kinds and whole processes in the app’s words', () => {
    expect(datasetCsv(stageKindsDataset(OUTSIDE))).toBe('Kind of stage,Debriefs\r\nSystem design,6\r\nTake-home,hidden\r\n');
    expect(processesDataset(OUTSIDE).rows[0].label).toBe('Recruiter screen → Technical → Final round');
  });

  it('reads ratings out of 5 and says when nobody rated', () => {
    expect(datasetCsv(candidateExperienceDataset(OUTSIDE)).split('\r\n').slice(1, 3)).toEqual([
      'Interviews started on time,4.3 of 5,6',
      'The interviews were challenging,,0',
    ]);
  });

  it('lists named companies, then other companies; no row for unknown ones when there are none', () => {
    expect(datasetCsv(companiesDataset(OUTSIDE))).toBe('Company,Debriefs,Different people\r\nLumen Pay,5,5\r\nOther companies,2,hidden\r\n');
    const withUnknown = companiesDataset({ ...OUTSIDE, companies: { ...OUTSIDE.companies, unknown: count(1) } });
    expect(withUnknown.rows.map((r) => r.label)).toEqual(['Lumen Pay', 'Other companies', 'No company known']);
  });

  it('knows when no debrief counts', () => {
    expect(hasNoDebriefs(OUTSIDE)).toBe(false);
    expect(hasNoDebriefs({ ...OUTSIDE, debriefs: count(0) })).toBe(true);
    expect(hasNoDebriefs({ ...OUTSIDE, debriefs: hidden })).toBe(false);
  });
});

describe('the months filter in the address', () => {
  it.each([
    ['12', 12],
    ['1', 1],
    ['120', 120],
    ['0', null],
    ['121', null],
    ['6.5', null],
    ['abc', null],
    ['', null],
    [null, null],
  ])('%j reads as %j', (raw, months) => {
    expect(parseMonths(raw)).toBe(months);
  });
});
