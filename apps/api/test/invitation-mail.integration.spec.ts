import { codeOf } from './graphql-client';
import { PASSWORD, signUpOrganization, tokenOf, unique } from './builders';
import { ACCEPT, INVITE, REISSUE, UPDATE_ORGANIZATION } from './operations';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { startTestApp, type TestApp } from './test-app';

describe('invitations by email', () => {
  let sink: SmtpSink;
  let app: TestApp;
  beforeAll(async () => {
    sink = await startSmtpSink();
    app = await startTestApp({ mail: { smtpUrl: sink.url, timeoutMs: 2_000 } });
  });
  afterAll(async () => {
    await app.close();
    await sink.close();
  });
  beforeEach(() => sink.behave('ACCEPT'));

  it('mails the invitee the link the admin is shown, from the admin, to the organization', async () => {
    const org = await signUpOrganization(app, unique('Northwind'));
    await org.admin.client.ok(UPDATE_ORGANIZATION, { input: { timeZone: 'Pacific/Auckland' } });
    const email = `${unique('nia')}@example.com`;
    const before = sink.received.length;
    const { invitePerson } = await org.admin.client.ok(INVITE, { input: { email, name: 'Nia New' } });
    expect(invitePerson.emailed).toBe(true);
    await sink.waitFor(before + 1);
    const [mail] = sink.to(email);
    expect(mail.parsed.subject).toMatch(/^Admin of Northwind-\w+ invited you to Northwind-\w+ on Onward$/);
    expect(mail.parsed.text).toMatch(/^Hi Nia,/);
    expect(mail.parsed.text).toContain(`Accept the invitation: ${invitePerson.url}`);
    // The last day, in the organization's time zone: a week on, at the same time of day.
    const lastDay = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Pacific/Auckland' }).format(new Date(invitePerson.expiresAt));
    expect(mail.parsed.text).toContain(`until ${lastDay}`);
    expect(mail.parsed.html).toContain(`href="${invitePerson.url}"`);
    // The mailed link works.
    const link = mail.parsed.text?.match(/Accept the invitation: (\S+)/)?.[1] ?? '';
    await app.client().ok(ACCEPT, { input: { token: tokenOf(link), password: PASSWORD } });
  });

  it('a reissued invitation mails the new link; the old one no longer works', async () => {
    const org = await signUpOrganization(app);
    const email = `${unique('ola')}@example.com`;
    const { invitePerson } = await org.admin.client.ok(INVITE, { input: { email, name: 'Ola Again' } });
    const before = sink.received.length;
    const { reissueInvitation } = await org.admin.client.ok(REISSUE, { personId: invitePerson.person.id });
    await sink.waitFor(before + 1);
    expect(sink.to(email).map((mail) => mail.parsed.text?.match(/Accept the invitation: (\S+)/)?.[1])).toEqual([invitePerson.url, reissueInvitation.url]);
    expect(codeOf(await app.client().request(ACCEPT, { input: { token: tokenOf(invitePerson.url), password: PASSWORD } }))).toBe('NOT_FOUND');
  });

  it('when the mail cannot be sent, the invitation still stands and the admin is told to pass the link on', async () => {
    const org = await signUpOrganization(app);
    sink.behave('REJECT');
    const email = `${unique('rae')}@example.com`;
    const { invitePerson } = await org.admin.client.ok(INVITE, { input: { email, name: 'Rae Rejected' } });
    expect(invitePerson.emailed).toBe(false);
    expect(sink.to(email)).toEqual([]);
    sink.behave('ACCEPT');
    await app.client().ok(ACCEPT, { input: { token: tokenOf(invitePerson.url), password: PASSWORD } });
  });
});
