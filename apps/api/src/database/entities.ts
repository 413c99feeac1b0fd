import { ActionItemEntity } from '../action-items/action-item.entity';
import { SessionEntity } from '../auth/session.entity';
import { CalendarFeedEntity } from '../calendar/calendar-feed.entity';
import { ConversationEntity } from '../conversations/conversation.entity';
import { DebriefEntity } from '../debriefs/debrief.entity';
import { InvitationEntity } from '../invitations/invitation.entity';
import { LevelEntity } from '../ladder/level.entity';
import { NotificationSettingsEntity } from '../notification-settings/notification-settings.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PasswordResetEntity } from '../password-reset/password-reset.entity';
import { PersonEntity } from '../people/person.entity';
import { ReportingLineEntity } from '../people/reporting-line.entity';
import { RecordShareEntity } from '../record-sharing/record-share.entity';
import { InterestingRoleEntity } from '../roles/interesting-role.entity';
import { RoleCommentEntity } from '../roles/role-comment.entity';
import { RoleInterviewEntity } from '../roles/role-interview.entity';
import { RoleViewEntity } from '../roles/role-view.entity';
import { NudgeEntity } from '../nudges/nudge.entity';
import { NudgeOutboxEntity } from '../nudge-mail/nudge-outbox.entity';

export const ENTITIES = [OrganizationEntity, LevelEntity, PersonEntity, ReportingLineEntity, SessionEntity, InvitationEntity,
  InterestingRoleEntity, RoleInterviewEntity, RoleCommentEntity, RoleViewEntity,
  DebriefEntity, ConversationEntity, ActionItemEntity, RecordShareEntity, NotificationSettingsEntity,
  CalendarFeedEntity, PasswordResetEntity, NudgeEntity, NudgeOutboxEntity];
