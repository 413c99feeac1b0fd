import { Inject, Injectable } from '@nestjs/common';
import { suggestConversationSlot, type ConversationSlot } from '@onward/domain';
import type { Actor } from '../auth/viewer';
import { Clock } from '../common/clock/clock';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import type { CalendarAttachment } from '../mail/mail-message';
import { OrganizationsService } from '../organizations/organizations.service';
import { conversationInvite, type CalendarPerson, type InvitedConversation } from './ics-documents';

export interface ConversationInviteRequest {
  /** Stable for what the invite is about (e.g. `nudge-<id>`): sending it again updates the same event. */
  key: string;
  conversation: InvitedConversation;
  manager: CalendarPerson;
  report: CalendarPerson;
  link: string;
}

/**
 * The calendar invite a practice-due or satisfaction-talk mail carries: 45 minutes at the slot
 * the domain rule suggests (10:00 on the next working day) in the organization's time zone.
 */
@Injectable()
export class ConversationInvites {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly organizations: OrganizationsService,
  ) {}

  async build(actor: Actor, request: ConversationInviteRequest): Promise<{ slot: ConversationSlot; attachment: CalendarAttachment }> {
    const { timeZone } = await this.organizations.mine(actor);
    const now = this.clock.now();
    const slot = suggestConversationSlot(now, timeZone);
    const content = conversationInvite({
      key: request.key,
      host: new URL(this.config.publicUrl).hostname,
      conversation: request.conversation,
      slot,
      organizer: request.manager,
      attendee: request.report,
      link: request.link,
      now,
    });
    return { slot, attachment: { content, method: 'REQUEST', filename: 'invite.ics' } };
  }
}
