import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { IconEye } from '@tabler/icons-react';
import { formatDateTime } from '../../../shared/format/format-date';
import { relativeTime } from '../format/relative-time';
import { SectionCard } from '../ui/SectionCard';
import type { Role } from './role-page-types';

const VIEWS_SHOWN = 8;

/** The owner's access log: every time someone else opened the role, newest first. */
export function AccessLogCard({ role }: { role: Role }) {
  const [showAll, setShowAll] = useState(false);
  const allViews = role.views ?? [];
  const views = showAll ? allViews : allViews.slice(0, VIEWS_SHOWN);
  return (
    <SectionCard title="Who has seen this">
      {views.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nobody else has opened this role.
        </Text>
      ) : (
        <Stack component="ul" gap="xs" aria-label="Views" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {views.map((view, index) => (
            <Group component="li" key={`${view.viewedAt}-${index}`} gap="xs" wrap="nowrap" align="flex-start">
              <IconEye size={16} aria-hidden style={{ marginTop: 3, flexShrink: 0 }} />
              <Text size="sm">
                <b>{view.viewer?.name ?? 'Someone who has left'}</b> opened it {relativeTime(view.viewedAt)}
                <Text span size="xs" c="dimmed">
                  {' '}
                  (<time dateTime={view.viewedAt}>{formatDateTime(view.viewedAt)}</time>)
                </Text>
              </Text>
            </Group>
          ))}
        </Stack>
      )}
      {allViews.length > VIEWS_SHOWN && (
        <Button variant="subtle" size="xs" mt="xs" px={0} onClick={() => setShowAll((all) => !all)}>
          {showAll ? 'Show the latest only' : `Show all ${allViews.length} views`}
        </Button>
      )}
      <Text size="xs" c="dimmed" mt="sm">
        {role.isShared
          ? 'Every time someone other than you opens this role, it shows here.'
          : 'While the role is private, nobody else can open it. Once shared, every time someone opens it shows here.'}
      </Text>
    </SectionCard>
  );
}
