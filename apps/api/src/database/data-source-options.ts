import { Logger } from '@nestjs/common';
import { DataSourceOptions } from 'typeorm';
import { OperationalLimits, readLimits } from '../config/app-config';
import { describeDatabaseError } from './database-failure';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { QueryCounter } from './query-counter';
import { SnakeNamingStrategy } from './snake-naming.strategy';

const poolLogger = new Logger('DatabasePool');

/** Schema changes are migrations only: `synchronize` stays off and migrations run under a lock at start. */
export function dataSourceOptions(url: string, logger = new QueryCounter(), limits: OperationalLimits = readLimits()): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsRun: false,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    logger,
    // An idle pooled connection that the server drops (a restart, a failover) must not crash the
    // process: pg-pool discards it and opens a fresh one on the next checkout.
    poolErrorHandler: (error: unknown) => poolLogger.warn(`an idle connection failed and was discarded: ${describeDatabaseError(error)}`),
    extra: {
      max: Number(process.env.ONWARD_DB_POOL ?? 10),
      application_name: 'onward-api',
      // Sent when each pooled connection opens, so every session carries them.
      statement_timeout: limits.statementMs,
      lock_timeout: limits.lockMs,
      idle_in_transaction_session_timeout: limits.idleInTransactionMs,
      // No JIT: it compiles statements whose estimated cost is high, such as the nudge sweep's
      // correlated sub-selects over an organization, and compiling took longer than running them
      // (0.9 s of a 1.4 s statement over 100,000 people). The API's statements are short anyway.
      options: '-c jit=off',
      connectionTimeoutMillis: limits.connectMs,
      // Notices a peer that vanished without closing the connection (a killed server, a dropped link).
      keepAlive: true,
    },
  };
}
