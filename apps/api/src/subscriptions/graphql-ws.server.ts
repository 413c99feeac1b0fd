import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { FastifyInstance } from 'fastify';
import { GraphQLError, type ExecutionArgs } from 'graphql';
import { CloseCode, handleProtocols, makeServer, type Context, type SubscribePayload } from 'graphql-ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { AuthCookies } from '../auth/auth-cookies';
import { bindSession } from '../auth/bind-viewer.step';
import { SessionsService } from '../auth/sessions.service';
import { formatGraphqlError } from '../common/errors/format-graphql-error';
import type { ContextRequest, GraphqlContext } from '../common/graphql/graphql-context';
import { RequestLoaders } from '../common/graphql/request-loaders';
import { closeOnShutdown } from '../common/http/graceful-shutdown';
import { upgradeProtocol } from '../common/http/trusted-proxy';
import { REQUEST_LIMITS } from '../common/request-limits/request-limits';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { databaseFailure } from '../database/database-failure';
import { openRequestScope } from '../database/tenant-scope';
import { PeopleLoaders } from '../people/people-loaders';
import { subscribeRenewingEachEvent } from './renewed-event-stream';
import { checkSubscriptionDocument, tooManySubscriptions } from './subscription-document';
import { refuseUpgrade } from './upgrade-refusal';
import { upgradeOriginAllowed } from './upgrade-origin';

export const GRAPHQL_PATH = '/graphql';
/** A page needs one subscription; a few leave room without letting one socket hold many listeners. */
export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 5;
/** A subscribe message is a short document and a few variables; the token limit refuses long ones anyway. */
const MAX_MESSAGE_BYTES = 64 * 1024;
/** Pings keep proxies from closing an idle socket and find clients that vanished. */
const KEEP_ALIVE_MS = 12_000;
/** How long clients have to answer a going-away close before their sockets are cut. */
const GOODBYE_MS = 1_000;

type Extra = { request: ContextRequest; socket: WebSocket };

/**
 * GraphQL subscriptions over graphql-ws on /graphql, the path HTTP requests use.
 *
 * The upgrade is where a connection is authenticated: its Origin must be the app's own (against
 * cross-site WebSocket hijacking), and its session cookie must name a live session, read with the
 * same trusted-proxy rule and cookie parser as an HTTP request and resolved by the same
 * `SessionsService` lookup; otherwise the upgrade is answered 403 or 401 and no socket opens.
 *
 * Then each subscribe message is one request: it runs in a tenant scope of its own, passes the
 * HTTP limits (subscription-document.ts) before any SQL, and binds the session again
 * (`bindSession`), as every event of it does later (renewed-event-stream.ts). Queries and
 * mutations are refused here: they go over HTTP, with Apollo's CSRF prevention and the rest.
 */
@Injectable()
export class GraphqlWsServer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('GraphqlWs');
  private wss: WebSocketServer | undefined;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly schemaHost: GraphQLSchemaHost,
    private readonly sessions: SessionsService,
    private readonly cookies: AuthCookies,
    private readonly people: PeopleLoaders,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const adapter = this.adapterHost.httpAdapter;
    const httpServer = adapter?.getHttpServer() as Server | undefined;
    if (!httpServer) return;
    const fastify = adapter.getInstance<FastifyInstance>();
    const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES, handleProtocols });
    this.wss = wss;
    const server = makeServer<Record<string, unknown> | undefined, Extra>({
      schema: this.schemaHost.schema,
      // The upgrade checked the session; each operation checks it again.
      onConnect: () => true,
      onSubscribe: (ctx, _id, payload) => this.prepare(ctx, payload),
      subscribe: (args) => subscribeRenewingEachEvent(args, (context) => this.renew(context)),
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: result.errors.map((error) => this.format(error)) } : undefined),
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => this.format(error)),
    });
    wss.on('connection', (socket: WebSocket, request: ContextRequest) => this.opened(server, socket, request));
    httpServer.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => void this.upgrade(fastify, req, socket, head));
    closeOnShutdown(httpServer, () => this.goAway());
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.goAway();
  }

  /** Tells every client to go (1001) and stops taking new ones; they reconnect to another instance. */
  private async goAway(): Promise<void> {
    const wss = this.wss;
    if (!wss) return;
    this.wss = undefined;
    const clients = [...wss.clients];
    const gone = Promise.all(clients.map((client) => new Promise((resolve) => client.once('close', resolve))));
    for (const client of clients) client.close(1001, 'Going away');
    // The closing handshake lets each client see why (and reconnect elsewhere); one that does not answer is cut.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([gone, new Promise((resolve) => (timer = setTimeout(resolve, GOODBYE_MS)))]);
    clearTimeout(timer);
    for (const client of clients) client.terminate();
    await new Promise<void>((resolve) => wss.close(() => resolve()));
  }

  private async upgrade(fastify: FastifyInstance, incoming: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    socket.on('error', () => socket.destroy());
    const wss = this.wss;
    if (!wss) return refuseUpgrade(socket, 503, 'SERVICE_UNAVAILABLE', 'SHUTTING_DOWN', 'This server is stopping; connect again.');
    if (new URL(incoming.url ?? '/', 'http://path.invalid').pathname !== GRAPHQL_PATH) return refuseUpgrade(socket, 404, 'NOT_FOUND', 'NOT_FOUND', 'No WebSocket here.');
    const request = asContextRequest(fastify, incoming);
    if (!upgradeOriginAllowed({ origin: request.headers.origin, protocol: request.protocol, host: request.headers.host }, this.config.publicUrl)) {
      return refuseUpgrade(socket, 403, 'FORBIDDEN', 'ORIGIN_NOT_ALLOWED', 'Live updates are only for the Onward web app.');
    }
    try {
      if (!(await this.sessions.resolve(this.cookies.readSession(request)))) return refuseUpgrade(socket, 401, 'UNAUTHENTICATED', 'NOT_SIGNED_IN', 'Please sign in.');
    } catch (error) {
      const failure = databaseFailure(error);
      if (!failure) this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      return refuseUpgrade(socket, 503, 'SERVICE_UNAVAILABLE', failure ?? 'INTERNAL', 'Live updates are unavailable right now; try again in a moment.');
    }
    wss.handleUpgrade(incoming, socket, head, (ws) => wss.emit('connection', ws, request));
  }

  /** graphql-ws over one socket; each message is handled in a tenant scope of its own, as an HTTP request is. */
  private opened(server: ReturnType<typeof makeServer<Record<string, unknown> | undefined, Extra>>, socket: WebSocket, request: ContextRequest): void {
    let pongWait: NodeJS.Timeout | undefined;
    const ping = setInterval(() => {
      if (socket.readyState !== socket.OPEN) return;
      pongWait = setTimeout(() => socket.terminate(), KEEP_ALIVE_MS);
      socket.once('pong', () => clearTimeout(pongWait));
      socket.ping();
    }, KEEP_ALIVE_MS);
    socket.once('error', () => socket.terminate());
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise<void>((resolve, reject) => {
            if (socket.readyState !== socket.OPEN) return resolve();
            socket.send(data, (error) => (error ? reject(error) : resolve()));
          }),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on('message', (data) =>
            openRequestScope(() =>
              handle(String(data)).catch((error: unknown) => {
                this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
                socket.close(CloseCode.InternalServerError, 'Internal server error');
              }),
            ),
          ),
      },
      { request, socket },
    );
    socket.once('close', (code, reason) => {
      clearInterval(ping);
      clearTimeout(pongWait);
      void closed(code, String(reason));
    });
  }

  /** A subscribe message: the limits first, then the session, in the message's own tenant scope. */
  private async prepare(ctx: Context<Record<string, unknown> | undefined, Extra>, payload: SubscribePayload): Promise<ExecutionArgs | GraphQLError[]> {
    // The message's own id is already counted.
    if (Object.keys(ctx.subscriptions).length > MAX_SUBSCRIPTIONS_PER_CONNECTION) return [tooManySubscriptions(MAX_SUBSCRIPTIONS_PER_CONNECTION)];
    const schema = this.schemaHost.schema;
    const checked = checkSubscriptionDocument(schema, payload, REQUEST_LIMITS);
    if (!checked.ok) return checked.errors;
    try {
      const contextValue = await this.renew({ req: ctx.extra.request } as Pick<GraphqlContext, 'req'>);
      return { schema, document: checked.document, operationName: payload.operationName, variableValues: payload.variables, contextValue };
    } catch (error) {
      return [new GraphQLError('The session could not be checked.', { originalError: error as Error })];
    }
  }

  /** A fresh context for the upgrade request: the session read again, new loaders. */
  private async renew({ req }: Pick<GraphqlContext, 'req'>): Promise<GraphqlContext> {
    const context: GraphqlContext = { req, res: null, viewer: null, loaders: new RequestLoaders(null) };
    await bindSession(this.sessions, this.cookies, this.people, context);
    return context;
  }

  private format(error: GraphQLError) {
    return formatGraphqlError(error.toJSON(), error, { hideSuggestions: !this.config.exposeSchema });
  }
}

/**
 * The upgrade request as an HTTP request reads in a resolver: its protocol by the same trusted-proxy
 * rule as Fastify's `request.protocol`, and its cookies parsed by the same @fastify/cookie parser.
 */
function asContextRequest(fastify: FastifyInstance, incoming: IncomingMessage): ContextRequest {
  const header = incoming.headers.cookie;
  return { headers: incoming.headers, cookies: header ? fastify.parseCookie(header) : {}, protocol: upgradeProtocol(incoming) };
}
