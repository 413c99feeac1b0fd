import { Anchor, Checkbox, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ActionItemFieldsFragment } from '../../generated/gql/graphql';
import { todayIso } from '../format/format-day';
import { ActionItemActions } from './ActionItemActions';
import { dueLabel, forWhom, recordOf, sourceOf } from './action-item-label';
import { useActionItemToggle } from './useActionItemToggle';

interface ActionItemListProps {
  items: ActionItemFieldsFragment[];
  viewerId: string | null | undefined;
  /** Accessible name of the list. */
  label: string;
  /** Show whose growth record each item is on (a manager's list spans several reports). */
  showRecord?: boolean;
  /** Link each item to the debrief or conversation it came from. */
  showSource?: boolean;
}

/** Action items with a checkbox each: ticking marks it done, unticking opens it again. */
export function ActionItemList({ items, viewerId, label, showRecord = false, showSource = true }: ActionItemListProps) {
  const { toggle, pending } = useActionItemToggle();
  const today = todayIso();
  return (
    <Stack component="ul" aria-label={label} gap="sm" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {items.map((item) => {
        const due = dueLabel(item, today);
        const source = showSource ? sourceOf(item) : null;
        const record = showRecord ? recordOf(item, viewerId) : null;
        const meta: ReactNode[] = [<span key="who">{forWhom(item, viewerId)}</span>];
        if (record) meta.push(<span key="record">with {record}</span>);
        if (due) {
          meta.push(
            <Text key="due" component="span" size="xs" c={due.overdue ? 'red.8' : undefined} fw={due.overdue ? 600 : undefined}>
              {due.text}
            </Text>,
          );
        }
        if (source) {
          meta.push(
            <Anchor key="source" component={Link} to={source.to} size="xs">
              {source.label}
            </Anchor>,
          );
        }
        return (
          <Group component="li" key={item.id} aria-busy={pending.has(item.id) || undefined} justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
            <Checkbox
              checked={item.done}
              onChange={(event) => void toggle(item, event.currentTarget.checked)}
              label={
                <Text component="span" size="sm" td={item.done ? 'line-through' : undefined} c={item.done ? 'dimmed' : undefined} style={{ overflowWrap: 'anywhere' }}>
                  {item.text}
                </Text>
              }
              description={
                <Group component="span" gap={4} wrap="wrap">
                  {meta.map((part, index) => (
                    <Group component="span" gap={4} key={index} wrap="nowrap">
                      {index > 0 && <span aria-hidden>·</span>}
                      {part}
                    </Group>
                  ))}
                </Group>
              }
            />
            {item.writtenByYou && <ActionItemActions item={item} />}
          </Group>
        );
      })}
    </Stack>
  );
}
