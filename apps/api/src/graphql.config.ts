import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { readSessionToken } from './auth/session-cookie';
import { SessionsModule } from './auth/sessions.module';
import { SessionsService } from './auth/sessions.service';
import { formatGraphqlError } from './common/errors/format-graphql-error';
import type { GraphqlContext } from './common/graphql/graphql-context';
import { createLoaders } from './dataloaders/loaders';
import { ReportAccessModule } from './report-access/report-access.module';
import { ReportAccessService } from './report-access/report-access.service';
import { RoleAccessService } from './roles/role-access.service';
import { RolesModule } from './roles/roles.module';

/**
 * One endpoint, /graphql. Apollo's CSRF prevention stays on: a request must be JSON or carry a
 * custom header, which a cross-site form cannot do; with the SameSite cookie that closes CSRF.
 */
export const GraphqlConfigModule = GraphQLModule.forRootAsync<ApolloDriverConfig>({
  driver: ApolloDriver,
  imports: [SessionsModule, RolesModule, ReportAccessModule],
  inject: [SessionsService, getDataSourceToken(), RoleAccessService, ReportAccessService],
  useFactory: (sessions: SessionsService, dataSource: DataSource, roleAccess: RoleAccessService, reportAccess: ReportAccessService): ApolloDriverConfig => ({
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: true,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    formatError: formatGraphqlError,
    context: async ({ req, res }: { req: Request; res: Response }): Promise<GraphqlContext> => {
      const viewer = await sessions.resolve(readSessionToken(req));
      return { req, res, viewer, loaders: createLoaders(dataSource, viewer, { roleAccess, reportAccess }) };
    },
  }),
});
