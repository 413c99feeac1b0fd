import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, PasswordInput, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { AuthCard } from '../../shared/auth/AuthCard';
import { PASSWORD_RULE } from '../../shared/auth/password-rule';
import { describeError, type DescribedError } from '../../shared/errors/describe-error';
import { FormError } from '../../shared/ui/FormError';
import { PageLoader } from '../../shared/ui/PageLoader';
import { AFTER_RESET_PATH, ResetPasswordMutation } from './password-reset-operations';
import { describeResetLinkProblem } from './reset-link-problem';

const FIELDS = ['password'] as const;

/** The page a reset link opens: a new password. Saving it signs the person out everywhere. */
export function ResetPasswordPage() {
  const token = useParams().token ?? '';
  const [reset, { loading }] = useMutation(ResetPasswordMutation);
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<DescribedError | null>(null);
  const [linkProblem, setLinkProblem] = useState<{ title: string; message: string } | null>(null);
  const [done, setDone] = useState(false);

  if (done) return <PageLoader label="Taking you to the login page" fullScreen />;
  if (linkProblem) {
    return (
      <AuthCard
        title={linkProblem.title}
        footer={
          <Anchor component={Link} to="/forgot-password">
            Ask for a new link
          </Anchor>
        }
      >
        <Alert role="alert" color="orange" variant="light">
          {linkProblem.message}
        </Alert>
      </AuthCard>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      await reset({ variables: { input: { token, password } } });
      setDone(true);
      // A fresh page: every session ended, this browser's included, so nothing cached may linger.
      window.location.replace(AFTER_RESET_PATH);
    } catch (error) {
      const aboutLink = describeResetLinkProblem(error);
      if (aboutLink) setLinkProblem(aboutLink);
      else setProblem(describeError(error, FIELDS));
    }
  };

  return (
    <AuthCard
      title="Choose a new password"
      subtitle="Once it is saved, you are signed out everywhere and log in with the new one."
      footer={
        <Anchor component={Link} to="/login">
          Back to the login page
        </Anchor>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormError message={problem?.message} />
          <PasswordInput
            label="New password"
            description={PASSWORD_RULE}
            autoComplete="new-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={problem?.fields.password}
          />
          <Button type="submit" loading={loading} fullWidth>
            Save the new password
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
