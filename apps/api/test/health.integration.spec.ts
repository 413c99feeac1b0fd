import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MIGRATIONS } from '../src/database/migrations';
import { LogCapture } from './log-capture';
import { startTestApp, TestApp } from './test-app';

describe('liveness and readiness probes', () => {
  let app: TestApp;
  let base: string;
  const webDist = mkdtempSync(path.join(os.tmpdir(), 'onward-web-'));
  const logs = new LogCapture();

  beforeAll(async () => {
    // A built web app is present, as in production, so its page fallback is in play.
    writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Onward</title>');
    app = await startTestApp({ config: { webDist }, logs, logLevels: ['log'] });
    base = app.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await app.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  const probe = async (name: 'healthz' | 'readyz') => {
    const response = await fetch(`${base}/${name}`, { headers: { accept: 'text/html,application/json' } });
    return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as Record<string, unknown> };
  };

  it('/healthz answers while the process runs, needing no session and no database', async () => {
    expect(await probe('healthz')).toEqual({ status: 200, type: expect.stringContaining('application/json'), body: expect.objectContaining({ status: 'ok' }) });
  });

  it('/readyz answers 200 when the database answers and every migration is applied', async () => {
    const { status, body } = await probe('readyz');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', info: { database: { status: 'up', migrations: MIGRATIONS.length } } });
  });

  it('/readyz answers 503 while a migration is missing, naming it, and 200 again once it is back', async () => {
    const last = MIGRATIONS[MIGRATIONS.length - 1].name;
    const [row] = await app.db.query('SELECT timestamp, name FROM migrations WHERE name = $1', [last]);
    await app.db.query('DELETE FROM migrations WHERE name = $1', [last]);
    try {
      const { status, body } = await probe('readyz');
      expect(status).toBe(503);
      expect(body).toMatchObject({ status: 'error', error: { database: { status: 'down', message: `migrations not applied: ${last}` } } });
    } finally {
      await app.db.query('INSERT INTO migrations (timestamp, name) VALUES ($1, $2)', [row.timestamp, row.name]);
    }
    expect((await probe('readyz')).status).toBe(200);
  });

  it('/readyz answers 503 when the database is gone, without the driver’s message; /healthz stays 200', async () => {
    const other = await startTestApp({ logs: new LogCapture() });
    const otherBase = other.url.replace(/\/graphql$/, '');
    try {
      await other.db.query('SELECT 1');
      // Dropping the database ends every connection to it and refuses new ones.
      await other.dropDatabase();
      const started = Date.now();
      const response = await fetch(`${otherBase}/readyz`);
      const text = await response.text();
      expect(response.status).toBe(503);
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(JSON.parse(text)).toMatchObject({ status: 'error', error: { database: { status: 'down', message: 'the database did not answer' } } });
      expect(text).not.toMatch(/onward_test_|127\.0\.0\.1|does not exist|terminat/i);
      expect((await fetch(`${otherBase}/healthz`)).status).toBe(200);
    } finally {
      await other.close();
    }
  }, 30_000);

  it('each probe is one request line with its status', async () => {
    const lines = logs.requests().filter((entry) => entry.path === '/readyz' || entry.path === '/healthz');
    expect(lines.map((entry) => entry.status)).toEqual(expect.arrayContaining([200, 503]));
    expect(lines.every((entry) => typeof entry.requestId === 'string' && entry.method === 'GET')).toBe(true);
  });
});
