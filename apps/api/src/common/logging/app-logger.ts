import type { LoggerService, LogLevel } from '@nestjs/common';
import pino, { type DestinationStream, type Level, type Logger as PinoLogger } from 'pino';
import { currentRequestId } from './request-context';

export type { PinoLogger };

/**
 * Header values that carry credentials. Nothing logs headers today; this keeps them out if a
 * serializer or a log call ever includes a request or response object.
 */
const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  'headers.cookie',
  'headers.authorization',
  'headers["set-cookie"]',
];

const NEST_TO_PINO: Record<LogLevel, Level> = { verbose: 'trace', debug: 'debug', log: 'info', warn: 'warn', error: 'error', fatal: 'fatal' };
const PINO_ORDER: Level[] = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'];

/** Nest names the levels it should print; pino wants the lowest one. */
export function pinoLevel(levels: LogLevel[]): Level {
  const wanted = levels.map((level) => NEST_TO_PINO[level]);
  return PINO_ORDER.find((level) => wanted.includes(level)) ?? 'fatal';
}

export interface AppLoggerOptions {
  levels: LogLevel[];
  format: 'json' | 'pretty';
  /** Where lines go; standard output by default. Tests pass a stream they read. */
  destination?: DestinationStream;
}

async function prettyStream(): Promise<DestinationStream | undefined> {
  try {
    const { default: pretty } = await import('pino-pretty');
    return pretty({ colorize: true, sync: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' });
  } catch {
    return undefined; // a production install has no pino-pretty: stay with JSON
  }
}

/**
 * An error as a log line may show it: its class, message, SQLSTATE and stack. TypeORM's errors
 * also carry the failed statement and its parameters, which can be anything a person wrote.
 */
export function safeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const { code } = error as { code?: unknown };
  return { type: error.name, message: error.message, ...(typeof code === 'string' ? { code } : {}), stack: error.stack };
}

/** One JSON object per line, each tagged with the id of the request it belongs to, if any. */
export async function createAppLogger({ levels, format, destination }: AppLoggerOptions): Promise<PinoLogger> {
  const stream = destination ?? (format === 'pretty' ? await prettyStream() : undefined) ?? pino.destination({ dest: 1, sync: true });
  return pino(
    {
      level: pinoLevel(levels),
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      serializers: { err: safeError },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
    },
    stream,
  );
}

/** Nest's `Logger` calls end here, so framework and module messages come out as the same JSON lines. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly pino: PinoLogger) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  /** Nest passes `(message, ...extra, context)`; for errors the first extra is a stack. */
  private write(level: Level, message: unknown, params: unknown[]): void {
    if (!this.pino.isLevelEnabled(level)) return;
    const rest = [...params];
    const context = rest.length > 0 && typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    const stack = level === 'error' || level === 'fatal' ? rest.find((p): p is string => typeof p === 'string') : undefined;
    const fields: Record<string, unknown> = context ? { context } : {};
    if (stack) fields.stack = stack;
    if (message instanceof Error) this.pino[level]({ ...fields, err: message }, message.message);
    else if (typeof message === 'object' && message !== null) this.pino[level]({ ...fields, ...message });
    else this.pino[level](fields, String(message));
  }
}
