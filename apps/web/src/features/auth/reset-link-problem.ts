import { hasReason } from '../../shared/errors/describe-error';

/** Why a reset link cannot be used, in words, from the API's reason; null when the link is not the problem. */
export function describeResetLinkProblem(error: unknown): { title: string; message: string } | null {
  if (hasReason(error, 'RESET_LINK_EXPIRED')) return { title: 'This reset link has expired', message: 'Reset links work for an hour. Ask for a new one.' };
  if (hasReason(error, 'RESET_LINK_USED')) {
    return { title: 'This reset link has been used', message: 'Your password was already changed with it. Log in, or ask for a new link if you need one.' };
  }
  if (hasReason(error, 'RESET_LINK_NOT_FOUND')) {
    return { title: 'This reset link is not valid', message: 'Check that you opened the whole link from the most recent email; asking again makes older links stop working.' };
  }
  return null;
}
