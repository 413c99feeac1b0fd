import { Alert, Anchor, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { AuthCard } from '../../shared/auth/AuthCard';
import { describeError, type DescribedError } from '../../shared/errors/describe-error';
import { FormError } from '../../shared/ui/FormError';
import { useLogIn } from './useLogIn';

const FIELDS = ['email', 'password'] as const;

/** Email and password; on success the guard takes the person home or to where they were going. */
export function LoginPage() {
  const { logIn, loading } = useLogIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<DescribedError | null>(null);
  const passwordChanged = useSearchParams()[0].get('password') === 'changed';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      await logIn({ email: email.trim(), password });
    } catch (error) {
      setProblem(describeError(error, FIELDS));
    }
  };

  return (
    <AuthCard
      title="Log in to Onward"
      footer={
        <>
          New to Onward?{' '}
          <Anchor component={Link} to="/signup">
            Create an organization
          </Anchor>
        </>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {passwordChanged && !problem ? (
            <Alert role="status" color="green" variant="light">
              Your password is changed and you were signed out everywhere. Log in with the new one.
            </Alert>
          ) : null}
          <FormError message={problem?.message} />
          <TextInput label="Email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={problem?.fields.email} />
          <PasswordInput label="Password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} error={problem?.fields.password} />
          <Group justify="flex-end" mt={-8}>
            <Anchor component={Link} to="/forgot-password" size="sm">
              Forgot your password?
            </Anchor>
          </Group>
          <Button type="submit" loading={loading} fullWidth>
            Log in
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
