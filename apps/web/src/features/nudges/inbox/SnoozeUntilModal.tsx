import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useState } from 'react';
import { snoozeDayBounds } from './snooze-days';

/** The calendar's arrows and headings, named for screen readers (Mantine leaves them unnamed). */
const CALENDAR_LABELS = {
  nextMonth: 'Next month',
  previousMonth: 'Previous month',
  nextYear: 'Next year',
  previousYear: 'Previous year',
  nextDecade: 'Next decade',
  previousDecade: 'Previous decade',
  monthLevelControl: 'Choose another month',
  yearLevelControl: 'Choose another year',
};

interface SnoozeUntilModalProps {
  opened: boolean;
  onClose: () => void;
  /** Resolves to the problem in words, or null once snoozed. */
  onSnooze: (day: string) => Promise<string | null>;
  about: string;
}

/** "Until a date": a day after today and at most a year ahead, as the API takes it. */
export function SnoozeUntilModal({ opened, onClose, onSnooze, about }: SnoozeUntilModalProps) {
  const [day, setDay] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { min, max } = snoozeDayBounds(new Date());

  const submit = async () => {
    if (!day) {
      setProblem('Choose the day it should come back.');
      return;
    }
    setSaving(true);
    const failed = await onSnooze(day);
    setSaving(false);
    if (failed) setProblem(failed);
    else onClose();
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Snooze until a date" centered>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {about}
        </Text>
        <DatePickerInput
          label="Comes back on"
          placeholder="Pick a day"
          value={day}
          onChange={(value) => {
            setDay(value);
            setProblem(null);
          }}
          minDate={min}
          maxDate={max}
          error={problem}
          popoverProps={{ withinPortal: true }}
          ariaLabels={CALENDAR_LABELS}
          data-autofocus
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => void submit()} loading={saving}>
            Snooze
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
