import { strayFailureHandlers } from './stray-failures';

function handlers() {
  const lines: { level: string; message: string }[] = [];
  const exits: number[] = [];
  const logger = { error: (message: string) => lines.push({ level: 'error', message }), fatal: (message: string) => lines.push({ level: 'fatal', message }) };
  return { lines, exits, ...strayFailureHandlers(logger, (code) => exits.push(code)) };
}

const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('stray failures', () => {
  it('logs a rejected promise nobody waited on and keeps serving', () => {
    const h = handlers();
    h.unhandledRejection(new Error('mail server went away'));
    expect(h.exits).toEqual([]);
    expect(h.lines).toEqual([{ level: 'error', message: expect.stringContaining('mail server went away') }]);
  });

  it.each([
    ['a fast shutdown of the database', pgError('57P01', 'terminating connection due to administrator command')],
    ['a dropped connection', new Error('Connection terminated unexpectedly')],
    ['a reset socket', pgError('ECONNRESET', 'read ECONNRESET')],
  ])('keeps serving after %s raised on a client nobody listens to', (_name, error) => {
    const h = handlers();
    h.uncaughtException(error);
    expect(h.exits).toEqual([]);
    expect(h.lines[0].level).toBe('error');
  });

  it('stops on any other uncaught exception, after saying what it was', () => {
    const h = handlers();
    h.uncaughtException(new TypeError('x is not a function'));
    expect(h.exits).toEqual([1]);
    expect(h.lines).toEqual([{ level: 'fatal', message: expect.stringContaining('TypeError: x is not a function') }]);
  });

  it('describes a database error by code and message only, never the statement it ran', () => {
    const h = handlers();
    h.unhandledRejection(Object.assign(new Error('query failed'), { code: '23505', query: 'INSERT INTO secrets', parameters: ['correct horse'] }));
    expect(h.lines[0].message).toBe('a failure nobody waited for: 23505 query failed');
  });
});
