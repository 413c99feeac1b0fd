import { Card, Text, Title } from '@mantine/core';
import type { PersonSummaryFieldsFragment } from '../../generated/gql/graphql';
import { PersonSummary } from './PersonSummary';

/** Who the signed-in person reports to, or a note that nobody is set yet. */
export function ManagerCard({ manager }: { manager: PersonSummaryFieldsFragment | null | undefined }) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="your-manager-title">
      <Title order={2} fz="lg" mb="md" id="your-manager-title">
        Your manager
      </Title>
      {manager ? (
        <PersonSummary person={manager} />
      ) : (
        <Text c="dimmed" size="sm">
          You have no manager in Onward yet. An admin can set one for you.
        </Text>
      )}
    </Card>
  );
}
