import { useMutation } from '@apollo/client/react';
import { ActionIcon, Button, Group, Menu, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDots, IconPencil, IconTrash } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import type { ActionItemFieldsFragment } from '../../generated/gql/graphql';
import { describeError } from '../errors/describe-error';
import { ConfirmDeletion } from '../ui/ConfirmDeletion';
import { FormError } from '../ui/FormError';
import { DeleteActionItemMutation, UpdateActionItemMutation } from './action-item-operations';

/** A menu on an action item its author wrote: reword it or move its due day, or delete it after asking. */
export function ActionItemActions({ item }: { item: ActionItemFieldsFragment }) {
  const [dialog, setDialog] = useState<'edit' | 'delete' | null>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  // Once the item is gone its menu button is too: the focus goes to the heading of the card it was in,
  // found while the button is still there (the list drops the item, and this menu, as it is deleted).
  const heading = useRef<HTMLElement | null>(null);
  const close = () => setDialog(null);
  const askToDelete = () => {
    heading.current = trigger.current?.closest('section')?.querySelector<HTMLElement>('h2, h3') ?? null;
    setDialog('delete');
  };
  const deleted = () => {
    setDialog(null);
    const target = heading.current;
    if (target) {
      target.tabIndex = -1;
      setTimeout(() => target.focus(), 0);
    }
  };
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon ref={trigger} variant="subtle" color="gray" aria-label={`Change or delete “${item.text}”`}>
            <IconDots size={16} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconPencil size={14} aria-hidden />} onClick={() => setDialog('edit')}>
            Edit
          </Menu.Item>
          <Menu.Item color="red" leftSection={<IconTrash size={14} aria-hidden />} onClick={askToDelete}>
            Delete
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={dialog === 'edit'} onClose={close} title="Edit the action item" centered>
        {dialog === 'edit' && <EditActionItemForm item={item} onDone={close} />}
      </Modal>
      <Modal opened={dialog === 'delete'} onClose={close} title="Delete this action item?" centered>
        {dialog === 'delete' && <DeleteActionItemConfirm item={item} onCancel={close} onDeleted={deleted} />}
      </Modal>
    </>
  );
}

function EditActionItemForm({ item, onDone }: { item: ActionItemFieldsFragment; onDone: () => void }) {
  const [text, setText] = useState(item.text);
  const [dueOn, setDueOn] = useState(item.dueOn ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [textError, setTextError] = useState<string | undefined>();
  const [update, { loading }] = useMutation(UpdateActionItemMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return setTextError('Say what is to be done.');
    setTextError(undefined);
    setProblem(null);
    try {
      await update({ variables: { id: item.id, input: { text: text.trim(), dueOn: dueOn || null } } });
      notifications.show({ color: 'green', message: 'Saved the action item.' });
      onDone();
    } catch (error) {
      setProblem(describeError(error).message);
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Edit the action item">
      <Stack gap="md">
        <Textarea label="What to do" required autosize minRows={2} maxLength={1000} value={text} onChange={(e) => setText(e.currentTarget.value)} error={textError} data-autofocus />
        <TextInput type="date" label="Due" description="Leave empty for no due day." value={dueOn} onChange={(e) => setDueOn(e.currentTarget.value)} />
        <FormError message={problem} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DeleteActionItemConfirm({ item, onCancel, onDeleted }: { item: ActionItemFieldsFragment; onCancel: () => void; onDeleted: () => void }) {
  const [problem, setProblem] = useState<string | null>(null);
  const [remove, { loading }] = useMutation(DeleteActionItemMutation, {
    update(cache) {
      cache.evict({ id: cache.identify(item) });
      cache.gc();
    },
  });
  const confirm = async () => {
    setProblem(null);
    try {
      await remove({ variables: { id: item.id } });
      notifications.show({ color: 'green', message: 'Deleted the action item.' });
      onDeleted();
    } catch (error) {
      setProblem(describeError(error).message);
    }
  };
  return (
    <ConfirmDeletion problem={problem} loading={loading} onCancel={onCancel} onConfirm={() => void confirm()}>
      “{item.text}” will be deleted for good, for both of you. This cannot be undone.
    </ConfirmDeletion>
  );
}
