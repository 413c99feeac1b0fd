import type { AgendaAnswer, ConversationKind } from '@onward/domain';
import { ActionItemOwner } from '../action-items/action-item.entity';
import { InterviewKind, RoleOutcome } from '../roles/role-enums';

export interface DemoActionItem {
  owner: ActionItemOwner;
  text: string;
  dueInDays?: number;
  done?: boolean;
}

export interface DemoConversation {
  reportKey: string;
  kind: ConversationKind;
  daysAgo: number;
  answers: AgendaAnswer[];
  notes?: string;
  /** Title of the report's demo role it was started from. */
  roleTitle?: string;
  actionItems?: DemoActionItem[];
}

export interface DemoDebrief {
  reportKey: string;
  roleTitle: string;
  daysAgo: number;
  wentWell: string;
  couldBeBetter: string;
  thirdPartyFeedback: string;
  assessedLevelKey: string;
  assessedLevelLabel: string;
  outcome: RoleOutcome;
  stages: InterviewKind[];
  themes: string[];
  ratings: [number, number, number, number, number];
  actionItems?: DemoActionItem[];
}

/**
 * Practice cadence in the demo (12-month cadence): covered (Leo, Chen, Kofi, Omar, Maya), due soon
 * (Sofia, Amara who just joined), overdue (Priya, Jonas, Hana, Ines, Sam).
 */
export const DEMO_CONVERSATIONS: DemoConversation[] = [
  {
    reportKey: 'priya', kind: 'INTERVIEW_PRACTICE', daysAgo: 380,
    answers: [{ questionKey: 'seen_open_roles', answer: 'Not yet; recruiters reach out about payments roles now and then.' }, { questionKey: 'step_further', answer: 'Leading a platform area end to end.' }],
    actionItems: [{ owner: ActionItemOwner.REPORT, text: 'Reply to the next recruiter who reaches out', done: true }],
  },
  {
    reportKey: 'chen', kind: 'INTERVIEW_PRACTICE', daysAgo: 100,
    answers: [{ questionKey: 'seen_open_roles', answer: 'One principal role at Vector Systems.' }, { questionKey: 'outside_feedback', answer: 'Whether my system design reads as principal level.' }],
    actionItems: [{ owner: ActionItemOwner.MANAGER, text: 'Find Chen a mock system-design interviewer', dueInDays: 14 }],
  },
  {
    reportKey: 'chen', kind: 'CAREER', daysAgo: 50,
    answers: [{ questionKey: 'dreams', answer: 'Architect of a product used by millions.' }, { questionKey: 'plan', answer: 'Lead the storage rewrite next year.' }],
  },
  { reportKey: 'kofi', kind: 'INTERVIEW_PRACTICE', daysAgo: 30, answers: [{ questionKey: 'seen_open_roles', answer: 'A senior data role at Meridian, via a friend.' }] },
  {
    reportKey: 'omar', kind: 'INTERVIEW_PRACTICE', daysAgo: 10,
    answers: [{ questionKey: 'step_further', answer: 'Principal, with a cross-team remit.' }],
    actionItems: [{ owner: ActionItemOwner.REPORT, text: 'Write up the cross-team proposal', dueInDays: -3 }],
  },
  {
    reportKey: 'omar', kind: 'SATISFACTION', daysAgo: 60,
    answers: [{ questionKey: 'what_keeps_you', answer: 'The people and the hard problems.' }, { questionKey: 'one_change', answer: 'Losing the infra team.' }],
  },
  { reportKey: 'sofia', kind: 'INTERVIEW_PRACTICE', daysAgo: 340, answers: [{ questionKey: 'seen_open_roles', answer: 'Not really.' }] },
  { reportKey: 'hana', kind: 'INTERVIEW_PRACTICE', daysAgo: 400, answers: [{ questionKey: 'outside_feedback', answer: 'How management roles are interviewed.' }] },
  { reportKey: 'hana', kind: 'CAREER', daysAgo: 200, answers: [{ questionKey: 'life_story', answer: 'Physics, then compilers, then platforms.' }] },
  {
    reportKey: 'maya', kind: 'INTERVIEW_PRACTICE', daysAgo: 90, answers: [{ questionKey: 'step_further', answer: 'Senior manager of two teams.' }],
    actionItems: [{ owner: ActionItemOwner.MANAGER, text: 'Share the senior manager expectations doc', done: true }],
  },
];

export const DEMO_DEBRIEFS: DemoDebrief[] = [
  {
    reportKey: 'leo', roleTitle: 'Senior Software Engineer', daysAgo: 12,
    wentWell: 'Clear, calm communication; good questions about the team.',
    couldBeBetter: 'Ran out of time on the coding exercise; jumped to code before clarifying.',
    thirdPartyFeedback: 'Strong fundamentals; not yet senior-level in system design.',
    assessedLevelKey: 'IC2', assessedLevelLabel: 'Software Engineer II', outcome: RoleOutcome.REJECTED,
    stages: [InterviewKind.RECRUITER_SCREEN, InterviewKind.TECHNICAL, InterviewKind.SYSTEM_DESIGN], themes: ['live coding', 'scalability'],
    ratings: [4, 3, 4, 5, 4],
    actionItems: [
      { owner: ActionItemOwner.REPORT, text: 'Practise clarifying requirements before coding', dueInDays: 20 },
      { owner: ActionItemOwner.MANAGER, text: 'Pair Leo with Chen on the next design review', done: true },
    ],
  },
];
