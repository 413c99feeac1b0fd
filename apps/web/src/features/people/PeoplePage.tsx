import { Button, Card, Group, Loader, Switch, Text, TextInput } from '@mantine/core';
import { IconFileImport, IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { PersonRowFieldsFragment } from '../../generated/gql/graphql';
import { describeError } from '../../shared/errors/describe-error';
import { ErrorNotice } from '../../shared/ui/ErrorNotice';
import { PageHeader } from '../../shared/ui/PageHeader';
import { PageLoader } from '../../shared/ui/PageLoader';
import { useIsNarrow } from '../../shared/ui/useIsNarrow';
import { DeactivatePersonModal } from './DeactivatePersonModal';
import { EditPersonModal } from './EditPersonModal';
import { InvitePersonModal } from './InvitePersonModal';
import { PeoplePager } from './PeoplePager';
import { PeopleCardList } from './PeopleCardList';
import { PeopleTable } from './PeopleTable';
import type { PersonAction } from './PersonActionsMenu';
import { ReissueInvitationModal } from './ReissueInvitationModal';
import { usePeopleList } from './usePeopleList';

type OpenAction = { action: PersonAction; person: PersonRowFieldsFragment } | null;

/** Admins: everyone in the organization, with invite, edit, deactivate and new invitation links. */
export function PeoplePage() {
  const list = usePeopleList();
  const narrow = useIsNarrow();
  const [inviting, setInviting] = useState(false);
  const [open, setOpen] = useState<OpenAction>(null);
  const personFor = (action: PersonAction) => (open?.action === action ? open.person : null);
  const closeAction = () => setOpen(null);

  const filtered = list.search.trim() !== '';
  const body = (() => {
    if (list.loading) return <PageLoader label="Loading people" />;
    if (list.error && list.people.length === 0) {
      return <ErrorNotice title="People could not be loaded" message={describeError(list.error).message} onRetry={() => void list.refetch()} />;
    }
    if (list.people.length === 0) {
      return (
        <Text c="dimmed" ta="center" py="xl">
          {filtered ? `Nobody matches “${list.search.trim()}”.` : 'Nobody here yet. Invite your first person, or import your org chart.'}
        </Text>
      );
    }
    const onAction = (action: PersonAction, person: PersonRowFieldsFragment) => setOpen({ action, person });
    return narrow ? <PeopleCardList people={list.people} onAction={onAction} /> : <PeopleTable people={list.people} onAction={onAction} />;
  })();

  return (
    <>
      <PageHeader
        title="People"
        description="Invite people, set their manager and level, and deactivate those who have left."
        actions={
          <>
            <Button component={Link} to="/admin/import" variant="default" leftSection={<IconFileImport size={16} aria-hidden />}>
              Import CSV
            </Button>
            <Button onClick={() => setInviting(true)} leftSection={<IconUserPlus size={16} aria-hidden />}>
              Invite person
            </Button>
          </>
        }
      />
      <Card withBorder radius="md" padding={0}>
        <Group p="md" gap="md" justify="space-between" wrap="wrap">
          <TextInput
            aria-label="Search people"
            placeholder="Search by name, email or title"
            leftSection={<IconSearch size={16} aria-hidden />}
            rightSection={list.searching || list.refreshing ? <Loader size="xs" aria-label="Searching" /> : null}
            value={list.search}
            onChange={(e) => list.setSearch(e.currentTarget.value)}
            style={{ flex: '1 1 16rem', maxWidth: 420 }}
          />
          <Switch label="Show deactivated people" checked={list.includeDeactivated} onChange={(e) => list.setIncludeDeactivated(e.currentTarget.checked)} />
        </Group>
        {body}
        {list.people.length > 0 && <PeoplePager list={list} />}
      </Card>
      <InvitePersonModal opened={inviting} onClose={() => setInviting(false)} />
      <EditPersonModal person={personFor('edit')} onClose={closeAction} />
      <DeactivatePersonModal person={personFor('deactivate')} onClose={closeAction} />
      <ReissueInvitationModal person={personFor('reissue')} onClose={closeAction} />
    </>
  );
}
