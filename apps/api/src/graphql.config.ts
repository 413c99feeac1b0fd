import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { AuthCookies } from './auth/auth-cookies';
import { oneSignInPerRequest } from './auth/one-sign-in-per-request.rule';
import { SessionsModule } from './auth/sessions.module';
import { SessionsService } from './auth/sessions.service';
import { formatGraphqlError } from './common/errors/format-graphql-error';
import type { GraphqlContext } from './common/graphql/graphql-context';
import { RequestLoaders } from './common/graphql/request-loaders';

/**
 * One endpoint, /graphql. Apollo's CSRF prevention stays on: a request must be JSON or carry a
 * custom header, which a cross-site form cannot do; with the SameSite cookie that closes CSRF.
 */
export const GraphqlConfigModule = GraphQLModule.forRootAsync<ApolloDriverConfig>({
  driver: ApolloDriver,
  imports: [SessionsModule],
  inject: [SessionsService, AuthCookies],
  useFactory: (sessions: SessionsService, cookies: AuthCookies): ApolloDriverConfig => ({
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: true,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    formatError: formatGraphqlError,
    validationRules: [oneSignInPerRequest],
    context: async ({ req, res }: { req: Request; res: Response }): Promise<GraphqlContext> => {
      const viewer = await sessions.resolve(cookies.readSession(req));
      return { req, res, viewer, loaders: new RequestLoaders(viewer) };
    },
  }),
});
