import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { formatGraphqlError } from './format-graphql-error';

const located = (originalError: Error) => new GraphQLError(originalError.message, { originalError, path: ['createInterestingRole'] });

describe('formatGraphqlError', () => {
  beforeAll(() => Logger.overrideLogger(false)); // what it logs is not under test here

  it('answers a database that is away with SERVICE_UNAVAILABLE and hides the driver’s words', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const formatted = formatGraphqlError({ message: refused.message, path: ['createInterestingRole'] }, located(refused));
    expect(formatted).toEqual({
      message: 'Onward cannot reach its database right now. Try again in a moment.',
      path: ['createInterestingRole'],
      extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_UNAVAILABLE' },
    });
  });

  it('masks a thrown value that is not an Error, which Apollo passes on as text', () => {
    const formatted = formatGraphqlError({ message: 'Unexpected error value: Error: connect ECONNREFUSED 127.0.0.1:5432' }, new GraphQLError('Unexpected error value: …'));
    expect(formatted).toEqual({ message: 'Something went wrong on our side; nothing was saved.', path: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL' } });
  });
});
