import { Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
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
          <FormError message={problem?.message} />
          <TextInput label="Email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={problem?.fields.email} />
          <PasswordInput label="Password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} error={problem?.fields.password} />
          <Button type="submit" loading={loading} fullWidth>
            Log in
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
