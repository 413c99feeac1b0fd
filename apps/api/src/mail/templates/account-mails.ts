import { firstName, renderMail, type RenderedMail } from './mail-layout';

export interface InvitationMailInput {
  inviteeName: string;
  inviterName: string;
  organizationName: string;
  link: string;
  /** The day the link stops working, already in words. */
  expiresOn: string;
}

/** An admin invited someone: the link that lets them set a password. */
export function renderInvitationMail(input: InvitationMailInput): RenderedMail {
  return renderMail({
    subject: `${input.inviterName} invited you to ${input.organizationName} on Onward`,
    greetingName: firstName(input.inviteeName),
    paragraphs: [
      `${input.inviterName} invited you to join ${input.organizationName} on Onward, where managers and their reports keep interview practice going: the roles that interest you, the debriefs after interviews, and the conversations in between.`,
      `Choose a password to finish setting up your account. The link works once, until ${input.expiresOn}.`,
    ],
    action: { label: 'Accept the invitation', url: input.link },
    footer: ['You get this email because an admin of your organization invited you to Onward. If you did not expect it, you can ignore it.'],
  });
}

export interface PasswordResetMailInput {
  recipientName: string;
  link: string;
  /** How long the link works. */
  validMinutes: number;
}

/** Someone asked to reset this account's password: a single-use link. */
export function renderPasswordResetMail(input: PasswordResetMailInput): RenderedMail {
  return renderMail({
    subject: 'Reset your Onward password',
    greetingName: firstName(input.recipientName),
    paragraphs: [
      `Someone, hopefully you, asked to reset the password of your Onward account. Choose a new one with this link within ${input.validMinutes} minutes; it works once.`,
      'Setting a new password signs you out everywhere you are signed in.',
      'If you did not ask for this, ignore this email: your password stays as it is.',
    ],
    action: { label: 'Choose a new password', url: input.link },
    footer: ['You get this email because a password reset was asked for your address in Onward.'],
  });
}
