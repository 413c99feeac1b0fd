import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useIsNarrow } from '../../../shared/ui/useIsNarrow';
import { useSideScroll } from '../../../shared/ui/useSideScroll';
import { IconCornerDownRight } from '@tabler/icons-react';
import { Link } from 'react-router';
import { cellText, type FigureCell, type FigureDataset } from './figure-dataset';
import type { FigureFormat } from './figure';

/** A nested row's indent (a team under a team); the words of a "Part of" column say the same to a screen reader. */
function indent(depth: number | undefined): string | undefined {
  return depth ? `calc(${depth} * 1.25rem + var(--table-horizontal-spacing, var(--mantine-spacing-xs)))` : undefined;
}

function RowLabel({ label, depth }: { label: string; depth?: number }) {
  if (!depth) return <>{label}</>;
  return (
    <>
      <IconCornerDownRight size={14} stroke={1.6} aria-hidden style={{ verticalAlign: '-2px', marginInlineEnd: 4, color: 'var(--mantine-color-dimmed)' }} />
      {label}
    </>
  );
}

const VISUALLY_HIDDEN = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' } as const;

function Cell({ cell, format, none }: { cell: FigureCell; format: FigureFormat; none: string }) {
  const text = cellText(cell, format, none);
  // A hidden figure reads as words, set apart so nobody takes it for a number that was lost.
  if (cell && typeof cell !== 'string' && 'threshold' in cell) {
    return (
      // On one line and in italics, so it never reads like a figure of its own.
      <Text span fs="italic" size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {text}
      </Text>
    );
  }
  return <>{text}</>;
}

/**
 * A dataset as a table: a caption, column headers and a header per row, so a screen reader reads
 * "Q3 2026, Step up, 2". The same figures as the chart beside it, hidden ones as "hidden".
 */
export function FigureTable({ dataset, stackOnNarrow = false, screenReaderOnly = false }: { dataset: FigureDataset; stackOnNarrow?: boolean; screenReaderOnly?: boolean }) {
  const narrow = useIsNarrow();
  const scroller = useSideScroll<HTMLDivElement>();
  const none = dataset.none ?? '—';
  if (stackOnNarrow && narrow) return <FigureRowList dataset={dataset} />;
  const table = (
    <Table fz="sm" verticalSpacing={6} striped withRowBorders={false} captionSide="top" style={{ minWidth: Math.min(640, 140 + dataset.columns.length * 110) }}>
      {/* The card's heading shows the same words: the caption is there for screen readers. */}
      <Table.Caption style={VISUALLY_HIDDEN}>{dataset.title}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{dataset.rowHeader}</Table.Th>
          {dataset.columns.map((column) => (
            <Table.Th key={column.key} scope="col" ta={column.format === 'text' ? 'left' : 'right'}>
              {column.label}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {dataset.rows.map((row) => (
          <Table.Tr key={row.key}>
            <Table.Th scope="row" fw={500} style={{ whiteSpace: row.href ? 'nowrap' : undefined, paddingInlineStart: indent(row.depth) }}>
              {row.href ? (
                <Anchor component={Link} to={row.href} size="sm" fw={600}>
                  {row.label}
                </Anchor>
              ) : (
                <RowLabel label={row.label} depth={row.depth} />
              )}
            </Table.Th>
            {dataset.columns.map((column) => (
              <Table.Td
                key={column.key}
                ta={column.format === 'text' ? 'left' : 'right'}
                style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: column.format === 'text' ? 'nowrap' : undefined }}
              >
                <Cell cell={row.cells[column.key] ?? null} format={row.format ?? column.format} none={none} />
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  // The copy under a chart is never seen, so it never scrolls.
  if (screenReaderOnly) return table;
  return (
    // Wide tables scroll sideways inside their card rather than the page (phones); one that does
    // takes focus, so the keyboard can scroll it too.
    <div ref={scroller.ref} style={{ overflowX: 'auto' }} {...(scroller.scrolls ? { tabIndex: 0, role: 'group', 'aria-label': `${dataset.title}, scrolls sideways` } : {})}>
      {table}
    </div>
  );
}

/** On a phone, a wide table reads better as one block per row: its header, then each column and value. */
function FigureRowList({ dataset }: { dataset: FigureDataset }) {
  const none = dataset.none ?? '—';
  return (
    <Stack component="ul" aria-label={dataset.title} gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
      {dataset.rows.map((row) => (
        <Stack component="li" key={row.key} gap={4} p="sm" bg="gray.0" ml={row.depth ? `${Math.min(row.depth, 3) * 0.75}rem` : undefined} style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
          {row.href ? (
            <Anchor component={Link} to={row.href} fw={600} size="sm">
              {row.label}
            </Anchor>
          ) : (
            <Text fw={600} size="sm">
              <RowLabel label={row.label} depth={row.depth} />
            </Text>
          )}
          {/* The names keep room to read on one line; a long value (a team's name) wraps instead. */}
          <dl style={{ display: 'grid', gridTemplateColumns: 'minmax(9rem, 1fr) auto', gap: '2px 12px', margin: 0 }}>
            {dataset.columns.map((column) => (
              <div key={column.key} style={{ display: 'contents' }}>
                <Text component="dt" size="sm" c="dimmed">
                  {column.label}
                </Text>
                <Text component="dd" size="sm" m={0} ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  <Cell cell={row.cells[column.key] ?? null} format={row.format ?? column.format} none={none} />
                </Text>
              </div>
            ))}
          </dl>
        </Stack>
      ))}
    </Stack>
  );
}
