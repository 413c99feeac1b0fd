import { Alert, Button, Card, Group, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconAlertCircle, IconClipboardText, IconInfoCircle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { ImportJobPostingMutation } from '../../../generated/gql/graphql';
import { describeError } from '../../../shared/errors/describe-error';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useImportPosting } from '../api/useRoleMutations';
import { postingFailureHint, postingFoundSentence } from './posting-summary';

export type ImportedPosting = ImportJobPostingMutation['importJobPosting'];

interface PastePostingPanelProps {
  onImported: (posting: ImportedPosting) => void;
  /** "Staff (IC4)" for a level key, when the ladder knows it. */
  levelName: (key: string) => string;
}

type Outcome = { ok: true; posting: ImportedPosting } | { ok: false; message: string; hint: string };

function failureOf(error: unknown): Outcome {
  const described = describeError(error);
  const failure = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions?.postingFailure : undefined;
  return { ok: false, message: described.message, hint: postingFailureHint(failure) };
}

/** Paste a job page, its JSON-LD or its text; the form below is filled from what is found. */
export function PastePostingPanel({ onImported, levelName }: PastePostingPanelProps) {
  const [content, setContent] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [importPosting, { loading }] = useImportPosting();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!content.trim()) {
      setOutcome({ ok: false, message: 'Nothing was pasted yet.', hint: postingFailureHint('EMPTY') });
      return;
    }
    setOutcome(null);
    try {
      const { data } = await importPosting({ variables: { input: { content } } });
      if (!data) return;
      setOutcome({ ok: true, posting: data.importJobPosting });
      onImported(data.importJobPosting);
    } catch (error) {
      // The pasted text stays in the box so it can be fixed and read again.
      setOutcome(failureOf(error));
    }
  };

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="paste-posting-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Group gap="xs">
            <IconClipboardText size={20} aria-hidden />
            <Title order={2} fz="lg" id="paste-posting-title">
              Paste a posting
            </Title>
          </Group>
          <Text size="sm" c="dimmed">
            Paste a job page’s HTML (view the page source and copy it all), its JSON-LD, or just the posting’s text. Onward fills the form below for you to review;
            nothing is saved until you press “Save role”, and no address is visited.
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
          {outcome?.ok === false && (
            <Alert role="alert" color="red" variant="light" title="Onward could not read this posting" icon={<IconAlertCircle aria-hidden />}>
              <Text size="sm">{outcome.message}</Text>
              <Text size="sm" mt={4}>
                {outcome.hint}
              </Text>
            </Alert>
          )}
          {outcome?.ok && (
            <Alert role="status" color="green" variant="light" title="The form is filled from the posting" icon={<IconInfoCircle aria-hidden />}>
              <Stack gap={4}>
                <Text size="sm">{postingFoundSentence(outcome.posting.fieldsFound, outcome.posting.source)} Review them below before saving.</Text>
                {outcome.posting.suggestedLevelKey && (
                  <Text size="sm">
                    The title suggests the level <b>{levelName(outcome.posting.suggestedLevelKey)}</b> on your ladder; you can change it after saving.
                  </Text>
                )}
                {outcome.posting.warnings.length > 0 && (
                  <>
                    <Text size="sm" fw={600}>
                      Worth knowing:
                    </Text>
                    <List size="sm" spacing={2}>
                      {outcome.posting.warnings.map((warning) => (
                        <List.Item key={warning}>{warning}</List.Item>
                      ))}
                    </List>
                  </>
                )}
              </Stack>
            </Alert>
          )}
        </Stack>
      </form>
    </Card>
  );
}
