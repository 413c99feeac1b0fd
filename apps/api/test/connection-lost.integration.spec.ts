import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { createTestDatabase } from './test-database';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * PostgreSQL ends a connection with an error message (a fast shutdown, pg_terminate_backend, an idle
 * timeout). When it reaches a connection that a request holds but is not querying on at that moment,
 * node-postgres raises it as an 'error' event, which crashes the process unless someone listens.
 */
describe('a held connection the server ends between statements', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('fails that runner’s next statement, not the process, and the pool serves a new connection', async () => {
    const crashes: unknown[] = [];
    const onUncaught = (error: unknown) => crashes.push(error);
    const listeners = process.listeners('uncaughtException');
    process.removeAllListeners('uncaughtException');
    process.on('uncaughtException', onUncaught);
    try {
      const runner = dataSource.createQueryRunner();
      const [{ pid }] = await runner.query('SELECT pg_backend_pid() AS pid');
      const killer = new Client({ connectionString: database.url });
      await killer.connect();
      await killer.query('SELECT pg_terminate_backend($1)', [pid]);
      await killer.end();
      await sleep(200);

      await expect(runner.query('SELECT 1')).rejects.toThrow();
      await runner.release();
      expect(crashes).toEqual([]);
      const [{ n }] = await dataSource.query('SELECT 1 AS n');
      expect(n).toBe(1);
    } finally {
      process.removeListener('uncaughtException', onUncaught);
      for (const listener of listeners) process.on('uncaughtException', listener);
    }
  });
});
