import { Alert, Checkbox, Stack, Switch, Textarea } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ChecklistDraft } from './role-draft';

export const CHECKLIST_FIELDS = ['toldNotLooking', 'myWhy', 'whyTheyReachedOut', 'jobDescriptionReceived', 'whatWouldItTake', 'whatWouldItTakeShared'] as const;

export const NOTHING_WOULD_MOVE_WARNING = 'You said nothing would make you move — this one is worth a polite no rather than an interview.';

/** The warning for a role whose "what would it take" answer is "nothing". */
export function NothingWouldMoveAlert({ ownerFirstName }: { ownerFirstName?: string }) {
  return (
    <Alert color="orange" variant="light" role="alert" title="Worth a polite no" icon={<IconAlertTriangle aria-hidden />} styles={{ title: { color: '#8a3a00' } }}>
      {ownerFirstName
        ? `${ownerFirstName} said nothing would make them move — this one is worth a polite no rather than an interview.`
        : NOTHING_WOULD_MOVE_WARNING}
    </Alert>
  );
}

interface ChecklistFieldsProps {
  draft: ChecklistDraft;
  onChange: <K extends keyof ChecklistDraft>(field: K, value: ChecklistDraft[K]) => void;
  errors?: Record<string, string>;
  /** Whether to warn that the answer says nothing would make them move. */
  nothingWouldMove: boolean;
}

/** The prep checklist, taken from the practice: before talking to the other company. */
export function ChecklistFields({ draft, onChange, errors = {}, nothingWouldMove }: ChecklistFieldsProps) {
  return (
    <Stack gap="md">
      <Checkbox
        label="I told them up front that I am not actively looking"
        checked={draft.toldNotLooking}
        onChange={(e) => onChange('toldNotLooking', e.currentTarget.checked)}
        error={errors.toldNotLooking}
      />
      <Checkbox
        label="I received the job description"
        checked={draft.jobDescriptionReceived}
        onChange={(e) => onChange('jobDescriptionReceived', e.currentTarget.checked)}
        error={errors.jobDescriptionReceived}
      />
      <Textarea
        label="My why"
        description="What about this role interests me?"
        autosize
        minRows={2}
        maxLength={5000}
        value={draft.myWhy}
        onChange={(e) => onChange('myWhy', e.currentTarget.value)}
        error={errors.myWhy}
      />
      <Textarea
        label="Why they reached out to me"
        autosize
        minRows={2}
        maxLength={5000}
        value={draft.whyTheyReachedOut}
        onChange={(e) => onChange('whyTheyReachedOut', e.currentTarget.value)}
        error={errors.whyTheyReachedOut}
      />
      <Textarea
        label="What would it take for me to move?"
        description="Private to you unless you choose to share this answer."
        autosize
        minRows={2}
        maxLength={5000}
        value={draft.whatWouldItTake}
        onChange={(e) => onChange('whatWouldItTake', e.currentTarget.value)}
        error={errors.whatWouldItTake}
      />
      {nothingWouldMove && <NothingWouldMoveAlert />}
      <Switch
        label="Share this answer with my manager"
        description={
          draft.whatWouldItTakeShared
            ? 'Your manager can read this answer when you share the role.'
            : 'Off: only you can read this answer, even when the role is shared.'
        }
        checked={draft.whatWouldItTakeShared}
        onChange={(e) => onChange('whatWouldItTakeShared', e.currentTarget.checked)}
        error={errors.whatWouldItTakeShared}
      />
    </Stack>
  );
}
