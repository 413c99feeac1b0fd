/**
 * A debrief or a practice conversation marks a report as practised for a whole cadence, so one
 * must say something: a record saved with nothing but its date would clear the nudge and the
 * dashboards with no conversation behind it. A written field counts from this many characters
 * (after trimming): "ok" or a stray key says nothing, "Clear answers" does.
 */
export const MIN_WRITTEN_LENGTH = 10;

/** What a debrief holds that can make it count; the date, the outcome, the role and the ratings cannot. */
export interface DebriefContent {
  wentWell?: string | null;
  couldBeBetter?: string | null;
  thirdPartyFeedback?: string | null;
  /** The level the other company assessed, on our ladder (any id or key). */
  assessedLevel?: string | null;
  /** Their own word for it. */
  assessedLevelLabel?: string | null;
  stages?: readonly string[] | null;
  themes?: readonly string[] | null;
}

/** What a conversation holds that can make it count: the agenda's answers and the notes. */
export interface ConversationContent {
  answers?: readonly { answer: string }[] | null;
  notes?: string | null;
}

/** The rule in the words the forms show and the API answers with. */
export const DEBRIEF_CONTENT_RULE =
  `A debrief needs what was learned: write at least ${MIN_WRITTEN_LENGTH} characters in what went well, what could have gone better or the third-party feedback, or record the level they were read at or the other company’s stages or themes. A date, an outcome or ratings alone are not enough.`;
export const CONVERSATION_CONTENT_RULE = `A conversation needs what was said: answer an agenda question or write notes, at least ${MIN_WRITTEN_LENGTH} characters.`;

/** Whether a piece of text says enough to count. */
export function isWrittenOut(text: string | null | undefined): boolean {
  return (text?.trim().length ?? 0) >= MIN_WRITTEN_LENGTH;
}

const isGiven = (value: string | null | undefined) => (value?.trim().length ?? 0) > 0;

export function debriefHasContent(debrief: DebriefContent): boolean {
  return (
    [debrief.wentWell, debrief.couldBeBetter, debrief.thirdPartyFeedback].some(isWrittenOut) ||
    isGiven(debrief.assessedLevel) ||
    isGiven(debrief.assessedLevelLabel) ||
    (debrief.stages?.length ?? 0) > 0 ||
    (debrief.themes ?? []).some(isGiven)
  );
}

export function conversationHasContent(conversation: ConversationContent): boolean {
  return isWrittenOut(conversation.notes) || (conversation.answers ?? []).some((a) => isWrittenOut(a.answer));
}
