import { Button, Group, Radio } from '@mantine/core';

interface RatingFieldProps {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
}

const SCORES = [1, 2, 3, 4, 5];

/** A 1–5 rating as a labelled radio group (arrow keys move between scores), with a way to clear it. */
export function RatingField({ label, value, onChange }: RatingFieldProps) {
  return (
    <Radio.Group label={label} description="1 poor · 5 great" value={value === null ? '' : String(value)} onChange={(next) => onChange(next ? Number(next) : null)}>
      <Group gap="md" mt={6} wrap="wrap">
        {SCORES.map((score) => (
          <Radio key={score} value={String(score)} label={String(score)} />
        ))}
        {value !== null && (
          <Button variant="subtle" size="compact-xs" color="gray" onClick={() => onChange(null)} aria-label={`Clear the rating for “${label}”`}>
            Clear
          </Button>
        )}
      </Group>
    </Radio.Group>
  );
}
