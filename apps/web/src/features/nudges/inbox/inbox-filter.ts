import type { NudgeStatus } from '../../../generated/gql/graphql';

export interface InboxFilter {
  status: NudgeStatus;
  /** In the address: /inbox?show=snoozed. */
  param: string;
  label: string;
  /** What an empty list says. */
  empty: string;
}

export const INBOX_FILTERS: InboxFilter[] = [
  {
    status: 'OPEN',
    param: 'open',
    label: 'Open',
    empty: 'Nothing needs you right now. Onward puts a nudge here when a report’s interview practice is due, an interview waits for its debrief, or a report shares a role with you.',
  },
  { status: 'SNOOZED', param: 'snoozed', label: 'Snoozed', empty: 'No snoozed nudges. A snoozed nudge comes back to Open on its day.' },
  { status: 'DISMISSED', param: 'dismissed', label: 'Dismissed', empty: 'Nothing dismissed.' },
  { status: 'RESOLVED', param: 'resolved', label: 'Resolved', empty: 'Nothing resolved yet. Holding the conversation, writing the debrief or opening the role resolves a nudge by itself.' },
];

/** The filter an address asks for; Open when it names none (or one that does not exist). */
export function filterFromParam(param: string | null): InboxFilter {
  return INBOX_FILTERS.find((filter) => filter.param === param) ?? INBOX_FILTERS[0];
}
