import { Module } from '@nestjs/common';
import { LadderModule } from '../ladder/ladder.module';
import { JobPostingImportService } from './job-posting-import.service';
import { RoleAccessService } from './role-access.service';
import { RoleActivityService } from './role-activity.service';
import { RoleCommentFieldsResolver, RoleFieldsResolver } from './role-fields.resolver';
import { RoleLevelService } from './role-level.service';
import { RolesResolver } from './roles.resolver';
import { RolesService } from './roles.service';

@Module({
  imports: [LadderModule],
  providers: [
    RoleAccessService,
    RoleLevelService,
    RolesService,
    RoleActivityService,
    JobPostingImportService,
    RolesResolver,
    RoleFieldsResolver,
    RoleCommentFieldsResolver,
  ],
  exports: [RoleAccessService, RoleLevelService],
})
export class RolesModule {}
