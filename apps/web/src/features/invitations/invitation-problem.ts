import { describeError, hasReason } from '../../shared/errors/describe-error';

export interface InvitationProblem {
  title: string;
  message: string;
}

/** Why an invitation link cannot be used, in words, from the API's reason. */
export function describeInvitationProblem(error: unknown): InvitationProblem {
  if (hasReason(error, 'INVITATION_EXPIRED')) {
    return { title: 'This invitation has expired', message: 'Invitation links work for a limited time. Ask your Onward admin to send you a new one.' };
  }
  if (hasReason(error, 'INVITATION_USED')) {
    return { title: 'This invitation has already been used', message: 'Your account is set up already. Log in with your email and the password you chose.' };
  }
  if (hasReason(error, 'INVITATION_NOT_FOUND')) {
    return {
      title: 'This invitation link is not valid',
      message: 'Check that you copied the whole link. If your admin sent you a newer link, the older ones stop working.',
    };
  }
  return { title: 'We could not open this invitation', message: describeError(error).message };
}
