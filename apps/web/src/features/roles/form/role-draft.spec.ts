import type { PostingDraftFieldsFragment, RoleDetailFieldsFragment } from '../../../generated/gql/graphql';
import {
  checklistChanges,
  checklistDraftFrom,
  createRoleInput,
  draftFromRole,
  draftWithLink,
  draftWithPosting,
  emptyChecklistDraft,
  emptyRoleDraft,
  locationWithWorkplace,
  numberOrNull,
  roleChanges,
} from './role-draft';

const role = {
  title: 'Staff Engineer',
  company: 'Lumen Pay',
  url: 'https://jobs.example/1',
  location: 'Amsterdam',
  remote: true,
  source: 'RECRUITER_REACHED_OUT',
  description: 'Build payments.',
  salary: { min: 90000, max: 120000, currency: 'EUR', unit: 'YEAR' },
  employmentTypes: ['FULL_TIME'],
  datePosted: null,
  validThrough: null,
} satisfies Parameters<typeof draftFromRole>[0];

const checklist: RoleDetailFieldsFragment['checklist'] = {
  toldNotLooking: false,
  myWhy: 'Payments at scale.',
  whyTheyReachedOut: null,
  jobDescriptionReceived: true,
  whatWouldItTake: null,
  whatWouldItTakeShared: false,
  nothingWouldMakeMeMove: false,
};

describe('roleChanges', () => {
  it('sends nothing when nothing changed, whitespace included', () => {
    expect(roleChanges(role, draftFromRole(role))).toEqual({});
    expect(roleChanges(role, { ...draftFromRole(role), title: '  Staff Engineer ', salaryCurrency: 'eur' })).toEqual({});
  });

  it('sends only the fields that changed', () => {
    expect(roleChanges(role, { ...draftFromRole(role), company: 'Lumen', remote: false, salaryMax: 130000 })).toEqual({ company: 'Lumen', remote: false, salaryMax: 130000 });
  });

  it('sends null for a field that was emptied', () => {
    expect(roleChanges(role, { ...draftFromRole(role), url: '  ', salaryMin: '', salaryUnit: null, description: '' })).toEqual({
      url: null,
      salaryMin: null,
      salaryUnit: null,
      description: null,
    });
  });

  it('sends the new list when employment types change, and an empty list when all are removed', () => {
    expect(roleChanges(role, { ...draftFromRole(role), employmentTypes: ['FULL_TIME', 'CONTRACTOR'] })).toEqual({ employmentTypes: ['FULL_TIME', 'CONTRACTOR'] });
    expect(roleChanges(role, { ...draftFromRole(role), employmentTypes: [] })).toEqual({ employmentTypes: [] });
  });
});

describe('checklistChanges', () => {
  it('sends only the answers that changed, an emptied answer as null', () => {
    const draft = { ...checklistDraftFrom(checklist), toldNotLooking: true, myWhy: ' ', whatWouldItTake: 'A staff title.' };
    expect(checklistChanges(checklist, draft)).toEqual({ toldNotLooking: true, myWhy: null, whatWouldItTake: 'A staff title.' });
  });

  it('sends nothing for an untouched checklist', () => {
    expect(checklistChanges(checklist, checklistDraftFrom(checklist))).toEqual({});
  });
});

describe('createRoleInput', () => {
  it('leaves empty optional fields out and keeps what was given, trimmed', () => {
    const draft = { ...emptyRoleDraft(), title: ' Staff Engineer ', company: 'Acme ', salaryMin: '85,000', salaryCurrency: 'usd' };
    const answers = { ...emptyChecklistDraft(), myWhy: 'Growth', whatWouldItTake: '   ' };
    expect(createRoleInput(draft, answers)).toEqual({
      title: 'Staff Engineer',
      company: 'Acme',
      remote: false,
      source: 'FOUND_IT',
      salaryMin: 85000,
      salaryCurrency: 'USD',
      toldNotLooking: false,
      myWhy: 'Growth',
      jobDescriptionReceived: false,
      whatWouldItTakeShared: false,
    });
  });
});

describe('draftWithPosting', () => {
  const posting: PostingDraftFieldsFragment = {
    source: 'JSON_LD',
    fieldsFound: ['title', 'company', 'salary'],
    warnings: [],
    suggestedLevelKey: 'IC4',
    title: 'Staff Engineer',
    company: 'Acme',
    location: null,
    remote: false,
    workplace: null,
    description: null,
    url: null,
    employmentTypes: [],
    datePosted: '2026-11-01',
    validThrough: null,
    salary: { min: 100000, max: null, currency: 'USD', unit: 'YEAR' },
  };

  it('fills what the posting found and keeps what was typed for the rest', () => {
    const typed = { ...emptyRoleDraft(), title: 'Engineer', location: 'Berlin', remote: true, source: 'REFERRAL' as const };
    expect(draftWithPosting(typed, posting)).toMatchObject({
      title: 'Staff Engineer',
      company: 'Acme',
      location: 'Berlin',
      remote: true,
      source: 'REFERRAL',
      salaryMin: 100000,
      salaryMax: '',
      salaryCurrency: 'USD',
      salaryUnit: 'YEAR',
      datePosted: '2026-11-01',
    });
  });
});

describe('what a posting says about remote work', () => {
  const base: PostingDraftFieldsFragment = {
    source: 'PLAIN_TEXT', fieldsFound: [], warnings: [], suggestedLevelKey: null, title: 'Senior Backend Engineer', company: null, location: 'London, United Kingdom',
    remote: false, workplace: null, description: null, url: null, employmentTypes: [], datePosted: null, validThrough: null, salary: null,
  };

  it('ticks "remote" for a fully remote posting', () => {
    expect(draftWithPosting(emptyRoleDraft(), { ...base, workplace: 'REMOTE' })).toMatchObject({ remote: true, location: 'London, United Kingdom' });
  });

  it('keeps a hybrid job not remote and says "hybrid" with the place', () => {
    expect(draftWithPosting(emptyRoleDraft(), { ...base, workplace: 'HYBRID' })).toMatchObject({ remote: false, location: 'London, United Kingdom (hybrid)' });
  });

  it.each<[string, PostingDraftFieldsFragment['workplace'], string]>([
    ['Paris', 'HYBRID', 'Paris (hybrid)'],
    ['Paris (Hybrid)', 'HYBRID', 'Paris (Hybrid)'],
    ['', 'HYBRID', 'Hybrid'],
    ['Paris', 'ON_SITE', 'Paris'],
    ['Paris', 'REMOTE', 'Paris'],
    ['Paris', null, 'Paris'],
  ])('locationWithWorkplace(%j, %s) → %j', (location, workplace, expected) => {
    expect(locationWithWorkplace(location, workplace)).toBe(expected);
  });
});

describe('draftWithLink', () => {
  it('keeps a link that could not be read as the role’s link, and nothing else changes', () => {
    const typed = { ...emptyRoleDraft(), title: 'Engineer', url: 'https://old.example/1' };
    expect(draftWithLink(typed, ' https://jobs.example/42 ')).toEqual({ ...typed, url: 'https://jobs.example/42' });
  });
});

describe('numberOrNull', () => {
  it.each<[number | string, number | null]>([
    [42, 42],
    ['', null],
    ['  ', null],
    ['120,000', 120000],
    ['abc', null],
    [Number.NaN, null],
  ])('%p → %p', (input, expected) => {
    expect(numberOrNull(input)).toBe(expected);
  });
});
