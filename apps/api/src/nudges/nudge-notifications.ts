import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { isUuid } from '../common/is-uuid';
import { describeDatabaseError } from '../database/database-failure';
import { NUDGES_CHANNEL } from './nudges.queries';

export type Wake = () => void;

/** Reconnecting after a lost connection waits this long, doubling up to the ceiling. */
const FIRST_RETRY_MS = 250;
const LAST_RETRY_MS = 30_000;

function recipientsOf(payload: string | undefined): { organizationId: string; recipientIds: string[] } | null {
  try {
    const parsed = JSON.parse(payload ?? '') as { organizationId?: unknown; recipientIds?: unknown };
    if (typeof parsed.organizationId !== 'string' || !Array.isArray(parsed.recipientIds)) return null;
    return { organizationId: parsed.organizationId, recipientIds: parsed.recipientIds.filter((id): id is string => typeof id === 'string' && isUuid(id)) };
  } catch {
    return null;
  }
}

/**
 * Tells this instance's live inboxes that their nudges changed, whichever instance changed them.
 * Every change to nudges (a sweep's write, a snooze, a dismissal) sends a NOTIFY on
 * `NUDGES_CHANNEL` in its transaction, naming only the organization and the recipients; one
 * dedicated connection per instance LISTENs to it (as the app role: it reads no table), so a
 * change made behind one instance reaches a browser connected to another. A woken inbox reads
 * itself again through the access-checked inbox queries: nothing in a notification is trusted
 * beyond "look again", so a forged one costs a read and shows nothing.
 *
 * The in-process `NudgeEvents` are not used here: this instance hears its own NOTIFYs too, so one
 * path serves local and remote changes alike. When the connection drops, it reconnects and wakes
 * every inbox, since changes may have been missed meanwhile.
 */
@Injectable()
export class NudgeNotifications implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('NudgeNotifications');
  private readonly inboxes = new Map<string, Set<Wake>>();
  private client: Client | undefined;
  private retryMs = FIRST_RETRY_MS;
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Listening before the server takes connections, so no subscriber starts before it. */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.dataSource.isInitialized) return; // building the schema: no database
    await this.connect(false);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  /** Calls `wake` after every change to this person's inbox; returns what stops it. */
  follow(organizationId: string, personId: string, wake: Wake): () => void {
    const key = `${organizationId}:${personId}`;
    const wakes = this.inboxes.get(key) ?? new Set<Wake>();
    wakes.add(wake);
    this.inboxes.set(key, wakes);
    return () => {
      wakes.delete(wake);
      if (wakes.size === 0 && this.inboxes.get(key) === wakes) this.inboxes.delete(key);
    };
  }

  /** How many inboxes this instance follows (for tests that wait for a subscriber to be registered). */
  get followed(): number {
    return this.inboxes.size;
  }

  private deliver(payload: string | undefined): void {
    const change = recipientsOf(payload);
    if (!change) return;
    for (const personId of change.recipientIds) for (const wake of this.inboxes.get(`${change.organizationId}:${personId}`) ?? []) wake();
  }

  private async connect(missedSome: boolean): Promise<void> {
    const options = this.dataSource.options as { url?: string; extra?: { connectionTimeoutMillis?: number } };
    const client = new Client({ connectionString: options.url, application_name: 'onward-nudge-listener', keepAlive: true, connectionTimeoutMillis: options.extra?.connectionTimeoutMillis });
    client.on('notification', (message) => this.deliver(message.payload));
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${NUDGES_CHANNEL}`);
    } catch (error) {
      this.lost(client, error);
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.retryMs = FIRST_RETRY_MS;
    if (missedSome) for (const wakes of this.inboxes.values()) for (const wake of wakes) wake();
  }

  private lost(client: Client, error?: unknown): void {
    if (this.client && this.client !== client) return; // an old connection's last words
    this.client = undefined;
    client.removeAllListeners();
    client.on('error', () => undefined);
    void client.end().catch(() => undefined);
    if (this.stopped || this.retry) return;
    this.logger.warn(`listening for nudge changes stopped${error ? `: ${describeDatabaseError(error)}` : ''}; reconnecting`);
    const wait = this.retryMs;
    this.retryMs = Math.min(LAST_RETRY_MS, this.retryMs * 2);
    this.retry = setTimeout(() => {
      this.retry = undefined;
      void this.connect(true);
    }, wait);
  }
}
