import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface ErrorNoticeProps {
  title?: string;
  message: ReactNode;
  onRetry?: () => void;
}

/** An error in words, announced to screen readers, with an optional way to try again. */
export function ErrorNotice({ title = 'Something went wrong', message, onRetry }: ErrorNoticeProps) {
  return (
    <Alert role="alert" color="red" variant="light" title={title} icon={<IconAlertCircle aria-hidden />}>
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text size="sm">{message}</Text>
        {onRetry && (
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            Try again
          </Button>
        )}
      </Group>
    </Alert>
  );
}
