import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { describeError } from '../../../shared/errors/describe-error';
import { FormError } from '../../../shared/ui/FormError';
import { useCommentOnRole } from '../api/useRoleMutations';
import { SectionCard } from '../ui/SectionCard';
import { CommentItem } from './CommentItem';
import type { Role } from './role-page-types';

/** The conversation between the report and their manager about a shared role, oldest first; each edits and deletes their own comments. */
export function ThreadCard({ role, otherName, viewerId }: { role: Role; otherName: string; viewerId: string | null }) {
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
              <CommentItem key={c.id} roleId={role.id} comment={c} mine={!!viewerId && c.author?.id === viewerId} />
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
