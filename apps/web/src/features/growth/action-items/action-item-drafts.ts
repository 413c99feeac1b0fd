import type { ActionItemOwner, NewActionItemInput } from '../../../generated/gql/graphql';

/** One row of the "action items to add" part of a form. */
export interface ActionItemDraft {
  /** Stable React key for the row. */
  key: string;
  owner: ActionItemOwner;
  text: string;
  dueOn: string;
}

let nextKey = 0;

export function newActionItemDraft(owner: ActionItemOwner = 'REPORT'): ActionItemDraft {
  nextKey += 1;
  return { key: `item-${nextKey}`, owner, text: '', dueOn: '' };
}

/** Problems per row (by key): a row with a due day but nothing to do is a mistake, not a blank. */
export function actionItemDraftProblems(drafts: readonly ActionItemDraft[]): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const draft of drafts) {
    if (!draft.text.trim()) problems[draft.key] = 'Write what is to be done, or remove this item.';
    else if (draft.text.trim().length > 1000) problems[draft.key] = 'Keep it under 1,000 characters.';
  }
  return problems;
}

/** The rows as the API takes them: trimmed text, no empty due day. */
export function actionItemInputs(drafts: readonly ActionItemDraft[]): NewActionItemInput[] {
  return drafts
    .filter((draft) => draft.text.trim())
    .map((draft) => ({ owner: draft.owner, text: draft.text.trim(), ...(draft.dueOn ? { dueOn: draft.dueOn } : {}) }));
}
