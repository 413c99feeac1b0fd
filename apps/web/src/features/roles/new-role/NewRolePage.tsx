import { useQuery } from '@apollo/client/react';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { saysNothingWouldMakeMeMove } from '@onward/domain';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { describeError, type DescribedError } from '../../../shared/errors/describe-error';
import { hasChanged, SAVED_FORM, useUnsavedChangesGuard } from '../../../shared/forms/useUnsavedChangesGuard';
import { FormError } from '../../../shared/ui/FormError';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { RoleLadderQuery } from '../api/role-operations';
import { useCreateRole } from '../api/useRoleMutations';
import { CHECKLIST_FIELDS, ChecklistFields } from '../form/ChecklistFields';
import { createRoleInput, draftWithLink, draftWithPosting, emptyChecklistDraft, emptyRoleDraft, type ChecklistDraft, type RoleDraft } from '../form/role-draft';
import { ROLE_FIELDS, RoleFormFields } from '../form/RoleFormFields';
import { ImportPostingPanel, type ImportedPosting } from './ImportPostingPanel';

const FIELDS = [...ROLE_FIELDS, ...CHECKLIST_FIELDS];

/** Adds a role: paste a posting or give its link to fill the form, or fill it by hand; the prep checklist beside it. */
export function NewRolePage() {
  const navigate = useNavigate();
  const { data: ladder } = useQuery(RoleLadderQuery);
  const [create, { loading }] = useCreateRole();
  const [draft, setDraft] = useState<RoleDraft>(emptyRoleDraft);
  const [checklist, setChecklist] = useState<ChecklistDraft>(emptyChecklistDraft);
  const [problem, setProblem] = useState<DescribedError | null>(null);
  // Remounts the form fields after an import so inputs that keep their own text (numbers) show the new values.
  const [importCount, setImportCount] = useState(0);
  const leaveDialog = useUnsavedChangesGuard(hasChanged(draft, emptyRoleDraft()) || hasChanged(checklist, emptyChecklistDraft()));

  const setField = <K extends keyof RoleDraft>(field: K, value: RoleDraft[K]) => setDraft((current) => ({ ...current, [field]: value }));
  const setItem = <K extends keyof ChecklistDraft>(field: K, value: ChecklistDraft[K]) => setChecklist((current) => ({ ...current, [field]: value }));
  const levelName = (key: string) => {
    const level = ladder?.levels.find((l) => l.key === key);
    return level ? `${level.name} (${level.key})` : key;
  };
  const onImported = (posting: ImportedPosting) => {
    setDraft((current) => draftWithPosting(current, posting));
    setImportCount((n) => n + 1);
    setProblem(null);
  };
  const onLinkKept = (url: string) => {
    setDraft((current) => draftWithLink(current, url));
    setImportCount((n) => n + 1);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft.title.trim()) {
      setProblem({ message: '', fields: { title: 'Give the role its title, as the posting says it.' } });
      return;
    }
    setProblem(null);
    try {
      const { data } = await create({ variables: { input: createRoleInput(draft, checklist) } });
      if (!data) return;
      notifications.show({ color: 'green', message: `Kept “${data.createInterestingRole.title}”. Only you can see it until you share it.` });
      void navigate(`/roles/${data.createInterestingRole.id}`, { state: SAVED_FORM });
    } catch (error) {
      setProblem(describeError(error, FIELDS));
    }
  };

  return (
    <>
      <PageHeader title="Add a role" description="Keep a role that interests you. It stays private until you share it with your manager." />
      {leaveDialog}
      <Stack gap="lg">
        <ImportPostingPanel onImported={onImported} onLinkKept={onLinkKept} levelName={levelName} />
        <form onSubmit={submit} noValidate aria-label="The role">
          <Stack gap="lg">
            <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="role-details-title">
              <Title order={2} fz="lg" mb="md" id="role-details-title">
                The role
              </Title>
              <RoleFormFields key={importCount} draft={draft} onChange={setField} errors={problem?.fields} />
            </Card>
            <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="prep-checklist-title">
              <Title order={2} fz="lg" id="prep-checklist-title">
                Prep checklist
              </Title>
              <Text size="sm" c="dimmed" mb="md">
                Before you talk to them. You can come back to it later.
              </Text>
              <ChecklistFields draft={checklist} onChange={setItem} errors={problem?.fields} nothingWouldMove={saysNothingWouldMakeMeMove(checklist.whatWouldItTake)} />
            </Card>
            <FormError message={problem?.message} />
            {problem && !problem.message && Object.keys(problem.fields).length > 0 && <FormError message="Some fields need another look; see the messages under them." />}
            <Group justify="flex-end">
              <Button component={Link} to="/roles" variant="default">
                Cancel
              </Button>
              <Button type="submit" loading={loading}>
                Save role
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </>
  );
}
