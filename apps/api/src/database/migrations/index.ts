import { Foundation1764100000000 } from './1764100000000-foundation';
import { InterestingRoles1764200000000 } from './1764200000000-interesting-roles';
import { DebriefsConversations1764300000000 } from './1764300000000-debriefs-conversations';
import { LoginAttempts1764400000000 } from './1764400000000-login-attempts';
import { RecordShares1764500000000 } from './1764500000000-record-shares';
import { DatabaseRoles1764600000000 } from './1764600000000-database-roles';
import { LoginHardening1764650000000 } from './1764650000000-login-hardening';
import { RowLevelSecurity1764700000000 } from './1764700000000-row-level-security';
import { ListIndexes1764800000000 } from './1764800000000-list-indexes';
import { SessionViewerPerson1764850000000 } from './1764850000000-session-viewer-person';
import { OrganizationTimeZone1765100000000 } from './1765100000000-organization-time-zone';
import { NotificationSettings1765200000000 } from './1765200000000-notification-settings';
import { CalendarFeeds1765300000000 } from './1765300000000-calendar-feeds';
import { PasswordResets1765400000000 } from './1765400000000-password-resets';
import { Nudges1764900000000 } from './1764900000000-nudges';
import { NudgeOutbox1765520000000 } from './1765520000000-nudge-outbox';
import { LighterSweepWrites1765600000000 } from './1765600000000-lighter-sweep-writes';
import { RoleCommentEdits1765700000000 } from './1765700000000-role-comment-edits';

/** Every migration, oldest first. Listed explicitly so that bundles and tests need no file globbing. */
export const MIGRATIONS = [Foundation1764100000000, InterestingRoles1764200000000, DebriefsConversations1764300000000, LoginAttempts1764400000000,
  RecordShares1764500000000, DatabaseRoles1764600000000, LoginHardening1764650000000, RowLevelSecurity1764700000000,
  ListIndexes1764800000000, SessionViewerPerson1764850000000, Nudges1764900000000, OrganizationTimeZone1765100000000, NotificationSettings1765200000000,
  CalendarFeeds1765300000000, PasswordResets1765400000000, NudgeOutbox1765520000000, LighterSweepWrites1765600000000,
  RoleCommentEdits1765700000000];
