import { SessionEntity } from '../auth/session.entity';
import { InvitationEntity } from '../invitations/invitation.entity';
import { LevelEntity } from '../ladder/level.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';
import { ReportingLineEntity } from '../people/reporting-line.entity';

export const ENTITIES = [OrganizationEntity, LevelEntity, PersonEntity, ReportingLineEntity, SessionEntity, InvitationEntity];
