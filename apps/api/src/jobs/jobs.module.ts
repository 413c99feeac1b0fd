import { DynamicModule, Global, Module } from '@nestjs/common';
import { JOBS_DATABASE_URL, JobsService } from './jobs.service';

/** pg-boss for every feature: a feature declares its jobs with `JobsService.define` in its own module. */
@Global()
@Module({})
export class JobsModule {
  /** `databaseUrl`: the schema owner's connection, or null where no job may run (building the schema). */
  static forRoot(databaseUrl: string | null): DynamicModule {
    return { module: JobsModule, providers: [JobsService, { provide: JOBS_DATABASE_URL, useValue: databaseUrl }], exports: [JobsService] };
  }
}
