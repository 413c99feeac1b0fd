import type { DataSource, EntityManager, ReplicationMode } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel.js';
import { isUuid } from '../common/is-uuid';
import { isCrossTenantLookup } from './cross-tenant-lookups';
import { QueryCounter } from './query-counter';
import { currentOrganizationId } from './tenant-scope';

type QueryResultPromise = ReturnType<PostgresQueryRunner['query']>;

/** Row-level security policies compare each row's organization with this setting. */
export const ORGANIZATION_SETTING = 'onward.organization_id';

/** What a pooled connection's session-level organization is set to; '' when none (a new connection). */
const SESSION_ORGANIZATION = Symbol('onward.sessionOrganization');
/** A set_config that may or may not have reached the session: the next statement sets it again. */
const UNKNOWN = Symbol('onward.unknownOrganization');
type Connection = { query(sql: string): Promise<unknown>; [SESSION_ORGANIZATION]?: string | typeof UNKNOWN };

function checkedOrganization(organizationId: string): string {
  // The simple protocol takes no parameters, so the id is spliced in only once it is known to be a uuid.
  if (organizationId !== '' && !isUuid(organizationId)) throw new Error('refusing to scope a statement to a malformed organization id');
  return organizationId;
}

/**
 * One simple-protocol message: the transaction starts and knows its organization ('' for none) in a
 * single round trip. The transaction-local setting overrides whatever the connection's session
 * carries, and ends with the transaction.
 */
function beginAs(organizationId: string): string {
  return `START TRANSACTION; SELECT set_config('${ORGANIZATION_SETTING}', '${checkedOrganization(organizationId)}', true)`;
}

/**
 * Makes every statement of the current tenant scope run with that organization set, and every
 * statement outside any scope run with none:
 * - a transaction TypeORM starts (`dataSource.transaction`, `save`) sets it, transaction-local, in its
 *   own START TRANSACTION message: no extra round trip;
 * - a statement outside any transaction (`dataSource.query`, `find`, a loader's batch) runs under the
 *   connection's session-level setting, which this runner keeps equal to the statement's scope: when
 *   the pooled connection last ran for another organization (or for one while this statement has
 *   none), one `set_config(…, false)` round trip first changes it, which the statement count leaves
 *   out and `QueryCounter.scopeRoundTrips` counts. A connection that keeps serving one organization
 *   pays nothing per statement, where a short transaction per statement cost two round trips.
 * The cross-tenant lookups, which answer the same whatever organization is set, are sent as they are.
 * What a connection's session carries is known because only this runner sets it, outside any
 * transaction (so no rollback can undo it); a set_config that failed leaves it unknown, and the next
 * statement sets it again. (`stream()` is left as it is: nothing streams.)
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
    const organizationId = this.transactionDepth === 0 ? (currentOrganizationId() ?? '') : undefined;
    // SET TRANSACTION ISOLATION LEVEL must come before any query, set_config included.
    const isolated = Boolean(isolationLevel ?? this.dataSource.options.isolationLevel);
    this.organizationAtStart = isolated ? undefined : organizationId;
    try {
      await super.startTransaction(isolationLevel);
    } finally {
      this.organizationAtStart = undefined;
    }
    if (organizationId !== undefined && isolated) {
      await this.sendUncounted(`SELECT set_config('${ORGANIZATION_SETTING}', '${checkedOrganization(organizationId)}', true)`);
    }
  }

  override async query(query: string, parameters?: unknown[], useStructuredResult?: boolean): QueryResultPromise {
    if (this.organizationAtStart !== undefined && query === 'START TRANSACTION') return super.query(beginAs(this.organizationAtStart), parameters, useStructuredResult);
    if (this.isTransactionActive) return super.query(query, parameters, useStructuredResult);
    const organizationId = currentOrganizationId() ?? '';
    if (organizationId === '' && isCrossTenantLookup(query)) return super.query(query, parameters, useStructuredResult);
    // A statement and the set_config before it must not interleave with another's on this runner.
    const run = this.exclusive.then(async () => {
      await this.scopeSession(organizationId);
      return super.query(query, parameters, useStructuredResult);
    });
    this.exclusive = run.catch(() => undefined);
    return run;
  }

  private async scopeSession(organizationId: string): Promise<void> {
    const connection = (await this.connect()) as Connection;
    if ((connection[SESSION_ORGANIZATION] ?? '') === organizationId) return;
    connection[SESSION_ORGANIZATION] = UNKNOWN;
    await this.sendUncounted(`SELECT set_config('${ORGANIZATION_SETTING}', '${checkedOrganization(organizationId)}', false)`);
    connection[SESSION_ORGANIZATION] = organizationId;
  }

  /** Straight to the connection: these scope a statement rather than being one of the application's. */
  private async sendUncounted(sql: string): Promise<void> {
    const connection = (await this.connect()) as Connection;
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
