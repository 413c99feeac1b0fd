import { ActionIcon, Badge, Button, Divider, Group, Modal, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { InterviewKind } from '../../../generated/gql/graphql';
import { describeError, type DescribedError } from '../../../shared/errors/describe-error';
import { FormError } from '../../../shared/ui/FormError';
import { useAddInterview, useRemoveInterview } from '../api/useRoleMutations';
import { INTERVIEW_KIND_LABELS, optionsOf } from '../format/role-labels';
import { formatDay } from '../format/relative-time';
import { SectionCard } from '../ui/SectionCard';
import type { Role } from './role-page-types';

type Interview = Role['interviews'][number];

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function AddInterviewForm({ roleId }: { roleId: string }) {
  const [add, { loading }] = useAddInterview(roleId);
  const [heldOn, setHeldOn] = useState(today);
  const [kind, setKind] = useState<InterviewKind | null>(null);
  const [notes, setNotes] = useState('');
  const [problem, setProblem] = useState<DescribedError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!heldOn) fields.heldOn = 'Pick the day of the interview.';
    if (!kind) fields.kind = 'Pick the kind of interview.';
    if (Object.keys(fields).length > 0 || !kind) return setProblem({ message: '', fields });
    setProblem(null);
    try {
      await add({ variables: { roleId, input: { heldOn, kind, notes: notes.trim() || null } } });
      setKind(null);
      setNotes('');
    } catch (error) {
      setProblem(describeError(error, ['heldOn', 'kind', 'notes']));
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Add an interview">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput label="Interview date" type="date" required value={heldOn} onChange={(e) => setHeldOn(e.currentTarget.value)} error={problem?.fields.heldOn} />
          <Select
            label="Kind of interview"
            required
            placeholder="Pick one"
            data={optionsOf(INTERVIEW_KIND_LABELS)}
            value={kind}
            onChange={(value) => setKind(value as InterviewKind | null)}
            error={problem?.fields.kind}
            comboboxProps={{ withinPortal: true }}
          />
        </SimpleGrid>
        <Textarea label="Interview notes" autosize minRows={2} maxLength={5000} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} error={problem?.fields.notes} />
        <FormError message={problem?.message} />
        <Group justify="flex-end">
          <Button type="submit" variant="light" leftSection={<IconPlus size={16} aria-hidden />} loading={loading}>
            Add interview
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function InterviewRow({ interview, roleId, editable }: { interview: Interview; roleId: string; editable: boolean }) {
  const [remove, { loading }] = useRemoveInterview(roleId);
  const [problem, setProblem] = useState<string | null>(null);
  const label = `${INTERVIEW_KIND_LABELS[interview.kind]} on ${formatDay(interview.heldOn)}`;
  const [confirming, setConfirming] = useState(false);
  const removeIt = async () => {
    setProblem(null);
    try {
      await remove({ variables: { id: interview.id } });
      setConfirming(false);
    } catch (error) {
      setProblem(describeError(error).message);
    }
  };
  return (
    <Stack component="li" gap={4}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap="xs" wrap="wrap">
            <Badge variant="light" color="indigo" c="#2b2f8a" radius="sm" tt="none">
              {INTERVIEW_KIND_LABELS[interview.kind]}
            </Badge>
            <Text size="sm" component="time" dateTime={interview.heldOn}>
              {formatDay(interview.heldOn)}
            </Text>
          </Group>
          {interview.notes && (
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {interview.notes}
            </Text>
          )}
        </Stack>
        {editable && (
          <ActionIcon variant="subtle" color="red" aria-label={`Remove the interview: ${label}`} onClick={() => setConfirming(true)}>
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        )}
      </Group>
      {/* One click on a small icon must not lose an interview and its notes: it asks first. */}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={`Remove the ${INTERVIEW_KIND_LABELS[interview.kind].toLowerCase()} interview of ${formatDay(interview.heldOn)}?`}>
        <Stack gap="md">
          <Text size="sm">{interview.notes ? 'Its notes go with it. ' : ''}A debrief about this role stays as it is.</Text>
          <FormError message={problem} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
              Keep it
            </Button>
            <Button color="red" onClick={() => void removeIt()} loading={loading}>
              Remove interview
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

/** Interviews, earliest first; the owner adds and removes them. */
export function InterviewsCard({ role, editable }: { role: Role; editable: boolean }) {
  return (
    <SectionCard title="Interviews">
      <Stack gap="md">
        {role.interviews.length === 0 ? (
          <Text size="sm" c="dimmed">
            No interviews recorded yet.
          </Text>
        ) : (
          <Stack component="ul" gap="sm" aria-label="Interviews" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {role.interviews.map((interview) => (
              <InterviewRow key={interview.id} interview={interview} roleId={role.id} editable={editable} />
            ))}
          </Stack>
        )}
        {editable && (
          <>
            <Divider />
            <AddInterviewForm roleId={role.id} />
          </>
        )}
      </Stack>
    </SectionCard>
  );
}
