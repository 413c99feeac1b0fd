import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { formatGraphqlError } from './format-graphql-error';

const located = (originalError: Error) => new GraphQLError(originalError.message, { originalError, path: ['createInterestingRole'] });

function fromResolver(original: Error) {
  const error = new GraphQLError(original.message, { path: ['field'], originalError: original });
  return formatGraphqlError(error.toJSON(), error);
}

function databaseError(code: string): Error {
  return Object.assign(new Error('insert or update on table "role_views" violates foreign key constraint "fk_x"'), { name: 'QueryFailedError', driverError: { code } });
}

describe('formatGraphqlError', () => {
  beforeAll(() => {
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });
  afterAll(() => jest.restoreAllMocks());

  it.each(['23503', '40001', '40P01'])('answers a lost race (PostgreSQL %s) as CONFLICT, without the SQL', (code) => {
    const formatted = fromResolver(databaseError(code));
    expect(formatted.extensions).toEqual({ code: 'CONFLICT', reason: 'CHANGED_MEANWHILE' });
    expect(JSON.stringify(formatted)).not.toMatch(/violates|role_views|fk_x/);
  });

  it('masks anything else as INTERNAL_SERVER_ERROR', () => {
    const formatted = fromResolver(databaseError('23502'));
    expect(formatted).toEqual({ message: 'Something went wrong on our side; nothing was saved.', path: ['field'], extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL' } });
  });

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
