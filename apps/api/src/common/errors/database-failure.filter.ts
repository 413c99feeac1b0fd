import { Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { databaseFailure } from '../../database/database-failure';

/** Matches, through `instanceof`, any error that means the database is away or too slow. */
class DatabaseFailureError {
  static [Symbol.hasInstance](value: unknown): boolean {
    return databaseFailure(value) !== undefined;
  }
}

/**
 * While the database restarts every request fails the same way. Hand those errors to Apollo
 * untouched: the error formatter answers SERVICE_UNAVAILABLE and logs one short warning, where
 * Nest's default handler would log each with its stack and the failed statement's parameters.
 * Only GraphQL requests reach here; the health probes catch their own database errors.
 */
@Catch(DatabaseFailureError)
export class DatabaseFailureFilter implements GqlExceptionFilter {
  catch(exception: unknown): unknown {
    return exception;
  }
}
