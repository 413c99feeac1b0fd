import { registerEnumType } from '@nestjs/graphql';
import type { NudgeAction, NudgeKind, NudgeStatus } from '@onward/domain';

export enum NudgeKindEnum {
  PRACTICE_DUE_SOON = 'PRACTICE_DUE_SOON',
  PRACTICE_OVERDUE = 'PRACTICE_OVERDUE',
  DEBRIEF_PENDING = 'DEBRIEF_PENDING',
  SATISFACTION_TALK_SUGGESTED = 'SATISFACTION_TALK_SUGGESTED',
  ROLE_SHARED = 'ROLE_SHARED',
}

export enum NudgeStatusEnum {
  OPEN = 'OPEN',
  SNOOZED = 'SNOOZED',
  DISMISSED = 'DISMISSED',
  RESOLVED = 'RESOLVED',
}

export enum NudgeActionEnum {
  HOLD_PRACTICE_CONVERSATION = 'HOLD_PRACTICE_CONVERSATION',
  WRITE_DEBRIEF = 'WRITE_DEBRIEF',
  HOLD_SATISFACTION_CONVERSATION = 'HOLD_SATISFACTION_CONVERSATION',
  OPEN_ROLE = 'OPEN_ROLE',
}

export enum SnoozeDurationEnum {
  ONE_WEEK = 'ONE_WEEK',
  ONE_MONTH = 'ONE_MONTH',
}

// The GraphQL enums spell the domain's lists; these fail to compile if the two drift apart.
const kinds: Record<NudgeKind, NudgeKindEnum> = NudgeKindEnum;
const statuses: Record<NudgeStatus, NudgeStatusEnum> = NudgeStatusEnum;
const actions: Record<NudgeAction, NudgeActionEnum> = NudgeActionEnum;
void [kinds, statuses, actions];

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

registerEnumType(NudgeStatusEnum, {
  name: 'NudgeStatus',
  description: 'Where a nudge stands in your inbox.',
  valuesMap: {
    OPEN: { description: 'Waiting for you (a snooze that ran out is open again).' },
    SNOOZED: { description: 'Out of the way until snoozedUntil.' },
    DISMISSED: { description: 'You put it away.' },
    RESOLVED: { description: 'Its reason went away: the conversation or debrief was held, the role was opened, revoked or deleted.' },
  },
});

registerEnumType(NudgeActionEnum, {
  name: 'NudgeAction',
  description: 'What opening a nudge does; doing it also resolves the nudge.',
  valuesMap: {
    HOLD_PRACTICE_CONVERSATION: { description: 'Start the interview-practice conversation with the report.' },
    WRITE_DEBRIEF: { description: 'Start the debrief from the role (target.roleId).' },
    HOLD_SATISFACTION_CONVERSATION: { description: 'Start a satisfaction conversation from the role (target.roleId).' },
    OPEN_ROLE: { description: 'Open the shared role (target.roleId).' },
  },
});

registerEnumType(SnoozeDurationEnum, {
  name: 'SnoozeDuration',
  description: 'How long to snooze a nudge for.',
  valuesMap: { ONE_WEEK: { description: 'Seven days from now.' }, ONE_MONTH: { description: 'A calendar month from now.' } },
});
