import { BarChart } from '@mantine/charts';
import { Paper, Text } from '@mantine/core';
import { useIsNarrow } from '../../../shared/ui/useIsNarrow';
import { cellNumber, cellText, type FigureDataset, type FigureRow, rowHidesCharted } from './figure-dataset';
import type { FigureFormat } from './figure';

/** How a dataset is drawn: bars up, stacked bars, or bars across (for long category names). */
export type ChartKind = 'bars' | 'stacked' | 'across';

const CATEGORY = '__category';

/** The number a chart draws: shares in percent, others as they are; hidden figures not at all. */
function drawn(value: number | null, format: FigureFormat): number | null {
  if (value === null) return null;
  return format === 'share' ? Math.round(value * 1000) / 10 : value;
}

function valueAxis(format: FigureFormat) {
  if (format === 'share') return { domain: [0, 100] as [number, number], allowDecimals: false };
  if (format === 'rating') return { domain: [0, 5] as [number, number], ticks: [0, 1, 2, 3, 4, 5] };
  return { allowDecimals: format !== 'count' };
}

/** A row's place on the axis; an asterisk marks a hidden figure that is not drawn (the card's note says so). */
export function categoryOf(dataset: FigureDataset, row: FigureRow): string {
  return `${row.short ?? row.label}${rowHidesCharted(dataset, row) ? ' *' : ''}`;
}

/** The tooltip reads the dataset's own words, so a hidden figure shows as "hidden" there too. */
function tooltipFor(dataset: FigureDataset) {
  const charted = dataset.columns.filter((c) => c.color);
  return function DatasetTooltip({ label, active }: { label?: string | number; active?: boolean }) {
    const row = dataset.rows.find((r) => categoryOf(dataset, r) === label);
    if (!active || !row) return null;
    return (
      <Paper withBorder shadow="sm" p="xs" radius="sm">
        <Text size="sm" fw={600} mb={4}>
          {row.label}
        </Text>
        {charted.map((column) => (
          <Text key={column.key} size="sm">
            {column.label}: <b>{cellText(row.cells[column.key] ?? null, row.format ?? column.format, dataset.none)}</b>
          </Text>
        ))}
      </Paper>
    );
  };
}

/** An axis label on two lines ("Q1" over "’25 *"), so eight quarters fit under a chart on a phone. */
function TwoLineTick({ x, y, payload }: { x?: number; y?: number; payload?: { value?: string | number } }) {
  const [first, ...rest] = String(payload?.value ?? '').split(' ');
  return (
    <text x={x} y={y} textAnchor="middle" fontSize={11} fill="var(--chart-text-color, var(--mantine-color-dimmed))">
      <tspan x={x} dy="0.9em">
        {first}
      </tspan>
      {rest.length > 0 && (
        <tspan x={x} dy="1.2em">
          {rest.join(' ')}
        </tspan>
      )}
    </text>
  );
}

/**
 * A dataset drawn with @mantine/charts. Hidden from assistive technology, with Recharts' keyboard
 * layer off: the table beside it carries the same figures in a form they can read.
 */
export function FigureChart({ dataset, kind }: { dataset: FigureDataset; kind: ChartKind }) {
  const narrow = useIsNarrow();
  const charted = dataset.columns.filter((c) => c.color);
  const format = charted[0]?.format ?? 'count';
  const data = dataset.rows.map((row) => ({
    [CATEGORY]: categoryOf(dataset, row),
    ...Object.fromEntries(charted.map((c) => [c.key, drawn(cellNumber(row.cells[c.key] ?? null), row.format ?? c.format)])),
  }));
  const across = kind === 'across';
  const tick = { fontSize: 11 };

  return (
    <div aria-hidden="true">
      <BarChart
        h={across ? Math.max(140, dataset.rows.length * 34 + 40) : narrow ? 220 : 250}
        data={data}
        dataKey={CATEGORY}
        series={charted.map((c) => ({ name: c.key, label: c.label, color: c.color }))}
        type={kind === 'stacked' ? 'stacked' : 'default'}
        orientation={across ? 'vertical' : 'horizontal'}
        unit={format === 'share' ? '%' : undefined}
        withLegend={charted.length > 1}
        // The legend keeps the columns' order (Recharts would sort it by name).
        legendProps={{ verticalAlign: 'bottom', itemSorter: null }}
        accessibilityLayer={false}
        tooltipAnimationDuration={0}
        tooltipProps={{ content: tooltipFor(dataset) }}
        gridAxis={across ? 'y' : 'x'}
        maxBarWidth={across ? 20 : 36}
        xAxisProps={across ? { ...valueAxis(format), tick } : { interval: 0, tick: <TwoLineTick />, height: 40 }}
        yAxisProps={across ? { width: narrow ? 120 : 190, tick } : { ...valueAxis(format), tick, width: 44 }}
      />
    </div>
  );
}
