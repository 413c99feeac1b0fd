/** The form of an email address that log-in counts, signs and looks up: trimmed, lower case. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
