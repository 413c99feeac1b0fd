import { practiceStatus } from '../cadence/practice-status';
import { debriefPendingSince, isSatisfactionTalkSuggested, planSweep, practiceNudges, sharedRoleNudges, type SharedRoleFacts, type UnresolvedNudge, type WantedNudge } from './nudge-rules';

const ROLE = '11111111-1111-4111-8111-111111111111';
const REPORT = '22222222-2222-4222-8222-222222222222';
const SHARED_AT = new Date('2026-03-10T09:30:00.000Z');
const SHARING = `${ROLE}@2026-03-10T09:30:00.000Z`;

describe('practiceNudges', () => {
  // From the cadence rule to the nudge: last practice, now → kinds and key (the due day).
  it.each<[string, string | null, string, string[]]>([
    ['covered, before the window', '2025-06-01T10:00:00Z', '2026-04-30T12:00:00Z', []],
    ['first day of the due-soon window (30 days before due)', '2025-06-01T10:00:00Z', '2026-05-02T00:00:00Z', ['PRACTICE_DUE_SOON:2026-06-01']],
    ['the day before the window', '2025-06-01T10:00:00Z', '2026-05-01T23:59:59Z', []],
    ['on the due day: still due soon', '2025-06-01T10:00:00Z', '2026-06-01T23:00:00Z', ['PRACTICE_DUE_SOON:2026-06-01']],
    ['the day after the due day: overdue, same key', '2025-06-01T10:00:00Z', '2026-06-02T00:00:00Z', ['PRACTICE_OVERDUE:2026-06-01']],
    ['never held, just joined: due soon', null, '2026-01-05T09:00:00Z', ['PRACTICE_DUE_SOON:2026-02-04']],
    ['never held, past the first 30 days', null, '2026-02-05T09:00:00Z', ['PRACTICE_OVERDUE:2026-02-04']],
  ])('%s', (_description, lastPractice, now, expected) => {
    const status = practiceStatus({ joinedAt: new Date('2026-01-05T09:00:00Z'), lastPracticeAt: lastPractice ? new Date(lastPractice) : null, cadenceMonths: 12, now: new Date(now) });
    const nudges = practiceNudges({ reportId: REPORT, state: status.state, dueOn: status.dueAt.toISOString().slice(0, 10) });
    expect(nudges.map((n) => `${n.kind}:${n.dedupKey}`)).toEqual(expected);
    for (const n of nudges) expect(n).toMatchObject({ reportId: REPORT, roleId: null, dueOn: n.dedupKey });
  });
});

describe('sharedRoleNudges', () => {
  const role = (facts: Partial<SharedRoleFacts> = {}): SharedRoleFacts => ({
    roleId: ROLE,
    reportId: REPORT,
    sharedAt: SHARED_AT,
    stretch: 'STEP_UP',
    openedSinceShared: true,
    interviewDays: [],
    lastDebriefOn: null,
    lastSatisfactionTalkOn: null,
    ...facts,
  });

  it.each<[string, Partial<SharedRoleFacts>, string, string[]]>([
    ['shared, not opened yet', { openedSinceShared: false }, '2026-03-10', [`ROLE_SHARED:${SHARING}`]],
    ['opened since shared', {}, '2026-03-10', []],
    ['an interview today has not passed yet', { interviewDays: ['2026-03-20'] }, '2026-03-20', []],
    ['an interview yesterday, no debrief', { interviewDays: ['2026-03-19'] }, '2026-03-20', [`DEBRIEF_PENDING:${SHARING}@2026-03-19`]],
    ['the latest passed interview counts; a future one does not', { interviewDays: ['2026-03-25', '2026-03-12', '2026-03-18'] }, '2026-03-20', [`DEBRIEF_PENDING:${SHARING}@2026-03-18`]],
    ['debriefed on the interview day', { interviewDays: ['2026-03-19'], lastDebriefOn: '2026-03-19' }, '2026-03-20', []],
    ['debriefed before the latest interview', { interviewDays: ['2026-03-12', '2026-03-19'], lastDebriefOn: '2026-03-15' }, '2026-03-20', [`DEBRIEF_PENDING:${SHARING}@2026-03-19`]],
    ['same level, no satisfaction talk ever', { stretch: 'SAME_LEVEL' }, '2026-03-10', [`SATISFACTION_TALK_SUGGESTED:${SHARING}`]],
    ['same level, a talk 90 days before the share', { stretch: 'SAME_LEVEL', lastSatisfactionTalkOn: '2025-12-10' }, '2026-03-10', []],
    ['same level, a talk 91 days before the share', { stretch: 'SAME_LEVEL', lastSatisfactionTalkOn: '2025-12-09' }, '2026-03-10', [`SATISFACTION_TALK_SUGGESTED:${SHARING}`]],
    ['same level, a talk held after the share', { stretch: 'SAME_LEVEL', lastSatisfactionTalkOn: '2026-03-15' }, '2026-03-20', []],
    ['step down: no satisfaction talk suggested', { stretch: 'STEP_DOWN' }, '2026-03-10', []],
    ['unrated: none either', { stretch: 'UNRATED' }, '2026-03-10', []],
    [
      'all three at once',
      { openedSinceShared: false, stretch: 'SAME_LEVEL', interviewDays: ['2026-03-11'] },
      '2026-03-12',
      [`ROLE_SHARED:${SHARING}`, `DEBRIEF_PENDING:${SHARING}@2026-03-11`, `SATISFACTION_TALK_SUGGESTED:${SHARING}`],
    ],
  ])('%s', (_description, facts, today, expected) => {
    const nudges = sharedRoleNudges(role(facts), today);
    expect(nudges.map((n) => `${n.kind}:${n.dedupKey}`)).toEqual(expected);
    for (const n of nudges) expect(n).toMatchObject({ reportId: REPORT, roleId: ROLE, dueOn: null });
  });

  it('a new sharing of the same role is a new key', () => {
    const first = sharedRoleNudges(role({ openedSinceShared: false }), '2026-03-10')[0].dedupKey;
    const again = sharedRoleNudges(role({ openedSinceShared: false, sharedAt: new Date('2026-04-01T08:00:00Z') }), '2026-04-01')[0].dedupKey;
    expect(again).not.toBe(first);
  });
});

describe('the shared-role rules the dashboards count by', () => {
  it.each<[string[], string | null, string, string | null]>([
    [['2026-03-11'], null, '2026-03-12', '2026-03-11'],
    [['2026-03-11'], null, '2026-03-11', null], // the interview day is not over yet
    [['2026-03-11', '2026-03-20'], '2026-03-12', '2026-03-25', '2026-03-20'],
    [['2026-03-11'], '2026-03-11', '2026-03-25', null], // debriefed on the day
    [[], null, '2026-03-25', null],
  ])('interviews %p, last debrief %p, on %s: pending since %p', (interviewDays, lastDebriefOn, today, expected) => {
    expect(debriefPendingSince({ interviewDays, lastDebriefOn }, today)).toBe(expected);
  });

  it.each<[SharedRoleFacts['stretch'], string | null, boolean]>([
    ['SAME_LEVEL', null, true],
    ['SAME_LEVEL', '2025-12-09', true], // 91 days before the share
    ['SAME_LEVEL', '2025-12-10', false], // 90 days before
    ['SAME_LEVEL', '2026-04-01', false], // since
    ['STEP_UP', null, false],
  ])('a %s role shared on 2026-03-10, last satisfaction talk %p: suggested %p', (stretch, lastSatisfactionTalkOn, expected) => {
    expect(isSatisfactionTalkSuggested({ stretch, sharedAt: SHARED_AT, lastSatisfactionTalkOn })).toBe(expected);
  });
});

describe('planSweep', () => {
  const MANAGER = 'manager-a';
  const wanted = (kind: WantedNudge['kind'], dedupKey: string, recipientId = MANAGER): WantedNudge => ({ kind, reportId: REPORT, roleId: null, dueOn: null, dedupKey, recipientId });
  const raised = (id: string, kind: UnresolvedNudge['kind'], dedupKey: string, recipientId = MANAGER): UnresolvedNudge => ({ id, kind, reportId: REPORT, dedupKey, recipientId });

  it.each<[string, WantedNudge[], UnresolvedNudge[], { raise: string[]; resolve: string[]; readdress: string[] }]>([
    ['nothing raised yet: raise all', [wanted('ROLE_SHARED', 'r@1'), wanted('PRACTICE_DUE_SOON', '2026-06-01')], [], { raise: ['ROLE_SHARED:r@1', 'PRACTICE_DUE_SOON:2026-06-01'], resolve: [], readdress: [] }],
    ['a re-run changes nothing', [wanted('ROLE_SHARED', 'r@1')], [raised('n1', 'ROLE_SHARED', 'r@1')], { raise: [], resolve: [], readdress: [] }],
    ['the reason went away: resolve', [], [raised('n1', 'ROLE_SHARED', 'r@1')], { raise: [], resolve: ['n1'], readdress: [] }],
    ['due soon became overdue: one resolves, the other rises', [wanted('PRACTICE_OVERDUE', '2026-06-01')], [raised('n1', 'PRACTICE_DUE_SOON', '2026-06-01')], { raise: ['PRACTICE_OVERDUE:2026-06-01'], resolve: ['n1'], readdress: [] }],
    ['a new manager: the nudge follows', [wanted('DEBRIEF_PENDING', 'r@1@d', 'manager-b')], [raised('n1', 'DEBRIEF_PENDING', 'r@1@d')], { raise: [], resolve: [], readdress: ['n1→manager-b'] }],
    ['the same key for another kind is another nudge', [wanted('SATISFACTION_TALK_SUGGESTED', 'r@1')], [raised('n1', 'ROLE_SHARED', 'r@1')], { raise: ['SATISFACTION_TALK_SUGGESTED:r@1'], resolve: ['n1'], readdress: [] }],
    ['wanted twice: raised once, as last wanted', [wanted('ROLE_SHARED', 'r@1'), wanted('ROLE_SHARED', 'r@1', 'manager-b')], [], { raise: ['ROLE_SHARED:r@1→manager-b'], resolve: [], readdress: [] }],
    ['wanted twice, once more after another', [wanted('ROLE_SHARED', 'r@1'), wanted('PRACTICE_DUE_SOON', 'd'), wanted('ROLE_SHARED', 'r@1', 'manager-b')], [], { raise: ['ROLE_SHARED:r@1→manager-b', 'PRACTICE_DUE_SOON:d'], resolve: [], readdress: [] }],
    ['several wanted, one raised already', [wanted('PRACTICE_DUE_SOON', 'd'), wanted('ROLE_SHARED', 'r@1'), wanted('DEBRIEF_PENDING', 'r@1@d')], [raised('n1', 'ROLE_SHARED', 'r@1')], { raise: ['PRACTICE_DUE_SOON:d', 'DEBRIEF_PENDING:r@1@d'], resolve: [], readdress: [] }],
    ['one wanted, raised twice over (read twice)', [wanted('ROLE_SHARED', 'r@1')], [raised('n1', 'ROLE_SHARED', 'r@1'), raised('n2', 'ROLE_SHARED', 'r@1')], { raise: [], resolve: ['n2'], readdress: [] }],
    ['another report’s nudge is not this one', [wanted('ROLE_SHARED', 'r@1')], [{ ...raised('n1', 'ROLE_SHARED', 'r@1'), reportId: 'another' }], { raise: ['ROLE_SHARED:r@1'], resolve: ['n1'], readdress: [] }],
  ])('%s', (_description, want, existing, expected) => {
    const plan = planSweep(want, existing);
    expect({
      raise: plan.raise.map((n) => `${n.kind}:${n.dedupKey}${n.recipientId === MANAGER ? '' : `→${n.recipientId}`}`),
      resolve: plan.resolve,
      readdress: plan.readdress.map((r) => `${r.id}→${r.recipientId}`),
    }).toEqual(expected);
  });
});
