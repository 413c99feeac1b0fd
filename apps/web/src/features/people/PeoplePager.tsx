import { Button, Group, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { PEOPLE_PAGE_SIZE, type usePeopleList } from './usePeopleList';

/** "21–40 of 57" with previous and next page buttons. */
export function PeoplePager({ list }: { list: ReturnType<typeof usePeopleList> }) {
  const from = list.pageIndex * PEOPLE_PAGE_SIZE + 1;
  const to = from + list.people.length - 1;
  return (
    <Group justify="space-between" p="md" gap="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
      <Text size="sm" c="dimmed" aria-live="polite">
        {from}–{to} of {list.totalCount} {list.totalCount === 1 ? 'person' : 'people'}
      </Text>
      {(list.hasPrevious || list.hasNext) && (
        <Group gap="xs" component="nav" aria-label="Pages of people">
          <Button variant="default" size="xs" leftSection={<IconChevronLeft size={14} aria-hidden />} disabled={!list.hasPrevious} onClick={list.previous}>
            Previous
          </Button>
          <Text size="sm">
            Page {list.pageIndex + 1} of {list.pageCount}
          </Text>
          <Button variant="default" size="xs" rightSection={<IconChevronRight size={14} aria-hidden />} disabled={!list.hasNext} onClick={list.next}>
            Next
          </Button>
        </Group>
      )}
    </Group>
  );
}
