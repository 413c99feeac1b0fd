import { registerEnumType } from '@nestjs/graphql';
import { MAIL_DELIVERIES, NUDGE_KINDS, type MailDelivery, type NudgeKind } from '@onward/domain';

/** The GraphQL enum of the five nudge kinds, from the one list in libs/domain; every module that names a kind uses it. */
export const NudgeKindEnum = Object.fromEntries(NUDGE_KINDS.map((kind) => [kind, kind])) as { [K in NudgeKind]: K };

registerEnumType(NudgeKindEnum, {
  name: 'NudgeKind',
  description: 'Why a manager is nudged about one report.',
  valuesMap: {
    PRACTICE_DUE_SOON: { description: 'The yearly interview practice is due within 30 days.' },
    PRACTICE_OVERDUE: { description: 'The interview practice is overdue.' },
    DEBRIEF_PENDING: { description: 'An interview on a shared role has passed with no debrief since.' },
    SATISFACTION_TALK_SUGGESTED: { description: 'A same-level role was shared and there was no satisfaction conversation in the last 90 days.' },
    ROLE_SHARED: { description: 'A report shared a role, awaiting the manager’s first look.' },
  },
});

export const MailDeliveryEnum = Object.fromEntries(MAIL_DELIVERIES.map((delivery) => [delivery, delivery])) as { [K in MailDelivery]: K };

registerEnumType(MailDeliveryEnum, {
  name: 'MailDelivery',
  description: 'How nudge mail arrives.',
  valuesMap: {
    IMMEDIATE: { description: 'One mail per nudge, as it comes.' },
    DAILY_DIGEST: { description: 'One mail a day listing the day’s nudges.' },
  },
});
