import { Badge, Group, Rating, Stack, Table, Text } from '@mantine/core';
import type { DebriefFieldsFragment } from '../../../generated/gql/graphql';
import { EXTERNAL_READING, INTERVIEW_KIND_LABELS, RATING_ITEMS, ROLE_OUTCOME_LABELS } from '../labels';
import { ReadSection, TextBlock } from '../ui/ReadSection';
import { levelSettingLine } from './level-setting';

/** The level-setting line beside the badge of how the other company read the report. */
export function LevelSettingSection({ debrief }: { debrief: DebriefFieldsFragment }) {
  const line = levelSettingLine(debrief, debrief.report?.level);
  const reading = EXTERNAL_READING[debrief.externalReading];
  return (
    <ReadSection title="Level-setting">
      <Group gap="sm" wrap="wrap">
        <Text size="sm">{line ?? 'The other company’s reading of the level was not recorded.'}</Text>
        {line && (
          <Badge color={reading.color} variant="light" radius="sm">
            {reading.label}
          </Badge>
        )}
      </Group>
    </ReadSection>
  );
}

/** The other company's process: outcome, stages in order, how many, themes. */
export function ProcessSection({ debrief }: { debrief: DebriefFieldsFragment }) {
  return (
    <ReadSection title="Their process">
      <Text size="sm">
        <b>Outcome:</b> {debrief.outcome ? ROLE_OUTCOME_LABELS[debrief.outcome] : 'not known yet'}
      </Text>
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          Stages{debrief.stageCount ? ` (${debrief.stageCount} in all)` : ''}
        </Text>
        {debrief.stages.length === 0 ? (
          <Text size="sm" c="dimmed">
            Not recorded.
          </Text>
        ) : (
          <Group component="ol" gap="xs" aria-label="Stages, in order" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {debrief.stages.map((stage, index) => (
              <li key={`${stage}-${index}`}>
                <Badge variant="outline" color="dark" radius="sm" tt="none">
                  {index + 1}. {INTERVIEW_KIND_LABELS[stage]}
                </Badge>
              </li>
            ))}
          </Group>
        )}
      </Stack>
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          Themes
        </Text>
        {debrief.themes.length === 0 ? (
          <Text size="sm" c="dimmed">
            None recorded.
          </Text>
        ) : (
          <Group component="ul" gap="xs" aria-label="Themes" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {debrief.themes.map((theme) => (
              <li key={theme}>
                <Badge variant="light" color="grape" radius="sm" tt="none">
                  {theme}
                </Badge>
              </li>
            ))}
          </Group>
        )}
      </Stack>
    </ReadSection>
  );
}

/** The five candidate-experience ratings, as stars with their number in words. */
export function RatingsSection({ debrief }: { debrief: DebriefFieldsFragment }) {
  return (
    <ReadSection title="Candidate experience">
      <Table verticalSpacing={6} fz="sm" aria-label="Candidate experience ratings">
        <Table.Tbody>
          {RATING_ITEMS.map(({ key, label }) => {
            const value = debrief.ratings[key];
            return (
              <Table.Tr key={key}>
                <Table.Th fw={500} style={{ fontWeight: 500 }}>
                  {label}
                </Table.Th>
                <Table.Td style={{ whiteSpace: 'nowrap', width: '1%' }}>
                  {value ? (
                    <Group gap={6} wrap="nowrap">
                      <Rating value={value} readOnly size="sm" aria-hidden />
                      <Text size="sm">{value} of 5</Text>
                    </Group>
                  ) : (
                    <Text size="sm" c="dimmed">
                      Not rated
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ReadSection>
  );
}

export function HowItWentSection({ debrief }: { debrief: DebriefFieldsFragment }) {
  return (
    <ReadSection title="How it went">
      <TextBlock label="What went well" text={debrief.wentWell} />
      <TextBlock label="What could have gone better" text={debrief.couldBeBetter} />
      <TextBlock label="Third-party feedback" text={debrief.thirdPartyFeedback} />
    </ReadSection>
  );
}
