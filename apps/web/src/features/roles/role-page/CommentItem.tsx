import { ActionIcon, Avatar, Button, Group, Modal, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { RoleCommentFieldsFragment } from '../../../generated/gql/graphql';
import { describeError } from '../../../shared/errors/describe-error';
import { formatDateTime } from '../../../shared/format/format-date';
import { FormError } from '../../../shared/ui/FormError';
import { useDeleteRoleComment, useEditRoleComment } from '../api/useRoleMutations';
import { initialsOf, relativeTime } from '../format/relative-time';

function EditCommentForm({ comment, onDone }: { comment: RoleCommentFieldsFragment; onDone: () => void }) {
  const [edit, { loading }] = useEditRoleComment();
  const [body, setBody] = useState(comment.body);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return setProblem('A comment cannot be empty: delete it instead.');
    setProblem(null);
    try {
      await edit({ variables: { id: comment.id, body: body.trim() } });
      onDone();
    } catch (error) {
      setProblem(describeError(error).message);
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Editing a comment">
      <Stack gap="xs">
        <Textarea label="Comment text" autosize minRows={2} maxLength={5000} value={body} onChange={(e) => setBody(e.currentTarget.value)} data-autofocus autoFocus />
        <FormError message={problem} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" size="xs" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" size="xs" loading={loading}>
            Save comment
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DeleteCommentModal({ roleId, comment, opened, onClose }: { roleId: string; comment: RoleCommentFieldsFragment; opened: boolean; onClose: () => void }) {
  const [remove, { loading }] = useDeleteRoleComment(roleId);
  const [problem, setProblem] = useState<string | null>(null);
  const confirm = async () => {
    setProblem(null);
    try {
      await remove({ variables: { id: comment.id } });
    } catch (error) {
      setProblem(describeError(error).message);
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Delete this comment?">
      <Stack gap="md">
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          “{comment.body.length > 200 ? `${comment.body.slice(0, 200)}…` : comment.body}” will be gone for both of you. This cannot be undone.
        </Text>
        <FormError message={problem} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            Cancel
          </Button>
          <Button color="red" onClick={() => void confirm()} loading={loading}>
            Delete comment
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * One message of a role's thread. Its author edits it in place and deletes it after confirming;
 * anyone else's, a former manager's included, is read-only.
 */
export function CommentItem({ roleId, comment, mine }: { roleId: string; comment: RoleCommentFieldsFragment; mine: boolean }) {
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const author = comment.author?.name ?? 'Someone who has left';
  return (
    <Group component="li" gap="sm" wrap="nowrap" align="flex-start">
      <Avatar size="sm" radius="xl" color="blue" aria-hidden>
        {initialsOf(comment.author?.name ?? '?')}
      </Avatar>
      <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
        <Group gap={6} wrap="wrap" justify="space-between">
          <Group gap={6} wrap="wrap">
            <Text size="sm" fw={600}>
              {author}
            </Text>
            <Text size="xs" c="dimmed" component="time" dateTime={comment.createdAt} title={formatDateTime(comment.createdAt)}>
              {relativeTime(comment.createdAt)}
            </Text>
            {comment.editedAt && (
              <Text size="xs" c="dimmed" component="time" dateTime={comment.editedAt} title={`Edited ${formatDateTime(comment.editedAt)}`}>
                (edited)
              </Text>
            )}
          </Group>
          {mine && !editing && (
            <Group gap={2}>
              <Tooltip label="Edit" withArrow openDelay={300}>
                <ActionIcon variant="subtle" color="gray" aria-label="Edit this comment" onClick={() => setEditing(true)}>
                  <IconPencil size={16} aria-hidden />
                </ActionIcon>
              </Tooltip>
              <Tooltip label="Delete" withArrow openDelay={300}>
                <ActionIcon variant="subtle" color="red" aria-label="Delete this comment" onClick={() => setDeleting(true)}>
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Tooltip>
            </Group>
          )}
        </Group>
        {editing ? (
          <EditCommentForm comment={comment} onDone={() => setEditing(false)} />
        ) : (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {comment.body}
          </Text>
        )}
      </Stack>
      {mine && <DeleteCommentModal roleId={roleId} comment={comment} opened={deleting} onClose={() => setDeleting(false)} />}
    </Group>
  );
}
