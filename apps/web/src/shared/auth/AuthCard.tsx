import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { MAIN_CONTENT_ID } from '../a11y/focus';
import { SkipLink } from '../a11y/SkipLink';
import { usePageFocus } from '../a11y/usePageFocus';

interface AuthCardProps {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}

/** The frame of the signed-out pages: the Onward mark, a title and one card. */
export function AuthCard({ title, subtitle, children, footer }: AuthCardProps) {
  usePageFocus();
  return (
    <>
      <SkipLink />
      <Center component="main" id={MAIN_CONTENT_ID} tabIndex={-1} mih="100vh" bg="gray.0" px="md" py="xl">
        <Box w="100%" maw={440}>
          <Group gap={8} justify="center" mb="lg">
            <img src="/favicon.svg" alt="" width={32} height={32} />
            <Text fw={700} size="xl">
              Onward
            </Text>
          </Group>
          <Paper withBorder shadow="xs" radius="md" p={{ base: 'lg', sm: 'xl' }}>
            <Stack gap="xs" mb="lg">
              <Title order={1} fz={22}>
                {title}
              </Title>
              {subtitle && (
                <Text c="dimmed" size="sm">
                  {subtitle}
                </Text>
              )}
            </Stack>
            {children}
          </Paper>
          {footer && (
            <Text ta="center" size="sm" mt="md" c="dimmed">
              {footer}
            </Text>
          )}
        </Box>
      </Center>
    </>
  );
}
