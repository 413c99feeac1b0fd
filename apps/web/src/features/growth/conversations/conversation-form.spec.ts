import { newActionItemDraft } from '../action-items/action-item-drafts';
import { answerKey, conversationFormProblems, emptyConversationForm, holdConversationInput, updateConversationInput } from './conversation-form';

const TODAY = '2026-11-25';

describe('holdConversationInput', () => {
  it('sends the answers to this kind’s agenda in agenda order, leaving blank ones and other kinds’ out', () => {
    const form = {
      ...emptyConversationForm('INTERVIEW_PRACTICE', TODAY),
      answers: {
        [answerKey('INTERVIEW_PRACTICE', 'step_further')]: ' Staff scope ',
        [answerKey('INTERVIEW_PRACTICE', 'open_roles')]: 'One at Lumen Pay',
        [answerKey('INTERVIEW_PRACTICE', 'outside_feedback')]: '   ',
        [answerKey('CAREER', 'life_story')]: 'Typed before switching kind',
      },
      notes: '  ',
    };
    expect(holdConversationInput('priya', form, ['open_roles', 'step_further', 'outside_feedback'])).toEqual({
      reportId: 'priya',
      kind: 'INTERVIEW_PRACTICE',
      heldOn: TODAY,
      answers: [
        { questionKey: 'open_roles', answer: 'One at Lumen Pay' },
        { questionKey: 'step_further', answer: 'Staff scope' },
      ],
    });
  });

  it('links the role only for a satisfaction conversation', () => {
    const satisfaction = emptyConversationForm('SATISFACTION', TODAY, 'role-1');
    expect(holdConversationInput('priya', satisfaction, []).roleId).toBe('role-1');
    const career = { ...emptyConversationForm('CAREER', TODAY), roleId: 'role-1' };
    expect(holdConversationInput('priya', career, [])).not.toHaveProperty('roleId');
    expect(emptyConversationForm('CAREER', TODAY, 'role-1').roleId).toBeNull();
  });

  it('sends notes and action items when there are some', () => {
    const item = { ...newActionItemDraft('MANAGER'), text: 'Find a mentor', dueOn: '2027-01-10' };
    const input = holdConversationInput('priya', { ...emptyConversationForm('CAREER', TODAY), notes: ' Went well ', actionItems: [item] }, []);
    expect(input.notes).toBe('Went well');
    expect(input.actionItems).toEqual([{ owner: 'MANAGER', text: 'Find a mentor', dueOn: '2027-01-10' }]);
  });
});

describe('conversationFormProblems', () => {
  it('refuses a conversation dated in the future or with no day', () => {
    expect(conversationFormProblems(emptyConversationForm('CAREER', '2026-12-01'), TODAY).fields.heldOn).toMatch(/once it is held/);
    expect(conversationFormProblems(emptyConversationForm('CAREER', ''), TODAY).fields.heldOn).toMatch(/Give the day/);
    expect(conversationFormProblems(emptyConversationForm('CAREER', TODAY), TODAY).fields).toEqual({});
  });
});

describe('what makes a conversation count', () => {
  it('is an answer to this kind’s agenda or notes, of 10 characters or more', () => {
    const empty = emptyConversationForm('CAREER', TODAY);
    expect(conversationFormProblems(empty, TODAY).empty).toBe(true);
    expect(conversationFormProblems({ ...empty, notes: '  short  ' }, TODAY).empty).toBe(true);
    expect(conversationFormProblems({ ...empty, answers: { [answerKey('INTERVIEW_PRACTICE', 'seen_open_roles')]: 'Typed before switching kind' } }, TODAY).empty).toBe(true);
    expect(conversationFormProblems({ ...empty, answers: { [answerKey('CAREER', 'dreams')]: 'Lead a platform team' } }, TODAY).empty).toBe(false);
    expect(conversationFormProblems({ ...empty, notes: 'Talked about the Globex role' }, TODAY).empty).toBe(false);
  });
});

describe('updateConversationInput', () => {
  it('sends every answer of the agenda, cleared notes as null, and the role only when it changed', () => {
    const initial = { ...emptyConversationForm('SATISFACTION', TODAY, 'role-1'), notes: 'Old notes', answers: { [answerKey('SATISFACTION', 'belonging')]: 'Yes' } };
    const edited = { ...initial, notes: '  ', answers: { [answerKey('SATISFACTION', 'belonging')]: '', [answerKey('SATISFACTION', 'what_keeps_you')]: ' The people ' } };
    expect(updateConversationInput(edited, initial, ['what_keeps_you', 'belonging'])).toEqual({
      heldOn: TODAY,
      answers: [{ questionKey: 'what_keeps_you', answer: 'The people' }],
      notes: null,
    });
    expect(updateConversationInput({ ...edited, roleId: null }, initial, []).roleId).toBeNull();
  });
});
