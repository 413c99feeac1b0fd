import { Anchor, Button, Group, SimpleGrid, Spoiler, Stack, Text } from '@mantine/core';
import { IconExternalLink, IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { employmentTypeLabel, salaryLabel, SOURCE_LABELS } from '../format/role-labels';
import { SectionCard } from '../ui/SectionCard';
import type { Role } from './role-page-types';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

const notGiven = (
  <Text span c="dimmed" size="sm">
    Not given
  </Text>
);

/** The posting's fields, read-only; the owner gets an edit button. */
export function RoleFactsCard({ role, onEdit, ownerName }: { role: Role; onEdit?: () => void; ownerName?: string }) {
  const salary = salaryLabel(role.salary);
  const howItCame = ownerName ? SOURCE_LABELS[role.source].replace(/\bme\b/, ownerName.split(' ')[0]).replace(/^I /, `${ownerName.split(' ')[0]} `) : SOURCE_LABELS[role.source];
  return (
    <SectionCard
      title="About the role"
      actions={
        onEdit && (
          <Button variant="default" size="xs" leftSection={<IconPencil size={14} aria-hidden />} onClick={onEdit}>
            Edit details
          </Button>
        )
      }
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" verticalSpacing="sm">
          <Fact label="Company">{role.company ?? notGiven}</Fact>
          <Fact label="Location">{[role.location, role.remote && !/remote/i.test(role.location ?? '') ? 'remote possible' : null].filter(Boolean).join(', ') || notGiven}</Fact>
          <Fact label="How it came">{howItCame}</Fact>
          <Fact label="Employment">{role.employmentTypes.length ? role.employmentTypes.map(employmentTypeLabel).join(', ') : notGiven}</Fact>
          <Fact label="Salary">{salary ?? notGiven}</Fact>
          {(role.datePosted || role.validThrough) && (
            <Fact label="Posting dates">{[role.datePosted && `posted ${role.datePosted}`, role.validThrough && `open until ${role.validThrough}`].filter(Boolean).join(', ')}</Fact>
          )}
        </SimpleGrid>
        {role.url && (
          <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
            <IconExternalLink size={16} aria-hidden style={{ flexShrink: 0 }} />
            <Anchor href={role.url} target="_blank" rel="noopener noreferrer" size="sm" style={{ overflowWrap: 'anywhere' }}>
              Open the posting
              <Text span size="xs" c="dimmed">
                {' '}
                ({hostOf(role.url)})
              </Text>
            </Anchor>
          </Group>
        )}
        <Fact label="Description">
          {role.description ? (
            <Spoiler maxHeight={160} showLabel="Show the whole description" hideLabel="Show less">
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {role.description}
              </Text>
            </Spoiler>
          ) : (
            notGiven
          )}
        </Fact>
      </Stack>
    </SectionCard>
  );
}
