import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { Link } from 'react-router';

/** What someone with no direct reports sees on a dashboard's address: why there is nothing, in words. */
export function ManagersOnly({ what }: { what: string }) {
  return (
    <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} title={`The ${what} is for managers`}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">
          It shows figures about a manager’s direct reports, and nobody reports to you. When an admin makes you someone’s manager, it fills in here.
        </Text>
        <Button component={Link} to="/" variant="white" size="xs">
          Go to your home page
        </Button>
      </Stack>
    </Alert>
  );
}
