import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { normaliseEmail } from './login-name';

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
  private key: Promise<Buffer> | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
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

  /** Read once per process; a failed read is retried on the next use rather than remembered. */
  private secretKey(): Promise<Buffer> {
    this.key ??= this.loadKey().catch((error: unknown) => {
      this.key = undefined;
      throw error;
    });
    return this.key;
  }

  /**
   * Every instance must agree on the key, so it is never made up per process: it comes from
   * ONWARD_DEVICE_SECRET, or else from one random secret the first instance stores in the database.
   */
  private async loadKey(): Promise<Buffer> {
    const material = this.config.deviceSecret ? Buffer.from(this.config.deviceSecret, 'utf8') : await this.storedSecret();
    return Buffer.from(hkdfSync('sha256', material, Buffer.alloc(0), 'onward device cookie', 32));
  }

  private async storedSecret(): Promise<Buffer> {
    // Instances starting together race here: the first insert wins and everyone reads the winner.
    await this.dataSource.query('INSERT INTO server_secrets (name, secret) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [SECRET_NAME, randomBytes(32)]);
    const [row]: { secret: Buffer }[] = await this.dataSource.query('SELECT secret FROM server_secrets WHERE name = $1', [SECRET_NAME]);
    return row.secret;
  }
}
