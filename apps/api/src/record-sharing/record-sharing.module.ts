import { Module } from '@nestjs/common';
import { RecordSharingExportPart } from './record-sharing-export.part';
import { PeopleModule } from '../people/people.module';
import { RecordShareFieldsResolver, RecordSharingResolver } from './record-sharing.resolver';
import { RecordSharingService } from './record-sharing.service';

@Module({ imports: [PeopleModule], providers: [RecordSharingExportPart, RecordSharingService, RecordSharingResolver, RecordShareFieldsResolver] })
export class RecordSharingModule {}
