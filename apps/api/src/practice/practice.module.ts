import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PeopleModule } from '../people/people.module';
import { ReportAccessModule } from '../report-access/report-access.module';
import { PracticeLoaders } from './practice-loaders';
import { PracticeResolver } from './practice.resolver';
import { PracticeService } from './practice.service';

@Module({ imports: [ReportAccessModule, PeopleModule, OrganizationsModule], providers: [PracticeService, PracticeResolver, PracticeLoaders], exports: [PracticeService] })
export class PracticeModule {}
