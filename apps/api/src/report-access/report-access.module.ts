import { Module } from '@nestjs/common';
import { ReportAccessLoaders } from './report-access-loaders';
import { ReportAccessService } from './report-access.service';

@Module({ providers: [ReportAccessService, ReportAccessLoaders], exports: [ReportAccessService, ReportAccessLoaders] })
export class ReportAccessModule {}
