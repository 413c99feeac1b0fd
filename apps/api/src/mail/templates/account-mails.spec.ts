import { renderInvitationMail, renderPasswordResetMail } from './account-mails';

describe('account mails', () => {
  it('an invitation names who invited whom to what, with the link and when it stops working', () => {
    const mail = renderInvitationMail({
      inviteeName: 'Nia New',
      inviterName: 'Ada Admin',
      organizationName: 'Northwind & <Co>',
      link: 'https://onward.example/invite/tok',
      expiresOn: '3 December 2026',
    });
    expect(mail.subject).toBe('Ada Admin invited you to Northwind & <Co> on Onward');
    expect(mail.text).toMatch(/^Hi Nia,\n\nAda Admin invited you to join Northwind & <Co> on Onward/);
    expect(mail.text).toContain('until 3 December 2026');
    expect(mail.text).toContain('Accept the invitation: https://onward.example/invite/tok');
    expect(mail.html).toContain('Northwind &amp; &lt;Co&gt;');
    expect(mail.html).not.toContain('<Co>');
    expect(mail.text).not.toContain('Unsubscribe');
  });

  it('a password reset says how long the link works and that it ends every session', () => {
    const mail = renderPasswordResetMail({ recipientName: 'Riley Report', link: 'https://onward.example/reset-password/tok', validMinutes: 60 });
    expect(mail.subject).toBe('Reset your Onward password');
    expect(mail.text).toContain('within 60 minutes; it works once');
    expect(mail.text).toContain('signs you out everywhere');
    expect(mail.text).toContain('Choose a new password: https://onward.example/reset-password/tok');
    expect(mail.html).toContain('<a href="https://onward.example/reset-password/tok"');
  });
});
