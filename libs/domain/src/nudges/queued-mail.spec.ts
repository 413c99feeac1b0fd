import { DEFAULT_MAIL_PREFERENCES } from './mail-preferences';
import { queuedNudgeVerdict, type QueuedMailRecipient, type QueuedNudgeFacts } from './queued-mail';

const NOW = new Date('2026-06-01T10:00:00Z');
const MANAGER = 'manager';

const open: QueuedNudgeFacts = { kind: 'ROLE_SHARED', status: 'OPEN', snoozedUntil: null, recipientId: MANAGER, reportManagerId: MANAGER, reportActive: true };
const recipient: QueuedMailRecipient = { personId: MANAGER, active: true, preferences: DEFAULT_MAIL_PREFERENCES };

describe('queuedNudgeVerdict: a queued mail goes only while it is still true', () => {
  it.each<[string, Partial<QueuedNudgeFacts>, Partial<QueuedMailRecipient>, ReturnType<typeof queuedNudgeVerdict>]>([
    ['open, theirs, wanted', {}, {}, { send: true }],
    ['a snooze that ran out is open again', { status: 'SNOOZED', snoozedUntil: new Date('2026-06-01T09:00:00Z') }, {}, { send: true }],
    ['chosen the digest since: still sent', {}, { preferences: { ...DEFAULT_MAIL_PREFERENCES, delivery: 'DAILY_DIGEST' } }, { send: true }],
    ['the nudge is gone', { kind: null, status: null, recipientId: null }, {}, { send: false, reason: 'NUDGE_GONE' }],
    ['resolved', { status: 'RESOLVED' }, {}, { send: false, reason: 'RESOLVED' }],
    ['dismissed', { status: 'DISMISSED' }, {}, { send: false, reason: 'DISMISSED' }],
    ['snoozed until later', { status: 'SNOOZED', snoozedUntil: new Date('2026-06-08T10:00:00Z') }, {}, { send: false, reason: 'SNOOZED' }],
    ['moved to the report’s new manager', { recipientId: 'next', reportManagerId: 'next' }, {}, { send: false, reason: 'MANAGER_CHANGED' }],
    ['the line changed before any sweep moved it', { reportManagerId: 'next' }, {}, { send: false, reason: 'MANAGER_CHANGED' }],
    ['the report has no manager now', { reportManagerId: null }, {}, { send: false, reason: 'MANAGER_CHANGED' }],
    ['the report was deactivated', { reportActive: false }, {}, { send: false, reason: 'REPORT_INACTIVE' }],
    ['the manager was deactivated', {}, { active: false }, { send: false, reason: 'RECIPIENT_INACTIVE' }],
    ['mail turned off since', {}, { preferences: { ...DEFAULT_MAIL_PREFERENCES, emailEnabled: false } }, { send: false, reason: 'MAIL_OFF' }],
    ['this kind muted since', {}, { preferences: { ...DEFAULT_MAIL_PREFERENCES, mutedKinds: ['ROLE_SHARED'] } }, { send: false, reason: 'MAIL_OFF' }],
    ['another kind muted does not matter', {}, { preferences: { ...DEFAULT_MAIL_PREFERENCES, mutedKinds: ['PRACTICE_OVERDUE'] } }, { send: true }],
    // A resolved nudge is not sent even to its own current manager, and says so before anything else.
    ['resolved and moved', { status: 'RESOLVED', recipientId: 'next' }, {}, { send: false, reason: 'RESOLVED' }],
  ])('%s', (_, nudge, person, expected) => {
    expect(queuedNudgeVerdict({ ...open, ...nudge }, { ...recipient, ...person }, NOW)).toEqual(expected);
  });
});
