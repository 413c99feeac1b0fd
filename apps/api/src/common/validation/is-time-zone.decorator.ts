import { canonicalTimeZone } from '@onward/domain';
import { ValidateBy, ValidationOptions } from 'class-validator';

/** An IANA time zone name the runtime knows (Europe/Berlin, UTC); offsets such as +02:00 are refused. */
export function IsTimeZone(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isTimeZone',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && canonicalTimeZone(value) !== null,
        defaultMessage: (args) => `${args?.property ?? 'value'} must be an IANA time zone name, such as Europe/Berlin`,
      },
    },
    options,
  );
}
