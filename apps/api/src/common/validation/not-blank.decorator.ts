import { Matches, ValidationOptions } from 'class-validator';

/** Required text must say something: "   " passes a length check but is stored as nothing once trimmed. */
export function NotBlank(options?: ValidationOptions): PropertyDecorator {
  return Matches(/\S/, { message: ({ property }) => `${property} must not be blank`, ...options });
}
