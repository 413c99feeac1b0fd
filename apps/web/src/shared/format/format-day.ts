const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "25 Nov 2026" for a calendar day "2026-11-25", the same in every time zone (days have no zone). */
export function formatDay(day: string | null | undefined, locale?: string): string {
  if (!day) return '—';
  const match = DAY_PATTERN.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** Today in the reader's time zone, as "YYYY-MM-DD" (what a date input holds). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
