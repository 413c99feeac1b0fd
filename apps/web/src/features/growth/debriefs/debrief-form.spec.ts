import type { DebriefFieldsFragment } from '../../../generated/gql/graphql';
import { newActionItemDraft } from '../action-items/action-item-drafts';
import { createDebriefInput, debriefFormFrom, debriefFormProblems, emptyDebriefForm, updateDebriefInput, type DebriefFormState } from './debrief-form';

const TODAY = '2026-11-25';

function filled(): DebriefFormState {
  const form = emptyDebriefForm(TODAY, 'role-1');
  const mine = { ...newActionItemDraft('REPORT'), text: '  Practise system design  ', dueOn: '2026-12-15' };
  const yours = { ...newActionItemDraft('MANAGER'), text: 'Book a mock interview', dueOn: '' };
  return {
    ...form,
    wentWell: ' Clear answers on payments. ',
    couldBeBetter: '',
    thirdPartyFeedback: '   ',
    assessedLevelKey: 'IC4',
    assessedLevelLabel: 'Staff',
    outcome: 'INTERVIEWING',
    stages: ['RECRUITER_SCREEN', 'TECHNICAL'],
    stageCount: 4,
    themes: [' Payments ', 'payments', 'system design', ''],
    ratings: { startedOnTime: 5, roleClearlyExplained: null, interviewersPrepared: 3, treatedWithRespect: null, challenging: null },
    actionItems: [mine, yours],
  };
}

describe('createDebriefInput', () => {
  it('sends what was filled in, trimmed, and leaves out what was left empty', () => {
    expect(createDebriefInput('priya', filled())).toEqual({
      reportId: 'priya',
      heldOn: TODAY,
      roleId: 'role-1',
      wentWell: 'Clear answers on payments.',
      assessedLevelKey: 'IC4',
      assessedLevelLabel: 'Staff',
      outcome: 'INTERVIEWING',
      stages: ['RECRUITER_SCREEN', 'TECHNICAL'],
      stageCount: 4,
      themes: ['payments', 'system design'],
      ratings: { startedOnTime: 5, interviewersPrepared: 3 },
      actionItems: [
        { owner: 'REPORT', text: 'Practise system design', dueOn: '2026-12-15' },
        { owner: 'MANAGER', text: 'Book a mock interview' },
      ],
    });
  });

  it('sends only the report and the day for an untouched form', () => {
    expect(createDebriefInput('priya', emptyDebriefForm(TODAY))).toEqual({ reportId: 'priya', heldOn: TODAY });
  });

  it('takes a typed stage count as a number', () => {
    expect(createDebriefInput('priya', { ...emptyDebriefForm(TODAY), stageCount: '3' }).stageCount).toBe(3);
  });
});

describe('updateDebriefInput', () => {
  it('clears emptied fields with null, so that the API does not keep the old values', () => {
    const initial = filled();
    const cleared: DebriefFormState = { ...initial, wentWell: '', assessedLevelKey: null, outcome: null, stages: [], stageCount: '', themes: [] };
    const input = updateDebriefInput(cleared, initial);
    expect(input).toMatchObject({ wentWell: null, assessedLevelKey: null, outcome: null, stages: [], stageCount: null, themes: [] });
    expect(input.ratings).toEqual({ startedOnTime: 5, roleClearlyExplained: null, interviewersPrepared: 3, treatedWithRespect: null, challenging: null });
  });

  it('sends the role only when it changed, so that a role no longer visible stays linked', () => {
    const initial = { ...filled(), roleId: null };
    expect(updateDebriefInput(initial, initial)).not.toHaveProperty('roleId');
    expect(updateDebriefInput({ ...initial, roleId: 'role-2' }, initial).roleId).toBe('role-2');
  });
});

describe('debriefFormFrom', () => {
  it('starts the edit form from the saved debrief, with no new action items', () => {
    const saved = {
      heldOn: '2026-11-20',
      role: { id: 'role-1' },
      wentWell: 'Good',
      couldBeBetter: null,
      thirdPartyFeedback: null,
      assessedLevel: { key: 'IC3' },
      assessedLevelLabel: null,
      outcome: null,
      stages: ['FINAL'],
      stageCount: null,
      themes: ['culture'],
      ratings: { startedOnTime: 4, roleClearlyExplained: null, interviewersPrepared: null, treatedWithRespect: 2, challenging: null },
    } as unknown as DebriefFieldsFragment;
    const form = debriefFormFrom(saved);
    expect(form).toMatchObject({ heldOn: '2026-11-20', roleId: 'role-1', wentWell: 'Good', couldBeBetter: '', assessedLevelKey: 'IC3', stageCount: '', actionItems: [] });
    expect(form.ratings.treatedWithRespect).toBe(2);
  });
});

describe('debriefFormProblems', () => {
  it('refuses a day in the future and a stage count out of range', () => {
    const problems = debriefFormProblems({ ...emptyDebriefForm('2026-11-26'), stageCount: 31 }, TODAY);
    expect(Object.keys(problems.fields).sort()).toEqual(['heldOn', 'stageCount']);
  });

  it('asks for the text of an action item row rather than dropping it silently', () => {
    const blank = { ...newActionItemDraft('REPORT'), dueOn: '2026-12-01' };
    const problems = debriefFormProblems({ ...emptyDebriefForm(TODAY), actionItems: [blank] }, TODAY);
    expect(problems.rows[blank.key]).toMatch(/what is to be done/);
    expect(problems.fields).toEqual({});
  });
});

describe('what makes a debrief count', () => {
  it('is written text of 10 characters or more, the level they were read at, or their stages or themes', () => {
    const empty = emptyDebriefForm(TODAY);
    expect(debriefFormProblems(empty, TODAY).empty).toBe(true);
    expect(debriefFormProblems({ ...empty, wentWell: 'ok', outcome: 'OFFER', ratings: { ...empty.ratings, challenging: 4 } }, TODAY).empty).toBe(true);
    expect(debriefFormProblems({ ...empty, wentWell: 'Calm under pressure' }, TODAY).empty).toBe(false);
    expect(debriefFormProblems({ ...empty, assessedLevelKey: 'IC4' }, TODAY).empty).toBe(false);
    expect(debriefFormProblems({ ...empty, stages: ['PANEL'] }, TODAY).empty).toBe(false);
    expect(debriefFormProblems(filled(), TODAY).empty).toBe(false);
  });
});
