import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { isUnsubscribeScope, type UnsubscribeScope } from '@onward/domain';
import { ServerKeys } from '../auth/server-keys.service';
import { isUuid } from '../common/is-uuid';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';

/** Whose mail a link turns off, and which. */
export interface UnsubscribeTarget {
  organizationId: string;
  personId: string;
  scope: UnsubscribeScope;
}

const MAC = /^[A-Za-z0-9_-]{43}$/;

/**
 * One-click unsubscribe links (RFC 8058): `organization.person.scope.mac`, an HMAC over the three,
 * so the link works without signing in and without a table, and nobody can forge one for another
 * person or another setting. A link only ever turns one setting off, so it needs no expiry and no
 * revocation: the worst a leaked one can do is what its owner asked for.
 */
@Injectable()
export class UnsubscribeLinks {
  constructor(
    private readonly keys: ServerKeys,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async url(target: UnsubscribeTarget): Promise<string> {
    return `${this.config.publicUrl}/unsubscribe?token=${await this.token(target)}`;
  }

  /** The headers a mail client's unsubscribe button uses: it POSTs `List-Unsubscribe=One-Click` to the link. */
  async headers(target: UnsubscribeTarget): Promise<Record<string, string>> {
    return { 'List-Unsubscribe': `<${await this.url(target)}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
  }

  async token({ organizationId, personId, scope }: UnsubscribeTarget): Promise<string> {
    return `${organizationId}.${personId}.${scope}.${await this.mac(organizationId, personId, scope)}`;
  }

  /** What a genuine link names; null for anything malformed, altered or signed with another key. */
  async read(token: unknown): Promise<UnsubscribeTarget | null> {
    if (typeof token !== 'string' || token.length > 200) return null;
    const [organizationId, personId, scope, mac, ...rest] = token.split('.');
    if (rest.length > 0 || !isUuid(organizationId) || !isUuid(personId) || scope === undefined || !isUnsubscribeScope(scope) || !MAC.test(mac ?? '')) return null;
    const expected = Buffer.from(await this.mac(organizationId.toLowerCase(), personId.toLowerCase(), scope), 'base64url');
    if (!timingSafeEqual(expected, Buffer.from(mac, 'base64url'))) return null;
    return { organizationId: organizationId.toLowerCase(), personId: personId.toLowerCase(), scope };
  }

  private async mac(organizationId: string, personId: string, scope: string): Promise<string> {
    const key = await this.keys.key({ secretName: 'mail-links', label: 'onward unsubscribe link', configured: this.config.mail.linkSecret });
    return createHmac('sha256', key).update(`onward-unsubscribe-v1\0${organizationId}\0${personId}\0${scope}`).digest('base64url');
  }
}
