import { agendaAnswerProblems, CONVERSATION_AGENDAS, orderedAnswers } from './agendas';

describe('conversation agendas', () => {
  it.each([
    ['INTERVIEW_PRACTICE', 'Have you seen any open roles that interest you?'],
    ['SATISFACTION', 'What keeps you here?'],
    ['CAREER', 'Tell me your story: how did you get here?'],
  ] as const)('%s opens with %j', (kind, prompt) => {
    expect(CONVERSATION_AGENDAS[kind].questions[0].prompt).toBe(prompt);
  });

  it('has unique question keys per agenda', () => {
    for (const agenda of Object.values(CONVERSATION_AGENDAS)) {
      const keys = agenda.questions.map((q) => q.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it.each([
    [[{ questionKey: 'seen_open_roles', answer: 'a' }], []],
    [[{ questionKey: 'what_keeps_you', answer: 'a' }], ['"what_keeps_you" is not a question of the Interview practice agenda']],
    [[{ questionKey: 'plan', answer: 'a' }, { questionKey: 'plan', answer: 'b' }], ['"plan" is not a question of the Interview practice agenda', '"plan" is not a question of the Interview practice agenda']],
    [[{ questionKey: 'step_further', answer: 'a' }, { questionKey: 'step_further', answer: 'b' }], ['"step_further" is answered twice']],
  ])('checks answers %j', (answers, problems) => {
    expect(agendaAnswerProblems('INTERVIEW_PRACTICE', answers)).toEqual(problems);
  });

  it('orders answers as the agenda does and drops blank ones', () => {
    expect(
      orderedAnswers('CAREER', [
        { questionKey: 'plan', answer: ' Lead a team ' },
        { questionKey: 'dreams', answer: '   ' },
        { questionKey: 'life_story', answer: 'Physics, then code' },
      ]),
    ).toEqual([
      { questionKey: 'life_story', answer: 'Physics, then code' },
      { questionKey: 'plan', answer: 'Lead a team' },
    ]);
  });
});
