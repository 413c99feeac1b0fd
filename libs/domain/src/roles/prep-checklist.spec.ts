import { saysNothingWouldMakeMeMove } from './prep-checklist';

describe('saysNothingWouldMakeMeMove', () => {
  it.each([
    'Nothing',
    'nothing.',
    'N/A',
    'Honestly, nothing would make me move right now.',
    "I wouldn't leave, I love my team",
    'No amount of money would get me to switch.',
    'Not leaving anytime soon',
    'never',
    'Nothing, honestly: I am happy here.',
    'None - I love this team.',
  ])('warns on %j', (answer) => {
    expect(saysNothingWouldMakeMeMove(answer)).toBe(true);
  });

  it.each([
    '',
    '   ',
    null,
    'A staff title and 20% more',
    'Nothing but a real step up into a staff role',
    'Nothing would, unless it is fully remote',
    "I wouldn't move for less than a principal role",
    'Not much: a good team and remote work',
    'Leading a platform team',
    'Nothing, unless it is a principal role',
    'Never say never: more than 30% and remote',
  ])('does not warn on %j', (answer) => {
    expect(saysNothingWouldMakeMeMove(answer)).toBe(false);
  });
});
