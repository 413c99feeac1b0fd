import { Module } from '@nestjs/common';
import { SessionsModule } from '../auth/sessions.module';
import { PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';
import { PersonRelationsResolver } from './person-relations.resolver';
import { ReportingLinesService } from './reporting-lines.service';

@Module({
  imports: [SessionsModule],
  providers: [PeopleService, ReportingLinesService, PeopleResolver, PersonRelationsResolver],
  exports: [PeopleService, ReportingLinesService],
})
export class PeopleModule {}
