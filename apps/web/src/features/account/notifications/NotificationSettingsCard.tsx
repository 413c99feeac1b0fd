import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Checkbox, Group, Loader, Radio, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import type { NotificationSettingsFieldsFragment } from '../../../generated/gql/graphql';
import { describeError } from '../../../shared/errors/describe-error';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { DELIVERY_LABELS, draftFrom, inputFrom, isUnchanged, mailedKinds, NUDGE_KIND_LABELS, withMailedKinds, type NotificationDraft } from './notification-form';
import { MyNotificationSettingsQuery, UpdateMyNotificationSettingsMutation } from './notification-operations';

/** Which nudges reach the person by email, and how. Nudges always show in Onward itself. */
export function NotificationSettingsCard() {
  const { data, loading, error, refetch } = useQuery(MyNotificationSettingsQuery);
  const settings = data?.myNotificationSettings;

  const body = (() => {
    if (loading && !settings) {
      return (
        <Group gap="xs" role="status" aria-label="Loading your email settings">
          <Loader size="sm" aria-hidden />
          <Text size="sm" c="dimmed">
            Loading your email settings…
          </Text>
        </Group>
      );
    }
    if (!settings) return <ErrorNotice title="Your email settings could not be loaded" message={describeError(error).message} onRetry={() => void refetch()} />;
    return <NotificationSettingsForm key={JSON.stringify(settings)} saved={settings} />;
  })();

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="email-settings-title">
      <Title order={2} fz="lg" id="email-settings-title" mb="xs">
        Email
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Which nudges about your team Onward also sends you by email. They always show in Onward. Emails never say what a report wrote, only that something is waiting.
      </Text>
      {body}
    </Card>
  );
}

function NotificationSettingsForm({ saved }: { saved: NotificationSettingsFieldsFragment }) {
  const [draft, setDraft] = useState<NotificationDraft>(() => draftFrom(saved));
  const [problem, setProblem] = useState<unknown>(null);
  const [save, { loading }] = useMutation(UpdateMyNotificationSettingsMutation, {
    update: (cache, { data }) => {
      if (data) cache.writeQuery({ query: MyNotificationSettingsQuery, data: { myNotificationSettings: data.updateMyNotificationSettings } });
    },
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      await save({ variables: { input: inputFrom(draft) } });
      notifications.show({ color: 'green', message: 'Email settings saved.' });
    } catch (caught) {
      setProblem(caught);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {problem ? <ErrorNotice title="Your email settings were not saved" message={describeError(problem).message} /> : null}
        <Switch label="Email me about my team" checked={draft.emailEnabled} onChange={(e) => setDraft({ ...draft, emailEnabled: e.currentTarget.checked })} />
        <Checkbox.Group
          label="Email me when"
          description="Untick what you would rather only see in Onward."
          value={mailedKinds(draft)}
          onChange={(values) => setDraft(withMailedKinds(draft, values))}
        >
          <Stack gap="xs" mt="xs">
            {draft.kinds.map(({ kind }) => (
              <Checkbox key={kind} value={kind} label={NUDGE_KIND_LABELS[kind] ?? kind} disabled={!draft.emailEnabled} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Radio.Group label="How" value={draft.delivery} onChange={(value) => setDraft({ ...draft, delivery: value as NotificationDraft['delivery'] })}>
          <Stack gap="xs" mt="xs">
            {Object.entries(DELIVERY_LABELS).map(([value, { label, description }]) => (
              <Radio key={value} value={value} label={label} description={description} disabled={!draft.emailEnabled} />
            ))}
          </Stack>
        </Radio.Group>
        <Group justify="flex-end">
          <Button type="submit" loading={loading} disabled={isUnchanged(draft, saved)}>
            Save email settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
