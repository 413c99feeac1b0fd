import type { ConversationKind, StretchTag } from '../../generated/gql/graphql';

/** Words for the API's enums, in the order a form offers them. */
export const CONVERSATION_KIND_LABELS: Record<ConversationKind, string> = {
  INTERVIEW_PRACTICE: 'Interview practice',
  SATISFACTION: 'Satisfaction',
  CAREER: 'Career',
};

export const CONVERSATION_KINDS = Object.keys(CONVERSATION_KIND_LABELS) as ConversationKind[];

export function isConversationKind(value: string | null | undefined): value is ConversationKind {
  return !!value && (CONVERSATION_KINDS as string[]).includes(value);
}

export { INTERVIEW_KIND_LABELS, ROLE_OUTCOME_LABELS } from '../../shared/format/enum-labels';

/** How the other company read the report, against our ladder. */
export const EXTERNAL_READING: Record<StretchTag, { label: string; color: string }> = {
  STEP_UP: { label: 'Read above current level', color: 'green' },
  SAME_LEVEL: { label: 'Read at current level', color: 'blue' },
  STEP_DOWN: { label: 'Read below current level', color: 'orange' },
  UNRATED: { label: 'No comparison', color: 'gray' },
};

export type RatingKey = 'startedOnTime' | 'roleClearlyExplained' | 'interviewersPrepared' | 'treatedWithRespect' | 'challenging';

/** The candidate-experience items, each rated 1 (poor) to 5 (great). */
export const RATING_ITEMS: Array<{ key: RatingKey; label: string }> = [
  { key: 'startedOnTime', label: 'Interviews started on time' },
  { key: 'roleClearlyExplained', label: 'The role was clearly explained' },
  { key: 'interviewersPrepared', label: 'Interviewers were prepared' },
  { key: 'treatedWithRespect', label: 'Treated with respect' },
  { key: 'challenging', label: 'The interviews were challenging' },
];

export { optionsOf as selectData } from '../../shared/format/enum-labels';
