import { Avatar, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { describeError } from '../../../shared/errors/describe-error';
import { formatDateTime } from '../../../shared/format/format-date';
import { FormError } from '../../../shared/ui/FormError';
import { useCommentOnRole } from '../api/useRoleMutations';
import { initialsOf, relativeTime } from '../format/relative-time';
import { SectionCard } from '../ui/SectionCard';
import type { Role } from './role-page-types';

/** The conversation between the report and their manager about a shared role, oldest first. */
export function ThreadCard({ role, otherName }: { role: Role; otherName: string }) {
  const [comment, { loading }] = useCommentOnRole(role.id);
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return setProblem('Write something first.');
    setProblem(null);
    try {
      await comment({ variables: { id: role.id, body: body.trim() } });
      setBody('');
    } catch (error) {
      setProblem(describeError(error).message);
    }
  };

  return (
    <SectionCard title="Thread">
      <Stack gap="md">
        {role.comments.length === 0 ? (
          <Text size="sm" c="dimmed">
            No comments yet. Start the conversation with {otherName}.
          </Text>
        ) : (
          <Stack component="ol" gap="md" aria-label="Comments" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {role.comments.map((c) => (
              <Group component="li" key={c.id} gap="sm" wrap="nowrap" align="flex-start">
                <Avatar size="sm" radius="xl" color="blue" aria-hidden>
                  {initialsOf(c.author?.name ?? '?')}
                </Avatar>
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Group gap={6} wrap="wrap">
                    <Text size="sm" fw={600}>
                      {c.author?.name ?? 'Someone who has left'}
                    </Text>
                    <Text size="xs" c="dimmed" component="time" dateTime={c.createdAt} title={formatDateTime(c.createdAt)}>
                      {relativeTime(c.createdAt)}
                    </Text>
                  </Group>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {c.body}
                  </Text>
                </Stack>
              </Group>
            ))}
          </Stack>
        )}
        <form onSubmit={submit} noValidate aria-label="Add a comment">
          <Stack gap="sm">
            <Textarea label="Your comment" autosize minRows={2} maxLength={5000} value={body} onChange={(e) => setBody(e.currentTarget.value)} />
            <FormError message={problem} />
            <Group justify="flex-end">
              <Button type="submit" variant="light" loading={loading}>
                Post comment
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </SectionCard>
  );
}
