import { Anchor, Card, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconHeartHandshake, IconMessageCircle, IconNotes, IconRoute } from '@tabler/icons-react';
import { useId } from 'react';
import { Link } from 'react-router';
import { formatDay } from '../../../shared/format/format-day';
import { roleOptionLabel } from '../report/report-context';
import type { HistoryEntry } from './history';

const ICONS = { DEBRIEF: IconNotes, INTERVIEW_PRACTICE: IconMessageCircle, SATISFACTION: IconHeartHandshake, CAREER: IconRoute } as const;

/** Debriefs and conversations, newest first, each linking to its page and naming who held it unless the viewer did. */
export function GrowthHistory({ title, entries, viewerId, emptyText }: { title: string; entries: HistoryEntry[]; viewerId?: string; emptyText: string }) {
  const titleId = useId();
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={titleId}>
      <Title order={2} fz="lg" mb="md" id={titleId}>
        {title}
      </Title>
      {entries.length === 0 ? (
        <Text c="dimmed" size="sm">
          {emptyText}
        </Text>
      ) : (
        <Stack component="ul" gap="sm" aria-label={title} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {entries.map((entry) => {
            const Icon = ICONS[entry.type];
            return (
              <Group component="li" key={entry.id} gap="sm" wrap="nowrap" align="flex-start">
                <ThemeIcon variant="light" color={entry.type === 'DEBRIEF' ? 'grape' : 'blue'} radius="xl" aria-hidden>
                  <Icon size={16} />
                </ThemeIcon>
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Anchor component={Link} to={entry.to} fw={600} size="sm">
                    {entry.title}
                    {entry.role ? ` about ${roleOptionLabel(entry.role)}` : ''}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    Held on {formatDay(entry.heldOn)}
                    {entry.heldBy && entry.heldBy.id !== viewerId && ` by ${entry.heldBy.name}`}
                  </Text>
                </Stack>
              </Group>
            );
          })}
        </Stack>
      )}
    </Card>
  );
}
