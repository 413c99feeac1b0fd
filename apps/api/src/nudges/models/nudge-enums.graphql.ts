import { registerEnumType } from '@nestjs/graphql';
import type { NudgeAction, NudgeStatus } from '@onward/domain';

import { NudgeKindEnum } from '../../common/graphql/nudge-kind.enum';

export { NudgeKindEnum };

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
const statuses: Record<NudgeStatus, NudgeStatusEnum> = NudgeStatusEnum;
const actions: Record<NudgeAction, NudgeActionEnum> = NudgeActionEnum;
void [statuses, actions];

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
