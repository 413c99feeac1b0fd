export {
  DEFAULT_MAX_POSTING_LENGTH,
  HEADINGS_ONLY_WARNING,
  parseJobPosting,
  type ParseJobPostingOptions,
} from './parse-job-posting';
export type {
  JobPostingDraft,
  JobPostingField,
  ParseFailureReason,
  ParseResult,
  ParseSource,
  SalaryRange,
  Workplace,
} from './job-posting-draft';
export { htmlToText } from './html-text';
export { decodeHtmlEntities } from './html-entities';
