import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Any fixed number: it names the lock that serialises schema migrations across API instances. */
const MIGRATION_LOCK_KEY = 72_410_517;
const logger = new Logger('Migrations');

/**
 * Runs pending migrations while holding a session-level advisory lock, so that several instances
 * starting together apply each migration once; the others wait, then find nothing left to do.
 */
export async function runMigrationsUnderLock(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      if (applied.length > 0) logger.log(`applied ${applied.map((m) => m.name).join(', ')}`);
      return applied.map((m) => m.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}
