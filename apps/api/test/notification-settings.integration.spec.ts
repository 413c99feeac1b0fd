import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NUDGE_KINDS, type NudgeKind, type UnsubscribeScope } from '@onward/domain';
import { UnsubscribeLinks } from '../src/notification-settings/unsubscribe-links.service';
import { codeOf, GraphqlClient } from './graphql-client';
import { signUpOrganization, type Member } from './builders';
import { MY_NOTIFICATION_SETTINGS, UPDATE_MY_NOTIFICATION_SETTINGS } from './notification-settings-operations';
import { tableFingerprint } from './table-fingerprint';
import { startTestApp, type TestApp } from './test-app';

const mailed = (kinds: { kind: string; email: boolean }[]) => kinds.filter((k) => k.email).map((k) => k.kind);

async function settingsOf(client: GraphqlClient) {
  return (await client.ok(MY_NOTIFICATION_SETTINGS)).myNotificationSettings;
}

describe('notification settings', () => {
  let app: TestApp;
  let base: string;
  const webDist = mkdtempSync(path.join(os.tmpdir(), 'onward-web-'));
  beforeAll(async () => {
    // A built web app is present, so its page fallback is in play and must leave /unsubscribe to the API.
    writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Onward app</title>');
    app = await startTestApp({ config: { webDist } });
    base = app.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await app.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  async function person(): Promise<{ member: Member; organizationId: string }> {
    const org = await signUpOrganization(app);
    const member = await org.addMember({ name: 'Morgan Manager' });
    const [{ organization_id: organizationId }] = await app.db.query('SELECT organization_id FROM people WHERE id = $1', [member.id]);
    return { member, organizationId };
  }

  it('start with every kind mailed, one by one', async () => {
    const { member } = await person();
    expect(await settingsOf(member.client)).toEqual({ emailEnabled: true, delivery: 'IMMEDIATE', kinds: NUDGE_KINDS.map((kind) => ({ kind, email: true })) });
  });

  it('change only what is sent, for the signed-in person alone', async () => {
    const { member } = await person();
    const { member: other } = await person();
    const { updateMyNotificationSettings } = await member.client.ok(UPDATE_MY_NOTIFICATION_SETTINGS, {
      input: { delivery: 'DAILY_DIGEST', kinds: [{ kind: 'ROLE_SHARED', email: false }, { kind: 'DEBRIEF_PENDING', email: false }] },
    });
    expect(updateMyNotificationSettings.delivery).toBe('DAILY_DIGEST');
    expect(mailed(updateMyNotificationSettings.kinds)).toEqual(['PRACTICE_DUE_SOON', 'PRACTICE_OVERDUE', 'SATISFACTION_TALK_SUGGESTED']);
    // A later change of one field keeps the others.
    await member.client.ok(UPDATE_MY_NOTIFICATION_SETTINGS, { input: { kinds: [{ kind: 'DEBRIEF_PENDING', email: true }] } });
    const after = await settingsOf(member.client);
    expect(after.delivery).toBe('DAILY_DIGEST');
    expect(mailed(after.kinds)).toEqual(['PRACTICE_DUE_SOON', 'PRACTICE_OVERDUE', 'DEBRIEF_PENDING', 'SATISFACTION_TALK_SUGGESTED']);
    expect(await settingsOf(other.client)).toMatchObject({ emailEnabled: true, delivery: 'IMMEDIATE' });
    expect(mailed((await settingsOf(other.client)).kinds)).toEqual([...NUDGE_KINDS]);
  });

  it.each([
    ['a kind twice', { kinds: [{ kind: 'ROLE_SHARED', email: false }, { kind: 'ROLE_SHARED', email: true }] }],
    ['an unknown kind', { kinds: [{ kind: 'EVERYTHING', email: false }] }],
    ['null mail', { emailEnabled: null }],
    ['an unknown delivery', { delivery: 'WEEKLY' }],
  ])('refuse %s and write nothing', async (_, input) => {
    const { member } = await person();
    const before = await tableFingerprint(app.db);
    expect(codeOf(await member.client.request(UPDATE_MY_NOTIFICATION_SETTINGS, { input: input as never }))).toBe('BAD_USER_INPUT');
    expect(await tableFingerprint(app.db)).toEqual(before);
  });

  describe('one-click unsubscribe', () => {
    const link = (organizationId: string, personId: string, scope: UnsubscribeScope) => app.app.get(UnsubscribeLinks).url({ organizationId, personId, scope });
    const tokenOf = (url: string) => new URL(url).searchParams.get('token')!;

    /** As a mail client's one-click does it: a form POST to the link, with no cookie. */
    const oneClick = (url: string) =>
      fetch(url.replace('http://onward.test', base), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });

    it('GET shows what the link turns off, with a button, and changes nothing', async () => {
      const { member, organizationId } = await person();
      const url = await link(organizationId, member.id, 'ROLE_SHARED');
      const before = await tableFingerprint(app.db);
      const response = await fetch(url.replace('http://onward.test', base), { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      const page = await response.text();
      expect(page).toContain('You will no longer get emails when one of your reports shares a role with you.');
      expect(page).toContain(`<form method="post" action="http://onward.test/unsubscribe?token=${tokenOf(url)}">`);
      expect(page).not.toContain('Onward app');
      expect(await tableFingerprint(app.db)).toEqual(before);
    });

    it('POST without a session turns off that one kind and nothing else', async () => {
      const { member, organizationId } = await person();
      await member.client.ok(UPDATE_MY_NOTIFICATION_SETTINGS, { input: { delivery: 'DAILY_DIGEST', kinds: [{ kind: 'DEBRIEF_PENDING', email: false }] } });
      const { member: colleague } = await person();
      const others = await app.db.query('SELECT * FROM notification_settings WHERE person_id <> $1 ORDER BY person_id', [member.id]);
      const response = await oneClick(await link(organizationId, member.id, 'PRACTICE_OVERDUE'));
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('You are unsubscribed');
      const after = await settingsOf(member.client);
      expect(after).toMatchObject({ emailEnabled: true, delivery: 'DAILY_DIGEST' });
      expect(mailed(after.kinds)).toEqual(['PRACTICE_DUE_SOON', 'SATISFACTION_TALK_SUGGESTED', 'ROLE_SHARED']);
      expect(await app.db.query('SELECT * FROM notification_settings WHERE person_id <> $1 ORDER BY person_id', [member.id])).toEqual(others);
      expect(mailed((await settingsOf(colleague.client)).kinds)).toEqual([...NUDGE_KINDS]);
      // Twice is the same as once.
      expect((await oneClick(await link(organizationId, member.id, 'PRACTICE_OVERDUE'))).status).toBe(200);
      expect(await settingsOf(member.client)).toEqual(after);
    });

    it('the link of all mail (a digest’s) turns mail off and keeps the per-kind choices', async () => {
      const { member, organizationId } = await person();
      await member.client.ok(UPDATE_MY_NOTIFICATION_SETTINGS, { input: { kinds: [{ kind: 'ROLE_SHARED', email: false }] } });
      expect((await oneClick(await link(organizationId, member.id, 'ALL'))).status).toBe(200);
      const after = await settingsOf(member.client);
      expect(after.emailEnabled).toBe(false);
      expect(mailed(after.kinds)).toEqual(NUDGE_KINDS.filter((kind: NudgeKind) => kind !== 'ROLE_SHARED'));
    });

    it('the confirmation page’s own button works too, as a plain form post', async () => {
      const { member, organizationId } = await person();
      const url = await link(organizationId, member.id, 'DEBRIEF_PENDING');
      const page = await (await fetch(url.replace('http://onward.test', base))).text();
      const action = page.match(/action="([^"]+)"/)![1].replace(/&amp;/g, '&');
      const response = await fetch(action.replace('http://onward.test', base), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
      expect(response.status).toBe(200);
      expect(mailed((await settingsOf(member.client)).kinds)).not.toContain('DEBRIEF_PENDING');
    });

    it('refuses a tampered or foreign link, by GET or POST, and changes nothing', async () => {
      const { member, organizationId } = await person();
      const { member: other } = await person();
      const token = tokenOf(await link(organizationId, member.id, 'ROLE_SHARED'));
      const [org, personId, scope, mac] = token.split('.');
      const flipped = mac[0] === 'A' ? `B${mac.slice(1)}` : `A${mac.slice(1)}`;
      const sibling = await app.sibling({ mail: { linkSecret: 'another secret of at least thirty-two characters' } });
      try {
        const foreign = tokenOf(await sibling.app.get(UnsubscribeLinks).url({ organizationId, personId: member.id, scope: 'ROLE_SHARED' }));
        const tampered = [
          `${org}.${personId}.ALL.${mac}`, // another setting
          `${org}.${other.id}.${scope}.${mac}`, // another person
          `${org}.${personId}.${scope}.${flipped}`, // another signature
          `${org}.${personId}.${scope}`, // cut short
          `${token}.extra`,
          'not-a-token',
          foreign, // signed with another server's key
        ];
        const before = await tableFingerprint(app.db);
        for (const bad of tampered) {
          const url = `${base}/unsubscribe?token=${encodeURIComponent(bad)}`;
          const post = await oneClick(url);
          expect({ bad, status: post.status }).toEqual({ bad, status: 400 });
          expect(await post.text()).toContain('This unsubscribe link does not work');
          expect((await fetch(url)).status).toBe(400);
        }
        expect((await fetch(`${base}/unsubscribe`, { method: 'POST' })).status).toBe(400);
        expect(await tableFingerprint(app.db)).toEqual(before);
      } finally {
        await sibling.close();
      }
    });

    it('reads no more than a short form', async () => {
      const { member, organizationId } = await person();
      const response = await fetch((await link(organizationId, member.id, 'ROLE_SHARED')).replace('http://onward.test', base), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `List-Unsubscribe=One-Click&padding=${'x'.repeat(5_000)}`,
      });
      expect(response.status).toBe(413);
      expect(mailed((await settingsOf(member.client)).kinds)).toContain('ROLE_SHARED');
    });
  });
});
