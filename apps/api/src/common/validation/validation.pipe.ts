import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { CommonException, CommonExceptionCode } from '../errors/common.exception';
import { fieldLabel, humaniseMessage } from './humanise-message';
import { FieldProblem, findRefusedText } from './text-hygiene';

/**
 * Whatever the validators on a field say about a null, the one thing to tell the client is that
 * the field cannot be null: on an update, leaving it out keeps it as it is.
 */
function messagesOf(error: ValidationError): string[] {
  const messages = Object.values(error.constraints ?? {});
  if (error.value === null) return [`${fieldLabel(error.property)} cannot be null; leave it out to keep it as it is`];
  return messages.map(humaniseMessage);
}

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: messagesOf(error) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

function invalidInput(fields: FieldProblem[]): InstanceType<typeof CommonException> {
  const summary = fields.map((f) => f.messages.join('; ')).join('; ');
  return new CommonException(CommonExceptionCode.INVALID_INPUT, summary || 'The input is not valid.', { fields });
}

/**
 * The parameters that carry what a client sent: GraphQL arguments (`GqlParamtype.ARGS` in
 * @nestjs/graphql, which does not export it) and, for any HTTP route, body, query and path. The
 * parent object, the context and `@Info()` are the server's own and are never walked.
 */
const GRAPHQL_ARGS = 3;
function carriesClientInput({ type }: ArgumentMetadata): boolean {
  return Number(type) === GRAPHQL_ARGS || type === 'body' || type === 'query' || type === 'param';
}

/**
 * One validation pipe for every input. First the text rule (text-hygiene.ts) over every string of
 * every argument, scalars such as `id` or `search` included, which class-validator never sees;
 * then the class-validator rules of input and args classes. Either failure becomes one
 * BAD_USER_INPUT error with per-field messages in `extensions.fields`. The text rule fails on its
 * own, before the class rules run, because some of those (the email check) throw on lone surrogates.
 */
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      whitelist: true,
      forbidUnknownValues: false,
      stopAtFirstError: false,
      exceptionFactory: (errors) => invalidInput(flatten(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (carriesClientInput(metadata)) {
      const refused = findRefusedText(value, typeof value === 'object' ? '' : (metadata.data ?? ''));
      if (refused.length > 0) throw invalidInput(refused);
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe();
}
