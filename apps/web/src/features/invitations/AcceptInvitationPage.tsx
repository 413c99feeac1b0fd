import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { AuthCard } from '../../shared/auth/AuthCard';
import { PASSWORD_RULE } from '../../shared/auth/password-rule';
import { describeError, type DescribedError } from '../../shared/errors/describe-error';
import { FormError } from '../../shared/ui/FormError';
import { PageLoader } from '../../shared/ui/PageLoader';
import { useStartSession } from '../session/useStartSession';
import { AcceptInvitationMutation, InvitationPreviewQuery } from './invitation-operations';
import { describeInvitationProblem } from './invitation-problem';

const FIELDS = ['name', 'password'] as const;
const LOG_IN_FOOTER = (
  <Anchor component={Link} to="/login">
    Go to the login page
  </Anchor>
);

/** The page an invitation link opens: who it is for, then a password to finish setting up. */
export function AcceptInvitationPage() {
  const token = useParams().token ?? '';
  const navigate = useNavigate();
  const startSession = useStartSession();
  const preview = useQuery(InvitationPreviewQuery, { variables: { token }, fetchPolicy: 'network-only' });
  const [accept, { loading: accepting }] = useMutation(AcceptInvitationMutation);
  const [name, setName] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<DescribedError | null>(null);
  const [linkProblem, setLinkProblem] = useState<unknown>(null);
  const [accepted, setAccepted] = useState(false);

  if (accepted) return <PageLoader label="Signing you in" fullScreen />;
  if (preview.loading) return <PageLoader label="Loading your invitation" fullScreen />;
  const invitation = preview.data?.invitation;
  if (!invitation || linkProblem) {
    const { title, message } = describeInvitationProblem(linkProblem ?? preview.error);
    return (
      <AuthCard title={title} footer={LOG_IN_FOOTER}>
        <Alert role="alert" color="orange" variant="light">
          {message}
        </Alert>
      </AuthCard>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      const chosenName = name?.trim();
      const { data } = await accept({ variables: { input: { token, password, name: chosenName && chosenName !== invitation.name ? chosenName : undefined } } });
      if (!data) return;
      setAccepted(true);
      await startSession(data.acceptInvitation);
      navigate('/', { replace: true });
    } catch (error) {
      const described = describeError(error, FIELDS);
      if (described.reason?.startsWith('INVITATION_')) setLinkProblem(error);
      else setProblem(described);
    }
  };

  return (
    <AuthCard
      title={`Join ${invitation.organizationName} on Onward`}
      subtitle="Choose a password to finish setting up your account."
      footer={LOG_IN_FOOTER}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormError message={problem?.message} />
          <TextInput label="Email" value={invitation.email} readOnly description="You will log in with this address." />
          <TextInput
            label="Your name"
            description="Correct it if it is not right."
            autoComplete="name"
            required
            value={name ?? invitation.name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={problem?.fields.name}
          />
          <PasswordInput
            label="Password"
            description={PASSWORD_RULE}
            autoComplete="new-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={problem?.fields.password}
          />
          <Button type="submit" loading={accepting} fullWidth>
            Set password and continue
          </Button>
          <Text size="xs" c="dimmed">
            The link works once. It expires on {new Date(invitation.expiresAt).toLocaleDateString(undefined, { dateStyle: 'long' })}.
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
