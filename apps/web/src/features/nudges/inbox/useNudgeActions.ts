import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import type { NudgeSummaryFieldsFragment, SnoozeNudgeInput } from '../../../generated/gql/graphql';
import { describeError } from '../../../shared/errors/describe-error';
import { formatDay } from '../../../shared/format/format-day';
import { DismissNudgeMutation, SnoozeNudgeMutation } from './inbox-operations';
import { OpenNudgeCountQuery } from '../live/live-inbox-operations';
import { moveOutOfOtherLists } from './nudge-cache';

export type SnoozeChoice = { duration: 'ONE_WEEK' | 'ONE_MONTH' } | { until: string };

function snoozedFor(choice: SnoozeChoice): string {
  if ('until' in choice) return `until ${formatDay(choice.until)}`;
  return choice.duration === 'ONE_WEEK' ? 'for a week' : 'for a month';
}

/** Snooze and dismiss one nudge, saying in words what happened or why it did not. */
export function useNudgeActions(nudge: NudgeSummaryFieldsFragment) {
  // The count is read again with the answer (it is also what the live update brings), so it is right even without a live connection.
  const [snoozeNudge, snoozing] = useMutation(SnoozeNudgeMutation, {
    update: (cache, { data }) => data && moveOutOfOtherLists(cache, data.snoozeNudge),
    refetchQueries: [{ query: OpenNudgeCountQuery }],
  });
  const [dismissNudge, dismissing] = useMutation(DismissNudgeMutation, {
    update: (cache, { data }) => data && moveOutOfOtherLists(cache, data.dismissNudge),
    refetchQueries: [{ query: OpenNudgeCountQuery }],
  });

  const snooze = useCallback(
    async (choice: SnoozeChoice): Promise<string | null> => {
      try {
        await snoozeNudge({ variables: { id: nudge.id, input: choice as SnoozeNudgeInput } });
        notifications.show({ color: 'teal', message: `Snoozed ${snoozedFor(choice)}. It comes back to Open then.` });
        return null;
      } catch (failure) {
        const { message } = describeError(failure);
        if (!('until' in choice)) notifications.show({ color: 'red', title: 'Could not snooze', message });
        return message;
      }
    },
    [nudge.id, snoozeNudge],
  );

  const dismiss = useCallback(async () => {
    try {
      await dismissNudge({ variables: { id: nudge.id } });
      notifications.show({ color: 'teal', message: 'Dismissed. It clears itself once its reason goes.' });
    } catch (failure) {
      notifications.show({ color: 'red', title: 'Could not dismiss', message: describeError(failure).message });
    }
  }, [dismissNudge, nudge.id]);

  return { snooze, dismiss, busy: snoozing.loading || dismissing.loading };
}
