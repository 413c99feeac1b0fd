import { ValidationError, ValidationPipe } from '@nestjs/common';
import { CommonException, CommonExceptionCode } from '../errors/common.exception';
import { humaniseMessage } from './humanise-message';

function flatten(errors: ValidationError[], parent = ''): { field: string; messages: string[] }[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints).map(humaniseMessage) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** One validation pipe for every input: class-validator failures become BAD_USER_INPUT with per-field messages. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      const summary = fields.map((f) => f.messages.join('; ')).join('; ');
      return new CommonException(CommonExceptionCode.INVALID_INPUT, summary || 'The input is not valid.', { fields });
    },
  });
}
