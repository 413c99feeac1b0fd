import { fieldLabel, humaniseMessage } from './humanise-message';

describe('humaniseMessage', () => {
  it.each([
    ['organizationName must be longer than or equal to 1 characters', 'Organization name is required'],
    ['password must be longer than or equal to 10 characters', 'Password must be at least 10 characters'],
    ['title must be shorter than or equal to 200 characters', 'Title must be at most 200 characters'],
    ['rank must not be less than 0', 'Rank must be at least 0'],
    ['stageCount must not be greater than 30', 'Stage count must be at most 30'],
    ['managerId must be a UUID', 'Manager id is malformed'],
    ['email must be a valid email address', 'Email must be a valid email address'],
    ['heldOn must be a real calendar date', 'Held on must be a real calendar date'],
    ['Give either a debrief or a conversation', 'Give either a debrief or a conversation'],
  ])('%j → %j', (message, expected) => {
    expect(humaniseMessage(message)).toBe(expected);
  });

  it('labels camelCase properties as words', () => {
    expect(fieldLabel('whatWouldItTake')).toBe('What would it take');
  });
});
