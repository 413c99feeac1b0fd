import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { describeError } from '../../../shared/errors/describe-error';
import { useImportPosting } from '../api/useRoleMutations';
import type { ImportedPosting, Outcome } from './ImportOutcome';
import { postingFailureHint } from './posting-summary';

const FAILURE_TITLE = 'Onward could not read this posting';

interface PastePostingFormProps {
  onImported: (posting: ImportedPosting) => void;
  onFailed: (outcome: Outcome) => void;
  onStart: () => void;
}

/** A pasted page, JSON-LD or text: read here, nothing visited. */
export function PastePostingForm({ onImported, onFailed, onStart }: PastePostingFormProps) {
  const [content, setContent] = useState('');
  const [importPosting, { loading }] = useImportPosting();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!content.trim()) {
      onFailed({ ok: false, title: FAILURE_TITLE, message: 'Nothing was pasted yet.', hint: postingFailureHint('EMPTY') });
      return;
    }
    onStart();
    try {
      const { data } = await importPosting({ variables: { input: { content } } });
      if (data) onImported(data.importJobPosting);
    } catch (error) {
      // The pasted text stays in the box so it can be fixed and read again.
      const failure = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions?.postingFailure : undefined;
      onFailed({ ok: false, title: FAILURE_TITLE, message: describeError(error).message, hint: postingFailureHint(failure) });
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Paste a job page’s HTML (view the page source and copy it all), its JSON-LD, or just the posting’s text as you copied it from the job board. Onward
          fills the form below for you to review; nothing is saved until you press “Save role”, and no address is visited.
        </Text>
        <Textarea
          label="Job posting"
          placeholder="<html>… or {&quot;@type&quot;: &quot;JobPosting&quot;, …} or the posting’s text"
          autosize
          minRows={4}
          maxRows={10}
          value={content}
          onChange={(e) => setContent(e.currentTarget.value)}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
        />
        <Group justify="flex-end">
          <Button type="submit" variant="light" loading={loading}>
            Read the posting
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
