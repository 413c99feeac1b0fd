import { Controller, Get, Inject, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../auth/access.decorators';
import { actAsSystem } from '../auth/viewer';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { NotificationSettingsService } from './notification-settings.service';
import { UnsubscribeLinks } from './unsubscribe-links.service';
import { renderUnsubscribePage, type UnsubscribePage } from './unsubscribe-page';

/**
 * The one-click unsubscribe link of nudge mail (RFC 8058), outside GraphQL and without a session:
 * the signed token is the only credential, and it turns off exactly the setting it names.
 *
 * - GET shows what the link will turn off and a button, and changes nothing: mail scanners and
 *   link previews fetch links, and must not unsubscribe anyone.
 * - POST (the button, or a mail client's one-click with `List-Unsubscribe=One-Click`) changes it.
 *   No cookie is read and none is needed, so CSRF has nothing to ride on; a forged POST needs the
 *   token, which is the permission itself.
 */
@Public()
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly links: UnsubscribeLinks,
    private readonly settings: NotificationSettingsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  async confirm(@Req() req: FastifyRequest<{ Querystring: { token?: unknown } }>, @Res() res: FastifyReply): Promise<void> {
    const target = await this.links.read(req.query.token);
    if (!target) return this.answer(res, 400, { state: 'INVALID', accountUrl: this.accountUrl() });
    this.answer(res, 200, { state: 'CONFIRM', scope: target.scope, formAction: await this.links.url(target) });
  }

  @Post()
  async unsubscribe(@Req() req: FastifyRequest<{ Querystring: { token?: unknown } }>, @Res() res: FastifyReply): Promise<void> {
    const target = await this.links.read(req.query.token);
    if (!target) return this.answer(res, 400, { state: 'INVALID', accountUrl: this.accountUrl() });
    await actAsSystem(target.organizationId, 'unsubscribe', (actor) => this.settings.unsubscribe(actor, target.personId, target.scope));
    this.answer(res, 200, { state: 'DONE', scope: target.scope, accountUrl: this.accountUrl() });
  }

  private accountUrl(): string {
    return `${this.config.publicUrl}/account`;
  }

  private answer(res: FastifyReply, status: number, view: UnsubscribePage): void {
    // The address holds the token: keep it out of caches and of the Referer of the Account link.
    res.status(status).headers({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer', 'X-Frame-Options': 'DENY' }).type('text/html; charset=utf-8').send(renderUnsubscribePage(view));
  }
}
