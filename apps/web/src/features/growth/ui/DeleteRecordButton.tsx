import { Button, Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { describeError } from '../../../shared/errors/describe-error';
import { ConfirmDeletion } from '../../../shared/ui/ConfirmDeletion';

interface DeleteRecordButtonProps {
  /** "debrief" or "conversation". */
  what: string;
  /** Whom it was held with, for the words of the dialog. */
  reportName: string;
  reportId: string;
  actionItemCount: number;
  /** A debrief or a practice conversation: deleting it changes when practice is due. */
  countsAsPractice: boolean;
  /** Deletes it; rejects with the API's error. */
  onDelete: () => Promise<unknown>;
}

/**
 * Deletes a debrief or conversation after asking, then goes back to the report's page. Cancelling
 * returns focus to this button (Mantine's modal gives it back to what opened it).
 */
export function DeleteRecordButton({ what, reportName, reportId, actionItemCount, countsAsPractice, onDelete }: DeleteRecordButtonProps) {
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const close = () => {
    setProblem(null);
    setConfirming(false);
  };

  const confirm = async () => {
    setProblem(null);
    setDeleting(true);
    try {
      await onDelete();
      notifications.show({ color: 'green', message: `Deleted the ${what} with ${reportName}.` });
      void navigate(`/team/${reportId}`, { replace: true });
    } catch (error) {
      setProblem(describeError(error).message);
    } finally {
      setDeleting(false);
    }
  };

  const items = actionItemCount === 0 ? '' : actionItemCount === 1 ? ', with its action item' : `, with its ${actionItemCount} action items`;
  return (
    <>
      <Button variant="outline" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setConfirming(true)}>
        Delete {what}
      </Button>
      <Modal opened={confirming} onClose={close} title={`Delete this ${what}?`} centered>
        <ConfirmDeletion problem={problem} loading={deleting} onCancel={close} onConfirm={() => void confirm()}>
          The {what} with {reportName} will be deleted for good{items}. {reportName} will no longer see it
          {countsAsPractice ? ', and it no longer counts as their interview practice' : ''}. This cannot be undone.
        </ConfirmDeletion>
      </Modal>
    </>
  );
}
