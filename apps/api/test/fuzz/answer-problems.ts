import type { FuzzAnswer } from './fuzz-world';

/**
 * Signs of internals in an error: a stack frame, TypeORM's error class, SQL, a constraint or
 * relation name. Only the errors are searched: data and some messages echo what the request sent.
 */
const LEAKS: [string, RegExp][] = [
  ['a stack frame', /\bat (?:async )?[\w$.<>[\] ]+ \([^)]*:\d+:\d+\)|\n\s+at |\bat [^\s()]+:\d+:\d+/],
  ['a stack trace field', /"stacktrace"/],
  ['QueryFailedError', /QueryFailedError|EntityNotFound|TypeORMError/],
  ['SQL', /\bSELECT |\bINSERT INTO |\bUPDATE "|\bDELETE FROM /],
  ['a constraint', /violates|duplicate key|constraint "/],
  ['a relation name', /relation "|column "/],
  ['a JavaScript error', /\b(?:TypeError|ReferenceError|RangeError|SyntaxError): /],
];

/** What is wrong with an answer, if anything: a 5xx, an internal error, an error without a code, a leak. */
export function answerProblems(answer: FuzzAnswer): string[] {
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`HTTP ${answer.status}`);
  if (!answer.body) return [...problems, `an answer that is not JSON (HTTP ${answer.status})`];
  const errors = answer.body.errors ?? [];
  for (const error of errors) {
    const code = error.extensions?.code;
    if (code === 'INTERNAL_SERVER_ERROR') problems.push('INTERNAL_SERVER_ERROR');
    else if (typeof code !== 'string') problems.push('an error without extensions.code');
  }
  const errorText = JSON.stringify(errors);
  for (const [what, pattern] of LEAKS) if (pattern.test(errorText)) problems.push(`${what} in the errors`);
  return problems;
}

/** The code the answer is counted under: OK, or the first error's `extensions.code`. */
export function outcomeOf(answer: FuzzAnswer): string {
  const code = answer.body?.errors?.[0]?.extensions?.code;
  if (!answer.body) return `HTTP ${answer.status}`;
  return answer.body.errors?.length ? String(code ?? 'NO_CODE') : 'OK';
}
