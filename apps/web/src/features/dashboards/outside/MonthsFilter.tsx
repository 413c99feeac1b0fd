import { NativeSelect } from '@mantine/core';

/** The periods offered; the API takes any number of months from 1 to 120. */
export const MONTH_OPTIONS = [
  { value: '', label: 'All debriefs' },
  { value: '3', label: 'Last 3 months' },
  { value: '6', label: 'Last 6 months' },
  { value: '12', label: 'Last 12 months' },
  { value: '24', label: 'Last 24 months' },
];

/** A months value from the address: a whole number from 1 to 120, or null (every debrief). */
export function parseMonths(raw: string | null): number | null {
  if (!raw || !/^\d{1,3}$/.test(raw)) return null;
  const months = Number(raw);
  return months >= 1 && months <= 120 ? months : null;
}

/** A native select: the phone's own picker, and arrow keys on a keyboard. */
export function MonthsFilter({ months, onChange }: { months: number | null; onChange: (months: number | null) => void }) {
  const value = months === null ? '' : String(months);
  const data = MONTH_OPTIONS.some((o) => o.value === value) ? MONTH_OPTIONS : [...MONTH_OPTIONS, { value, label: `Last ${value} months` }];
  return <NativeSelect label="Debriefs from" data={data} value={value} onChange={(event) => onChange(parseMonths(event.currentTarget.value))} w={200} />;
}
