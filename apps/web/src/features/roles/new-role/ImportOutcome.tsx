import { Alert, List, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconInfoCircle } from '@tabler/icons-react';
import type { PostingDraftFieldsFragment } from '../../../generated/gql/graphql';
import { postingFoundSentence } from './posting-summary';

export type ImportedPosting = PostingDraftFieldsFragment;

/** The last import's outcome: what was found, or why nothing was, and what to try next. */
export type Outcome = { ok: true; posting: ImportedPosting } | { ok: false; title: string; message: string; hint: string };

interface ImportOutcomeProps {
  outcome: Outcome;
  /** "Staff (IC4)" for a level key, when the ladder knows it. */
  levelName: (key: string) => string;
}

export function ImportOutcome({ outcome, levelName }: ImportOutcomeProps) {
  if (!outcome.ok) {
    return (
      <Alert role="alert" color="red" variant="light" title={outcome.title} icon={<IconAlertCircle aria-hidden />}>
        <Text size="sm">{outcome.message}</Text>
        <Text size="sm" mt={4}>
          {outcome.hint}
        </Text>
      </Alert>
    );
  }
  const { posting } = outcome;
  return (
    <Alert role="status" color="green" variant="light" title="The form is filled from the posting" icon={<IconInfoCircle aria-hidden />}>
      <Stack gap={4}>
        <Text size="sm">{postingFoundSentence(posting.fieldsFound, posting.source)} Review them below before saving.</Text>
        {posting.suggestedLevelKey && (
          <Text size="sm">
            The title suggests the level <b>{levelName(posting.suggestedLevelKey)}</b> on your ladder; you can change it after saving.
          </Text>
        )}
        {posting.warnings.length > 0 && (
          <>
            <Text size="sm" fw={600}>
              Worth knowing:
            </Text>
            <List size="sm" spacing={2}>
              {posting.warnings.map((warning) => (
                <List.Item key={warning}>{warning}</List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
    </Alert>
  );
}
