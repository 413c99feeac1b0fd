import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

/** Shown instead of an admin page to someone who is not an admin. */
export function ForbiddenPage() {
  return (
    <Stack align="flex-start" gap="sm" maw={560}>
      <Title order={1} fz={24}>
        Admins only
      </Title>
      <Text c="dimmed">This page is for your organization’s admins. Ask an admin if you need something changed here.</Text>
      <Button component={Link} to="/" variant="light">
        Go to your home page
      </Button>
    </Stack>
  );
}
