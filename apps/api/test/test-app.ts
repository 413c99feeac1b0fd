import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { LogLevel } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DestinationStream } from 'pino';
import { DataSource } from 'typeorm';
import { createApp } from '../src/bootstrap';
import type { Clock } from '../src/common/clock/clock';
import { readConfig, type AppConfig } from '../src/config/app-config';
import { dataSourceOptions } from '../src/database/data-source-options';
import { QueryCounter } from '../src/database/query-counter';
import { GraphqlClient } from './graphql-client';
import { createTestDatabase } from './test-database';

export interface TestApp {
  app: NestFastifyApplication;
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
  /** Where this app writes mail when it has no SMTP server. */
  mailDir: string;
  /** Drops the database under the running app (to see how it behaves without one). */
  dropDatabase(): Promise<void>;
  /** Another API instance on the same database, as a second server behind a load balancer would be. */
  sibling(options?: { config?: Partial<AppConfig>; mail?: Partial<AppConfig['mail']> }): Promise<TestApp>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** A clock the suite sets; the system clock otherwise. */
  clock?: Clock;
  /** Settings that differ from the defaults, e.g. short `limits` or `{ exposeSchema: false }` as in production. */
  config?: Partial<AppConfig>;
  /** Mail settings that differ, e.g. `{ smtpUrl: sink.url }`; without one, mail is written to a folder of its own. */
  mail?: Partial<AppConfig['mail']>;
  /** Log lines go here instead of standard output, from `logLevels` up (errors only by default). */
  logs?: DestinationStream;
  logLevels?: LogLevel[];
}

/** The real API on a random port over a fresh database, driven through GraphQL over HTTP. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  return listen(database.url, options, () => database.drop());
}

async function listen(databaseUrl: string, options: TestAppOptions, afterClose: () => Promise<void>): Promise<TestApp> {
  const queries = new QueryCounter();
  const { ONWARD_DB_APP_USER, ONWARD_DB_APP_PASSWORD } = process.env;
  const defaults = readConfig({ ONWARD_DB_APP_USER, ONWARD_DB_APP_PASSWORD });
  // Mail without an SMTP sink goes to a folder of this app's own, removed when it closes.
  const mailDir = mkdtempSync(path.join(os.tmpdir(), 'onward-test-mail-'));
  // No background jobs unless a suite asks: suites sweep by hand, so no scheduled sweep runs between their steps.
  const jobs = { ...defaults.jobs, enabled: false };
  const config: AppConfig = {
    ...defaults,
    webDist: '/nonexistent',
    publicUrl: 'http://onward.test',
    jobs,
    ...options.config,
    mail: { ...defaults.mail, from: 'Onward <onward@onward.test>', dir: mailDir, ...options.config?.mail, ...options.mail },
  };
  const app = await createApp({
    config,
    databaseUrl,
    queryCounter: queries,
    logLevels: options.logLevels ?? ['error'],
    logDestination: options.logs,
    clock: options.clock,
  });
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
    dropDatabase: afterClose,
    mailDir,
    sibling: (more = {}) =>
      listen(databaseUrl, { clock: options.clock, mail: { ...options.mail, ...more.mail }, config: { ...options.config, ...more.config } }, async () => undefined),
    close: async () => {
      await owner.destroy();
      await app.close();
      rmSync(mailDir, { recursive: true, force: true });
      await afterClose();
    },
  };
}
