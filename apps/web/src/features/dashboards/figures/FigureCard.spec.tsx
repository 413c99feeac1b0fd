import '../../../test/jsdom-polyfills';
import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { stubMatchMedia } from '../../../test/match-media-stub';
import type { FigureDataset } from './figure-dataset';
import { FigureCard } from './FigureCard';

beforeAll(stubMatchMedia);

// jsdom has no layout for Recharts to measure; the drawing is checked in the browser tests.
jest.mock('./FigureChart', () => ({ FigureChart: () => <div data-testid="chart" /> }));

/** jsdom's Blob has no text(): read it the old way. */
function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

// The org dashboard will hide figures; the team dashboard never does. The components are the same.
const DATASET: FigureDataset = {
  id: 'roles-by-stretch',
  title: 'Roles shared by stretch tag',
  rowHeader: 'Quarter',
  columns: [
    { key: 'STEP_UP', label: 'Step up', format: 'count', color: 'teal.6' },
    { key: 'total', label: 'All roles', format: 'count' },
  ],
  rows: [
    { key: 'q1', label: 'Q1 2026', cells: { STEP_UP: { __typename: 'ShownCount', value: 6 }, total: { __typename: 'ShownCount', value: 9 } } },
    { key: 'q2', label: 'Q2 2026', cells: { STEP_UP: { __typename: 'Suppressed', threshold: 5 }, total: { __typename: 'ShownCount', value: 7 } } },
  ],
};

function renderCard(dataset: FigureDataset = DATASET) {
  return render(
    <MemoryRouter>
      <MantineProvider>
        <FigureCard dataset={dataset} asOf="2026-12-01" chart="stacked" />
      </MantineProvider>
    </MemoryRouter>,
  );
}

describe('FigureCard', () => {
  it('keeps a table for screen readers beside the chart, with a caption and headers, hidden figures in words', () => {
    renderCard();
    const table = screen.getByRole('table', { name: 'Roles shared by stretch tag' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Quarter', 'Step up', 'All roles']);
    const q2 = within(table).getByRole('row', { name: /Q2 2026/ });
    expect(within(q2).getByRole('rowheader').textContent).toBe('Q2 2026');
    expect(within(q2).getAllByRole('cell').map((td) => td.textContent)).toEqual(['hidden', '7']);
    expect(screen.getByText(/^\* Not drawn: “hidden”: a figure about fewer than 5 people/)).toBeTruthy();
  });

  it('switches to the table and back', () => {
    renderCard();
    expect(screen.getByTestId('chart')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Table' }));
    expect(screen.queryByTestId('chart')).toBeNull();
    expect(screen.getByRole('table', { name: 'Roles shared by stretch tag' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Chart' }));
    expect(screen.getByTestId('chart')).toBeTruthy();
  });

  it('downloads the CSV of what the table shows', async () => {
    const blobs: Blob[] = [];
    Object.assign(URL, { createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:csv'), revokeObjectURL: () => undefined });
    const clicks: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    renderCard();
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV: Roles shared by stretch tag' }));
    expect(clicks).toEqual(['roles-by-stretch-2026-12-01.csv']);
    expect(await blobText(blobs[0])).toBe('Quarter,Step up,All roles\r\nQ1 2026,6,9\r\nQ2 2026,hidden,7\r\n');
    click.mockRestore();
  });

  it('says so instead of drawing an empty chart', () => {
    renderCard({ ...DATASET, rows: [{ key: 'q1', label: 'Q1 2026', cells: { STEP_UP: { value: 0 }, total: { value: 0 } } }] });
    expect(screen.getByText('Nothing to show here yet.')).toBeTruthy();
    expect(screen.queryByText(/hidden/)).toBeNull();
  });
});
