import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../generated/gql';
import type { NudgeSummaryFieldsFragment } from '../../generated/gql/graphql';
import { formatDate } from '../format/format-date';
import { nudgeActionLabel, nudgeHref, nudgeSentence } from './nudge-words';

export const NudgeSummaryFieldsFragmentDoc = graphql(`
  fragment NudgeSummaryFields on Nudge {
    id
    kind
    status
    reportName
    roleTitle
    dueOn
    raisedAt
    resolvedAt
    snoozedUntil
    target {
      action
      reportId
      roleId
    }
  }
`);

/** When it was raised, and where it stands when it is not simply open. */
export function nudgeStanding(nudge: NudgeSummaryFieldsFragment): string {
  const raised = `Raised ${formatDate(nudge.raisedAt)}`;
  switch (nudge.status) {
    case 'SNOOZED':
      return nudge.snoozedUntil ? `${raised} · snoozed until ${formatDate(nudge.snoozedUntil)}` : `${raised} · snoozed`;
    case 'DISMISSED':
      return `${raised} · dismissed`;
    case 'RESOLVED':
      return nudge.resolvedAt ? `${raised} · resolved ${formatDate(nudge.resolvedAt)}` : `${raised} · resolved`;
    default:
      return raised;
  }
}

/**
 * One nudge in words, when it was raised, and the way to act on it ("Start the debrief" and so
 * on), which leads to the page where doing it also resolves the nudge. `actions` go beside it and
 * wrap as one group on a phone. `compact` (a list of a few on the home page) puts the way to act
 * beside the date, as a link.
 */
export function NudgeSummary({ nudge, actions, headingId, compact = false }: { nudge: NudgeSummaryFieldsFragment; actions?: ReactNode; headingId?: string; compact?: boolean }) {
  const href = nudge.status === 'RESOLVED' ? null : nudgeHref(nudge.target);
  const label = nudgeActionLabel(nudge.target.action);
  if (compact) {
    return (
      <Stack gap={4}>
        <Text fw={500} id={headingId}>
          {nudgeSentence(nudge)}
        </Text>
        <Group gap="xs" justify="space-between" wrap="wrap">
          <Text size="xs" c="dimmed">
            {nudgeStanding(nudge)}
          </Text>
          {href && (
            <Anchor component={Link} to={href} size="sm" fw={500} aria-describedby={headingId}>
              <Group component="span" gap={4} wrap="nowrap">
                {label}
                <IconArrowRight size={14} aria-hidden />
              </Group>
            </Anchor>
          )}
        </Group>
      </Stack>
    );
  }
  return (
    <Stack gap={6}>
      <Text fw={500} id={headingId}>
        {nudgeSentence(nudge)}
      </Text>
      <Text size="xs" c="dimmed">
        {nudgeStanding(nudge)}
      </Text>
      {(href || actions) && (
        <Group gap="xs" wrap="wrap" mt={4}>
          {href && (
            <Button component={Link} to={href} size="xs" variant="light" rightSection={<IconArrowRight size={14} aria-hidden />} aria-describedby={headingId}>
              {label}
            </Button>
          )}
          {actions && (
            <Group gap="xs" wrap="nowrap">
              {actions}
            </Group>
          )}
        </Group>
      )}
    </Stack>
  );
}
