export type ConversationKind = 'INTERVIEW_PRACTICE' | 'SATISFACTION' | 'CAREER';

export interface AgendaQuestion {
  key: string;
  prompt: string;
  /** A nudge for the manager on how to ask it. */
  hint: string;
}

export interface Agenda {
  kind: ConversationKind;
  title: string;
  purpose: string;
  questions: AgendaQuestion[];
}

/** The guided agendas: what a manager asks in each kind of conversation, in order. */
export const CONVERSATION_AGENDAS: Record<ConversationKind, Agenda> = {
  INTERVIEW_PRACTICE: {
    kind: 'INTERVIEW_PRACTICE',
    title: 'Interview practice',
    purpose: 'The yearly nudge to keep interviewing skills sharp, and hear honestly what they are looking at.',
    questions: [
      { key: 'seen_open_roles', prompt: 'Have you seen any open roles that interest you?', hint: 'Make it safe: looking is healthy, and you want to help.' },
      { key: 'step_further', prompt: 'What would a step further look like for you?', hint: 'Scope, title, skills, or a different track.' },
      { key: 'outside_feedback', prompt: 'What feedback from outside would help you?', hint: 'Which signal would an interview elsewhere give that we cannot?' },
    ],
  },
  SATISFACTION: {
    kind: 'SATISFACTION',
    title: 'Satisfaction and belonging',
    purpose: 'A stay interview: when same-level roles appeal, learn what keeps them and what could pull them away.',
    questions: [
      { key: 'what_keeps_you', prompt: 'What keeps you here?', hint: 'Listen for the people, the work, the growth.' },
      { key: 'tempt_to_leave', prompt: 'What might tempt you to leave?', hint: 'Ask without defending; write down their words.' },
      { key: 'one_change', prompt: 'What one change would make you consider leaving?', hint: 'The risk to watch for.' },
      { key: 'belonging', prompt: 'Do you feel you belong on this team?', hint: 'What would make it more so?' },
    ],
  },
  CAREER: {
    kind: 'CAREER',
    title: 'Career conversation',
    purpose: 'Their story, their dreams and a plan: the long view behind every role they look at.',
    questions: [
      { key: 'life_story', prompt: 'Tell me your story: how did you get here?', hint: 'Listen for the choices and what drove them.' },
      { key: 'dreams', prompt: 'What are your dreams, at the peak of your career?', hint: 'Several, not just one; no judging.' },
      { key: 'plan', prompt: 'What could the next 18 months look like to move toward them?', hint: 'Skills, experiences and who could help.' },
    ],
  },
};

export interface AgendaAnswer {
  questionKey: string;
  answer: string;
}

/** Problems with answers given for a conversation: unknown or repeated questions. */
export function agendaAnswerProblems(kind: ConversationKind, answers: readonly AgendaAnswer[]): string[] {
  const known = new Set(CONVERSATION_AGENDAS[kind].questions.map((q) => q.key));
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const { questionKey } of answers) {
    if (!known.has(questionKey)) problems.push(`"${questionKey}" is not a question of the ${CONVERSATION_AGENDAS[kind].title} agenda`);
    else if (seen.has(questionKey)) problems.push(`"${questionKey}" is answered twice`);
    seen.add(questionKey);
  }
  return problems;
}

/** Answers in agenda order, blank ones dropped. */
export function orderedAnswers(kind: ConversationKind, answers: readonly AgendaAnswer[]): AgendaAnswer[] {
  const order = CONVERSATION_AGENDAS[kind].questions.map((q) => q.key);
  return answers
    .map((a) => ({ questionKey: a.questionKey, answer: a.answer.trim() }))
    .filter((a) => a.answer !== '')
    .sort((a, b) => order.indexOf(a.questionKey) - order.indexOf(b.questionKey));
}
