export { addDaysUtc, addMonthsUtc, startOfUtcDay } from './calendar';
export {
  DEFAULT_PRACTICE_CADENCE_MONTHS,
  FIRST_PRACTICE_DUE_DAYS,
  PRACTICE_DUE_SOON_DAYS,
  practiceDueSoonAt,
  practiceStatus,
  practiceStatusesAt,
  type ReportPracticeDates,
  type PracticeState,
  type PracticeStatus,
  type PracticeStatusInput,
} from './practice-status';
