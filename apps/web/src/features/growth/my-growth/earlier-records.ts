import type { RecordShareEnd } from '../../../generated/gql/graphql';
import { formatDate } from '../../../shared/format/format-date';

interface Sharing {
  sharedWithCurrentManager: boolean;
  earlierRecordCount: number;
}

interface Manager {
  name: string;
}

/**
 * Where the report stands with the records they had with earlier managers:
 * - NONE: there are none (and nothing is shared);
 * - NO_MANAGER: there are some, and nobody to share them with;
 * - PRIVATE: the current manager does not see them, and the report may let them;
 * - SHARED: the current manager sees them, until the report stops or the manager changes.
 */
export type EarlierRecordsState =
  | { kind: 'NONE' }
  | { kind: 'NO_MANAGER'; count: number }
  | { kind: 'PRIVATE'; count: number; manager: Manager }
  | { kind: 'SHARED'; count: number; manager: Manager };

export function earlierRecordsState(sharing: Sharing, manager: Manager | null | undefined): EarlierRecordsState {
  const count = sharing.earlierRecordCount;
  // A share is with the current manager only; without one it has already ended.
  if (sharing.sharedWithCurrentManager && manager) return { kind: 'SHARED', count, manager };
  if (count <= 0) return { kind: 'NONE' };
  if (!manager) return { kind: 'NO_MANAGER', count };
  return { kind: 'PRIVATE', count, manager };
}

/** "1 debrief or conversation", "3 debriefs and conversations". */
export function recordCount(count: number): string {
  return count === 1 ? '1 debrief or conversation' : `${count} debriefs and conversations`;
}

export const SHARE_END_LABELS: Record<RecordShareEnd, string> = {
  STOPPED: 'You stopped sharing',
  MANAGER_CHANGED: 'Ended when your manager changed',
};

interface Share {
  startedAt: string;
  endedAt?: string | null;
  endedReason?: RecordShareEnd | null;
  active: boolean;
}

/** "1 Dec 2026 – 3 Dec 2026 · You stopped sharing", or "Since 1 Dec 2026 · Shared now". */
export function sharePeriod(share: Share, locale?: string): string {
  const from = formatDate(share.startedAt, locale);
  if (share.active || !share.endedAt) return `Since ${from} · Shared now`;
  const why = share.endedReason ? (SHARE_END_LABELS[share.endedReason] ?? 'Ended') : 'Ended';
  return `${from} – ${formatDate(share.endedAt, locale)} · ${why}`;
}
