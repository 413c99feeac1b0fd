import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { describeError } from '../../../shared/errors/describe-error';
import { useImportPostingFromUrl } from '../api/useRoleMutations';
import type { ImportedPosting, Outcome } from './ImportOutcome';
import { linkFailureHint } from './posting-summary';

interface PostingLinkFormProps {
  onImported: (posting: ImportedPosting) => void;
  onFailed: (outcome: Outcome) => void;
  onStart: () => void;
  onLinkKept: (url: string) => void;
}

/** A link the server reads once, on the report's behalf. */
export function PostingLinkForm({ onImported, onFailed, onStart, onLinkKept }: PostingLinkFormProps) {
  const [url, setUrl] = useState('');
  const [empty, setEmpty] = useState(false);
  const [importFromUrl, { loading }] = useImportPostingFromUrl();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const link = url.trim();
    setEmpty(link === '');
    if (!link) return;
    onStart();
    try {
      const { data } = await importFromUrl({ variables: { input: { url: link } } });
      if (data) onImported(data.importPostingFromUrl);
    } catch (error) {
      // The link is still the role's link, whatever kept Onward from reading it.
      onLinkKept(link);
      const described = describeError(error);
      onFailed({ ok: false, title: 'Onward could not read this page', message: described.message, hint: linkFailureHint(described.reason) });
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Onward’s server opens the page once and fills the form below for you to review. It reads public web pages only, and some job boards do not let
          it in: then paste the page instead.
        </Text>
        <TextInput
          label="Link to the job page"
          type="url"
          inputMode="url"
          placeholder="https://"
          maxLength={2000}
          value={url}
          onChange={(e) => setUrl(e.currentTarget.value)}
          error={empty ? 'Paste the posting’s link first.' : undefined}
        />
        <Group justify="flex-end">
          <Button type="submit" variant="light" loading={loading}>
            Read the page
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
