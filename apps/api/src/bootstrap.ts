import { Logger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import fastifyCookie from '@fastify/cookie';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DestinationStream } from 'pino';
import { AppModule } from './app.module';
import type { Clock } from './common/clock/clock';
import { registerBodyParsers } from './common/http/body-parsers';
import { closeConnectionsOnShutdown } from './common/http/graceful-shutdown';
import { requestTimeout } from './common/http/request-timeout';
import { isTrustedProxy } from './common/http/trusted-proxy';
import { createAppLogger, PinoNestLogger } from './common/logging/app-logger';
import { requestLogging } from './common/logging/request-logging';
import { guardGraphqlRoute } from './common/request-limits/http-refusals';
import { AppConfig } from './config/app-config';
import { QueryCounter } from './database/query-counter';
import { prepareDatabase } from './database/prepare-database';
import { tenantRequestScope } from './database/tenant-scope';
import { GRAPHQL_PATH } from './subscriptions/graphql-ws.server';
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
const BODY_LIMIT_BYTES = 8 * 1024 * 1024;

/** The API, configured and migrated but not yet listening: used by `main.ts` and by tests. */
export async function createApp({ config, databaseUrl, queryCounter, logLevels, logDestination, clock }: CreateAppOptions): Promise<NestFastifyApplication> {
  const logger = await createAppLogger({ levels: logLevels ?? ['error', 'warn', 'log'], format: config.logFormat, destination: logDestination });
  // Migrations run as the owner (`databaseUrl`), before the app exists: its pool connects as the app role.
  Logger.overrideLogger(new PinoNestLogger(logger));
  const appDatabaseUrl = await prepareDatabase(databaseUrl, config);
  // Fastify under Nest: its HTTP layer costs about half of Express's CPU per request (bench/README.md).
  // No `x-powered-by` (Fastify sends none); no Fastify logger, the request log below is the only one.
  const adapter = new FastifyAdapter({
    // Pasted job pages can be large; anything bigger is refused before it reaches a resolver.
    bodyLimit: BODY_LIMIT_BYTES,
    // Node's own defaults, which the server had under Express (Fastify's: 72 s, and no limit on
    // receiving a whole request): idle keep-alive sockets close after 5 s, a request must arrive in 5 min.
    keepAliveTimeout: 5_000,
    requestTimeout: 300_000,
    // X-Forwarded-For and -Proto are believed from a proxy on this machine only (Express's `trust proxy` `loopback`).
    trustProxy: (address: string) => isTrustedProxy(address),
    // Addresses match as Express matched them: any case, with or without a trailing slash.
    routerOptions: { ignoreTrailingSlash: true, caseSensitive: false },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot({ config, databaseUrl: appDatabaseUrl, ownerDatabaseUrl: databaseUrl, queryCounter, clock }), adapter, {
    logger: new PinoNestLogger(logger),
    // The parsers are registered below: JSON, and a form only where one is read.
    bodyParser: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  // Request hooks, in this order: every request is known to the shutdown, then logged with its id,
  // then timed; its cookies are parsed, and it runs in a tenant scope of its own.
  closeConnectionsOnShutdown(app);
  requestLogging(fastify, logger);
  requestTimeout(fastify, config.limits.requestMs);
  registerBodyParsers(fastify);
  // Bodies that are not one GraphQL request in JSON answer a GraphQL error, not Nest's JSON.
  guardGraphqlRoute(fastify, GRAPHQL_PATH, BODY_LIMIT);
  await app.register(fastifyCookie);
  tenantRequestScope(fastify);
  if (!(await serveWebApp(app, config.webDist))) new Logger('Web').warn(`no web build at ${config.webDist}; serving the API only`);
  return app;
}
