import { Logger } from '@nestjs/common';
import { DataSource, MigrationExecutor } from 'typeorm';

/** Any fixed number: it names the lock that serialises schema migrations across API instances. */
const MIGRATION_LOCK_KEY = 72_410_517;
const logger = new Logger('Migrations');

/**
 * Runs pending migrations while holding a session-level advisory lock, so that several instances
 * starting together apply each migration once; the others wait, then find nothing left to do.
 * They run on the connection that holds the lock, with the pool's statement and lock timeouts
 * lifted: a migration may rewrite a large table, and a waiting instance may wait for all of it.
 */
export async function runMigrationsUnderLock(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SET statement_timeout = 0; SET lock_timeout = 0');
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const executor = new MigrationExecutor(dataSource, runner);
      executor.transaction = 'each';
      const applied = await executor.executePendingMigrations();
      if (applied.length > 0) logger.log(`applied ${applied.map((m) => m.name).join(', ')}`);
      return applied.map((m) => m.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    // Back to the pool with the limits every other session has.
    await runner.query('RESET statement_timeout; RESET lock_timeout').catch(() => undefined);
    await runner.release();
  }
}
