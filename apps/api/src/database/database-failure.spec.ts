import { DatabaseFailure, databaseFailure, describeDatabaseError } from './database-failure';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });
/** TypeORM wraps the driver's error and keeps the statement and its parameters on it. */
const wrapped = (driverError: unknown) => Object.assign(new Error('query failed'), { driverError, query: 'INSERT …', parameters: ['secret text'] });

describe('databaseFailure', () => {
  it.each([
    ['statement_timeout', wrapped(pgError('57014', 'canceling statement due to statement timeout')), DatabaseFailure.DATABASE_TIMEOUT],
    ['lock_timeout', wrapped(pgError('55P03')), DatabaseFailure.DATABASE_TIMEOUT],
    ['idle in transaction timeout', pgError('25P03'), DatabaseFailure.DATABASE_TIMEOUT],
    ['fast shutdown of the server', wrapped(pgError('57P01', 'terminating connection due to administrator command')), DatabaseFailure.DATABASE_UNAVAILABLE],
    ['server starting or stopping', pgError('57P03', 'the database system is shutting down'), DatabaseFailure.DATABASE_UNAVAILABLE],
    ['connection exception class', pgError('08006'), DatabaseFailure.DATABASE_UNAVAILABLE],
    ['refused connection', pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'), DatabaseFailure.DATABASE_UNAVAILABLE],
    ['connection refused on every address', Object.assign(new AggregateError([pgError('ECONNREFUSED')]), { code: undefined }), DatabaseFailure.DATABASE_UNAVAILABLE],
    ['connection lost mid-statement', new Error('Connection terminated unexpectedly'), DatabaseFailure.DATABASE_UNAVAILABLE],
    ['pool checkout timeout', new Error('timeout exceeded when trying to connect'), DatabaseFailure.DATABASE_UNAVAILABLE],
    ['unique violation', wrapped(pgError('23505')), undefined],
    ['a bug', new TypeError('x is not a function'), undefined],
    ['not an error at all', 'boom', undefined],
  ])('%s', (_name, error, expected) => {
    expect(databaseFailure(error)).toBe(expected);
  });

  it('describes an error by its code and message only, never the statement or parameters', () => {
    const text = describeDatabaseError(wrapped(pgError('57014', 'canceling statement due to statement timeout')));
    expect(text).toBe('57014 canceling statement due to statement timeout');
  });
});
