import { conversationHasContent } from '@onward/domain';
import type { ConversationFieldsFragment, ConversationKind, HoldConversationInput, UpdateConversationInput } from '../../../generated/gql/graphql';
import { actionItemDraftProblems, actionItemInputs, type ActionItemDraft } from '../action-items/action-item-drafts';

export interface ConversationFormState {
  kind: ConversationKind;
  heldOn: string;
  /** Only for a satisfaction conversation. */
  roleId: string | null;
  /** Answers by answerKey(kind, question); kept across kind changes so that a mis-click loses nothing. */
  answers: Record<string, string>;
  notes: string;
  actionItems: ActionItemDraft[];
}

export const answerKey = (kind: ConversationKind, questionKey: string) => `${kind}.${questionKey}`;

export const CONVERSATION_FIELDS = ['kind', 'heldOn', 'roleId', 'answers', 'notes', 'actionItems'] as const;

export function emptyConversationForm(kind: ConversationKind, today: string, roleId: string | null = null): ConversationFormState {
  return { kind, heldOn: today, roleId: kind === 'SATISFACTION' ? roleId : null, answers: {}, notes: '', actionItems: [] };
}

/** The edit form starts from the saved conversation. */
export function conversationFormFrom(conversation: ConversationFieldsFragment): ConversationFormState {
  return {
    kind: conversation.kind,
    heldOn: conversation.heldOn,
    roleId: conversation.role?.id ?? null,
    answers: Object.fromEntries(conversation.answers.map((a) => [answerKey(conversation.kind, a.questionKey), a.answer])),
    notes: conversation.notes ?? '',
    actionItems: [],
  };
}

/** The answers typed for the form's current kind (answers to another kind's agenda stay behind). */
function answersOfKind(state: ConversationFormState): string[] {
  const prefix = `${state.kind}.`;
  return Object.entries(state.answers).filter(([key]) => key.startsWith(prefix)).map(([, answer]) => answer);
}

export function conversationFormProblems(state: ConversationFormState, today: string): { fields: Record<string, string>; rows: Record<string, string>; empty: boolean } {
  const fields: Record<string, string> = {};
  if (!state.heldOn) fields.heldOn = 'Give the day the conversation was held.';
  else if (state.heldOn > today) fields.heldOn = 'Record a conversation once it is held: pick today or an earlier day.';
  const empty = !conversationHasContent({ notes: state.notes, answers: answersOfKind(state).map((answer) => ({ answer })) });
  return { fields, rows: actionItemDraftProblems(state.actionItems), empty };
}

/**
 * Every answer of its agenda (the ones cleared are left out, so they are cleared) and the notes,
 * null when cleared; the role only when it changed, as for a debrief.
 */
export function updateConversationInput(state: ConversationFormState, initial: ConversationFormState, questionKeys: readonly string[] | null): UpdateConversationInput {
  // Without the agenda (it could not be loaded) the answers are not on screen: they stay as they are.
  const answers = questionKeys?.map((questionKey) => ({ questionKey, answer: (state.answers[answerKey(state.kind, questionKey)] ?? '').trim() })).filter((a) => a.answer);
  return {
    heldOn: state.heldOn,
    ...(answers ? { answers } : {}),
    notes: state.notes.trim() || null,
    ...(state.kind === 'SATISFACTION' && state.roleId !== initial.roleId ? { roleId: state.roleId } : {}),
  };
}

/**
 * The answers to this kind's agenda (in agenda order, blank ones left out), the role only for a
 * satisfaction conversation, notes only when written.
 */
export function holdConversationInput(reportId: string, state: ConversationFormState, questionKeys: readonly string[]): HoldConversationInput {
  const answers = questionKeys.map((questionKey) => ({ questionKey, answer: (state.answers[answerKey(state.kind, questionKey)] ?? '').trim() })).filter((a) => a.answer);
  const input: HoldConversationInput = { reportId, kind: state.kind, heldOn: state.heldOn, answers };
  if (state.notes.trim()) input.notes = state.notes.trim();
  if (state.kind === 'SATISFACTION' && state.roleId) input.roleId = state.roleId;
  const actionItems = actionItemInputs(state.actionItems);
  if (actionItems.length > 0) input.actionItems = actionItems;
  return input;
}
