import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MAX_QUEUED_MAIL_ATTEMPTS, queuedNudgeVerdict, type QueuedMailSkipReason } from '@onward/domain';
import { DataSource } from 'typeorm';
import { actAsSystem, type SystemActor } from '../auth/viewer';
import { Clock } from '../common/clock/clock';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import type { MailMessage } from '../mail/mail-message';
import { Mailer } from '../mail/mailer.service';
import { NudgeMailComposer } from './nudge-mail-composer';
import { waitingMails } from './nudge-outbox.queries';
import { claimMail, giveUpMail, mailFacts, recordFailure, settleMail, type ClaimedMail, type RowOutcome } from './nudge-mail-delivery.queries';

export const NUDGE_MAIL_ACTOR = 'nudge-mail';

/** How one delivery attempt ended, when it did not throw. */
export type DeliveryOutcome = 'SENT' | 'SKIPPED' | 'ALREADY_SETTLED' | 'GAVE_UP';

/** Another worker holds the mail: the attempt is retried later, by when that worker is done or its lease ran out. */
export class MailClaimHeld extends Error {
  constructor(outboxId: string) {
    super(`nudge mail ${outboxId} is being sent by another worker`);
    this.name = 'MailClaimHeld';
  }
}

/** The SMTP server answered with a refusal (4xx, 5xx): the mail surely did not go. */
function refusedBySmtpServer(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 400;
}

type Prepared = { skip: QueuedMailSkipReason; outcomes: RowOutcome[] } | { skip: null; message: MailMessage; outcomes: RowOutcome[] };

/** Name and message; read off the object, since errors from some packages are not of this realm's Error. */
function describe(error: unknown): string {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  return typeof message === 'string' ? `${typeof name === 'string' ? name : 'Error'}: ${message}` : String(error);
}

/**
 * Delivers one outbox row: claims it atomically, rereads what it is about, sends it (or skips it,
 * saying why), and records the send.
 *
 * - **Never to the wrong person.** Before sending it rereads the nudge and who the report's
 *   manager is now: a nudge resolved, dismissed or snoozed, moved to a new manager, or about a
 *   report who left that manager, is not mailed (`queuedNudgeVerdict`). Nor is anything the
 *   recipient turned off since.
 * - **Never lost.** The claim commits before the mail leaves; if the worker dies, the row stays
 *   unsent and another attempt takes it once the lease ran out.
 * - **Never twice, but for one window.** A worker that dies after the SMTP server accepted the
 *   mail and before the send was recorded leaves it to be sent again. That resend carries the same
 *   Message-ID (from the row), so mail clients and the sink can tell it is the same mail.
 */
@Injectable()
export class NudgeMailDelivery {
  private readonly logger = new Logger('NudgeMail');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly mailer: Mailer,
    private readonly composer: NudgeMailComposer,
  ) {}

  /** One attempt at one row. Throws when it should be tried again later (the claim is held elsewhere, the send failed). */
  deliver(organizationId: string, outboxId: string): Promise<DeliveryOutcome> {
    return actAsSystem(organizationId, NUDGE_MAIL_ACTOR, async (actor) => {
      const db = this.dataSource.manager;
      const now = this.clock.now();
      const leaseStart = new Date(now.getTime() - this.config.nudgeMail.leaseSeconds * 1000);
      const claim = await claimMail(db, organizationId, outboxId, now, leaseStart, MAX_QUEUED_MAIL_ATTEMPTS);
      if (claim.state === 'SETTLED') return 'ALREADY_SETTLED';
      if (claim.state === 'HELD') throw new MailClaimHeld(outboxId);
      if (claim.state === 'EXHAUSTED') {
        await giveUpMail(db, organizationId, outboxId, now);
        this.logger.error({ msg: `gave up on nudge mail after ${MAX_QUEUED_MAIL_ATTEMPTS} attempts`, outboxId });
        return 'GAVE_UP';
      }
      return this.attempt(actor, claim.mail);
    });
  }

  /**
   * Every mail of one organization that is waiting and free to take, delivered here and now, a few
   * side by side, each as its job would (for tests and the bench; the jobs take one row each).
   */
  async deliverWaiting(organizationId: string, concurrency = 4): Promise<Record<DeliveryOutcome | 'FAILED', number>> {
    const now = this.clock.now();
    const leaseStart = new Date(now.getTime() - this.config.nudgeMail.leaseSeconds * 1000);
    const ids = await actAsSystem(organizationId, NUDGE_MAIL_ACTOR, () => waitingMails(this.dataSource.manager, organizationId, leaseStart, Number.MAX_SAFE_INTEGER));
    const counts: Record<DeliveryOutcome | 'FAILED', number> = { SENT: 0, SKIPPED: 0, ALREADY_SETTLED: 0, GAVE_UP: 0, FAILED: 0 };
    let next = 0;
    const worker = async () => {
      while (next < ids.length) {
        const id = ids[next++];
        try {
          counts[await this.deliver(organizationId, id)] += 1;
        } catch {
          counts.FAILED += 1;
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    return counts;
  }

  private async attempt(actor: SystemActor, mail: ClaimedMail): Promise<DeliveryOutcome> {
    const db = this.dataSource.manager;
    const { organizationId } = actor;
    let prepared: Prepared;
    try {
      prepared = await this.prepare(actor, mail);
    } catch (error) {
      // Nothing left the building: the next attempt may start at once.
      await this.keepFailure(mail, organizationId, error, true);
      throw error;
    }
    if (prepared.skip) {
      await settleMail(db, organizationId, prepared.outcomes, this.clock.now());
      this.logger.debug({ msg: 'nudge mail skipped', outboxId: mail.id, reason: prepared.skip });
      return 'SKIPPED';
    }
    try {
      await this.mailer.send(prepared.message);
    } catch (error) {
      await this.keepFailure(mail, organizationId, error, refusedBySmtpServer(error));
      throw error;
    }
    // Between the server's acceptance and this commit lies the one window in which a crash sends the mail again.
    await settleMail(db, organizationId, prepared.outcomes, this.clock.now());
    return 'SENT';
  }

  /** What the mail says now, or why it is not sent after all; with how each of its rows ends. */
  private async prepare(actor: SystemActor, mail: ClaimedMail): Promise<Prepared> {
    const facts = await mailFacts(this.dataSource.manager, actor.organizationId, mail);
    if (!facts) return { skip: 'RECIPIENT_INACTIVE', outcomes: [{ rowId: mail.id, reason: 'RECIPIENT_INACTIVE' }] };
    const now = this.clock.now();
    const judged = facts.items.map((item) => ({ item, verdict: queuedNudgeVerdict(item.facts, facts.recipient, now) }));
    const going = judged.filter((j) => j.verdict.send).map((j) => j.item);
    const itemOutcomes: RowOutcome[] = judged.map(({ item, verdict }) => ({ rowId: item.rowId, reason: verdict.send ? null : verdict.reason }));
    const isDigest = mail.digestDay !== null;
    if (going.length === 0) {
      const reason: QueuedMailSkipReason = isDigest ? 'NOTHING_LEFT' : (itemOutcomes[0]?.reason ?? 'NUDGE_GONE');
      return { skip: reason, outcomes: isDigest ? [...itemOutcomes, { rowId: mail.id, reason }] : [{ rowId: mail.id, reason }] };
    }
    const message = isDigest ? await this.composer.digestMail(actor, mail, facts, going) : await this.composer.nudgeMail(actor, mail, facts, going[0]);
    return { skip: null, message, outcomes: isDigest ? [...itemOutcomes, { rowId: mail.id, reason: null }] : [{ rowId: mail.id, reason: null }] };
  }

  /** Notes the failure on the row; `release` when the mail surely did not go, else the claim waits for its lease. */
  private async keepFailure(mail: ClaimedMail, organizationId: string, error: unknown, release: boolean): Promise<void> {
    try {
      await recordFailure(this.dataSource.manager, organizationId, mail, describe(error), release);
    } catch (recording) {
      // The send's own failure is what the retry needs to know about; this one is only logged.
      this.logger.warn({ msg: 'could not record a failed nudge mail', outboxId: mail.id, error: describe(recording) });
    }
  }
}
