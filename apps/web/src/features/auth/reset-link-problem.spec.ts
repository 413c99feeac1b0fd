import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describeResetLinkProblem } from './reset-link-problem';

const apiError = (reason: string) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'no', extensions: { code: 'BAD_USER_INPUT', reason } }] });

describe('describeResetLinkProblem', () => {
  it.each([
    ['RESET_LINK_EXPIRED', 'This reset link has expired'],
    ['RESET_LINK_USED', 'This reset link has been used'],
    ['RESET_LINK_NOT_FOUND', 'This reset link is not valid'],
  ])('%s → %s', (reason, title) => {
    expect(describeResetLinkProblem(apiError(reason))?.title).toBe(title);
  });

  it('leaves other problems (a short password) to the form', () => {
    expect(describeResetLinkProblem(apiError('INVALID_INPUT'))).toBeNull();
  });
});
