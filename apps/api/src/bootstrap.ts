import { Logger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express from 'express';
import type { DestinationStream } from 'pino';
import { AppModule } from './app.module';
import type { Clock } from './common/clock/clock';
import { closeConnectionsOnShutdown } from './common/http/graceful-shutdown';
import { requestTimeout } from './common/http/request-timeout';
import { createAppLogger, PinoNestLogger } from './common/logging/app-logger';
import { requestLogging } from './common/logging/request-logging';
import { graphqlBodyErrors, refuseNonGraphqlPosts } from './common/request-limits/http-refusals';
import { AppConfig } from './config/app-config';
import { QueryCounter } from './database/query-counter';
import { prepareDatabase } from './database/prepare-database';
import { tenantRequestScope } from './database/tenant-scope';
import { serveWebApp } from './web-app';

export interface CreateAppOptions {
  config: AppConfig;
  /** The schema owner's connection, for migrations. */
  databaseUrl: string;
  queryCounter?: QueryCounter;
  logLevels?: LogLevel[];
  /** Where log lines go; standard output by default. */
  logDestination?: DestinationStream;
  clock?: Clock;
}

const BODY_LIMIT = '8mb';

/** The API, configured and migrated but not yet listening: used by `main.ts` and by tests. */
export async function createApp({ config, databaseUrl, queryCounter, logLevels, logDestination, clock }: CreateAppOptions): Promise<NestExpressApplication> {
  const logger = await createAppLogger({ levels: logLevels ?? ['error', 'warn', 'log'], format: config.logFormat, destination: logDestination });
  // Migrations run as the owner (`databaseUrl`), before the app exists: its pool connects as the app role.
  Logger.overrideLogger(new PinoNestLogger(logger));
  const appDatabaseUrl = await prepareDatabase(databaseUrl, config);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, databaseUrl: appDatabaseUrl, ownerDatabaseUrl: databaseUrl, queryCounter, clock }), {
    logger: new PinoNestLogger(logger),
    // Parsers are mounted below, each where it is needed: no form parser on every request.
    bodyParser: false,
  });
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  closeConnectionsOnShutdown(app);
  app.use(requestLogging(logger));
  app.use(requestTimeout(config.limits.requestMs));
  // Pasted job pages can be large; anything bigger is refused before it reaches a resolver.
  app.useBodyParser('json', { limit: BODY_LIMIT });
  // Bodies that are not one GraphQL request in JSON answer a GraphQL error, not an HTML page.
  app.use('/graphql', graphqlBodyErrors(BODY_LIMIT), refuseNonGraphqlPosts);
  // A one-click unsubscribe posts one short form field; nothing bigger is read.
  app.use('/unsubscribe', express.urlencoded({ extended: false, limit: '1kb', parameterLimit: 5 }));
  app.use(cookieParser());
  app.use(tenantRequestScope);
  if (!serveWebApp(app, config.webDist)) new Logger('Web').warn(`no web build at ${config.webDist}; serving the API only`);
  return app;
}
