/**
 * Three rules of libs/domain as SQL, so the org dashboard can count a whole organization's people
 * per team in the database instead of sending 10,000 members' records to Node. Each mirrors the
 * domain function named beside it, and `org-rules.sql.integration.spec.ts` checks that they agree
 * on every case in PostgreSQL. The cadence rule is not here: its due days come from libs/domain as
 * a table (`practiceDueDays`).
 */

/** `stretchTag(roleRank, reportRank)`: ranks compared, unknown on either side is UNRATED. */
export const stretchSql = (roleRank: string, reportRank: string) =>
  `(CASE WHEN ${roleRank} IS NULL OR ${reportRank} IS NULL THEN 'UNRATED'
         WHEN ${roleRank} > ${reportRank} THEN 'STEP_UP' WHEN ${roleRank} < ${reportRank} THEN 'STEP_DOWN' ELSE 'SAME_LEVEL' END)`;

/** `debriefPendingSince(role, today) !== null`, given the role's latest interview before today and its latest debrief. */
export const debriefPendingSql = (lastInterviewBeforeToday: string, lastDebriefOn: string) =>
  `(${lastInterviewBeforeToday} IS NOT NULL AND (${lastDebriefOn} IS NULL OR ${lastDebriefOn} < ${lastInterviewBeforeToday}))`;

/**
 * `isSatisfactionTalkSuggested` for a SAME_LEVEL role: no satisfaction talk since `lookbackDays`
 * (SATISFACTION_TALK_LOOKBACK_DAYS, a parameter) before the UTC day it was shared.
 */
export const satisfactionTalkSuggestedSql = (sharedAt: string, lastSatisfactionOn: string, lookbackDays: string) =>
  `(${lastSatisfactionOn} IS NULL OR ${lastSatisfactionOn} < (${sharedAt} AT TIME ZONE 'UTC')::date - ${lookbackDays}::int)`;
