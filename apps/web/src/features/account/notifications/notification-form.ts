import type { MailDelivery, NotificationSettingsFieldsFragment, NudgeKind, UpdateNotificationSettingsInput } from '../../../generated/gql/graphql';

/** What each kind's checkbox says: the situation the mail is about, in the manager's words. */
export const NUDGE_KIND_LABELS: Record<NudgeKind, string> = {
  PRACTICE_DUE_SOON: 'Interview practice with a report is due soon',
  PRACTICE_OVERDUE: 'Interview practice with a report is overdue',
  DEBRIEF_PENDING: 'An interview is waiting for its debrief',
  SATISFACTION_TALK_SUGGESTED: 'A satisfaction conversation is suggested',
  ROLE_SHARED: 'A report shared a role with you',
};

export const DELIVERY_LABELS: Record<MailDelivery, { label: string; description: string }> = {
  IMMEDIATE: { label: 'One email per nudge', description: 'As soon as it comes up.' },
  DAILY_DIGEST: { label: 'A daily digest', description: 'One email a day listing what came up.' },
};

export interface NotificationDraft {
  emailEnabled: boolean;
  delivery: MailDelivery;
  /** Kinds in the order the API lists them, and whether each is mailed. */
  kinds: { kind: NudgeKind; email: boolean }[];
}

export function draftFrom(settings: NotificationSettingsFieldsFragment): NotificationDraft {
  return { emailEnabled: settings.emailEnabled, delivery: settings.delivery, kinds: settings.kinds.map(({ kind, email }) => ({ kind, email })) };
}

/** The kinds ticked, as the checkbox group reports them; every other kind is off. */
export function withMailedKinds(draft: NotificationDraft, mailed: readonly string[]): NotificationDraft {
  return { ...draft, kinds: draft.kinds.map(({ kind }) => ({ kind, email: mailed.includes(kind) })) };
}

export function mailedKinds(draft: NotificationDraft): NudgeKind[] {
  return draft.kinds.filter((k) => k.email).map((k) => k.kind);
}

/** The whole draft as the mutation's input: saving sends every choice, so what is seen is what is kept. */
export function inputFrom(draft: NotificationDraft): UpdateNotificationSettingsInput {
  return { emailEnabled: draft.emailEnabled, delivery: draft.delivery, kinds: draft.kinds.map(({ kind, email }) => ({ kind, email })) };
}

export function isUnchanged(draft: NotificationDraft, saved: NotificationSettingsFieldsFragment): boolean {
  return JSON.stringify(draft) === JSON.stringify(draftFrom(saved));
}
