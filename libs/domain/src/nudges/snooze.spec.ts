import { effectiveNudgeStatus, snoozeUntil, type SnoozeChoice } from './snooze';

const NOW = new Date('2026-01-31T15:20:00.000Z');

describe('snoozeUntil', () => {
  it.each<[string, SnoozeChoice, ReturnType<typeof snoozeUntil>]>([
    ['a week', { kind: 'ONE_WEEK' }, { ok: true, until: new Date('2026-02-07T15:20:00.000Z') }],
    ['a month, clamped to the month’s end', { kind: 'ONE_MONTH' }, { ok: true, until: new Date('2026-02-28T15:20:00.000Z') }],
    ['until tomorrow: wakes at its start', { kind: 'UNTIL_DAY', day: '2026-02-01' }, { ok: true, until: new Date('2026-02-01T00:00:00.000Z') }],
    ['until today: not in the future', { kind: 'UNTIL_DAY', day: '2026-01-31' }, { ok: false, reason: 'NOT_IN_THE_FUTURE' }],
    ['366 days ahead is the limit', { kind: 'UNTIL_DAY', day: '2027-02-01' }, { ok: true, until: new Date('2027-02-01T00:00:00.000Z') }],
    ['a day beyond it', { kind: 'UNTIL_DAY', day: '2027-02-02' }, { ok: false, reason: 'TOO_FAR' }],
    ['30 February', { kind: 'UNTIL_DAY', day: '2026-02-30' }, { ok: false, reason: 'INVALID_DAY' }],
    ['not a day', { kind: 'UNTIL_DAY', day: 'soon' }, { ok: false, reason: 'INVALID_DAY' }],
  ])('%s', (_description, choice, expected) => {
    expect(snoozeUntil(choice, NOW)).toEqual(expected);
  });
});

describe('effectiveNudgeStatus', () => {
  it.each<[string, Parameters<typeof effectiveNudgeStatus>[0], string | null, string]>([
    ['open stays open', 'OPEN', null, 'OPEN'],
    ['snoozed until later', 'SNOOZED', '2026-02-01T00:00:00Z', 'SNOOZED'],
    ['a snooze that ran out is open', 'SNOOZED', '2026-01-31T15:20:00Z', 'OPEN'],
    ['dismissed stays dismissed', 'DISMISSED', null, 'DISMISSED'],
    ['resolved stays resolved', 'RESOLVED', '2026-02-01T00:00:00Z', 'RESOLVED'],
  ])('%s', (_description, stored, until, expected) => {
    expect(effectiveNudgeStatus(stored, until ? new Date(until) : null, NOW)).toBe(expected);
  });
});
