import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from './common/clock/clock';
import { ClockModule } from './common/clock/clock.module';
import { FieldBatchesModule } from './common/graphql/field-batches';
import { AccessGuard } from './auth/access.guard';
import { AuthModule } from './auth/auth.module';
import { CalendarModule } from './calendar/calendar.module';
import { AppExceptionFilter } from './common/errors/app-exception.filter';
import { DatabaseFailureFilter } from './common/errors/database-failure.filter';
import { createValidationPipe } from './common/validation/validation.pipe';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source-options';
import { QueryCounter } from './database/query-counter';
import { TenancyModule } from './database/tenancy.module';
import { scopeQueriesByTenant } from './database/tenant-scoped-query-runner';
import { GraphqlConfigModule } from './graphql.config';
import { HealthModule } from './health/health.module';
import { JobsModule } from './jobs/jobs.module';
import { ReportChangesModule } from './common/report-changes/report-changes';
import { InvitationsModule } from './invitations/invitations.module';
import { LadderModule } from './ladder/ladder.module';
import { MailModule } from './mail/mail.module';
import { NotificationSettingsModule } from './notification-settings/notification-settings.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { PasswordResetModule } from './password-reset/password-reset.module';
import { PeopleImportModule } from './people-import/people-import.module';
import { PeopleModule } from './people/people.module';
import { RolesModule } from './roles/roles.module';
import { ActionItemsModule } from './action-items/action-items.module';
import { ConversationsModule } from './conversations/conversations.module';
import { DebriefsModule } from './debriefs/debriefs.module';
import { PracticeModule } from './practice/practice.module';
import { NudgesModule } from './nudges/nudges.module';
import { NudgeMailModule } from './nudge-mail/nudge-mail.module';
import { DashboardsModule } from './dashboards/dashboards.module';
import { MyDataModule } from './my-data/my-data.module';
import { RecordSharingModule } from './record-sharing/record-sharing.module';
import { SeedModule } from './seed/seed.module';
import { SubscriptionsModule } from './subscriptions/subscriptions.module';

export interface AppModuleOptions {
  config: AppConfig;
  /** The API's own connection: the app role, which row-level security binds (see database/app-role.ts). */
  databaseUrl: string;
  /** The schema owner's connection, for pg-boss's own schema and pool; absent where no job may run. */
  ownerDatabaseUrl?: string;
  /** Build the schema without touching a database (used to emit schema.graphql). */
  schemaOnly?: boolean;
  queryCounter?: QueryCounter;
  /** The clock every service reads; tests pass one they can set. */
  clock?: Clock;
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, ownerDatabaseUrl, schemaOnly = false, queryCounter, clock }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule.forRoot(clock),
        FieldBatchesModule,
        TypeOrmModule.forRootAsync({
          useFactory: () => ({ ...dataSourceOptions(databaseUrl, queryCounter, config.limits), manualInitialization: schemaOnly }),
          // Every statement runs as the organization of the tenant scope it was sent from.
          dataSourceFactory: async (options) => scopeQueriesByTenant(new DataSource(options!)),
        }),
        TenancyModule,
        ReportChangesModule,
        JobsModule.forRoot(schemaOnly ? null : (ownerDatabaseUrl ?? null)),
        GraphqlConfigModule,
        SubscriptionsModule,
        MailModule,
        AuthModule,
        OrganizationsModule,
        LadderModule,
        PeopleModule,
        InvitationsModule,
        PeopleImportModule,
        RolesModule,
        ActionItemsModule,
        DebriefsModule,
        ConversationsModule,
        PracticeModule,
        NudgesModule,
        RecordSharingModule,
        MyDataModule,
        NotificationSettingsModule,
        CalendarModule,
        PasswordResetModule,
        NudgeMailModule,
        DashboardsModule,
        SeedModule,
        HealthModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: AppExceptionFilter },
        { provide: APP_FILTER, useClass: DatabaseFailureFilter },
      ],
    };
  }
}
