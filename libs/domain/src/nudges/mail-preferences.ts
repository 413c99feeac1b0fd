import { NUDGE_KINDS, type NudgeKind } from './nudge-kind';

/** Each nudge mailed as it comes, or all of a day's in one digest. */
export const MAIL_DELIVERIES = ['IMMEDIATE', 'DAILY_DIGEST'] as const;
export type MailDelivery = (typeof MAIL_DELIVERIES)[number];

/** What a person chose about nudge mail. In-app nudges are never affected. */
export interface MailPreferences {
  /** Off: no nudge mail at all (the one-click unsubscribe of a digest). */
  emailEnabled: boolean;
  /** Kinds never mailed, whatever the delivery. */
  mutedKinds: readonly NudgeKind[];
  delivery: MailDelivery;
}

/** Someone who never chose gets every kind, one mail per nudge. */
export const DEFAULT_MAIL_PREFERENCES: MailPreferences = { emailEnabled: true, mutedKinds: [], delivery: 'IMMEDIATE' };

export type NudgeMailing = 'NOW' | 'IN_DIGEST' | 'NOT_MAILED';

/** Whether and how a nudge of this kind reaches this person by mail. */
export function nudgeMailing(preferences: MailPreferences, kind: NudgeKind): NudgeMailing {
  if (!preferences.emailEnabled || preferences.mutedKinds.includes(kind)) return 'NOT_MAILED';
  return preferences.delivery === 'DAILY_DIGEST' ? 'IN_DIGEST' : 'NOW';
}

/** What a one-click unsubscribe turns off: one kind, or all nudge mail. */
export type UnsubscribeScope = NudgeKind | 'ALL';

export function isUnsubscribeScope(value: string): value is UnsubscribeScope {
  return value === 'ALL' || (NUDGE_KINDS as readonly string[]).includes(value);
}

/** The preferences after a one-click unsubscribe: only that one setting changes, and doing it twice changes nothing more. */
export function unsubscribe(preferences: MailPreferences, scope: UnsubscribeScope): MailPreferences {
  if (scope === 'ALL') return { ...preferences, emailEnabled: false };
  if (preferences.mutedKinds.includes(scope)) return preferences;
  return { ...preferences, mutedKinds: NUDGE_KINDS.filter((kind) => kind === scope || preferences.mutedKinds.includes(kind)) };
}

/** What a person may change at once on their settings page; anything left out stays as it is. */
export interface MailPreferenceChanges {
  emailEnabled?: boolean;
  delivery?: MailDelivery;
  /** Per kind: mail it (true) or not (false); kinds not listed stay as they are. */
  kinds?: readonly { kind: NudgeKind; email: boolean }[];
}

export function withChanges(preferences: MailPreferences, changes: MailPreferenceChanges): MailPreferences {
  const off = new Set(preferences.mutedKinds);
  for (const { kind, email } of changes.kinds ?? []) {
    if (email) off.delete(kind);
    else off.add(kind);
  }
  return {
    emailEnabled: changes.emailEnabled ?? preferences.emailEnabled,
    delivery: changes.delivery ?? preferences.delivery,
    mutedKinds: NUDGE_KINDS.filter((kind) => off.has(kind)),
  };
}
