import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useCallback, useRef, useState } from 'react';
import type { ActionItemFieldsFragment } from '../../generated/gql/graphql';
import { describeError } from '../errors/describe-error';
import { CompleteActionItemMutation, ReopenActionItemMutation } from './action-item-operations';

/**
 * Marks an action item done or open again. The item is normalized by id, so every list that shows
 * it (home, the report's page, the debrief) changes at once; the optimistic answer makes the
 * checkbox follow the click without waiting for the server, and is rolled back if it refuses.
 */
export function useActionItemToggle() {
  const [complete] = useMutation(CompleteActionItemMutation);
  const [reopen] = useMutation(ReopenActionItemMutation);
  // Ticking again while the server answers is ignored (the box stays focusable for keyboard users).
  const busy = useRef(new Set<string>());
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());

  const toggle = useCallback(
    async (item: ActionItemFieldsFragment, done: boolean) => {
      if (busy.current.has(item.id)) return;
      busy.current.add(item.id);
      setPending((current) => new Set(current).add(item.id));
      const optimistic = { ...item, __typename: 'ActionItem' as const, done, doneAt: done ? new Date().toISOString() : null };
      try {
        if (done) await complete({ variables: { id: item.id }, optimisticResponse: { completeActionItem: optimistic } });
        else await reopen({ variables: { id: item.id }, optimisticResponse: { reopenActionItem: optimistic } });
      } catch (error) {
        notifications.show({ color: 'red', title: done ? 'Could not mark it done' : 'Could not reopen it', message: describeError(error).message });
      } finally {
        busy.current.delete(item.id);
        setPending((current) => {
          const next = new Set(current);
          next.delete(item.id);
          return next;
        });
      }
    },
    [complete, reopen],
  );
  return { toggle, pending };
}
