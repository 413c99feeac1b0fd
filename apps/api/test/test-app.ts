import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { createApp } from '../src/bootstrap';
import type { Clock } from '../src/common/clock/clock';
import { readConfig, type AppConfig } from '../src/config/app-config';
import { dataSourceOptions } from '../src/database/data-source-options';
import { QueryCounter } from '../src/database/query-counter';
import { GraphqlClient } from './graphql-client';
import { createTestDatabase } from './test-database';

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  /**
   * The database as its owner, a superuser on the test server, which row-level security does not
   * hold: for arranging and inspecting rows of any organization directly.
   */
  db: DataSource;
  /** The API's own DataSource: the app role, held by row-level security to the tenant scope. */
  appDb: DataSource;
  queries: QueryCounter;
  client(): GraphqlClient;
  /** Another API instance on the same database, as a second server behind a load balancer would be. */
  sibling(options?: { config?: Partial<AppConfig> }): Promise<TestApp>;
  close(): Promise<void>;
}

interface StartOptions {
  clock?: Clock;
  config?: Partial<AppConfig>;
}

/**
 * The real API on a random port over a fresh database, driven through GraphQL over HTTP.
 * `clock`: a clock the suite sets; the system clock otherwise. `config`: settings to change, e.g.
 * `{ exposeSchema: false }` as in production.
 */
export async function startTestApp(options: StartOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  return listen(database.url, options, () => database.drop());
}

async function listen(databaseUrl: string, options: StartOptions, afterClose: () => Promise<void>): Promise<TestApp> {
  const queries = new QueryCounter();
  const { ONWARD_DB_APP_USER, ONWARD_DB_APP_PASSWORD } = process.env;
  const config = { ...readConfig({ ONWARD_DB_APP_USER, ONWARD_DB_APP_PASSWORD }), webDist: '/nonexistent', publicUrl: 'http://onward.test', ...options.config };
  const app = await createApp({ config, databaseUrl, queryCounter: queries, logLevels: ['error'], clock: options.clock });
  await app.listen(0, '127.0.0.1');
  const owner = await new DataSource({ ...dataSourceOptions(databaseUrl), extra: { max: 2 } }).initialize();
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/graphql`;
  return {
    app,
    url,
    db: owner,
    appDb: app.get(DataSource),
    queries,
    client: () => new GraphqlClient(url),
    sibling: (more = {}) => listen(databaseUrl, { clock: options.clock, config: { ...options.config, ...more.config } }, async () => undefined),
    close: async () => {
      await owner.destroy();
      await app.close();
      await afterClose();
    },
  };
}
