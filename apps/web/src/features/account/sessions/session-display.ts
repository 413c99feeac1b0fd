/** What a session row says about its device: the API's summary, or words for "we could not tell". */
export function deviceLabel(device: string | null | undefined): string {
  return device ?? 'Unknown browser';
}

const MOBILE = /\b(iPhone|iPad|Android)\b/;

/** Phones and tablets get a phone icon; everything else a laptop. */
export function isMobileDevice(device: string | null | undefined): boolean {
  return MOBILE.test(device ?? '');
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * "Last used 3 hours ago". The API records a use at most every few minutes, so anything more recent
 * than ten minutes reads as "in the last few minutes" rather than a precise count.
 */
export function describeLastUse(iso: string, now: Date = new Date()): string {
  const ms = now.getTime() - new Date(iso).getTime();
  if (Number.isNaN(ms)) return '';
  if (ms < 10 * MINUTE) return 'in the last few minutes';
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)} minutes ago`;
  if (ms < DAY) {
    const hours = Math.floor(ms / HOUR);
    return `${hours} hour${hours === 1 ? '' : 's'} ago`;
  }
  const days = Math.floor(ms / DAY);
  return days === 1 ? 'yesterday' : `${days} days ago`;
}
