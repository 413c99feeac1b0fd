import { nudgeActionLabel, nudgeHref, nudgeSentence } from './nudge-words';

const PRIYA = { reportName: 'Priya Raman', roleTitle: 'Staff Engineer at Globex', dueOn: null };

describe('nudgeSentence', () => {
  it.each([
    ['PRACTICE_DUE_SOON', { dueOn: '2027-03-12' }, 'Interview practice with Priya Raman is due by 12 Mar 2027.'],
    ['PRACTICE_DUE_SOON', {}, 'Interview practice with Priya Raman is due soon.'],
    ['PRACTICE_OVERDUE', { dueOn: '2026-10-01' }, 'Interview practice with Priya Raman was due on 1 Oct 2026 and is overdue.'],
    ['DEBRIEF_PENDING', {}, 'Priya Raman interviewed for “Staff Engineer at Globex”, and there is no debrief of it yet.'],
    ['SATISFACTION_TALK_SUGGESTED', {}, 'Priya Raman shared “Staff Engineer at Globex”, a same-level role: a good moment for a satisfaction conversation with Priya.'],
    ['SATISFACTION_TALK_SUGGESTED', { roleTitle: null }, 'Priya Raman shared a same-level role that is no longer shared: a good moment for a satisfaction conversation with Priya.'],
    ['ROLE_SHARED', {}, 'Priya Raman shared “Staff Engineer at Globex” with you.'],
    ['ROLE_SHARED', { roleTitle: null }, 'Priya Raman shared a role with you that is no longer shared.'],
    ['DEBRIEF_PENDING', { roleTitle: null }, 'Priya Raman interviewed for a role that is no longer shared with you, and there is no debrief of it yet.'],
  ] as const)('%s %j', (kind, more, expected) => {
    expect(nudgeSentence({ kind, ...PRIYA, ...more }, 'en-GB')).toBe(expected);
  });
});

describe('nudgeHref', () => {
  it.each([
    [{ action: 'HOLD_PRACTICE_CONVERSATION', roleId: null }, '/team/r1/conversations/new?kind=INTERVIEW_PRACTICE'],
    [{ action: 'WRITE_DEBRIEF', roleId: 'role 2' }, '/team/r1/debriefs/new?roleId=role%202'],
    [{ action: 'WRITE_DEBRIEF', roleId: null }, '/team/r1/debriefs/new'],
    [{ action: 'HOLD_SATISFACTION_CONVERSATION', roleId: 'x' }, '/team/r1/conversations/new?kind=SATISFACTION&roleId=x'],
    [{ action: 'HOLD_SATISFACTION_CONVERSATION', roleId: null }, '/team/r1/conversations/new?kind=SATISFACTION'],
    [{ action: 'OPEN_ROLE', roleId: 'x' }, '/roles/x'],
    [{ action: 'OPEN_ROLE', roleId: null }, null],
  ] as const)('%j → %s', (target, href) => {
    expect(nudgeHref({ reportId: 'r1', ...target })).toBe(href);
  });

  it('names each action as a button says it', () => {
    expect(nudgeActionLabel('WRITE_DEBRIEF')).toBe('Start the debrief');
  });
});
