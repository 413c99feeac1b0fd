import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { LadderModule } from '../ladder/ladder.module';
import { PeopleModule } from '../people/people.module';
import { MyDataExportService } from './my-data-export.service';
import { MyDataResolver } from './my-data.resolver';

@Module({ imports: [DiscoveryModule, PeopleModule, LadderModule], providers: [MyDataExportService, MyDataResolver] })
export class MyDataModule {}
