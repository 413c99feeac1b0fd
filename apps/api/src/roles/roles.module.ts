import { Module } from '@nestjs/common';
import { RolesExportPart } from './roles-export.part';
import { LadderModule } from '../ladder/ladder.module';
import { PeopleModule } from '../people/people.module';
import { PostingFetchModule } from '../posting-fetch/posting-fetch.module';
import { JobPostingImportService } from './job-posting-import.service';
import { RoleAccessService } from './role-access.service';
import { RoleActivityService } from './role-activity.service';
import { RoleCommentFieldsResolver, RoleFieldsResolver, RoleSummaryFieldsResolver } from './role-fields.resolver';
import { RoleLevelReader } from './role-level-reader';
import { RoleLevelService } from './role-level.service';
import { RoleLoaders } from './role-loaders';
import { RolesResolver } from './roles.resolver';
import { RolesService } from './roles.service';

@Module({
  imports: [LadderModule, PeopleModule, PostingFetchModule],
  providers: [RolesExportPart, 
    RoleAccessService,
    RoleLevelService,
    RoleLevelReader,
    RoleLoaders,
    RolesService,
    RoleActivityService,
    JobPostingImportService,
    RolesResolver,
    RoleFieldsResolver,
    RoleSummaryFieldsResolver,
    RoleCommentFieldsResolver,
  ],
  exports: [RoleAccessService, RoleLevelService, RoleLoaders],
})
export class RolesModule {}
