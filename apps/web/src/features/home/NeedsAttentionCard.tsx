import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Card, Divider, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../generated/gql';
import { describeError } from '../../shared/errors/describe-error';
import { NudgeSummary } from '../../shared/nudges/NudgeSummary';

export const NEEDS_ATTENTION_SIZE = 5;

export const NeedsAttentionQuery = graphql(`
  query NeedsAttention($first: Int!) {
    myNudges(status: OPEN, first: $first) {
      totalCount
      edges {
        node {
          ...NudgeSummaryFields
        }
      }
    }
  }
`);

/**
 * A manager's newest open nudges, each with the way to act on it, and the way to the inbox for
 * the rest. Live: the header bell's subscription has this list read again after each change.
 */
export function NeedsAttentionCard() {
  const { data, loading, error, refetch } = useQuery(NeedsAttentionQuery, { variables: { first: NEEDS_ATTENTION_SIZE }, fetchPolicy: 'cache-and-network' });
  const connection = data?.myNudges;
  const nudges = connection?.edges.map((edge) => edge.node) ?? [];

  const body = (() => {
    if (loading && !connection) return <Loader size="sm" aria-label="Loading what needs your attention" />;
    if (!connection) {
      return (
        <Text size="sm" c="red.8" role="alert">
          What needs your attention could not be loaded. {describeError(error).message}{' '}
          <Anchor component="button" type="button" size="sm" onClick={() => void refetch()}>
            Try again
          </Anchor>
        </Text>
      );
    }
    if (nudges.length === 0) {
      return (
        <Text c="dimmed" size="sm">
          Nothing needs your attention. Onward tells you here when a report’s interview practice is due, an interview waits for its debrief, or a report shares a role.
        </Text>
      );
    }
    return (
      <Stack gap="sm" component="ul" aria-label="Open nudges" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {nudges.map((nudge, index) => (
          <Fragment key={nudge.id}>
            {index > 0 && <Divider component="li" aria-hidden />}
            <li>
              <NudgeSummary nudge={nudge} headingId={`attention-${nudge.id}`} compact />
            </li>
          </Fragment>
        ))}
      </Stack>
    );
  })();

  const total = connection?.totalCount ?? 0;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="needs-attention-title">
      <Group justify="space-between" mb="md" wrap="wrap">
        <Group gap="xs">
          <Title order={2} fz="lg" id="needs-attention-title">
            Needs attention
          </Title>
          {total > 0 && (
            <Badge variant="light" color="red" radius="sm" aria-label={`${total} open`}>
              {total}
            </Badge>
          )}
        </Group>
        <Anchor component={Link} to="/inbox" size="sm">
          {total > nudges.length ? `See all ${total} in your inbox` : 'Open your inbox'}
        </Anchor>
      </Group>
      {body}
    </Card>
  );
}
