import { ActionIcon, Button, Fieldset, Group, Radio, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ActionItemOwner } from '../../../generated/gql/graphql';
import { newActionItemDraft, type ActionItemDraft } from './action-item-drafts';

interface ActionItemRowsInputProps {
  value: ActionItemDraft[];
  onChange: (value: ActionItemDraft[]) => void;
  /** The report's first name, for the owner choice. */
  reportName: string;
  problems: Record<string, string>;
}

/** Rows of action items to write with a debrief or conversation: who, what, by when; add and remove. */
export function ActionItemRowsInput({ value, onChange, reportName, problems }: ActionItemRowsInputProps) {
  const change = (key: string, patch: Partial<ActionItemDraft>) => onChange(value.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  return (
    <Stack gap="sm">
      {value.length === 0 && (
        <Text size="sm" c="dimmed">
          No action items yet.
        </Text>
      )}
      {value.map((row, index) => (
        <Fieldset key={row.key} legend={`Action item ${index + 1}`} variant="filled" p="sm">
          <Stack gap="xs">
            <Textarea
              label="What to do"
              autosize
              minRows={1}
              maxLength={1000}
              value={row.text}
              onChange={(e) => change(row.key, { text: e.currentTarget.value })}
              error={problems[row.key]}
            />
            <Group gap="md" align="flex-end" wrap="wrap">
              <Radio.Group label="Who does it" value={row.owner} onChange={(owner) => change(row.key, { owner: owner as ActionItemOwner })}>
                <Group gap="md" mt={6}>
                  <Radio value="REPORT" label={reportName} />
                  <Radio value="MANAGER" label="Me" />
                </Group>
              </Radio.Group>
              <TextInput type="date" label="Due" value={row.dueOn} onChange={(e) => change(row.key, { dueOn: e.currentTarget.value })} w={170} />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={`Remove action item ${index + 1}`}
                onClick={() => onChange(value.filter((other) => other.key !== row.key))}
                ml="auto"
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
          </Stack>
        </Fieldset>
      ))}
      <Group>
        <Button variant="light" size="sm" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => onChange([...value, newActionItemDraft()])}>
          Add an action item
        </Button>
      </Group>
    </Stack>
  );
}
