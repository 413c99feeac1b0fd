import { Button, Card, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconArrowLeft, IconLockQuestion } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useViewer } from '../../session/useViewer';

/** A role that is missing, deleted, private or no longer shared: all look the same, on purpose. */
export function RoleNotFound() {
  const { viewer } = useViewer();
  const isManager = (viewer?.directReports.length ?? 0) > 0;
  return (
    <Card withBorder radius="md" padding="xl">
      <Stack align="center" gap="sm" ta="center" py="lg">
        <ThemeIcon size={52} radius="xl" variant="light" color="gray" aria-hidden>
          <IconLockQuestion size={28} />
        </ThemeIcon>
        <Title order={1} fz={{ base: 22, sm: 26 }}>
          This role doesn’t exist or isn’t shared with you
        </Title>
        <Text c="dimmed" size="sm" maw={520}>
          It may have been deleted, or the person who keeps it stopped sharing it. Roles stay private to the person who keeps them until they share them with
          their manager.
        </Text>
        <Group gap="sm" mt="sm" justify="center">
          {isManager && (
            <Button component={Link} to="/shared" variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />}>
              Shared with me
            </Button>
          )}
          <Button component={Link} to="/roles" variant="default" leftSection={isManager ? undefined : <IconArrowLeft size={16} aria-hidden />}>
            {isManager ? 'My roles' : 'Back to my roles'}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
