export { canonicalTimeZone, DEFAULT_TIME_ZONE, instantAtLocalTime, nextCalendarDay, zonedParts, type ZonedParts } from './time-zone';
export { CONVERSATION_MINUTES, SUGGESTED_SLOT_HOUR, suggestConversationSlot, type ConversationSlot } from './conversation-slot';
export { DEFAULT_DIGEST_HOUR, dueDigestDay } from './digest-time';
