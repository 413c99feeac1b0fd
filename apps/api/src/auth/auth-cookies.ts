import type { CookieSerializeOptions } from '@fastify/cookie';
import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';

export const SESSION_COOKIE = 'onward_session';
export const DEVICE_COOKIE = 'onward_device';
/** A device cookie outlives sessions: it is what lets its browser in while the account is under attack. */
export const DEVICE_COOKIE_DAYS = 365;

const SECURE_PREFIX = '__Host-';
const MAX_VALUE_LENGTH = 200;

/**
 * What the cookies are read from: a Fastify request (its cookies parsed by @fastify/cookie), or
 * a WebSocket upgrade request read the same way (subscriptions/graphql-ws.server.ts).
 */
export interface CookieRequest {
  cookies: Record<string, string | undefined>;
  /** `https` over TLS and, with the trusted proxy (common/http/trusted-proxy.ts), when a proxy on this machine says so. */
  protocol: string;
}

interface HttpExchange {
  req: CookieRequest;
  /** Null for an operation sent over a WebSocket, which has no answer to carry a cookie. */
  res: FastifyReply | null;
}

/**
 * The session and device cookies, named and flagged by how the request was served. Over HTTPS they
 * carry `Secure` and the `__Host-` prefix, which the browser accepts only with Secure, Path=/ and no
 * Domain, so a sibling subdomain or a plain-HTTP response cannot plant or overwrite them. Over plain
 * HTTP (local development, tests) they keep their plain names, since a browser refuses `__Host-` there.
 */
@Injectable()
export class AuthCookies {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /**
   * Served over HTTPS: configured so, or the request's protocol, which is `https` over TLS and,
   * since only a proxy on this machine is trusted, when such a proxy says `X-Forwarded-Proto: https`.
   */
  servedSecurely(req: CookieRequest): boolean {
    return this.config.secureCookies || req.protocol === 'https';
  }

  readSession(req: CookieRequest): string | undefined {
    return this.read(req, SESSION_COOKIE);
  }

  readDevice(req: CookieRequest): string | undefined {
    return this.read(req, DEVICE_COOKIE);
  }

  /** httpOnly so scripts cannot read it; SameSite=Lax so other sites cannot post with it. */
  setSession({ req, res }: HttpExchange, token: string): void {
    this.write(req, res, SESSION_COOKIE, token, 'lax', this.config.sessionMaxDays * 86_400_000);
  }

  /** Only ever needed by our own log-in form, so SameSite=Strict. */
  setDevice({ req, res }: HttpExchange, value: string): void {
    this.write(req, res, DEVICE_COOKIE, value, 'strict', DEVICE_COOKIE_DAYS * 86_400_000);
  }

  /** Clears the session cookie under both names, whichever this browser holds. */
  clearSession({ res }: HttpExchange): void {
    if (!res) throw new Error('a cookie can only be cleared on an HTTP answer');
    res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', path: '/' });
    res.clearCookie(SECURE_PREFIX + SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: true, path: '/' });
  }

  /**
   * Over HTTPS only the `__Host-` name counts: a plain-named cookie there may have been planted by a
   * sibling subdomain (cookie tossing), which is what the prefix exists to stop. Over plain HTTP the
   * plain name is read, and a `__Host-` one if the browser has it (it can only have come from us).
   */
  private read(req: CookieRequest, base: string): string | undefined {
    const cookies = req.cookies ?? {};
    const names = this.servedSecurely(req) ? [SECURE_PREFIX + base] : [SECURE_PREFIX + base, base];
    for (const name of names) {
      const value = cookies[name];
      if (typeof value === 'string' && value.length > 0 && value.length < MAX_VALUE_LENGTH) return value;
    }
    return undefined;
  }

  private write(req: CookieRequest, res: FastifyReply | null, base: string, value: string, sameSite: 'lax' | 'strict', maxAgeMs: number): void {
    if (!res) throw new Error('a cookie can only be set on an HTTP answer');
    const secure = this.servedSecurely(req);
    // Max-Age alone (in seconds): every browser honours it, so no Expires is computed from a clock here.
    const options: CookieSerializeOptions = { maxAge: Math.floor(maxAgeMs / 1000), sameSite, httpOnly: true, secure, path: '/' };
    res.setCookie(secure ? SECURE_PREFIX + base : base, value, options);
    // A plain-named copy left from before HTTPS would otherwise linger beside the prefixed one.
    if (secure && req.cookies?.[base] !== undefined) res.clearCookie(base, { path: '/', sameSite: undefined });
  }
}
