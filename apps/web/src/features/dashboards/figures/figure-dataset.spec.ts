import { datasetCsv, datasetFileName, datasetThreshold, type FigureDataset, hasDrawable, isDatasetEmpty, rowHidesCharted } from './figure-dataset';

const shown = (value: number) => ({ __typename: 'ShownCount' as const, value });
const hidden = (threshold: number) => ({ __typename: 'Suppressed' as const, threshold });

const dataset = (rows: FigureDataset['rows']): FigureDataset => ({
  id: 'team-coverage',
  title: 'Coverage',
  rowHeader: 'Quarter',
  columns: [
    { key: 'share', label: 'Share covered', format: 'share', color: 'blue.6' },
    { key: 'team', label: 'On the team', format: 'count' },
  ],
  rows,
});

describe('a dataset as CSV', () => {
  it('is a header and one line per row, hidden figures as "hidden", empty cells empty', () => {
    const csv = datasetCsv(
      dataset([
        { key: 'q1', label: 'Q1 2026', cells: { share: { __typename: 'ShownMeasure', value: 0.5 }, team: shown(4) } },
        { key: 'q2', label: 'Q2 2026', cells: { share: hidden(5), team: hidden(5) } },
        { key: 'q3', label: 'Q3 2026', cells: { share: null, team: shown(0) } },
      ]),
    );
    expect(csv).toBe('Quarter,Share covered,On the team\r\nQ1 2026,50%,4\r\nQ2 2026,hidden,hidden\r\nQ3 2026,,0\r\n');
  });

  it('quotes commas and escapes what a spreadsheet would run as a formula', () => {
    const csv = datasetCsv({
      id: 'themes',
      title: 'Themes',
      rowHeader: 'Theme',
      columns: [{ key: 'n', label: 'Debriefs', format: 'count' }],
      rows: [
        { key: 'a', label: 'scale, fast', cells: { n: shown(2) } },
        { key: 'b', label: '=HYPERLINK("x")', cells: { n: shown(1) } },
      ],
    });
    expect(csv.split('\r\n')).toEqual(['Theme,Debriefs', '"scale, fast",2', `"'=HYPERLINK(""x"")",1`, '']);
  });

  it('reads a row in its own format when it has one, and words as they are', () => {
    const csv = datasetCsv({
      id: 'today',
      title: 'Today',
      rowHeader: 'Figure',
      columns: [{ key: 'value', label: 'Today', format: 'count' }],
      rows: [
        { key: 'share', label: 'Practice coverage', format: 'share', cells: { value: { __typename: 'ShownMeasure', value: 0.4 } } },
        { key: 'due', label: 'Next due', cells: { value: '3 Dec 2026' } },
      ],
    });
    expect(csv).toBe('Figure,Today\r\nPractice coverage,40%\r\nNext due,3 Dec 2026\r\n');
  });

  it('is named after the dataset and the day', () => {
    expect(datasetFileName(dataset([]), '2026-12-01')).toBe('team-coverage-2026-12-01.csv');
  });
});

describe('what a dataset holds', () => {
  it('is empty with no rows, or only shown zeros and missing figures', () => {
    expect(isDatasetEmpty(dataset([]))).toBe(true);
    expect(isDatasetEmpty(dataset([{ key: 'q', label: 'Q', cells: { share: null, team: shown(0) } }]))).toBe(true);
    expect(isDatasetEmpty(dataset([{ key: 'q', label: 'Q', cells: { share: null, team: shown(2) } }]))).toBe(false);
    // A hidden figure stands for some people: there is something to say.
    expect(isDatasetEmpty(dataset([{ key: 'q', label: 'Q', cells: { share: hidden(5), team: shown(0) } }]))).toBe(false);
  });

  it('knows the threshold when any figure is hidden', () => {
    expect(datasetThreshold(dataset([{ key: 'q', label: 'Q', cells: { share: shown(1), team: hidden(6) } }]))).toBe(6);
    expect(datasetThreshold(dataset([{ key: 'q', label: 'Q', cells: { share: shown(1), team: 'words' } }]))).toBeNull();
  });
});

describe('what a chart can draw', () => {
  const rows = (share: FigureDataset['rows'][number]['cells']['share']): FigureDataset['rows'] => [{ key: 'q', label: 'Q', cells: { share, team: hidden(5) } }];
  it('marks a row whose charted figure is hidden, not one whose table-only figure is', () => {
    expect(rowHidesCharted(dataset([]), rows(hidden(5))[0])).toBe(true);
    expect(rowHidesCharted(dataset([]), rows(shown(1))[0])).toBe(false);
    expect(datasetThreshold(dataset(rows(shown(1))), { chartedOnly: true })).toBeNull();
  });

  it('has nothing to draw when every charted figure is hidden or missing', () => {
    expect(hasDrawable(dataset(rows(hidden(5))))).toBe(false);
    expect(hasDrawable(dataset(rows(null)))).toBe(false);
    expect(hasDrawable(dataset(rows(shown(0))))).toBe(true);
  });
});
