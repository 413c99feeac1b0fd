import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { normaliseEmail } from './login-name';
import { ServerKeys } from './server-keys.service';

const SECRET_NAME = 'device-cookie';
const NONCE = /^[A-Za-z0-9_-]{22}$/;
const MAC = /^[A-Za-z0-9_-]{43}$/;

/**
 * Device cookies (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"): after a
 * successful log-in the browser gets `nonce.mac`, an HMAC over the login name and a random nonce.
 * A later attempt for that same login carrying it is counted against that device alone, so guessing
 * from elsewhere cannot lock the person out of the browser they use. The cookie proves only "this
 * browser once signed in as this login": it signs nobody in, and is worthless for any other login.
 */
@Injectable()
export class DeviceCookies {
  constructor(
    private readonly keys: ServerKeys,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async issue(email: string): Promise<string> {
    const nonce = randomBytes(16).toString('base64url');
    return `${nonce}.${await this.mac(email, nonce)}`;
  }

  /** The nonce of a genuine device cookie for this login; null for a missing, forged or other login's cookie. */
  async trustedNonce(cookie: string | undefined, email: string): Promise<string | null> {
    const [nonce, mac, ...rest] = cookie?.split('.') ?? [];
    if (rest.length > 0 || !NONCE.test(nonce ?? '') || !MAC.test(mac ?? '')) return null;
    const expected = Buffer.from(await this.mac(email, nonce), 'base64url');
    return timingSafeEqual(expected, Buffer.from(mac, 'base64url')) ? nonce : null;
  }

  private async mac(email: string, nonce: string): Promise<string> {
    return createHmac('sha256', await this.secretKey())
      .update(`onward-device-v1\0${normaliseEmail(email)}\0${nonce}`)
      .digest('base64url');
  }

  /** ONWARD_DEVICE_SECRET, or else one random secret stored in the database: every instance agrees. */
  private secretKey(): Promise<Buffer> {
    return this.keys.key({ secretName: SECRET_NAME, label: 'onward device cookie', configured: this.config.deviceSecret });
  }
}
