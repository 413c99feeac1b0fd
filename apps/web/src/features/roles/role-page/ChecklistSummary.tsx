import { Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconMinus } from '@tabler/icons-react';
import { NothingWouldMoveAlert } from '../form/ChecklistFields';
import { SectionCard } from '../ui/SectionCard';
import type { Role } from './role-page-types';

function Tick({ done, label }: { done: boolean; label: string }) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <ThemeIcon size={20} radius="xl" variant={done ? 'filled' : 'light'} color={done ? 'green' : 'gray'} aria-hidden>
        {done ? <IconCheck size={13} /> : <IconMinus size={13} />}
      </ThemeIcon>
      <Text size="sm">
        {label}
        <Text span size="sm" c="dimmed">
          {' '}
          — {done ? 'yes' : 'not yet'}
        </Text>
      </Text>
    </Group>
  );
}

function Answer({ question, answer }: { question: string; answer: string | null }) {
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {question}
      </Text>
      <Text size="sm" c={answer ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {answer ?? 'Not answered yet.'}
      </Text>
    </Stack>
  );
}

/** The report's checklist as their manager sees it; "what would it take" only when they share it. */
export function ChecklistSummary({ role, ownerFirstName }: { role: Role; ownerFirstName: string }) {
  const { checklist } = role;
  return (
    <SectionCard title="Prep checklist">
      <Stack gap="md">
        <Stack gap={6}>
          <Tick done={checklist.toldNotLooking} label="Told them up front they are not actively looking" />
          <Tick done={checklist.jobDescriptionReceived} label="Received the job description" />
        </Stack>
        <Answer question={`${ownerFirstName}’s why`} answer={checklist.myWhy} />
        <Answer question="Why they reached out" answer={checklist.whyTheyReachedOut} />
        {checklist.whatWouldItTake !== null && <Answer question="What would it take to move" answer={checklist.whatWouldItTake} />}
        {checklist.whatWouldItTake !== null && checklist.nothingWouldMakeMeMove && <NothingWouldMoveAlert ownerFirstName={ownerFirstName} />}
      </Stack>
    </SectionCard>
  );
}
