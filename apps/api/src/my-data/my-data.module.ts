import { Module } from '@nestjs/common';
import { MyDataExportService } from './my-data-export.service';
import { MyDataResolver } from './my-data.resolver';

@Module({ providers: [MyDataExportService, MyDataResolver] })
export class MyDataModule {}
