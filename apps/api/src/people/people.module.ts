import { Module } from '@nestjs/common';
import { PersonExportPart } from './person-export.part';
import { SessionsModule } from '../auth/sessions.module';
import { LadderModule } from '../ladder/ladder.module';
import { PeopleLoaders } from './people-loaders';
import { PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';
import { PersonRelationsResolver } from './person-relations.resolver';
import { ReportingLinesService } from './reporting-lines.service';

@Module({
  imports: [SessionsModule, LadderModule],
  providers: [PersonExportPart, PeopleService, ReportingLinesService, PeopleResolver, PersonRelationsResolver, PeopleLoaders],
  exports: [PeopleService, ReportingLinesService, PeopleLoaders],
})
export class PeopleModule {}
