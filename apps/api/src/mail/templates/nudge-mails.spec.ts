import { NUDGE_KINDS, type NudgeKind } from '@onward/domain';
import { renderDigestMail } from './digest-mail';
import { escapeHtml, formatDueDay, mailLink } from './mail-layout';
import { nudgeLine, renderNudgeMail } from './nudge-mails';

const LINK = 'https://onward.example/team/7b0c2f5e-0000-4000-8000-000000000001';
const UNSUBSCRIBE = 'https://onward.example/unsubscribe?token=abc.def';

/** What a caller might hold about the nudge's role: none of it may reach a mail. */
const ROLE = { roleTitle: 'Staff Engineer, Payments', company: 'Globex Corporation', whatWouldItTake: 'A remote team' };

const input = { recipientName: 'Morgan Manager', reportName: 'Priya Patel', dueOn: '2027-03-12', link: LINK, unsubscribeLink: UNSUBSCRIBE };

describe('nudge mails', () => {
  const expected: Record<NudgeKind, { subject: string; says: string[]; action: string }> = {
    PRACTICE_DUE_SOON: {
      subject: 'Interview practice with Priya Patel is due by Friday, 12 March 2027',
      says: ['Your next interview-practice conversation with Priya Patel is due by Friday, 12 March 2027.'],
      action: 'Plan the conversation',
    },
    PRACTICE_OVERDUE: {
      subject: 'Interview practice with Priya Patel is overdue',
      says: ['was due on Friday, 12 March 2027', 'no practice conversation or debrief with Priya since'],
      action: 'Start the conversation',
    },
    DEBRIEF_PENDING: { subject: 'Priya Patel has an interview to debrief', says: ['there is no debrief of it yet'], action: 'Start the debrief' },
    SATISFACTION_TALK_SUGGESTED: {
      subject: 'A satisfaction conversation with Priya Patel is suggested',
      says: ['whether they feel they belong'],
      action: 'Plan the conversation',
    },
    ROLE_SHARED: { subject: 'Priya Patel shared a role with you', says: ['Priya Patel shared a role with you in Onward.'], action: 'Open the role' },
  };

  it.each(NUDGE_KINDS)('%s says what awaits, greets the manager and links into Onward', (kind) => {
    const mail = renderNudgeMail(kind, input);
    expect(mail.subject).toBe(expected[kind].subject);
    expect(mail.text.startsWith('Hi Morgan,\n\n')).toBe(true);
    for (const words of expected[kind].says) {
      expect(mail.text).toContain(words);
      expect(mail.html).toContain(escapeHtml(words));
    }
    expect(mail.text).toContain(`${expected[kind].action}: ${LINK}`);
    expect(mail.html).toContain(`<a href="${LINK}"`);
    expect(mail.text).toContain(`Unsubscribe: ${UNSUBSCRIBE}`);
    expect(mail.html).toContain(`href="${escapeHtml(UNSUBSCRIBE)}"`);
    expect(mail.text).toContain('Account page: https://onward.example/account');
  });

  it.each(NUDGE_KINDS)('%s carries nothing about the role, whatever the caller holds', (kind) => {
    const holding = { ...input, ...ROLE };
    const mail = renderNudgeMail(kind, holding);
    for (const secret of Object.values(ROLE)) {
      expect(mail.subject + mail.text + mail.html).not.toContain(secret);
    }
  });

  it('escapes names in the HTML part and keeps them as written in the text part', () => {
    const mail = renderNudgeMail('ROLE_SHARED', { ...input, reportName: '<img src=x onerror=alert(1)> "Bo" & Co' });
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt; &quot;Bo&quot; &amp; Co shared a role with you');
    expect(mail.text).toContain('<img src=x onerror=alert(1)> "Bo" & Co shared a role with you');
  });

  it('a practice nudge without a due day still reads well', () => {
    expect(renderNudgeMail('PRACTICE_DUE_SOON', { ...input, dueOn: null }).subject).toBe('Interview practice with Priya Patel is due soon');
    expect(renderNudgeMail('PRACTICE_OVERDUE', { ...input, dueOn: undefined }).text).toContain('Interview practice with Priya Patel is overdue.');
  });

  it('links only to http(s) addresses', () => {
    expect(() => renderNudgeMail('ROLE_SHARED', { ...input, link: 'javascript:alert(1)' })).toThrow(RangeError);
    expect(() => renderNudgeMail('ROLE_SHARED', { ...input, unsubscribeLink: 'data:text/html,hi' })).toThrow(RangeError);
    expect(() => mailLink('not a url')).toThrow();
  });

  it('formats due days as calendar days, whatever the server’s time zone', () => {
    expect(formatDueDay('2027-01-01')).toBe('Friday, 1 January 2027');
    expect(() => formatDueDay('12/03/2027')).toThrow(RangeError);
  });
});

describe('the daily digest', () => {
  const items = [
    { kind: 'ROLE_SHARED' as const, reportName: 'Priya Patel' },
    { kind: 'PRACTICE_OVERDUE' as const, reportName: 'Sam Lee', dueOn: '2026-10-01' },
    { kind: 'DEBRIEF_PENDING' as const, reportName: 'Ana Díaz' },
  ];
  const digest = { recipientName: 'Morgan Manager', items, link: 'https://onward.example/inbox', unsubscribeLink: UNSUBSCRIBE };

  it('lists one line per nudge, in order, and links to the inbox', () => {
    const mail = renderDigestMail(digest);
    expect(mail.subject).toBe('3 things in Onward need your attention');
    expect(mail.text).toContain(
      ['- Priya Patel shared a role with you', '- Interview practice with Sam Lee is overdue', '- Ana Díaz has an interview to debrief'].join('\n'),
    );
    expect(mail.html).toContain('<li style="margin:0 0 6px">Ana Díaz has an interview to debrief</li>');
    expect(mail.text).toContain('Open your inbox: https://onward.example/inbox');
    expect(mail.text).toContain(`Unsubscribe: ${UNSUBSCRIBE}`);
  });

  it('says "one thing" for one, and refuses an empty digest', () => {
    expect(renderDigestMail({ ...digest, items: items.slice(0, 1) }).subject).toBe('One thing in Onward needs your attention');
    expect(() => renderDigestMail({ ...digest, items: [] })).toThrow(RangeError);
  });

  it('uses the same words as the single mails and nothing about roles', () => {
    const mail = renderDigestMail({ ...digest, items: items.map((item) => ({ ...item, ...ROLE })) });
    for (const item of items) expect(mail.text).toContain(nudgeLine(item.kind, item));
    for (const secret of Object.values(ROLE)) expect(mail.text + mail.html).not.toContain(secret);
  });
});
