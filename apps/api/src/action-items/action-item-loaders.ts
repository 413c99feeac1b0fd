import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { ActionItemEntity } from './action-item.entity';

function grouped(keys: readonly string[], rows: ActionItemEntity[], keyOf: (row: ActionItemEntity) => string | null): ActionItemEntity[][] {
  const groups = new Map<string, ActionItemEntity[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key) groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/** Action items of debriefs and conversations that already passed the report access check. */
export function createActionItemLoaders(dataSource: DataSource, organizationId: string) {
  const find = (where: object) =>
    dataSource.getRepository(ActionItemEntity).find({ where: { ...where, organizationId }, order: { createdAt: 'ASC' } });
  return {
    actionItemsByDebriefId: new DataLoader<string, ActionItemEntity[]>(async (ids) => grouped(ids, await find({ debriefId: In([...ids]) }), (r) => r.debriefId)),
    actionItemsByConversationId: new DataLoader<string, ActionItemEntity[]>(async (ids) =>
      grouped(ids, await find({ conversationId: In([...ids]) }), (r) => r.conversationId),
    ),
  };
}
