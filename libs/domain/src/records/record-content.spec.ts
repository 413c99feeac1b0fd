import { conversationHasContent, debriefHasContent, isWrittenOut, MIN_WRITTEN_LENGTH } from './record-content';

describe('a debrief or conversation says something', () => {
  it.each([
    ['nothing', '', false],
    ['spaces and line breaks', ' \n\t  ', false],
    ['a stray word', 'ok', false],
    ['nine characters padded with spaces', '   123456789   ', false],
    ['ten characters', '1234567890', true],
    ['a sentence', 'Clear answers', true],
  ])('%s → %s', (_, text, expected) => {
    expect(isWrittenOut(text)).toBe(expected);
    expect(isWrittenOut(text)).toBe(text.trim().length >= MIN_WRITTEN_LENGTH);
  });

  it.each<[string, Parameters<typeof debriefHasContent>[0], boolean]>([
    ['an empty debrief', {}, false],
    ['nulls and empty lists', { wentWell: null, couldBeBetter: null, thirdPartyFeedback: null, stages: [], themes: [], assessedLevel: null }, false],
    ['blank text', { wentWell: '   ', couldBeBetter: '\n', thirdPartyFeedback: '' }, false],
    ['text too short in every field', { wentWell: 'ok', couldBeBetter: 'meh', thirdPartyFeedback: 'fine' }, false],
    ['blank themes', { themes: [' ', ''] }, false],
    ['what went well', { wentWell: 'Calm under pressure' }, true],
    ['what could have gone better', { couldBeBetter: 'Estimation questions' }, true],
    ['third-party feedback', { thirdPartyFeedback: 'Strong hire at senior' }, true],
    ['the assessed level alone', { assessedLevel: 'IC4' }, true],
    ['their word for the level alone', { assessedLevelLabel: 'Staff' }, true],
    ['their stages alone', { stages: ['PANEL'] }, true],
    ['a theme alone', { themes: ['system design'] }, true],
  ])('%s → %s', (_, debrief, expected) => {
    expect(debriefHasContent(debrief)).toBe(expected);
  });

  it.each<[string, Parameters<typeof conversationHasContent>[0], boolean]>([
    ['an empty conversation', {}, false],
    ['blank notes and answers', { notes: '  ', answers: [{ answer: ' ' }] }, false],
    ['short answers only', { answers: [{ answer: 'yes' }, { answer: 'no' }] }, false],
    ['notes', { notes: 'Talked about the Globex role' }, true],
    ['one answered question', { answers: [{ answer: '' }, { answer: 'One at Globex' }] }, true],
  ])('%s → %s', (_, conversation, expected) => {
    expect(conversationHasContent(conversation)).toBe(expected);
  });
});
