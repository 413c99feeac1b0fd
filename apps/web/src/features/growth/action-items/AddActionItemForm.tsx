import { useMutation } from '@apollo/client/react';
import { Button, Group, Radio, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import type { ActionItemOwner } from '../../../generated/gql/graphql';
import { AddActionItemMutation } from '../../../shared/action-items/action-item-operations';
import { describeError, type DescribedError } from '../../../shared/errors/describe-error';
import { forgetActionItemLists } from '../growth-cache';

interface AddActionItemFormProps {
  parent: { debriefId?: string; conversationId?: string };
  /** The report's first name. */
  reportName: string;
  /** The viewer is the report (else their manager): decides how the owners are named. */
  viewerIsReport: boolean;
}

/** Adds an action item to a debrief or conversation after the fact; the report and the manager both may. */
export function AddActionItemForm({ parent, reportName, viewerIsReport }: AddActionItemFormProps) {
  const [text, setText] = useState('');
  const [owner, setOwner] = useState<ActionItemOwner>('REPORT');
  const [dueOn, setDueOn] = useState('');
  const [problem, setProblem] = useState<DescribedError | null>(null);
  const [add, { loading }] = useMutation(AddActionItemMutation, { update: (cache) => forgetActionItemLists(cache, parent) });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return setProblem({ message: '', fields: { text: 'Write what is to be done.' } });
    setProblem(null);
    try {
      await add({ variables: { input: { ...parent, owner, text: text.trim(), ...(dueOn ? { dueOn } : {}) } } });
      notifications.show({ color: 'green', message: 'Added the action item.' });
      setText('');
      setDueOn('');
    } catch (error) {
      setProblem(describeError(error, ['text', 'dueOn', 'owner']));
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Add an action item">
      <Stack gap="xs" pt="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
        <Textarea
          label="New action item"
          autosize
          minRows={1}
          maxLength={1000}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={problem?.fields.text ?? problem?.message}
        />
        <Group gap="md" align="flex-end" wrap="wrap">
          <Radio.Group label="Who does it" value={owner} onChange={(value) => setOwner(value as ActionItemOwner)}>
            <Group gap="md" mt={6}>
              <Radio value="REPORT" label={viewerIsReport ? 'Me' : reportName} />
              <Radio value="MANAGER" label={viewerIsReport ? 'My manager' : 'Me'} />
            </Group>
          </Radio.Group>
          <TextInput type="date" label="Due" value={dueOn} onChange={(e) => setDueOn(e.currentTarget.value)} error={problem?.fields.dueOn} w={170} />
          <Button type="submit" variant="light" loading={loading} ml="auto">
            Add
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
