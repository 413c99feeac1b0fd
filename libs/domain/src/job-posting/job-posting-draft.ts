/** A salary range as the posting states it; either bound may be missing. */
export interface SalaryRange {
  min: number | null;
  max: number | null;
  /** ISO 4217 code as given, upper-cased ("USD"). */
  currency: string | null;
  /** schema.org unitText as given, upper-cased ("YEAR", "HOUR"); from plain text HOUR, DAY, WEEK, MONTH or YEAR. */
  unit: string | null;
}

/** Where the work is done, when the posting says: fully remote, partly at home (hybrid), or at the office. */
export type Workplace = 'REMOTE' | 'HYBRID' | 'ON_SITE';

/** The fields of an interesting role filled from a pasted posting; the report reviews them before saving. */
export interface JobPostingDraft {
  title: string | null;
  company: string | null;
  location: string | null;
  /** True when the posting says the job can be done remotely; false means "not stated", not "on site". */
  remote: boolean;
  /**
   * What the posting says about remote work, when it says it; null when it does not. Only REMOTE sets
   * `remote`: a hybrid job still needs the office.
   */
  workplace: Workplace | null;
  /** Plain text with paragraphs and "- " list items. */
  description: string | null;
  url: string | null;
  salary: SalaryRange | null;
  /** schema.org employmentType values as given (FULL_TIME, CONTRACTOR…); plain text also gives PERMANENT. */
  employmentType: string[];
  datePosted: string | null;
  validThrough: string | null;
  /** The names of the fields above that were filled, so the UI can say what it found. */
  fieldsFound: JobPostingField[];
}

export type JobPostingField = Exclude<keyof JobPostingDraft, 'fieldsFound'>;
/** The draft's values without the derived `fieldsFound`: what each reader produces. */
export type JobPostingFields = Omit<JobPostingDraft, 'fieldsFound'>;

/**
 * Where the fields came from, so the UI can say how far to trust them: the page's JSON-LD or microdata,
 * its Open Graph tags (only when it had some), only its <title> and headings, or pasted text.
 */
export type ParseSource = 'JSON_LD' | 'MICRODATA' | 'OPEN_GRAPH' | 'HTML_HEADINGS' | 'PLAIN_TEXT';

export type ParseFailureReason = 'EMPTY' | 'TOO_LARGE' | 'INVALID_JSON' | 'NO_JOB_POSTING' | 'NOTHING_USABLE';

export type ParseResult =
  | { ok: true; source: ParseSource; draft: JobPostingDraft; warnings: string[] }
  | { ok: false; reason: ParseFailureReason; message: string };

/** A draft with every field filled from `fields` and `fieldsFound` computed from what is there. */
export function completeDraft(fields: Partial<JobPostingFields>): JobPostingDraft {
  const draft: JobPostingFields = {
    title: fields.title ?? null,
    company: fields.company ?? null,
    location: fields.location ?? null,
    remote: fields.remote ?? false,
    workplace: fields.workplace ?? null,
    description: fields.description ?? null,
    url: fields.url ?? null,
    salary: fields.salary ?? null,
    employmentType: fields.employmentType ?? [],
    datePosted: fields.datePosted ?? null,
    validThrough: fields.validThrough ?? null,
  };
  const fieldsFound = (Object.keys(draft) as JobPostingField[]).filter((field) => isFilled(draft[field]));
  return { ...draft, fieldsFound };
}

function isFilled(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'string') return value.trim() !== '';
  return value !== null && value !== false;
}
