import { AbstractLogger, LogLevel, LogMessage } from 'typeorm';

/**
 * Counts every SQL statement TypeORM sends. Tests read it to prove that a request's statement count
 * does not grow with the size of a team; `ONWARD_LOG_SQL=true` also prints them.
 */
export class QueryCounter extends AbstractLogger {
  count = 0;
  /** Round trips that only set the organization a statement runs for (tenant-scoped-query-runner.ts). */
  scopeRoundTrips = 0;
  readonly statements: string[] = [];
  private readonly print = process.env.ONWARD_LOG_SQL === 'true';

  override logQuery(query: string): void {
    this.count += 1;
    if (this.statements.length < 1000) this.statements.push(query);
    if (this.print) console.log(query);
  }

  countScopeRoundTrip(): void {
    this.scopeRoundTrips += 1;
  }

  /** Everything sent to PostgreSQL: the statements and the tenant-scope wrappers around them. */
  get roundTrips(): number {
    return this.count + this.scopeRoundTrips;
  }

  reset(): void {
    this.count = 0;
    this.scopeRoundTrips = 0;
    this.statements.length = 0;
  }

  protected writeLog(level: LogLevel, message: LogMessage | string | number | (LogMessage | string | number)[]): void {
    if (level === 'error' || level === 'warn') console.warn(message);
  }
}
