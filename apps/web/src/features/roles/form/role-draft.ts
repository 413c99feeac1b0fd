import type {
  CreateInterestingRoleInput,
  PostingDraftFieldsFragment,
  PostingWorkplace,
  RoleDetailFieldsFragment,
  RoleSource,
  UpdateInterestingRoleInput,
} from '../../../generated/gql/graphql';

/** The role form's values, as the inputs hold them (numbers may be '' while empty). */
export interface RoleDraft {
  title: string;
  company: string;
  url: string;
  location: string;
  remote: boolean;
  source: RoleSource;
  description: string;
  salaryMin: number | string;
  salaryMax: number | string;
  salaryCurrency: string;
  salaryUnit: string | null;
  employmentTypes: string[];
  datePosted: string;
  validThrough: string;
}

/** The prep checklist's values. */
export interface ChecklistDraft {
  toldNotLooking: boolean;
  myWhy: string;
  whyTheyReachedOut: string;
  jobDescriptionReceived: boolean;
  whatWouldItTake: string;
  whatWouldItTakeShared: boolean;
}

type PostingDraft = PostingDraftFieldsFragment;
type RoleForDraft = Pick<
  RoleDetailFieldsFragment,
  'title' | 'company' | 'url' | 'location' | 'remote' | 'source' | 'description' | 'salary' | 'employmentTypes' | 'datePosted' | 'validThrough'
>;

export const emptyRoleDraft = (): RoleDraft => ({
  title: '',
  company: '',
  url: '',
  location: '',
  remote: false,
  source: 'FOUND_IT',
  description: '',
  salaryMin: '',
  salaryMax: '',
  salaryCurrency: '',
  salaryUnit: null,
  employmentTypes: [],
  datePosted: '',
  validThrough: '',
});

export const emptyChecklistDraft = (): ChecklistDraft => ({
  toldNotLooking: false,
  myWhy: '',
  whyTheyReachedOut: '',
  jobDescriptionReceived: false,
  whatWouldItTake: '',
  whatWouldItTakeShared: false,
});

export function draftFromRole(role: RoleForDraft): RoleDraft {
  return {
    title: role.title,
    company: role.company ?? '',
    url: role.url ?? '',
    location: role.location ?? '',
    remote: role.remote,
    source: role.source,
    description: role.description ?? '',
    salaryMin: role.salary?.min ?? '',
    salaryMax: role.salary?.max ?? '',
    salaryCurrency: role.salary?.currency ?? '',
    salaryUnit: role.salary?.unit ?? null,
    employmentTypes: [...role.employmentTypes],
    datePosted: role.datePosted ?? '',
    validThrough: role.validThrough ?? '',
  };
}

export function checklistDraftFrom(checklist: RoleDetailFieldsFragment['checklist']): ChecklistDraft {
  return {
    toldNotLooking: checklist.toldNotLooking,
    myWhy: checklist.myWhy ?? '',
    whyTheyReachedOut: checklist.whyTheyReachedOut ?? '',
    jobDescriptionReceived: checklist.jobDescriptionReceived,
    whatWouldItTake: checklist.whatWouldItTake ?? '',
    whatWouldItTakeShared: checklist.whatWouldItTakeShared,
  };
}

const pick = (value: string | null | undefined, fallback: string) => (value?.trim() ? value.trim() : fallback);

/**
 * A role keeps where the job is and whether it can be done remotely, not a remote policy: a hybrid job
 * is not remote, so "hybrid" goes with the place ("Paris (hybrid)"), where the report reads it.
 */
export function locationWithWorkplace(location: string, workplace: PostingWorkplace | null | undefined): string {
  if (workplace !== 'HYBRID' || /hybrid/i.test(location)) return location;
  return location.trim() ? `${location.trim()} (hybrid)` : 'Hybrid';
}

/**
 * The form after an import: every field the posting gave replaces what was typed; the rest stays.
 * A posting that does not say "remote" leaves the switch alone (it means "not stated").
 */
export function draftWithPosting(current: RoleDraft, posting: PostingDraft): RoleDraft {
  return {
    ...current,
    title: pick(posting.title, current.title),
    company: pick(posting.company, current.company),
    url: pick(posting.url, current.url),
    location: locationWithWorkplace(pick(posting.location, current.location), posting.workplace),
    remote: posting.remote || posting.workplace === 'REMOTE' || current.remote,
    description: pick(posting.description, current.description),
    salaryMin: posting.salary?.min ?? current.salaryMin,
    salaryMax: posting.salary?.max ?? current.salaryMax,
    salaryCurrency: pick(posting.salary?.currency, current.salaryCurrency),
    salaryUnit: posting.salary?.unit ?? current.salaryUnit,
    employmentTypes: posting.employmentTypes.length > 0 ? [...posting.employmentTypes] : current.employmentTypes,
    datePosted: pick(posting.datePosted, current.datePosted),
    validThrough: pick(posting.validThrough, current.validThrough),
  };
}

/** The form after a link could not be read: the link is kept as the role's, the rest stays as typed. */
export function draftWithLink(current: RoleDraft, url: string): RoleDraft {
  return { ...current, url: pick(url, current.url) };
}

/** Trimmed text, or null when empty. */
const textOrNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** A number from a number input, or null when empty or not a number. */
export function numberOrNull(value: number | string): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value.trim() === '') return null;
  const parsed = Number(value.replace(/[\s,]/g, ''));
  return Number.isFinite(parsed) ? parsed : null;
}

/** What the API stores for a draft: trimmed, empty text as null, numbers as numbers. */
function normalized(draft: RoleDraft) {
  return {
    title: draft.title.trim(),
    company: textOrNull(draft.company),
    url: textOrNull(draft.url),
    location: textOrNull(draft.location),
    remote: draft.remote,
    source: draft.source,
    description: textOrNull(draft.description),
    salaryMin: numberOrNull(draft.salaryMin),
    salaryMax: numberOrNull(draft.salaryMax),
    salaryCurrency: textOrNull(draft.salaryCurrency)?.toUpperCase() ?? null,
    salaryUnit: draft.salaryUnit || null,
    employmentTypes: draft.employmentTypes.map((t) => t.trim()).filter(Boolean),
    datePosted: textOrNull(draft.datePosted),
    validThrough: textOrNull(draft.validThrough),
  };
}

function normalizedChecklist(draft: ChecklistDraft) {
  return {
    toldNotLooking: draft.toldNotLooking,
    myWhy: textOrNull(draft.myWhy),
    whyTheyReachedOut: textOrNull(draft.whyTheyReachedOut),
    jobDescriptionReceived: draft.jobDescriptionReceived,
    whatWouldItTake: textOrNull(draft.whatWouldItTake),
    whatWouldItTakeShared: draft.whatWouldItTakeShared,
  };
}

/** A new role: empty optional fields are left out. */
export function createRoleInput(draft: RoleDraft, checklist: ChecklistDraft): CreateInterestingRoleInput {
  const input: Record<string, unknown> = {};
  for (const [key, value] of Object.entries({ ...normalized(draft), ...normalizedChecklist(checklist) })) {
    if (value === null || (Array.isArray(value) && value.length === 0)) continue;
    input[key] = value;
  }
  return input as unknown as CreateInterestingRoleInput;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Only what changed between two sets of values; a cleared field is sent as null. */
function changes<T extends Record<string, unknown>>(before: T, after: T): UpdateInterestingRoleInput {
  const input: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    if (!same(before[key], after[key])) input[key] = after[key];
  }
  return input as UpdateInterestingRoleInput;
}

/** The edit form's changes to a role. */
export function roleChanges(role: RoleForDraft, draft: RoleDraft): UpdateInterestingRoleInput {
  return changes(normalized(draftFromRole(role)), normalized(draft));
}

/** The checklist's changes. */
export function checklistChanges(checklist: RoleDetailFieldsFragment['checklist'], draft: ChecklistDraft): UpdateInterestingRoleInput {
  return changes(normalizedChecklist(checklistDraftFrom(checklist)), normalizedChecklist(draft));
}
