import { Client } from 'pg';
import { readLimits } from '../src/config/app-config';
import { DatabaseFailure, databaseFailure } from '../src/database/database-failure';
import { signUpOrganization, TestOrganization } from './builders';
import { codeOf, reasonOf } from './graphql-client';
import { LogCapture } from './log-capture';
import { CREATE_ROLE } from './roles-operations';
import { startTestApp, TestApp } from './test-app';

/** Another session that takes the roles table, so the API's next write to it has to wait. */
async function holdRolesTable(app: TestApp): Promise<{ release(): Promise<void> }> {
  const client = new Client({ connectionString: (app.db.options as { url: string }).url });
  await client.connect();
  await client.query('BEGIN');
  await client.query('LOCK TABLE interesting_roles IN ACCESS EXCLUSIVE MODE');
  return { release: () => client.query('ROLLBACK').then(() => client.end()) };
}

async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = Date.now();
  const result = await run();
  return { result, ms: Date.now() - started };
}

describe('database limits on every pooled connection', () => {
  let app: TestApp;
  let org: TestOrganization;
  const logs = new LogCapture();
  const limits = { ...readLimits(), statementMs: 400, lockMs: 60_000, idleInTransactionMs: 500 };

  beforeAll(async () => {
    app = await startTestApp({ config: { limits }, logs, logLevels: ['warn'] });
    org = await signUpOrganization(app);
  });
  afterAll(() => app.close());

  it('each session carries the configured statement, lock and idle-in-transaction timeouts', async () => {
    const runner = app.appDb.createQueryRunner();
    try {
      const show = async (name: string) => (await runner.query(`SHOW ${name}`))[0][name];
      expect([await show('statement_timeout'), await show('lock_timeout'), await show('idle_in_transaction_session_timeout')]).toEqual(['400ms', '1min', '500ms']);
    } finally {
      await runner.release();
    }
  });

  it('a statement running past statement_timeout is cancelled and reported as DATABASE_TIMEOUT', async () => {
    const { result: error, ms } = await timed(() => app.appDb.query('SELECT pg_sleep(5)').then(() => undefined, (e: unknown) => e));
    expect(databaseFailure(error)).toBe(DatabaseFailure.DATABASE_TIMEOUT);
    expect(ms).toBeLessThan(2_000);
  });

  it('a GraphQL write stuck behind a lock answers SERVICE_UNAVAILABLE / DATABASE_TIMEOUT, masked, and works once the lock is gone', async () => {
    const holder = await holdRolesTable(app);
    let answer;
    try {
      answer = await timed(() => org.admin.client.request(CREATE_ROLE, { input: { title: 'Waiting Engineer' } }));
    } finally {
      await holder.release();
    }
    expect([codeOf(answer.result), reasonOf(answer.result)]).toEqual(['SERVICE_UNAVAILABLE', 'DATABASE_TIMEOUT']);
    expect(answer.result.errors?.[0].message).toBe('That took too long and was stopped. Try again in a moment.');
    expect(JSON.stringify(answer.result)).not.toMatch(/cancel|statement|INSERT|interesting_roles|57014/i);
    expect(answer.ms).toBeLessThan(2_000);
    // The cancelled statement's connection went back to the pool in a usable state.
    expect((await org.admin.client.ok(CREATE_ROLE, { input: { title: 'Unblocked Engineer' } })).createInterestingRole.title).toBe('Unblocked Engineer');
  });

  it('logs the timeout as one warning under the request’s id, without the statement or its values', async () => {
    const warning = logs.entries().find((entry) => entry.context === 'GraphQL' && String(entry.msg).startsWith('DATABASE_TIMEOUT'));
    expect(warning).toMatchObject({ level: 40, requestId: expect.any(String) });
    expect(logs.text()).not.toMatch(/Waiting Engineer|INSERT INTO/);
  });

  it('a session left idle inside a transaction is closed by the server, and the pool carries on without it', async () => {
    const runner = app.appDb.createQueryRunner();
    await runner.startTransaction();
    await new Promise((resolve) => setTimeout(resolve, limits.idleInTransactionMs + 400));
    // The server ended the session; TypeORM saw its connection fail and handed it back to be discarded.
    expect(runner.isReleased).toBe(true);
    const error = await runner.query('SELECT 1').then(() => undefined, (e: unknown) => e);
    expect(databaseFailure(error)).toBe(DatabaseFailure.DATABASE_UNAVAILABLE);
    const answers = await Promise.all(Array.from({ length: 12 }, () => app.appDb.query('SELECT 1 AS one')));
    expect(answers.every(([row]) => row.one === 1)).toBe(true);
  });
});

describe('request timeout', () => {
  let app: TestApp;
  let org: TestOrganization;
  const logs = new LogCapture();

  beforeAll(async () => {
    app = await startTestApp({ config: { limits: { ...readLimits(), requestMs: 600, statementMs: 3_000, lockMs: 3_000 } }, logs, logLevels: ['warn'] });
    org = await signUpOrganization(app);
  });
  afterAll(() => app.close());

  it('a request still running at the request timeout gets a coded 503 at once; its late answer is dropped and the app serves on', async () => {
    const holder = await holdRolesTable(app);
    let answer;
    try {
      answer = await timed(async () => {
        const response = await fetch(app.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: org.admin.client.cookie ?? '' },
          body: JSON.stringify({ query: 'mutation Slow { createInterestingRole(input: { title: "Slow Engineer" }) { id } }' }),
        });
        return { status: response.status, body: await response.json() };
      });
    } finally {
      await holder.release();
    }
    expect(answer.result).toEqual({
      status: 503,
      body: { errors: [{ message: 'Onward took too long to answer. Try again in a moment.', extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'REQUEST_TIMEOUT' } }] },
    });
    expect(answer.ms).toBeGreaterThanOrEqual(550);
    // Before the lock timeout (3 s) could have answered instead; the reason above says which did.
    expect(answer.ms).toBeLessThan(3_000);
    await new Promise((resolve) => setTimeout(resolve, 200)); // the resolver finishes after the lock is gone
    expect(codeOf(await org.admin.client.request(CREATE_ROLE, { input: { title: 'Next Engineer' } }))).toBe('OK');
    expect(logs.requests()).toEqual(expect.arrayContaining([expect.objectContaining({ operation: 'Slow', status: 503 })]));
    // The late answer went nowhere, without an error about headers already sent.
    expect(logs.entries().filter((entry) => Number(entry.level) >= 50 && entry.msg !== 'request failed')).toEqual([]);
  });
});
