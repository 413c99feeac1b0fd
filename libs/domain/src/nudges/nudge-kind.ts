// The five reasons a manager is nudged about one report (DESIGN.md, "Nudges"). Shared by the sweep,
// the inbox, mail settings and the web app, so the list lives once.
export const NUDGE_KINDS = [
  'PRACTICE_DUE_SOON',
  'PRACTICE_OVERDUE',
  'DEBRIEF_PENDING',
  'SATISFACTION_TALK_SUGGESTED',
  'ROLE_SHARED',
] as const;

export type NudgeKind = (typeof NUDGE_KINDS)[number];

export function isNudgeKind(value: string): value is NudgeKind {
  return (NUDGE_KINDS as readonly string[]).includes(value);
}
