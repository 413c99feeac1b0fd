import type { AgendaAnswer, ConversationKind } from '@onward/domain';
import { InterviewKind, RoleOutcome, RoleSource } from '../roles/role-enums';

/**
 * What the generated history is made of. A company interviews the same way every time, so the
 * outside perspective's processes, themes and ratings tell companies apart; a few companies are
 * popular enough that at least five people of a large team debrief about them, so they are named
 * at the default threshold while the rest stay "other companies".
 */
export interface DemoCompany {
  name: string;
  location: string;
  remote?: boolean;
  /** How often the generated roles come from it, against the others' weights. */
  weight: number;
  process: InterviewKind[];
  themes: string[];
  /** Started on time, role clearly explained, interviewers prepared, treated with respect, challenging: 1 to 5. */
  ratings: [number, number, number, number, number];
  /** How it names levels: its word for our rank 1 to 8. */
  levelWords: readonly string[];
}

const K = InterviewKind;
const LADDER_WORDS = ['Junior', 'Mid-level', 'Senior', 'Staff', 'Senior Staff', 'Principal', 'Distinguished', 'Fellow'];
const E_LEVELS = ['E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8', 'E9'];
const L_LEVELS = ['L3', 'L4', 'L5', 'L6', 'L7', 'L8', 'L9', 'L10'];

export const DEMO_COMPANIES: DemoCompany[] = [
  {
    name: 'Northstar Cloud', location: 'Munich, DE', weight: 22, process: [K.RECRUITER_SCREEN, K.HIRING_MANAGER, K.TECHNICAL, K.SYSTEM_DESIGN, K.FINAL],
    themes: ['system design', 'scalability', 'incident response'], ratings: [3, 4, 3, 4, 4], levelWords: L_LEVELS,
  },
  {
    name: 'Meridian', location: 'Dublin, IE', weight: 15, process: [K.RECRUITER_SCREEN, K.TAKE_HOME, K.TECHNICAL, K.BEHAVIOURAL],
    themes: ['take-home project', 'data modelling'], ratings: [4, 3, 4, 5, 3], levelWords: LADDER_WORDS,
  },
  {
    name: 'Atlas Analytics', location: 'Paris, FR', weight: 12, process: [K.RECRUITER_SCREEN, K.TECHNICAL, K.PANEL, K.FINAL],
    themes: ['live coding', 'product sense'], ratings: [4, 4, 4, 4, 4], levelWords: E_LEVELS,
  },
  {
    name: 'Lumen Pay', location: 'Amsterdam, NL', remote: true, weight: 10,
    process: [K.RECRUITER_SCREEN, K.HIRING_MANAGER, K.SYSTEM_DESIGN, K.BEHAVIOURAL, K.FINAL],
    themes: ['security', 'scalability', 'leadership principles'], ratings: [5, 4, 4, 4, 3], levelWords: LADDER_WORDS,
  },
  { name: 'Harbor Health', location: 'Remote (EU)', remote: true, weight: 4, process: [K.RECRUITER_SCREEN, K.BEHAVIOURAL, K.TECHNICAL], themes: ['culture fit', 'mission'], ratings: [4, 5, 4, 5, 2], levelWords: LADDER_WORDS },
  { name: 'Canopy', location: 'London, UK', weight: 4, process: [K.RECRUITER_SCREEN, K.TECHNICAL, K.SYSTEM_DESIGN], themes: ['live coding', 'algorithms'], ratings: [3, 3, 3, 4, 5], levelWords: L_LEVELS },
  { name: 'Otter Labs', location: 'Lisbon, PT', weight: 4, process: [K.HIRING_MANAGER, K.TAKE_HOME, K.PANEL], themes: ['take-home project', 'product sense'], ratings: [2, 3, 2, 4, 3], levelWords: LADDER_WORDS },
  { name: 'Vector Systems', location: 'Zurich, CH', weight: 4, process: [K.RECRUITER_SCREEN, K.SYSTEM_DESIGN, K.PANEL, K.FINAL], themes: ['system design', 'distributed systems'], ratings: [5, 4, 5, 4, 5], levelWords: E_LEVELS },
  { name: 'Helix', location: 'San Francisco, US', weight: 3, process: [K.RECRUITER_SCREEN, K.TECHNICAL, K.TECHNICAL, K.BEHAVIOURAL, K.FINAL], themes: ['algorithms', 'leadership principles'], ratings: [4, 2, 3, 3, 5], levelWords: L_LEVELS },
  { name: 'Tidewater', location: 'Remote', remote: true, weight: 3, process: [K.HIRING_MANAGER, K.BEHAVIOURAL], themes: ['stakeholder management', 'mentoring'], ratings: [4, 4, 3, 5, 2], levelWords: LADDER_WORDS },
  { name: 'Kite', location: 'Madrid, ES', weight: 3, process: [K.RECRUITER_SCREEN, K.TAKE_HOME, K.HIRING_MANAGER], themes: ['take-home project', 'accessibility'], ratings: [3, 4, 4, 4, 3], levelWords: LADDER_WORDS },
  { name: 'Brightline', location: 'Berlin, DE', weight: 3, process: [K.RECRUITER_SCREEN, K.TECHNICAL, K.HIRING_MANAGER, K.FINAL], themes: ['debugging', 'culture fit'], ratings: [3, 3, 4, 4, 3], levelWords: LADDER_WORDS },
  { name: 'Juniper Freight', location: 'Rotterdam, NL', weight: 3, process: [K.RECRUITER_SCREEN, K.TECHNICAL, K.OTHER], themes: ['data modelling', 'debugging'], ratings: [2, 2, 3, 3, 3], levelWords: E_LEVELS },
  { name: 'Cobalt Games', location: 'Stockholm, SE', weight: 3, process: [K.TAKE_HOME, K.TECHNICAL, K.PANEL], themes: ['performance', 'live coding'], ratings: [4, 3, 3, 4, 5], levelWords: LADDER_WORDS },
  { name: 'Fjord Energy', location: 'Oslo, NO', weight: 3, process: [K.RECRUITER_SCREEN, K.HIRING_MANAGER, K.BEHAVIOURAL, K.FINAL], themes: ['mission', 'stakeholder management'], ratings: [5, 5, 4, 5, 2], levelWords: LADDER_WORDS },
];

/** Themes any company may bring up besides its own. */
export const COMMON_THEMES = ['communication', 'trade-offs', 'testing', 'code review', 'ownership'];

/** Role titles by our level key: `{d}` is a discipline. Each one reads as that level on the default ladder. */
export const ROLE_TITLES: Record<string, readonly string[]> = {
  IC1: ['Junior {d} Engineer', 'Associate {d} Engineer'],
  IC2: ['{d} Engineer II', 'Software Engineer II'],
  IC3: ['Senior {d} Engineer', 'Senior Software Engineer'],
  IC4: ['Staff {d} Engineer', 'Tech Lead, {d}'],
  IC5: ['Senior Staff {d} Engineer', 'Senior Staff Engineer'],
  IC6: ['Principal {d} Engineer', 'Principal Engineer'],
  IC7: ['Distinguished Engineer'],
  M1: ['Engineering Manager, {d}', 'Engineering Manager'],
  M2: ['Senior Engineering Manager, {d}', 'Senior Engineering Manager'],
  M3: ['Director of Engineering', 'Head of {d}'],
  M4: ['Senior Director of Engineering'],
  M5: ['VP of Engineering'],
};
export const ROLE_DISCIPLINES = ['Backend', 'Platform', 'Mobile', 'Data', 'Security', 'Frontend', 'Infrastructure', 'Payments'];

export const ROLE_SOURCES: [RoleSource, number][] = [[RoleSource.RECRUITER_REACHED_OUT, 5], [RoleSource.FOUND_IT, 3], [RoleSource.REFERRAL, 2], [RoleSource.OTHER, 1]];

export const SHARE_MESSAGES = [
  'A recruiter reached out. Worth a conversation?', 'Would this be a step up for me?', 'Same level, but the product interests me.',
  'A friend referred me; I said I am not actively looking.', 'Could we debrief after the first round?', null, null,
];
export const MY_WHY = ['The scope.', 'A product I use every day.', 'Learning a new domain.', 'Working with a team I admire.', null];
export const WHAT_WOULD_IT_TAKE = ['A clear step in scope.', 'Nothing, honestly: I am happy here.', 'Fully remote and a bigger team.', null, null];

/** How a process ended, as the debrief records it, with the role's outcome to match. */
export const DEBRIEF_OUTCOMES: [RoleOutcome, number][] = [
  [RoleOutcome.REJECTED, 35], [RoleOutcome.OFFER, 12], [RoleOutcome.DECLINED, 15], [RoleOutcome.WITHDREW, 15], [RoleOutcome.INTERVIEWING, 23],
];

export const WENT_WELL = [
  'Clear, structured answers; asked good questions about the team.', 'Calm under pressure in the technical round.',
  'Told the story of the migration well.', 'Strong on trade-offs in the design round.', 'Built rapport with the hiring manager quickly.',
];
export const COULD_BE_BETTER = [
  'Jumped into code before clarifying the problem.', 'Ran long on the first question and rushed the rest.',
  'Undersold the impact of their own work.', 'Vague on how they measure success.', 'Little on how they grow others.',
];
export const THIRD_PARTY_FEEDBACK = [
  'Strong fundamentals; not yet at the level in system design.', 'Would hire at the level; great collaborator.',
  'Impressive depth, less breadth than we look for.', 'Excellent communicator; coding was average.', null,
];

export const ACTION_ITEMS: { report: readonly string[]; manager: readonly string[] } = {
  report: [
    'Practise clarifying requirements before coding', 'Write up the impact of the last project', 'Do a mock system-design interview',
    'Ask for feedback from the next interviewer', 'Read up on the role’s domain', 'Reply to the recruiter with a date',
  ],
  manager: [
    'Find a mock interviewer for system design', 'Share the promotion expectations for the next level', 'Pair them with a staff engineer on a design review',
    'Look for a stretch project this quarter', 'Check in on the team’s workload',
  ],
};

/** Answers to a conversation's agenda, a few questions of it. */
export const AGENDA_ANSWERS: Record<ConversationKind, AgendaAnswer[]> = {
  INTERVIEW_PRACTICE: [
    { questionKey: 'seen_open_roles', answer: 'A couple, mostly from recruiters.' },
    { questionKey: 'step_further', answer: 'More scope across teams.' },
    { questionKey: 'outside_feedback', answer: 'How my design skills read outside.' },
  ],
  SATISFACTION: [
    { questionKey: 'what_keeps_you', answer: 'The people and the problems.' },
    { questionKey: 'tempt_to_leave', answer: 'A clearer path to the next level.' },
    { questionKey: 'belonging', answer: 'Mostly yes.' },
  ],
  CAREER: [
    { questionKey: 'dreams', answer: 'Lead a product people love.' },
    { questionKey: 'plan', answer: 'Own a larger project next year.' },
  ],
};
