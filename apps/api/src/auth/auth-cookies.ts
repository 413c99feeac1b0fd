import { Inject, Injectable } from '@nestjs/common';
import type { CookieOptions, Request, Response } from 'express';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';

export const SESSION_COOKIE = 'onward_session';
export const DEVICE_COOKIE = 'onward_device';
/** A device cookie outlives sessions: it is what lets its browser in while the account is under attack. */
export const DEVICE_COOKIE_DAYS = 365;

const SECURE_PREFIX = '__Host-';
const MAX_VALUE_LENGTH = 200;

interface HttpExchange {
  req: Request;
  /** Null for an operation sent over a WebSocket, which has no answer to carry a cookie. */
  res: Response | null;
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
   * Served over HTTPS: configured so, or `req.secure`, which is true over TLS and, with Express's
   * `trust proxy` set to loopback, when a proxy on this machine says `X-Forwarded-Proto: https`.
   */
  servedSecurely(req: Request): boolean {
    return this.config.secureCookies || req.secure;
  }

  readSession(req: Request): string | undefined {
    return this.read(req, SESSION_COOKIE);
  }

  readDevice(req: Request): string | undefined {
    return this.read(req, DEVICE_COOKIE);
  }

  /** httpOnly so scripts cannot read it; SameSite=Lax so other sites cannot post with it. */
  setSession({ req, res }: HttpExchange, token: string): void {
    this.write(req, res, SESSION_COOKIE, token, { sameSite: 'lax', maxAge: this.config.sessionMaxDays * 86_400_000 });
  }

  /** Only ever needed by our own log-in form, so SameSite=Strict. */
  setDevice({ req, res }: HttpExchange, value: string): void {
    this.write(req, res, DEVICE_COOKIE, value, { sameSite: 'strict', maxAge: DEVICE_COOKIE_DAYS * 86_400_000 });
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
  private read(req: Request, base: string): string | undefined {
    const cookies = (req.cookies ?? {}) as Record<string, unknown>;
    const names = this.servedSecurely(req) ? [SECURE_PREFIX + base] : [SECURE_PREFIX + base, base];
    for (const name of names) {
      const value = cookies[name];
      if (typeof value === 'string' && value.length > 0 && value.length < MAX_VALUE_LENGTH) return value;
    }
    return undefined;
  }

  private write(req: Request, res: Response | null, base: string, value: string, options: Pick<CookieOptions, 'sameSite' | 'maxAge'>): void {
    if (!res) throw new Error('a cookie can only be set on an HTTP answer');
    const secure = this.servedSecurely(req);
    res.cookie(secure ? SECURE_PREFIX + base : base, value, { ...options, httpOnly: true, secure, path: '/' });
    // A plain-named copy left from before HTTPS would otherwise linger beside the prefixed one.
    if (secure && (req.cookies as Record<string, unknown> | undefined)?.[base] !== undefined) res.clearCookie(base, { path: '/' });
  }
}
