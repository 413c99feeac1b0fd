import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { AuthCard } from '../../shared/auth/AuthCard';
import { describeError, type DescribedError } from '../../shared/errors/describe-error';
import { FormError } from '../../shared/ui/FormError';
import { RequestPasswordResetMutation } from './password-reset-operations';

const FIELDS = ['email'] as const;

/** Asks for a reset link. The answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const [request, { loading }] = useMutation(RequestPasswordResetMutation);
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [problem, setProblem] = useState<DescribedError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      await request({ variables: { input: { email: email.trim() } } });
      setSentTo(email.trim());
    } catch (error) {
      setProblem(describeError(error, FIELDS));
    }
  };

  const footer = (
    <Anchor component={Link} to="/login">
      Back to the login page
    </Anchor>
  );

  if (sentTo) {
    return (
      <AuthCard title="Check your email" footer={footer}>
        <Alert role="status" color="green" variant="light">
          If an Onward account uses {sentTo}, we have sent it a link to choose a new password. The link works once, within an hour.
        </Alert>
        <Text size="sm" c="dimmed" mt="md">
          Nothing arrived? Check your spam folder, or ask your Onward admin which address your account uses.
        </Text>
      </AuthCard>
    );
  }

  return (
    <AuthCard title="Forgot your password?" subtitle="Enter the email address you log in with, and we will send you a link to choose a new password." footer={footer}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormError message={problem?.message} />
          <TextInput label="Email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={problem?.fields.email} />
          <Button type="submit" loading={loading} fullWidth>
            Send me a reset link
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
