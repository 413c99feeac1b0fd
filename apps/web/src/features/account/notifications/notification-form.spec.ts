import { draftFrom, inputFrom, isUnchanged, mailedKinds, withMailedKinds } from './notification-form';

const saved = {
  __typename: 'NotificationSettings' as const,
  emailEnabled: true,
  delivery: 'IMMEDIATE' as const,
  kinds: [
    { __typename: 'NudgeEmailSetting' as const, kind: 'PRACTICE_DUE_SOON' as const, email: true },
    { __typename: 'NudgeEmailSetting' as const, kind: 'ROLE_SHARED' as const, email: false },
  ],
};

describe('notification form', () => {
  it('starts from what is saved, without the cache’s type names', () => {
    expect(draftFrom(saved)).toEqual({ emailEnabled: true, delivery: 'IMMEDIATE', kinds: [{ kind: 'PRACTICE_DUE_SOON', email: true }, { kind: 'ROLE_SHARED', email: false }] });
    expect(isUnchanged(draftFrom(saved), saved)).toBe(true);
  });

  it('changes one kind and sends every choice', () => {
    const draft = withMailedKinds(draftFrom(saved), ['ROLE_SHARED', 'PRACTICE_DUE_SOON']);
    expect(mailedKinds(draft)).toEqual(['PRACTICE_DUE_SOON', 'ROLE_SHARED']);
    expect(isUnchanged(draft, saved)).toBe(false);
    expect(inputFrom({ ...draft, delivery: 'DAILY_DIGEST' })).toEqual({
      emailEnabled: true,
      delivery: 'DAILY_DIGEST',
      kinds: [{ kind: 'PRACTICE_DUE_SOON', email: true }, { kind: 'ROLE_SHARED', email: true }],
    });
  });
});
