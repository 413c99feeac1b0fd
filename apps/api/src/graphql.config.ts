import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { AuthCookies } from './auth/auth-cookies';
import { bindViewer } from './auth/bind-viewer.step';
import { oneSignInPerRequest } from './auth/one-sign-in-per-request.rule';
import { SessionsModule } from './auth/sessions.module';
import { PeopleModule } from './people/people.module';
import { PeopleLoaders } from './people/people-loaders';
import { SessionsService } from './auth/sessions.service';
import { graphqlErrorFormatter } from './common/errors/format-graphql-error';
import { beforeExecution } from './common/graphql/before-execution.plugin';
import { FieldBatches, FieldBatchesModule } from './common/graphql/field-batches';
import { anonymousContext } from './common/graphql/graphql-context';
import { precomputeListFields } from './common/graphql/precomputed-fields';
import { documentLimitRules } from './common/request-limits/document-limit-rules';
import { assertOperationWithinLimits } from './common/request-limits/operation-limits';
import { REQUEST_LIMITS } from './common/request-limits/request-limits';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { refuseSubscriptionsOverHttp } from './subscriptions/subscriptions-over-http.step';

/**
 * One endpoint, /graphql. Apollo's CSRF prevention stays on: a request must be JSON or carry a
 * custom header, which a cross-site form cannot do; with the SameSite cookie that closes CSRF.
 *
 * A request is refused before anything runs when it asks too much (common/request-limits): tokens
 * while parsing, depth, aliases, directives, declared variables and more than one password check
 * (log-in, sign-up, invitation acceptance) while validating, the variables and the cost just before
 * execution. Only then is the session looked up, so a refused request costs no SQL. One operation
 * per request: batches are refused.
 *
 * Lists of objects run the field batches modules register (FieldBatches) for the selected fields
 * once per list, so a team of 500 costs a few set-wise calls rather than a resolver chain per report.
 */
export const GraphqlConfigModule = GraphQLModule.forRootAsync<ApolloDriverConfig>({
  driver: ApolloDriver,
  imports: [SessionsModule, PeopleModule, FieldBatchesModule],
  inject: [SessionsService, AuthCookies, APP_CONFIG, FieldBatches, PeopleLoaders],
  useFactory: (sessions: SessionsService, cookies: AuthCookies, config: AppConfig, batches: FieldBatches, people: PeopleLoaders): ApolloDriverConfig => ({
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: config.exposeSchema,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    formatError: graphqlErrorFormatter({ hideSuggestions: !config.exposeSchema }),
    parseOptions: { maxLexicalTokens: REQUEST_LIMITS.maxTokens },
    validationRules: [...documentLimitRules(REQUEST_LIMITS), oneSignInPerRequest],
    plugins: [
      // Nothing here sets cache hints, and Apollo's default cache-control plugin wraps every field's
      // resolver to collect them: a cost per resolved field that buys nothing.
      ApolloServerPluginCacheControlDisabled(),
      beforeExecution([
        refuseSubscriptionsOverHttp,
        ({ schema, document, operation, request }) => assertOperationWithinLimits({ schema, document, operation, variables: request.variables }, REQUEST_LIMITS),
        bindViewer(sessions, cookies, people),
      ]),
    ],
    context: anonymousContext,
    // Lists answer the fields modules batch once per list, not once per item (precomputed-fields.ts).
    transformSchema: (schema) => precomputeListFields(schema, batches),
  }),
});
