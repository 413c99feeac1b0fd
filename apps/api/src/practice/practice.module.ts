import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { ReportAccessModule } from '../report-access/report-access.module';
import { PracticeResolver } from './practice.resolver';
import { PracticeService } from './practice.service';

@Module({ imports: [ReportAccessModule, PeopleModule], providers: [PracticeService, PracticeResolver] })
export class PracticeModule {}
