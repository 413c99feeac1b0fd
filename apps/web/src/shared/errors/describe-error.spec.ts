import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describeError, hasReason } from './describe-error';

const graphqlError = (message: string, extensions: Record<string, unknown>) => new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });

describe('describeError', () => {
  it('puts validation problems under the form fields they belong to', () => {
    const error = graphqlError('name must be longer than or equal to 1 characters; password must be 10 to 200 characters long', {
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      fields: [
        { field: 'name', messages: ['name must be longer than or equal to 1 characters'] },
        { field: 'password', messages: ['password must be 10 to 200 characters long'] },
      ],
    });
    expect(describeError(error, ['name', 'password', 'email'])).toEqual({
      message: '',
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      fields: { name: 'Name must be longer than or equal to 1 characters.', password: 'Password must be 10 to 200 characters long.' },
    });
  });

  it('never drops a problem about a field the form does not show', () => {
    const error = graphqlError('x', {
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'input.email', messages: ['email must be a valid email address'] },
        { field: 'organizationId', messages: ['organizationId is unknown', 'really'] },
      ],
    });
    const described = describeError(error, ['email']);
    expect(described.fields).toEqual({ email: 'Email must be a valid email address.' });
    expect(described.message).toBe('OrganizationId is unknown. Really.');
  });

  it('uses the API message when there are no field problems', () => {
    const error = graphqlError('That email and password do not match an active account.', { code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    expect(describeError(error, ['email'])).toEqual({
      message: 'That email and password do not match an active account.',
      code: 'UNAUTHENTICATED',
      reason: 'INVALID_CREDENTIALS',
      fields: {},
    });
  });

  it('ignores a malformed fields extension rather than crashing', () => {
    const error = graphqlError('A person cannot report to someone who reports to them.', { code: 'BAD_USER_INPUT', fields: [{ field: 3 }] });
    expect(describeError(error, ['managerId']).message).toBe('A person cannot report to someone who reports to them.');
  });

  it('keeps the API message as written, even when it starts with an email address', () => {
    const error = graphqlError('maya@example.com already has an Onward account.', { code: 'CONFLICT', reason: 'ALREADY_MEMBER' });
    expect(describeError(error).message).toBe('maya@example.com already has an Onward account.');
  });

  it('explains server and network failures in words', () => {
    const server = new ServerError('Bad gateway', { response: { status: 502 } as Response, bodyText: '' });
    expect(describeError(server).message).toContain('status 502');
    expect(describeError(new TypeError('Failed to fetch')).message).toMatch(/could not reach the server/);
    expect(describeError('???').message).toMatch(/nothing was saved/);
  });
});

describe('hasReason', () => {
  it('matches the API reason of any error in the response', () => {
    const error = graphqlError('This invitation has expired', { code: 'BAD_USER_INPUT', reason: 'INVITATION_EXPIRED' });
    expect(hasReason(error, 'INVITATION_EXPIRED')).toBe(true);
    expect(hasReason(error, 'INVITATION_USED')).toBe(false);
    expect(hasReason(new Error('INVITATION_EXPIRED'), 'INVITATION_EXPIRED')).toBe(false);
  });
});
