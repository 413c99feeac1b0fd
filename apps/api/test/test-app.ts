import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { createApp } from '../src/bootstrap';
import type { Clock } from '../src/common/clock/clock';
import { readConfig } from '../src/config/app-config';
import type { AppConfig } from '../src/config/app-config';
import { QueryCounter } from '../src/database/query-counter';
import { GraphqlClient } from './graphql-client';
import { createTestDatabase } from './test-database';

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  db: DataSource;
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
 * `clock`: a clock the suite sets; the system clock otherwise. `config`: settings to override.
 */
export async function startTestApp(options: StartOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  return listen(database.url, options, () => database.drop());
}

async function listen(databaseUrl: string, options: StartOptions, afterClose: () => Promise<void>): Promise<TestApp> {
  const queries = new QueryCounter();
  const config = { ...readConfig({}), webDist: '/nonexistent', publicUrl: 'http://onward.test', ...options.config };
  const app = await createApp({ config, databaseUrl, queryCounter: queries, logLevels: ['error'], clock: options.clock });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/graphql`;
  return {
    app,
    url,
    db: app.get(DataSource),
    queries,
    client: () => new GraphqlClient(url),
    sibling: (more = {}) => listen(databaseUrl, { clock: options.clock, config: { ...options.config, ...more.config } }, async () => undefined),
    close: async () => {
      await app.close();
      await afterClose();
    },
  };
}
