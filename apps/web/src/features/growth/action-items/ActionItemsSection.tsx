import { Button, Card, Collapse, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useId, type ReactNode } from 'react';
import type { ActionItemFieldsFragment } from '../../../generated/gql/graphql';
import { splitByDone } from '../../../shared/action-items/action-item-label';
import { ActionItemList } from '../../../shared/action-items/ActionItemList';

interface ActionItemsSectionProps {
  title: string;
  items: ActionItemFieldsFragment[];
  viewerId: string | null | undefined;
  emptyText: string;
  showRecord?: boolean;
  showSource?: boolean;
  /** e.g. a form to add one. */
  children?: ReactNode;
}

/** A card of action items: the open ones, then the done ones behind a toggle. */
export function ActionItemsSection({ title, items, viewerId, emptyText, showRecord, showSource, children }: ActionItemsSectionProps) {
  const titleId = useId();
  const doneId = useId();
  const [showDone, { toggle }] = useDisclosure(false);
  const { open, done } = splitByDone(items);
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={titleId}>
      <Title order={2} fz="lg" mb="md" id={titleId}>
        {title}
      </Title>
      <Stack gap="md">
        {open.length === 0 ? (
          <Text c="dimmed" size="sm">
            {done.length > 0 ? 'Nothing open: everything agreed is done.' : emptyText}
          </Text>
        ) : (
          <ActionItemList items={open} viewerId={viewerId} label={`Open: ${title}`} showRecord={showRecord} showSource={showSource} />
        )}
        {done.length > 0 && (
          <div>
            <Button
              variant="subtle"
              size="compact-sm"
              px={4}
              onClick={toggle}
              aria-expanded={showDone}
              aria-controls={doneId}
              leftSection={showDone ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
            >
              {showDone ? 'Hide' : 'Show'} {done.length} done
            </Button>
            <Collapse expanded={showDone} id={doneId}>
              <Group pt="sm">
                <ActionItemList items={done} viewerId={viewerId} label={`Done: ${title}`} showRecord={showRecord} showSource={showSource} />
              </Group>
            </Collapse>
          </div>
        )}
        {children}
      </Stack>
    </Card>
  );
}
