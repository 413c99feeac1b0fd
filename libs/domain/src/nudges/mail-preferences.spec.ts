import { DEFAULT_MAIL_PREFERENCES, isUnsubscribeScope, nudgeMailing, unsubscribe, withChanges, type MailPreferences } from './mail-preferences';

const prefs = (changes: Partial<MailPreferences> = {}): MailPreferences => ({ ...DEFAULT_MAIL_PREFERENCES, ...changes });

describe('nudgeMailing', () => {
  it.each<[string, MailPreferences, 'NOW' | 'IN_DIGEST' | 'NOT_MAILED']>([
    ['by default, at once', prefs(), 'NOW'],
    ['in the digest when chosen', prefs({ delivery: 'DAILY_DIGEST' }), 'IN_DIGEST'],
    ['never for a muted kind', prefs({ mutedKinds: ['ROLE_SHARED'] }), 'NOT_MAILED'],
    ['never for a muted kind, digest or not', prefs({ mutedKinds: ['ROLE_SHARED'], delivery: 'DAILY_DIGEST' }), 'NOT_MAILED'],
    ['never with mail off', prefs({ emailEnabled: false }), 'NOT_MAILED'],
    ['other kinds muted do not matter', prefs({ mutedKinds: ['PRACTICE_OVERDUE', 'DEBRIEF_PENDING'] }), 'NOW'],
  ])('a shared role: %s', (_, preferences, expected) => {
    expect(nudgeMailing(preferences, 'ROLE_SHARED')).toBe(expected);
  });
});

describe('unsubscribe', () => {
  it('one kind mutes only that kind and leaves delivery and the rest alone', () => {
    const before = prefs({ mutedKinds: ['DEBRIEF_PENDING'], delivery: 'DAILY_DIGEST' });
    expect(unsubscribe(before, 'PRACTICE_DUE_SOON')).toEqual({ emailEnabled: true, mutedKinds: ['PRACTICE_DUE_SOON', 'DEBRIEF_PENDING'], delivery: 'DAILY_DIGEST' });
  });

  it('all mail turns mail off and keeps what was muted, for when it is turned on again', () => {
    expect(unsubscribe(prefs({ mutedKinds: ['ROLE_SHARED'] }), 'ALL')).toEqual({ emailEnabled: false, mutedKinds: ['ROLE_SHARED'], delivery: 'IMMEDIATE' });
  });

  it('twice is the same as once', () => {
    for (const scope of ['ALL', 'ROLE_SHARED'] as const) {
      const once = unsubscribe(prefs(), scope);
      expect(unsubscribe(once, scope)).toEqual(once);
    }
  });

  it.each([
    ['ALL', true],
    ['PRACTICE_OVERDUE', true],
    ['practice_overdue', false],
    ['EVERYTHING', false],
    ['', false],
  ])('%j is a scope: %s', (value, expected) => {
    expect(isUnsubscribeScope(value)).toBe(expected);
  });
});

describe('withChanges', () => {
  it('changes only what is given', () => {
    const before = prefs({ mutedKinds: ['DEBRIEF_PENDING'], delivery: 'DAILY_DIGEST' });
    expect(withChanges(before, {})).toEqual(before);
    expect(withChanges(before, { emailEnabled: false })).toEqual({ ...before, emailEnabled: false });
    expect(withChanges(before, { delivery: 'IMMEDIATE' })).toEqual({ ...before, delivery: 'IMMEDIATE' });
  });

  it('turns kinds on and off, listed in the order of the kinds', () => {
    const before = prefs({ mutedKinds: ['DEBRIEF_PENDING'] });
    expect(
      withChanges(before, {
        kinds: [
          { kind: 'ROLE_SHARED', email: false },
          { kind: 'DEBRIEF_PENDING', email: true },
          { kind: 'PRACTICE_DUE_SOON', email: false },
          { kind: 'PRACTICE_OVERDUE', email: true },
        ],
      }).mutedKinds,
    ).toEqual(['PRACTICE_DUE_SOON', 'ROLE_SHARED']);
  });
});
