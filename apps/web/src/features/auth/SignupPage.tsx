import { Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { AuthCard } from '../../shared/auth/AuthCard';
import { PASSWORD_RULE } from '../../shared/auth/password-rule';
import { describeError, type DescribedError } from '../../shared/errors/describe-error';
import { FormError } from '../../shared/ui/FormError';
import { useSignUp } from './useSignUp';

const FIELDS = ['organizationName', 'name', 'email', 'password'] as const;

/** Creates an organization with its first admin (the person signing up), then goes home. */
export function SignupPage() {
  const { signUp, loading } = useSignUp();
  const [form, setForm] = useState({ organizationName: '', name: '', email: '', password: '' });
  const [problem, setProblem] = useState<DescribedError | null>(null);
  const set = (field: keyof typeof form) => (event: { currentTarget: HTMLInputElement }) => setForm({ ...form, [field]: event.currentTarget.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      await signUp({ organizationName: form.organizationName.trim(), name: form.name.trim(), email: form.email.trim(), password: form.password });
    } catch (error) {
      setProblem(describeError(error, FIELDS));
    }
  };

  return (
    <AuthCard
      title="Create your organization"
      subtitle="You will be its first admin; invite your people once you are in."
      footer={
        <>
          Already have an account?{' '}
          <Anchor component={Link} to="/login">
            Log in
          </Anchor>
        </>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormError message={problem?.message} />
          <TextInput label="Organization name" autoComplete="organization" required value={form.organizationName} onChange={set('organizationName')} error={problem?.fields.organizationName} />
          <TextInput label="Your name" autoComplete="name" required value={form.name} onChange={set('name')} error={problem?.fields.name} />
          <TextInput label="Email" type="email" autoComplete="email" required value={form.email} onChange={set('email')} error={problem?.fields.email} />
          <PasswordInput
            label="Password"
            description={PASSWORD_RULE}
            autoComplete="new-password"
            required
            value={form.password}
            onChange={set('password')}
            error={problem?.fields.password}
          />
          <Button type="submit" loading={loading} fullWidth>
            Create organization
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
