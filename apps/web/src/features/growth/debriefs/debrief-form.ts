import { debriefHasContent } from '@onward/domain';
import type { CandidateExperienceInput, CreateDebriefInput, DebriefFieldsFragment, InterviewKind, RoleOutcome, UpdateDebriefInput } from '../../../generated/gql/graphql';
import { actionItemDraftProblems, actionItemInputs, type ActionItemDraft } from '../action-items/action-item-drafts';
import { RATING_ITEMS, type RatingKey } from '../labels';

/** What the debrief form holds while it is being filled in. */
export interface DebriefFormState {
  heldOn: string;
  roleId: string | null;
  wentWell: string;
  couldBeBetter: string;
  thirdPartyFeedback: string;
  assessedLevelKey: string | null;
  assessedLevelLabel: string;
  outcome: RoleOutcome | null;
  stages: InterviewKind[];
  /** NumberInput's value: a number, or '' when empty. */
  stageCount: number | string;
  themes: string[];
  ratings: Record<RatingKey, number | null>;
  actionItems: ActionItemDraft[];
}

const noRatings = (): Record<RatingKey, number | null> =>
  Object.fromEntries(RATING_ITEMS.map(({ key }) => [key, null])) as Record<RatingKey, number | null>;

export function emptyDebriefForm(today: string, roleId: string | null = null): DebriefFormState {
  return {
    heldOn: today,
    roleId,
    wentWell: '',
    couldBeBetter: '',
    thirdPartyFeedback: '',
    assessedLevelKey: null,
    assessedLevelLabel: '',
    outcome: null,
    stages: [],
    stageCount: '',
    themes: [],
    ratings: noRatings(),
    actionItems: [],
  };
}

/** The edit form starts from the saved debrief. */
export function debriefFormFrom(debrief: DebriefFieldsFragment): DebriefFormState {
  const ratings = noRatings();
  for (const { key } of RATING_ITEMS) ratings[key] = debrief.ratings[key] ?? null;
  return {
    heldOn: debrief.heldOn,
    roleId: debrief.role?.id ?? null,
    wentWell: debrief.wentWell ?? '',
    couldBeBetter: debrief.couldBeBetter ?? '',
    thirdPartyFeedback: debrief.thirdPartyFeedback ?? '',
    assessedLevelKey: debrief.assessedLevel?.key ?? null,
    assessedLevelLabel: debrief.assessedLevelLabel ?? '',
    outcome: debrief.outcome ?? null,
    stages: [...debrief.stages],
    stageCount: debrief.stageCount ?? '',
    themes: [...debrief.themes],
    ratings,
    actionItems: [],
  };
}

export const DEBRIEF_FIELDS = ['heldOn', 'roleId', 'wentWell', 'couldBeBetter', 'thirdPartyFeedback', 'assessedLevelKey', 'assessedLevelLabel', 'outcome', 'stages', 'stageCount', 'themes', 'ratings', 'actionItems'] as const;

/** Whether the form holds something that makes the debrief count (the rule is the API's, from libs/domain). */
export function debriefFormHasContent(state: DebriefFormState): boolean {
  return debriefHasContent({ ...state, assessedLevel: state.assessedLevelKey });
}

/** Problems the form can see before asking the API: per field, per action-item row, and whether it says nothing yet. */
export function debriefFormProblems(state: DebriefFormState, today: string): { fields: Record<string, string>; rows: Record<string, string>; empty: boolean } {
  const fields: Record<string, string> = {};
  if (!state.heldOn) fields.heldOn = 'Give the day the debrief was held.';
  else if (state.heldOn > today) fields.heldOn = 'A debrief is written after it is held: pick today or an earlier day.';
  const count = stageCountValue(state.stageCount);
  if (Number.isNaN(count) || (count !== null && (count < 1 || count > 30))) fields.stageCount = 'Give a whole number from 1 to 30.';
  return { fields, rows: actionItemDraftProblems(state.actionItems), empty: !debriefFormHasContent(state) };
}

const text = (value: string): string | null => (value.trim() ? value.trim() : null);

/** null for an empty input, NaN for something that is not a whole number. */
function stageCountValue(value: number | string): number | null {
  if (value === '' || value === null || value === undefined) return null;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isInteger(number) ? number : Number.NaN;
}

function ratingsInput(ratings: Record<RatingKey, number | null>): CandidateExperienceInput {
  return Object.fromEntries(RATING_ITEMS.map(({ key }) => [key, ratings[key] ?? null]));
}

/** Every field with a value, nothing for what was left empty. */
export function createDebriefInput(reportId: string, state: DebriefFormState): CreateDebriefInput {
  const input: CreateDebriefInput = { reportId, heldOn: state.heldOn };
  const put = <K extends keyof CreateDebriefInput>(key: K, value: CreateDebriefInput[K] | null | undefined) => {
    if (value !== null && value !== undefined) input[key] = value;
  };
  put('roleId', state.roleId);
  put('wentWell', text(state.wentWell));
  put('couldBeBetter', text(state.couldBeBetter));
  put('thirdPartyFeedback', text(state.thirdPartyFeedback));
  put('assessedLevelKey', state.assessedLevelKey);
  put('assessedLevelLabel', text(state.assessedLevelLabel));
  put('outcome', state.outcome);
  if (state.stages.length > 0) input.stages = [...state.stages];
  put('stageCount', stageCountValue(state.stageCount));
  const themes = cleanThemes(state.themes);
  if (themes.length > 0) input.themes = themes;
  if (RATING_ITEMS.some(({ key }) => state.ratings[key] !== null)) {
    input.ratings = Object.fromEntries(RATING_ITEMS.filter(({ key }) => state.ratings[key] !== null).map(({ key }) => [key, state.ratings[key]]));
  }
  const actionItems = actionItemInputs(state.actionItems);
  if (actionItems.length > 0) input.actionItems = actionItems;
  return input;
}

/**
 * Every field, null (or empty) for what was cleared: the API keeps omitted fields as they were.
 * The role only when it changed: a role the report stopped sharing reads as none, and saving must
 * not unlink it for good.
 */
export function updateDebriefInput(state: DebriefFormState, initial: DebriefFormState): UpdateDebriefInput {
  return {
    heldOn: state.heldOn,
    ...(state.roleId !== initial.roleId ? { roleId: state.roleId } : {}),
    wentWell: text(state.wentWell),
    couldBeBetter: text(state.couldBeBetter),
    thirdPartyFeedback: text(state.thirdPartyFeedback),
    assessedLevelKey: state.assessedLevelKey,
    assessedLevelLabel: text(state.assessedLevelLabel),
    outcome: state.outcome,
    stages: [...state.stages],
    stageCount: stageCountValue(state.stageCount),
    themes: cleanThemes(state.themes),
    ratings: ratingsInput(state.ratings),
  };
}

/** Trimmed, lower-case, without repeats (the API stores them so). */
function cleanThemes(themes: readonly string[]): string[] {
  return [...new Set(themes.map((theme) => theme.trim().toLowerCase()).filter(Boolean))];
}
