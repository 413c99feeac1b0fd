import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** What a form needs to show an error in words: a summary, and messages per field it knows. */
export interface DescribedError {
  /** Sentence(s) to show next to the form; empty when every problem belongs to a known field. */
  message: string;
  /** `extensions.code` of the first GraphQL error, e.g. BAD_USER_INPUT. */
  code?: string;
  /** `extensions.reason` of the first GraphQL error, e.g. INVITATION_EXPIRED. */
  reason?: string;
  /** Messages per form field (only fields the caller listed as known). */
  fields: Record<string, string>;
}

interface FieldProblem {
  field: string;
  messages: string[];
}

const NETWORK_MESSAGE = 'Onward could not reach the server. Check your connection and try again.';
const FALLBACK_MESSAGE = 'Something went wrong; nothing was saved. Try again.';

function isFieldProblem(value: unknown): value is FieldProblem {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<FieldProblem>;
  return typeof candidate.field === 'string' && Array.isArray(candidate.messages) && candidate.messages.every((m) => typeof m === 'string');
}

/** `input.password` and `password` both name the form field `password`. */
function formFieldName(field: string): string {
  return field.replace(/^input\./, '');
}

/** Validation messages start with the property name ("email must be…"): make them sentences. */
function sentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return trimmed;
  const capital = trimmed[0].toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/**
 * Turns whatever an Apollo operation rejected with into words. Field problems from the API's
 * validation (`extensions.fields`) go to `fields` when the form has that field, and into `message`
 * otherwise, so that no problem is ever silently dropped.
 */
export function describeError(error: unknown, knownFields: readonly string[] = []): DescribedError {
  if (CombinedGraphQLErrors.is(error)) {
    const [first] = error.errors;
    const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : undefined;
    const reason = typeof first?.extensions?.reason === 'string' ? first.extensions.reason : undefined;
    const rawFields = first?.extensions?.fields;
    const problems = Array.isArray(rawFields) ? rawFields.filter(isFieldProblem) : [];
    if (problems.length === 0) {
      // The API's own messages are already sentences (and may start with an email address).
      return { message: error.errors.map((e) => e.message).join(' ') || FALLBACK_MESSAGE, code, reason, fields: {} };
    }
    const fields: Record<string, string> = {};
    const unplaced: string[] = [];
    for (const problem of problems) {
      const name = formFieldName(problem.field);
      const text = problem.messages.map(sentence).join(' ');
      if (knownFields.includes(name)) fields[name] = fields[name] ? `${fields[name]} ${text}` : text;
      else unplaced.push(text);
    }
    return { message: unplaced.join(' '), code, reason, fields };
  }
  if (ServerError.is(error)) {
    return { message: `The server could not handle the request (status ${error.statusCode}). Try again in a moment.`, fields: {} };
  }
  if (error instanceof TypeError) return { message: NETWORK_MESSAGE, fields: {} };
  return { message: FALLBACK_MESSAGE, fields: {} };
}

/** True when the error is one of the API's expected outcomes with this reason (e.g. INVITATION_EXPIRED). */
export function hasReason(error: unknown, reason: string): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.reason === reason);
}
