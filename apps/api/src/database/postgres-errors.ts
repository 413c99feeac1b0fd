/** PostgreSQL's code for a unique constraint violation. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } })?.driverError ?? (error as { code?: string; constraint?: string });
  return driverError?.code === '23505' && (!constraint || driverError.constraint === constraint);
}

/**
 * PostgreSQL's codes for a request that lost a race with another: a row it refers to was deleted
 * after it was checked (foreign key violation), or two transactions could not both go through
 * (serialization failure, deadlock).
 */
const CONCURRENT_CHANGE_CODES = new Set(['23503', '40001', '40P01']);

export function isConcurrentChange(error: unknown): boolean {
  const code = (error as { driverError?: { code?: string } })?.driverError?.code ?? (error as { code?: string })?.code;
  return typeof code === 'string' && CONCURRENT_CHANGE_CODES.has(code);
}
