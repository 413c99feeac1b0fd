import { Logger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { DestinationStream } from 'pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import type { Clock } from './common/clock/clock';
import { closeConnectionsOnShutdown } from './common/http/graceful-shutdown';
import { requestTimeout } from './common/http/request-timeout';
import { createAppLogger, PinoNestLogger } from './common/logging/app-logger';
import { requestLogging } from './common/logging/request-logging';
import { AppConfig } from './config/app-config';
import { QueryCounter } from './database/query-counter';
import { runMigrationsUnderLock } from './database/run-migrations';
import { serveWebApp } from './web-app';

export interface CreateAppOptions {
  config: AppConfig;
  databaseUrl: string;
  queryCounter?: QueryCounter;
  logLevels?: LogLevel[];
  /** Where log lines go; standard output by default. */
  logDestination?: DestinationStream;
  clock?: Clock;
}

/** The API, configured and migrated but not yet listening: used by `main.ts` and by tests. */
export async function createApp({ config, databaseUrl, queryCounter, logLevels, logDestination, clock }: CreateAppOptions): Promise<NestExpressApplication> {
  const logger = await createAppLogger({ levels: logLevels ?? ['error', 'warn', 'log'], format: config.logFormat, destination: logDestination });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, databaseUrl, queryCounter, clock }), {
    logger: new PinoNestLogger(logger),
  });
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  closeConnectionsOnShutdown(app);
  app.use(requestLogging(logger));
  app.use(requestTimeout(config.limits.requestMs));
  // Pasted job pages can be large; anything bigger is refused before it reaches a resolver.
  app.useBodyParser('json', { limit: '8mb' });
  app.use(cookieParser());
  if (!serveWebApp(app, config.webDist)) new Logger('Web').warn(`no web build at ${config.webDist}; serving the API only`);
  await runMigrationsUnderLock(app.get(DataSource));
  return app;
}
