import { Logger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import type { Clock } from './common/clock/clock';
import { graphqlBodyErrors, refuseNonGraphqlPosts } from './common/request-limits/http-refusals';
import { AppConfig } from './config/app-config';
import { QueryCounter } from './database/query-counter';
import { runMigrationsUnderLock } from './database/run-migrations';
import { serveWebApp } from './web-app';

export interface CreateAppOptions {
  config: AppConfig;
  databaseUrl: string;
  queryCounter?: QueryCounter;
  logLevels?: LogLevel[];
  clock?: Clock;
}

const BODY_LIMIT = '8mb';

/** The API, configured and migrated but not yet listening: used by `main.ts` and by tests. */
export async function createApp({ config, databaseUrl, queryCounter, logLevels, clock }: CreateAppOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, databaseUrl, queryCounter, clock }), {
    logger: logLevels ?? ['error', 'warn', 'log'],
  });
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  // Pasted job pages can be large; anything bigger is refused before it reaches a resolver.
  app.useBodyParser('json', { limit: BODY_LIMIT });
  // Bodies that are not one GraphQL request in JSON answer a GraphQL error, not an HTML page.
  app.use('/graphql', graphqlBodyErrors(BODY_LIMIT), refuseNonGraphqlPosts);
  app.use(cookieParser());
  if (!serveWebApp(app, config.webDist)) new Logger('Web').warn(`no web build at ${config.webDist}; serving the API only`);
  await runMigrationsUnderLock(app.get(DataSource));
  app.enableShutdownHooks();
  return app;
}
