import { Card, Group, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

interface SectionCardProps {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}

/** A titled card that is also a named region, so screen readers and tests can find it by its title. */
export function SectionCard({ title, actions, children }: SectionCardProps) {
  const id = useId();
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={id}>
      <Group justify="space-between" align="center" mb="sm" gap="xs" wrap="wrap">
        <Title order={2} fz="lg" id={id}>
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </Card>
  );
}
