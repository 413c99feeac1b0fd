import { defineException, ErrorKind } from '../common/errors/app.exception';

export enum ActionItemsExceptionCode {
  ACTION_ITEM_NOT_FOUND = 'ACTION_ITEM_NOT_FOUND',
  PARENT_NOT_FOUND = 'PARENT_NOT_FOUND',
  ONE_PARENT = 'ONE_PARENT',
  /** Whoever may see an item ticks it; only whoever wrote it rewords or deletes it. */
  WRITTEN_BY_SOMEONE_ELSE = 'WRITTEN_BY_SOMEONE_ELSE',
}

export const ActionItemsException = defineException<ActionItemsExceptionCode>('ActionItemsException', {
  ACTION_ITEM_NOT_FOUND: ErrorKind.NOT_FOUND,
  PARENT_NOT_FOUND: ErrorKind.NOT_FOUND,
  ONE_PARENT: ErrorKind.BAD_USER_INPUT,
  WRITTEN_BY_SOMEONE_ELSE: ErrorKind.FORBIDDEN,
});
