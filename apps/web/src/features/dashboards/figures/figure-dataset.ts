import Papa from 'papaparse';
import { type Figure, type FigureFormat, figureNumber, figureText, isSuppressed } from './figure';

/** One column of a dataset: a series on the chart and a column of the table and the CSV. */
export interface FigureColumn {
  key: string;
  label: string;
  format: FigureFormat;
  /** Its colour on the chart (a Mantine colour such as "blue.6"); a column without one is not drawn. */
  color?: string;
}

/** A cell: a figure, words (a day, a state), or null when there is nothing (no median without a debrief). */
export type FigureCell = Figure | string | null;

export interface FigureRow {
  key: string;
  /** The row's header: a quarter, a kind of stage, a person. */
  label: string;
  /** A shorter header for a chart's axis ("Q3 ’26" for "Q3 2026"); the label otherwise. */
  short?: string;
  cells: Record<string, FigureCell>;
  /** How this row's figures read when it differs from the columns' (a summary mixes shares and counts). */
  format?: FigureFormat;
  /** Where the row header links to (a report's page), in the table only. */
  href?: string;
  /** How deep the row sits in a tree (a team under a team), shown as an indent; 0 or absent at the top. */
  depth?: number;
}

/**
 * What one chart shows, in the one shape its chart, its table and its CSV are all made from, so
 * the three cannot disagree (a hidden figure reads "hidden" in each).
 */
export interface FigureDataset {
  /** Names the CSV file, e.g. "team-coverage". */
  id: string;
  title: string;
  /** The header of the row-header column, e.g. "Quarter". */
  rowHeader: string;
  columns: FigureColumn[];
  rows: FigureRow[];
  /** How an empty cell reads in the table (the CSV leaves it empty). */
  none?: string;
}

export function cellText(cell: FigureCell, format: FigureFormat, none = '—'): string {
  if (cell === null) return none;
  if (typeof cell === 'string') return cell;
  return figureText(cell, format, none);
}

/** The number a chart draws for a cell: nothing for words, hidden figures and empty cells. */
export function cellNumber(cell: FigureCell): number | null {
  return typeof cell === 'string' ? null : figureNumber(cell);
}

function isFigure(cell: FigureCell): cell is Figure {
  return cell !== null && typeof cell !== 'string';
}

/** The threshold of the first hidden cell (of the charted columns only, when asked), or null when every one is shown. */
export function datasetThreshold(dataset: FigureDataset, { chartedOnly = false } = {}): number | null {
  const columns = dataset.columns.filter((c) => !chartedOnly || c.color);
  for (const row of dataset.rows) {
    for (const column of columns) {
      const cell = row.cells[column.key] ?? null;
      if (isFigure(cell) && isSuppressed(cell)) return cell.threshold;
    }
  }
  return null;
}

/** Whether a row has a hidden figure in a charted column: its place on the chart is marked. */
export function rowHidesCharted(dataset: FigureDataset, row: FigureRow): boolean {
  return dataset.columns.some((c) => {
    const cell = row.cells[c.key] ?? null;
    return Boolean(c.color) && isFigure(cell) && isSuppressed(cell);
  });
}

/** Whether the chart has anything to draw: some charted figure shown. */
export function hasDrawable(dataset: FigureDataset): boolean {
  return dataset.rows.some((row) => dataset.columns.some((c) => Boolean(c.color) && cellNumber(row.cells[c.key] ?? null) !== null));
}

/** True when there is nothing to look at: no rows, or every figure a shown zero or missing. */
export function isDatasetEmpty(dataset: FigureDataset): boolean {
  return dataset.rows.every((row) =>
    dataset.columns.every((column) => {
      const cell = row.cells[column.key] ?? null;
      if (cell === null) return true;
      if (typeof cell === 'string') return false;
      return !isSuppressed(cell) && cell.value === 0;
    }),
  );
}

/**
 * The CSV of exactly what the table shows: a header row, then one line per row. A hidden figure is
 * "hidden", never its number; an empty cell is empty. Cells that a spreadsheet would run as a
 * formula (a theme or company someone typed as "=…") are escaped.
 */
export function datasetCsv(dataset: FigureDataset): string {
  const header = [dataset.rowHeader, ...dataset.columns.map((c) => c.label)];
  const lines = dataset.rows.map((row) => [row.label, ...dataset.columns.map((c) => cellText(row.cells[c.key] ?? null, row.format ?? c.format, ''))]);
  return `${Papa.unparse([header, ...lines], { escapeFormulae: true, newline: '\r\n' })}\r\n`;
}

/** "team-coverage-2026-12-01.csv": the dataset and the day its figures are as of. */
export function datasetFileName(dataset: FigureDataset, asOf: string): string {
  return `${dataset.id}-${asOf}.csv`;
}
