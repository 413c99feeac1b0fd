import { defineException, ErrorKind } from '../common/errors/app.exception';

export enum ConversationsExceptionCode {
  CONVERSATION_NOT_FOUND = 'CONVERSATION_NOT_FOUND',
  UNKNOWN_QUESTION = 'UNKNOWN_QUESTION',
  ROLE_ONLY_FOR_SATISFACTION = 'ROLE_ONLY_FOR_SATISFACTION',
  IN_THE_FUTURE = 'IN_THE_FUTURE',
  /** Shared with you from an earlier manager: you may read it, only whoever held it changes it. */
  HELD_BY_SOMEONE_ELSE = 'HELD_BY_SOMEONE_ELSE',
  /** Nothing said is written down: it would count with nothing behind it. */
  EMPTY_CONVERSATION = 'EMPTY_CONVERSATION',
}

export const ConversationsException = defineException<ConversationsExceptionCode>('ConversationsException', {
  CONVERSATION_NOT_FOUND: ErrorKind.NOT_FOUND,
  UNKNOWN_QUESTION: ErrorKind.BAD_USER_INPUT,
  ROLE_ONLY_FOR_SATISFACTION: ErrorKind.BAD_USER_INPUT,
  IN_THE_FUTURE: ErrorKind.BAD_USER_INPUT,
  HELD_BY_SOMEONE_ELSE: ErrorKind.FORBIDDEN,
  EMPTY_CONVERSATION: ErrorKind.BAD_USER_INPUT,
});
