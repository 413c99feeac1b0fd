import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Card, Group, Loader, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { MyActionItemsQuery } from '../../shared/action-items/action-item-operations';
import { ActionItemList } from '../../shared/action-items/ActionItemList';
import { describeError } from '../../shared/errors/describe-error';

/**
 * Open action items: the signed-in person's own and, for a manager, those on their reports'
 * records. Ticking one marks it done; it then leaves this list (My growth keeps the done ones).
 */
export function YourActionItemsCard({ viewerId }: { viewerId: string }) {
  const { data, loading, error, refetch } = useQuery(MyActionItemsQuery, { variables: { status: 'OPEN' }, fetchPolicy: 'cache-and-network' });
  const open = (data?.myActionItems ?? []).filter((item) => !item.done);

  const body = (() => {
    if (loading && !data) return <Loader size="sm" aria-label="Loading your action items" />;
    if (!data) {
      return (
        <Text size="sm" c="red.8" role="alert">
          Your action items could not be loaded. {describeError(error).message}{' '}
          <Anchor component="button" type="button" size="sm" onClick={() => void refetch()}>
            Try again
          </Anchor>
        </Text>
      );
    }
    if (open.length === 0) {
      return (
        <Text c="dimmed" size="sm">
          Nothing to do right now. Action items agreed in debriefs and conversations show up here.
        </Text>
      );
    }
    return <ActionItemList items={open} viewerId={viewerId} label="Your open action items" showRecord />;
  })();

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="your-action-items-title">
      <Group justify="space-between" mb="md" wrap="wrap">
        <Group gap="xs">
          <Title order={2} fz="lg" id="your-action-items-title">
            Your action items
          </Title>
          {open.length > 0 && (
            <Badge variant="light" radius="sm" aria-label={`${open.length} open`}>
              {open.length}
            </Badge>
          )}
        </Group>
        <Anchor component={Link} to="/growth" size="sm">
          See all on My growth
        </Anchor>
      </Group>
      {body}
    </Card>
  );
}
