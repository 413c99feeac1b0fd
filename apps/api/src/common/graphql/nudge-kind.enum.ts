import { registerEnumType } from '@nestjs/graphql';
import { MAIL_DELIVERIES, NUDGE_KINDS, type MailDelivery, type NudgeKind } from '@onward/domain';

/** The GraphQL enum of the five nudge kinds, spelling the one list in libs/domain; every module that names a kind uses it. */
export enum NudgeKindEnum {
  PRACTICE_DUE_SOON = 'PRACTICE_DUE_SOON',
  PRACTICE_OVERDUE = 'PRACTICE_OVERDUE',
  DEBRIEF_PENDING = 'DEBRIEF_PENDING',
  SATISFACTION_TALK_SUGGESTED = 'SATISFACTION_TALK_SUGGESTED',
  ROLE_SHARED = 'ROLE_SHARED',
}

// Fails to compile if the enum and the domain's list drift apart.
const sameKinds: Record<NudgeKind, NudgeKindEnum> = NudgeKindEnum;
void sameKinds;
void NUDGE_KINDS;

registerEnumType(NudgeKindEnum, {
  name: 'NudgeKind',
  description: 'Why a manager is nudged about one of their reports.',
  valuesMap: {
    PRACTICE_DUE_SOON: { description: 'The yearly interview practice is due within 30 days (or the report never practised with you and joined or moved to you recently).' },
    PRACTICE_OVERDUE: { description: 'The interview practice is past due.' },
    DEBRIEF_PENDING: { description: 'An interview on a shared role has passed with no debrief about the role since.' },
    SATISFACTION_TALK_SUGGESTED: { description: 'A same-level role was shared and no satisfaction conversation was held in the 90 days before, or since.' },
    ROLE_SHARED: { description: 'The report shared a role you have not opened yet.' },
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
