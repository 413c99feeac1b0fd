import type { InterviewKind, RoleOutcome } from '../../generated/gql/graphql';

/** Words for enums that several features show: roles, debriefs and conversations say them alike. */
export const INTERVIEW_KIND_LABELS: Record<InterviewKind, string> = {
  RECRUITER_SCREEN: 'Recruiter screen',
  HIRING_MANAGER: 'Hiring manager',
  TECHNICAL: 'Technical',
  SYSTEM_DESIGN: 'System design',
  BEHAVIOURAL: 'Behavioural',
  PANEL: 'Panel',
  TAKE_HOME: 'Take-home',
  FINAL: 'Final round',
  OTHER: 'Other',
};

export const ROLE_OUTCOME_LABELS: Record<RoleOutcome, string> = {
  CONSIDERING: 'Considering',
  APPLIED: 'Applied',
  INTERVIEWING: 'Interviewing',
  OFFER: 'Offer received',
  ACCEPTED: 'Accepted an offer',
  DECLINED: 'Declined an offer',
  REJECTED: 'The other company said no',
  WITHDREW: 'Withdrew',
};

/** Select options from a label table, in its order. */
export function optionsOf<K extends string>(labels: Record<K, string>) {
  return (Object.entries(labels) as Array<[K, string]>).map(([value, label]) => ({ value, label }));
}
