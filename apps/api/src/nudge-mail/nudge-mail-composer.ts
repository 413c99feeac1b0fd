import { Inject, Injectable } from '@nestjs/common';
import type { NudgeKind } from '@onward/domain';
import type { SystemActor } from '../auth/viewer';
import { ConversationInvites } from '../calendar/conversation-invites.service';
import type { InvitedConversation } from '../calendar/ics-documents';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import type { MailMessage } from '../mail/mail-message';
import { Mailer } from '../mail/mailer.service';
import { renderDigestMail } from '../mail/templates/digest-mail';
import { renderNudgeMail } from '../mail/templates/nudge-mails';
import { UnsubscribeLinks } from '../notification-settings/unsubscribe-links.service';
import type { ClaimedMail, MailFacts, MailItem } from './nudge-mail-delivery.queries';
import { DIGEST_MAIL_PATH, nudgeMailPath } from './nudge-mail-links';

/** The nudges whose mail books the conversation they ask for (DESIGN.md: a calendar invite to book it). */
const INVITES: Partial<Record<NudgeKind, InvitedConversation>> = {
  PRACTICE_DUE_SOON: 'INTERVIEW_PRACTICE',
  PRACTICE_OVERDUE: 'INTERVIEW_PRACTICE',
  SATISFACTION_TALK_SUGGESTED: 'SATISFACTION',
};

/**
 * Turns a claimed mail into a message: the templates' words (names, a due day and links only,
 * never a role's content), a Message-ID derived from the outbox row so that a resend is
 * recognisably the same mail, the one-click unsubscribe headers, and for the practice and
 * satisfaction nudges an invite whose UID comes from the nudge, so a resend updates one event.
 */
@Injectable()
export class NudgeMailComposer {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mailer: Mailer,
    private readonly unsubscribe: UnsubscribeLinks,
    private readonly invites: ConversationInvites,
  ) {}

  /** The Message-ID of an outbox row's mail, whichever attempt sends it. */
  messageIdOf(outboxId: string): string {
    return this.mailer.messageId(`outbox-${outboxId}`);
  }

  async nudgeMail(actor: SystemActor, mail: ClaimedMail, { recipient }: MailFacts, item: MailItem): Promise<MailMessage> {
    const kind = item.facts.kind!;
    const link = this.link(nudgeMailPath(kind, item.reportId!, item.roleId));
    const target = { organizationId: actor.organizationId, personId: recipient.personId, scope: kind };
    const words = renderNudgeMail(kind, {
      recipientName: recipient.name,
      reportName: item.reportName!,
      dueOn: item.dueOn,
      link,
      unsubscribeLink: await this.unsubscribe.url(target),
    });
    const conversation = INVITES[kind];
    const invite = conversation
      ? await this.invites.build(actor, {
          key: `nudge-${item.nudgeId}`,
          conversation,
          manager: { name: recipient.name, email: recipient.email },
          report: { name: item.reportName!, email: item.reportEmail! },
          link,
        })
      : null;
    return {
      to: { name: recipient.name, address: recipient.email },
      ...words,
      messageId: this.messageIdOf(mail.id),
      headers: await this.unsubscribe.headers(target),
      ...(invite ? { calendar: invite.attachment } : {}),
    };
  }

  /** One mail listing the day's nudges; its unsubscribe link turns nudge mail off, digest and all. */
  async digestMail(actor: SystemActor, mail: ClaimedMail, { recipient }: MailFacts, items: MailItem[]): Promise<MailMessage> {
    const target = { organizationId: actor.organizationId, personId: recipient.personId, scope: 'ALL' as const };
    const words = renderDigestMail({
      recipientName: recipient.name,
      items: items.map((item) => ({ kind: item.facts.kind!, reportName: item.reportName!, dueOn: item.dueOn })),
      link: this.link(DIGEST_MAIL_PATH),
      unsubscribeLink: await this.unsubscribe.url(target),
    });
    return {
      to: { name: recipient.name, address: recipient.email },
      ...words,
      messageId: this.messageIdOf(mail.id),
      headers: await this.unsubscribe.headers(target),
    };
  }

  private link(path: string): string {
    return `${this.config.publicUrl}${path}`;
  }
}
