import path from 'node:path';
import { readConfig } from '../src/config/app-config';
import { ensureAppRoleCanLogIn } from '../src/database/app-role';
import { startEmbeddedDatabase } from '../src/database/embedded-database';

/**
 * Integration suites need a PostgreSQL server: `DATABASE_URL` when set (CI points it at the local
 * server), otherwise an embedded one kept under .data/test-pg. Each suite then makes its own
 * database on that server and drops it afterwards.
 */
export default async function globalSetup(): Promise<void> {
  process.env.ONWARD_CHEAP_PASSWORD_HASH = 'true';
  if (process.env.DATABASE_URL) {
    process.env.ONWARD_TEST_SERVER_URL = process.env.DATABASE_URL;
    return;
  }
  const root = path.resolve(__dirname, '../../..');
  const embedded = await startEmbeddedDatabase(path.join(root, '.data/test-pg'), Number(process.env.ONWARD_TEST_PG_PORT ?? 54350), 'postgres');
  process.env.ONWARD_TEST_SERVER_URL = embedded.url;
  // This server asks for passwords: give the API's role one now, once, rather than in every suite at once.
  process.env.ONWARD_DB_APP_PASSWORD ??= embedded.appPassword;
  const { databaseAppUser, databaseAppPassword } = readConfig(process.env);
  await ensureAppRoleCanLogIn(embedded.url, { databaseAppUser, databaseAppPassword });
  (globalThis as { __onwardEmbedded?: typeof embedded }).__onwardEmbedded = embedded;
}
