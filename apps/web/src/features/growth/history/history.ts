import type { ConversationSummaryFieldsFragment, DebriefSummaryFieldsFragment } from '../../../generated/gql/graphql';
import { CONVERSATION_KIND_LABELS } from '../labels';

/** One line of a report's growth history: a debrief or a conversation. */
export interface HistoryEntry {
  id: string;
  to: string;
  title: string;
  heldOn: string;
  createdAt: string;
  role: { title: string; company?: string | null } | null;
  /** Who held it: the current manager, or an earlier one whose records the report shares. */
  heldBy: { id: string; name: string } | null;
  /** "debrief" or the conversation kind, for its icon. */
  type: 'DEBRIEF' | ConversationSummaryFieldsFragment['kind'];
}

/** Debriefs and conversations together, newest first (by the day held, then by when written). */
export function historyEntries(debriefs: readonly DebriefSummaryFieldsFragment[], conversations: readonly ConversationSummaryFieldsFragment[]): HistoryEntry[] {
  const entries: HistoryEntry[] = [
    ...debriefs.map((d) => ({
      id: d.id,
      to: `/debriefs/${d.id}`,
      title: 'Debrief',
      heldOn: d.heldOn,
      createdAt: d.createdAt,
      role: d.role ?? null,
      heldBy: d.heldBy ?? null,
      type: 'DEBRIEF' as const,
    })),
    ...conversations.map((c) => ({
      id: c.id,
      to: `/conversations/${c.id}`,
      title: `${CONVERSATION_KIND_LABELS[c.kind]} conversation`,
      heldOn: c.heldOn,
      createdAt: c.createdAt,
      role: c.role ?? null,
      heldBy: c.heldBy ?? null,
      type: c.kind,
    })),
  ];
  return entries.sort((a, b) => b.heldOn.localeCompare(a.heldOn) || b.createdAt.localeCompare(a.createdAt));
}
