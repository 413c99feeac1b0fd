import { Module } from '@nestjs/common';
import { LadderModule } from '../ladder/ladder.module';
import { PeopleModule } from '../people/people.module';
import { PeopleImportResolver } from './people-import.resolver';
import { PeopleImportService } from './people-import.service';

@Module({ imports: [PeopleModule, LadderModule], providers: [PeopleImportService, PeopleImportResolver] })
export class PeopleImportModule {}
