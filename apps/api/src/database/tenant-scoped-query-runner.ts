import type { DataSource, EntityManager, ReplicationMode } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel.js';
import { isUuid } from '../common/is-uuid';
import { QueryCounter } from './query-counter';
import { currentOrganizationId } from './tenant-scope';

type QueryResultPromise = ReturnType<PostgresQueryRunner['query']>;

/** Row-level security policies compare each row's organization with this setting. */
export const ORGANIZATION_SETTING = 'onward.organization_id';

/**
 * One simple-protocol message: the transaction starts and knows its organization in a single round
 * trip. `set_config(…, true)` lasts until the transaction ends, so a pooled connection never
 * carries an organization over to its next user. The id is checked to be a uuid before it is
 * spliced in, because the simple protocol takes no parameters.
 */
function beginAs(organizationId: string): string {
  if (!isUuid(organizationId)) throw new Error('refusing to scope a transaction to a malformed organization id');
  return `START TRANSACTION; SELECT set_config('${ORGANIZATION_SETTING}', '${organizationId}', true)`;
}

/**
 * Makes every statement of the current tenant scope run with that organization set:
 * - a transaction TypeORM starts (`dataSource.transaction`, `save`) sets it in its own
 *   START TRANSACTION message: no extra round trip;
 * - a statement outside any transaction (`dataSource.query`, `find`, a loader's batch) runs in a
 *   short transaction of its own: two extra round trips (START + set_config, then COMMIT), which
 *   the statement count leaves out and `QueryCounter.scopeRoundTrips` counts.
 * Outside any scope statements run as they are, and row-level security shows them no tenant row.
 * (`stream()` is left as it is: nothing streams, and a stream would see no tenant row either.)
 */
export class TenantScopedQueryRunner extends PostgresQueryRunner {
  /** The organization the START TRANSACTION being sent should set, while `startTransaction` runs. */
  private organizationAtStart: string | undefined;
  private exclusive: Promise<unknown> = Promise.resolve();
  /** Work waiting for the outermost transaction to commit; dropped when it rolls back. */
  private readonly onCommit: (() => void)[] = [];

  /** Runs `work` once the transaction under way commits. */
  whenCommitted(work: () => void): void {
    this.onCommit.push(work);
  }

  override async commitTransaction(): Promise<void> {
    await super.commitTransaction();
    if (this.transactionDepth === 0) for (const work of this.onCommit.splice(0)) work();
  }

  override async rollbackTransaction(): Promise<void> {
    await super.rollbackTransaction();
    if (this.transactionDepth === 0) this.onCommit.length = 0;
  }

  override async startTransaction(isolationLevel?: IsolationLevel): Promise<void> {
    const organizationId = this.transactionDepth === 0 ? currentOrganizationId() : undefined;
    // SET TRANSACTION ISOLATION LEVEL must come before any query, set_config included.
    const isolated = Boolean(isolationLevel ?? this.dataSource.options.isolationLevel);
    this.organizationAtStart = isolated ? undefined : organizationId;
    try {
      await super.startTransaction(isolationLevel);
    } finally {
      this.organizationAtStart = undefined;
    }
    if (organizationId && isolated) await this.sendUncounted(`SELECT set_config('${ORGANIZATION_SETTING}', '${organizationId}', true)`);
  }

  override async query(query: string, parameters?: unknown[], useStructuredResult?: boolean): QueryResultPromise {
    if (this.organizationAtStart && query === 'START TRANSACTION') return super.query(beginAs(this.organizationAtStart), parameters, useStructuredResult);
    if (this.isTransactionActive) return super.query(query, parameters, useStructuredResult);
    const organizationId = currentOrganizationId();
    if (!organizationId) return super.query(query, parameters, useStructuredResult);
    // Statements sharing this runner must not interleave inside each other's short transaction.
    const run = this.exclusive.then(() => this.inShortTransaction(organizationId, query, parameters, useStructuredResult));
    this.exclusive = run.catch(() => undefined);
    return run;
  }

  private async inShortTransaction(organizationId: string, query: string, parameters?: unknown[], useStructuredResult?: boolean): QueryResultPromise {
    await this.sendUncounted(beginAs(organizationId));
    let result: Awaited<QueryResultPromise>;
    try {
      result = await super.query(query, parameters, useStructuredResult);
    } catch (error) {
      await this.sendUncounted('ROLLBACK').catch(() => undefined);
      throw error;
    }
    await this.sendUncounted('COMMIT');
    return result;
  }

  /** Straight to the connection: these wrap a statement rather than being one of the application's. */
  private async sendUncounted(sql: string): Promise<void> {
    const connection = await this.connect();
    const logger = this.dataSource.logger;
    if (logger instanceof QueryCounter) logger.countScopeRoundTrip();
    await connection.query(sql);
  }
}

/**
 * Runs `work` after the transaction `manager` belongs to commits, and never if it rolls back; at
 * once when `manager` is in no transaction (its statements are committed as they run). What others
 * are told about (in-process events) must not get ahead of what they can read.
 */
export function afterCommit(manager: EntityManager, work: () => void): void {
  const runner = manager.queryRunner;
  if (runner instanceof TenantScopedQueryRunner && runner.isTransactionActive) runner.whenCommitted(work);
  else work();
}

/** Call before `initialize()`: every query runner of `dataSource` is then tenant-scoped. */
export function scopeQueriesByTenant(dataSource: DataSource): DataSource {
  const driver = dataSource.driver as PostgresDriver;
  driver.createQueryRunner = (mode: ReplicationMode) => new TenantScopedQueryRunner(driver, mode);
  return dataSource;
}
