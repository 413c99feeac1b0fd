import { todayIso } from '../../../shared/format/format-day';

/** The first and last day a nudge may be snoozed until (YYYY-MM-DD): tomorrow, and a year and a day from today, as the API allows. */
export function snoozeDayBounds(now: Date): { min: string; max: string } {
  const shift = (days: number) => {
    const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
    return todayIso(day);
  };
  return { min: shift(1), max: shift(366) };
}
