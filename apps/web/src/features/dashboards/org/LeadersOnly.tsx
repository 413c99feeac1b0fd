import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { Link } from 'react-router';

/** What someone who leads no managers sees at the org dashboard's address: why there is nothing, in words. */
export function LeadersOnly() {
  return (
    <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} title="The org dashboard is for leaders and admins">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">
          It counts people across the teams under a leader: someone with managers reporting to them. Nobody who reports to you leads a team, so there is nothing
          here for you. A manager’s own figures are on their team dashboard.
        </Text>
        <Button component={Link} to="/" variant="white" size="xs">
          Go to your home page
        </Button>
      </Stack>
    </Alert>
  );
}
