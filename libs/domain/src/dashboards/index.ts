export { DASHBOARD_QUARTERS, TRAILING_MONTHS, daysBetween, inRange, lastQuarters, quarterOf, trailingMonths, type DayRange, type Quarter } from './periods';
export { daysFromInterviewToDebrief, median } from './team-figures';
