import { DatabaseFailure, databaseFailure, describeDatabaseError } from '../../database/database-failure';

export interface StrayFailureLogger {
  error(message: string): void;
  fatal(message: string): void;
}

/** Code and message for database errors (never a statement's values), the stack for the rest. */
function describe(failure: unknown): string {
  return failure instanceof Error && !('code' in failure) ? (failure.stack ?? failure.message) : describeDatabaseError(failure);
}

/**
 * What the process does with a failure nobody handled:
 * - a promise nobody waited on failed (fire-and-forget work such as a mail after the answer): the
 *   work is lost either way, so it is logged and the server keeps serving everyone else;
 * - an exception nobody caught that says a database connection is gone (a server shutting down
 *   ends every connection with an error, and a driver or library can raise it on a client no one
 *   listens to any more): the pool already dropped that connection, so it is logged and serving goes on;
 * - any other uncaught exception leaves the process in an unknown state: logged, then the process
 *   exits for its supervisor to restart it.
 */
export function strayFailureHandlers(logger: StrayFailureLogger, exit: (code: number) => void) {
  return {
    unhandledRejection(reason: unknown): void {
      logger.error(`a failure nobody waited for: ${describe(reason)}`);
    },
    uncaughtException(error: unknown): void {
      if (databaseFailure(error) === DatabaseFailure.DATABASE_UNAVAILABLE) {
        logger.error(`a lost database connection's error reached no handler; still serving: ${describe(error)}`);
        return;
      }
      logger.fatal(`an uncaught exception; stopping: ${describe(error)}`);
      exit(1);
    },
  };
}

export function installStrayFailureHandlers(logger: StrayFailureLogger): void {
  const handlers = strayFailureHandlers(logger, (code) => process.exit(code));
  process.on('unhandledRejection', handlers.unhandledRejection);
  process.on('uncaughtException', handlers.uncaughtException);
}
