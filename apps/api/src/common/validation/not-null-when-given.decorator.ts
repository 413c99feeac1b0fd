import { applyDecorators } from '@nestjs/common';
import { IsDefined, ValidateIf } from 'class-validator';

/**
 * For a field a client may leave out but may not set to null, because null would mean nothing the
 * product knows: an update's "leave it as it is" is said by leaving the field out, and the column
 * behind it holds a value at all times (a name, a flag, a setting). GraphQL has no type for
 * "optional but not null", so the schema says nullable and this says the rest. In place of
 * `@IsOptional()`, which would let the null through to the service.
 */
export function NotNullWhenGiven(): PropertyDecorator {
  return applyDecorators(
    ValidateIf((_, value) => value !== undefined),
    IsDefined({ message: ({ property }) => `${property} cannot be null` }),
  );
}
