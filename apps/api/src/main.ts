import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap';
import { readConfig } from './config/app-config';
import { startEmbeddedDatabase } from './database/embedded-database';
import { DEMO_PASSWORD } from './seed/demo-organization';
import { DemoSeedService } from './seed/demo-seed.service';

async function main(): Promise<void> {
  const logger = new Logger('Onward');
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
  if (embedded) {
    const stopDatabase = embedded.stop;
    app.get(DemoSeedService); // resolve early so a broken module graph fails before listening
    process.once('beforeExit', () => void stopDatabase());
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        void app.close().finally(() => stopDatabase().finally(() => process.exit(0)));
      });
    }
  }
  if (config.seed) {
    const logins = await app.get(DemoSeedService).seedIfEmpty();
    if (logins) {
      logger.log(`demo organization ready; every demo login uses the password "${DEMO_PASSWORD}":`);
      for (const login of logins) logger.log(`  ${login.email.padEnd(28)} ${login.name} (${login.role})`);
    }
  }
  await app.listen(config.port, '0.0.0.0');
  logger.log(`Onward is running on http://localhost:${config.port}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
