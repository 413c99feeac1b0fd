import { InterviewKind, RoleOutcome, RoleSource } from '../roles/role-enums';

/** Demo roles: every stretch tag, a track change, shared and private ones, threads and interviews. */
export interface DemoRole {
  ownerKey: string;
  title: string;
  company: string;
  location: string;
  remote?: boolean;
  source: RoleSource;
  /** Days ago it was shared; absent means private. */
  sharedDaysAgo?: number;
  shareMessage?: string;
  myWhy?: string;
  whatWouldItTake?: string;
  whatWouldItTakeShared?: boolean;
  outcome?: RoleOutcome;
  interviews?: { daysAgo: number; kind: InterviewKind }[];
  comments?: { authorKey: string; body: string }[];
  /** The manager opened it this many days ago (written to the access log). */
  viewedDaysAgo?: number;
}

export const DEMO_ROLES: DemoRole[] = [
  {
    ownerKey: 'priya', title: 'Staff Software Engineer, Payments', company: 'Lumen Pay', location: 'Amsterdam, NL', remote: true,
    source: RoleSource.RECRUITER_REACHED_OUT, sharedDaysAgo: 12, shareMessage: 'A recruiter reached out: looks like a real step up. Can we debrief after the tech round?',
    myWhy: 'Owning a payments platform end to end.', whatWouldItTake: 'Staff scope and a team I would learn from.', outcome: RoleOutcome.INTERVIEWING,
    interviews: [{ daysAgo: 9, kind: InterviewKind.RECRUITER_SCREEN }, { daysAgo: 3, kind: InterviewKind.TECHNICAL }],
    comments: [{ authorKey: 'maya', body: 'Great find. Happy to do a mock system design before the onsite.' }, { authorKey: 'priya', body: 'Yes please, Thursday?' }],
    viewedDaysAgo: 11,
  },
  {
    ownerKey: 'priya', title: 'Senior Backend Engineer', company: 'Harbor Health', location: 'Remote (EU)', remote: true,
    source: RoleSource.FOUND_IT, sharedDaysAgo: 4, shareMessage: 'Same level, but the mission appeals to me.', myWhy: 'Healthcare mission.',
  },
  { ownerKey: 'priya', title: 'Engineering Manager', company: 'Brightline', location: 'Berlin, DE', source: RoleSource.REFERRAL, myWhy: 'Curious about management.' },
  {
    ownerKey: 'leo', title: 'Senior Software Engineer', company: 'Canopy', location: 'London, UK', source: RoleSource.RECRUITER_REACHED_OUT,
    sharedDaysAgo: 20, shareMessage: 'Would this be a stretch for me?', viewedDaysAgo: 19,
    comments: [{ authorKey: 'maya', body: 'It would, in a good way. Go for the screen.' }],
    interviews: [{ daysAgo: 14, kind: InterviewKind.RECRUITER_SCREEN }], outcome: RoleOutcome.REJECTED,
  },
  { ownerKey: 'leo', title: 'Software Engineer', company: 'Quill', location: 'Remote', remote: true, source: RoleSource.FOUND_IT },
  {
    ownerKey: 'chen', title: 'Software Engineer II', company: 'Otter Labs', location: 'Lisbon, PT', source: RoleSource.RECRUITER_REACHED_OUT,
    sharedDaysAgo: 30, shareMessage: 'FYI, they pinged me.', whatWouldItTake: 'Nothing, honestly: I am happy here.', whatWouldItTakeShared: true,
  },
  { ownerKey: 'chen', title: 'Principal Engineer', company: 'Vector Systems', location: 'Zurich, CH', source: RoleSource.REFERRAL, whatWouldItTake: 'A principal title and relocation support.' },
  {
    ownerKey: 'jonas', title: 'Senior Platform Engineer', company: 'Northstar Cloud', location: 'Munich, DE', source: RoleSource.RECRUITER_REACHED_OUT,
    sharedDaysAgo: 2, shareMessage: 'Similar role, better pay. Thoughts?',
  },
  {
    ownerKey: 'sofia', title: 'Staff Data Engineer', company: 'Atlas Analytics', location: 'Paris, FR', source: RoleSource.RECRUITER_REACHED_OUT,
    sharedDaysAgo: 25, shareMessage: 'Final round next week!', outcome: RoleOutcome.INTERVIEWING, viewedDaysAgo: 24,
    interviews: [{ daysAgo: 20, kind: InterviewKind.RECRUITER_SCREEN }, { daysAgo: 12, kind: InterviewKind.SYSTEM_DESIGN }, { daysAgo: 5, kind: InterviewKind.FINAL }],
  },
  { ownerKey: 'sofia', title: 'Data Engineer', company: 'Pillar', location: 'Remote', remote: true, source: RoleSource.FOUND_IT },
  { ownerKey: 'kofi', title: 'Senior Data Engineer', company: 'Meridian', location: 'Dublin, IE', source: RoleSource.REFERRAL, sharedDaysAgo: 8, shareMessage: 'A friend referred me.' },
  { ownerKey: 'hana', title: 'Distinguished Engineer', company: 'Helix', location: 'San Francisco, US', source: RoleSource.RECRUITER_REACHED_OUT },
  { ownerKey: 'hana', title: 'Director of Engineering', company: 'Tidewater', location: 'Remote', remote: true, source: RoleSource.FOUND_IT, sharedDaysAgo: 6, shareMessage: 'Considering the management track, want to talk about it.' },
  { ownerKey: 'ines', title: 'Frontend Engineer', company: 'Kite', location: 'Madrid, ES', source: RoleSource.FOUND_IT, sharedDaysAgo: 1, shareMessage: 'First one I am sharing!' },
];
