import { Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { AppException } from './app.exception';

/**
 * Expected outcomes (wrong password, not found, a cycle…) are not server errors: hand them to
 * Apollo untouched, so they are neither logged as failures nor masked by the error formatter.
 */
@Catch(AppException)
export class AppExceptionFilter implements GqlExceptionFilter {
  catch(exception: AppException): AppException {
    return exception;
  }
}
