import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { PeopleImportResolver } from './people-import.resolver';
import { PeopleImportService } from './people-import.service';

@Module({ imports: [PeopleModule], providers: [PeopleImportService, PeopleImportResolver] })
export class PeopleImportModule {}
