/** A salary range as the posting states it; either bound may be missing. */
export interface SalaryRange {
  min: number | null;
  max: number | null;
  /** ISO 4217 code as given, upper-cased ("USD"). */
  currency: string | null;
  /** schema.org unitText as given, upper-cased ("YEAR", "HOUR"). */
  unit: string | null;
}

/** The fields of an interesting role filled from a pasted posting; the report reviews them before saving. */
export interface JobPostingDraft {
  title: string | null;
  company: string | null;
  location: string | null;
  /** True when the posting says the job can be done remotely; false means "not stated", not "on site". */
  remote: boolean;
  /** Plain text with paragraphs and "- " list items. */
  description: string | null;
  url: string | null;
  salary: SalaryRange | null;
  employmentType: string[];
  datePosted: string | null;
  validThrough: string | null;
  /** The names of the fields above that were filled, so the UI can say what it found. */
  fieldsFound: JobPostingField[];
}

export type JobPostingField = Exclude<keyof JobPostingDraft, 'fieldsFound'>;
/** The draft's values without the derived `fieldsFound`: what each reader produces. */
export type JobPostingFields = Omit<JobPostingDraft, 'fieldsFound'>;

export type ParseSource = 'JSON_LD' | 'OPEN_GRAPH' | 'PLAIN_TEXT';

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
