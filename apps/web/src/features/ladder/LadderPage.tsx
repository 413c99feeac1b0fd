import { useQuery } from '@apollo/client/react';
import { Button, Card, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { LevelFieldsFragment } from '../../generated/gql/graphql';
import { describeError } from '../../shared/errors/describe-error';
import { ErrorNotice } from '../../shared/ui/ErrorNotice';
import { PageHeader } from '../../shared/ui/PageHeader';
import { PageLoader } from '../../shared/ui/PageLoader';
import { useIsNarrow } from '../../shared/ui/useIsNarrow';
import { useViewer } from '../session/useViewer';
import { DeleteLevelModal } from './DeleteLevelModal';
import { LadderQuery } from './ladder-operations';
import { LadderCardList } from './LadderCardList';
import { LadderTable } from './LadderTable';
import { LevelFormModal } from './LevelFormModal';
import { keywordsOnSeveralLevels } from './shared-keywords';
import { SharedKeywordsAlert } from './SharedKeywordsAlert';
import { sortLevels } from './sort-levels';

/** The organization's level ladder; admins add, edit and delete levels, others read it. */
export function LadderPage() {
  const { viewer } = useViewer();
  const isAdmin = viewer?.isAdmin ?? false;
  const narrow = useIsNarrow();
  const { data, loading, error, refetch } = useQuery(LadderQuery);
  const [editing, setEditing] = useState<{ level: LevelFieldsFragment | null } | null>(null);
  const [deleting, setDeleting] = useState<LevelFieldsFragment | null>(null);

  const body = (() => {
    if (loading && !data) return <PageLoader label="Loading the ladder" />;
    if (!data) return <ErrorNotice title="The ladder could not be loaded" message={describeError(error).message} onRetry={() => void refetch()} />;
    if (data.levels.length === 0) {
      return (
        <Text c="dimmed" ta="center" py="xl">
          The ladder is empty. {isAdmin ? 'Add a level to start.' : 'An admin can add levels.'}
        </Text>
      );
    }
    const levels = sortLevels(data.levels);
    const actions = isAdmin ? { onEdit: (level: LevelFieldsFragment) => setEditing({ level }), onDelete: setDeleting } : undefined;
    const shared = keywordsOnSeveralLevels(levels);
    const alsoOn = (level: LevelFieldsFragment) => (keyword: string) => (shared.get(keyword.toLowerCase()) ?? []).filter((key) => key !== level.key);
    return (
      <>
        <SharedKeywordsAlert shared={shared} />
        {narrow ? <LadderCardList levels={levels} actions={actions} alsoOn={alsoOn} /> : <LadderTable levels={levels} actions={actions} alsoOn={alsoOn} />}
      </>
    );
  })();

  return (
    <>
      <PageHeader
        title="Ladder"
        description="Levels on two tracks share one scale of ranks. A role’s level comes from the keywords in its title; the longest match wins."
        actions={
          isAdmin && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing({ level: null })}>
              Add level
            </Button>
          )
        }
      />
      <Card withBorder radius="md" padding={0}>
        {body}
      </Card>
      {isAdmin && (
        <>
          <LevelFormModal opened={editing !== null} level={editing?.level ?? null} onClose={() => setEditing(null)} />
          <DeleteLevelModal level={deleting} onClose={() => setDeleting(null)} />
        </>
      )}
    </>
  );
}
