import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_LADDER } from '@onward/domain';
import { DataSource, EntityManager } from 'typeorm';
import { assertAdmin, type Viewer } from '../auth/viewer';
import { isUuid } from '../common/is-uuid';
import { isUniqueViolation } from '../database/postgres-errors';
import { CreateLevelInput, UpdateLevelInput } from './dto/level.input';
import { LadderException, LadderExceptionCode } from './ladder.exception';
import { LevelEntity } from './level.entity';

function normaliseKeywords(keywords: string[]): string[] {
  return [...new Set(keywords.map((k) => k.trim().toLowerCase().replace(/\s+/g, ' ')).filter(Boolean))];
}

export type LadderChangeListener = (manager: EntityManager, organizationId: string) => Promise<void>;

/** The organization's level ladder: everyone reads it, admins edit it. */
@Injectable()
export class LadderService {
  private readonly listeners: LadderChangeListener[] = [];

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Lets other modules follow ladder edits (roles re-infer their levels) inside the same
   * transaction, without the ladder module depending on them.
   */
  onLadderChanged(listener: LadderChangeListener): void {
    this.listeners.push(listener);
  }

  private async changed(manager: EntityManager, organizationId: string): Promise<void> {
    for (const listener of this.listeners) await listener(manager, organizationId);
  }

  async seedDefault(manager: EntityManager, organizationId: string): Promise<void> {
    await manager.getRepository(LevelEntity).insert(DEFAULT_LADDER.map((level) => ({ ...level, keywords: [...level.keywords], organizationId })));
  }

  list(viewer: Viewer, manager: EntityManager = this.dataSource.manager): Promise<LevelEntity[]> {
    return manager.getRepository(LevelEntity).find({ where: { organizationId: viewer.organizationId }, order: { rank: 'ASC', track: 'ASC', key: 'ASC' } });
  }

  async create(viewer: Viewer, input: CreateLevelInput): Promise<LevelEntity> {
    assertAdmin(viewer);
    return this.saving(input.key, () => this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(LevelEntity);
      const { identifiers } = await repo.insert({
        organizationId: viewer.organizationId,
        key: input.key.trim(),
        name: input.name.trim(),
        track: input.track,
        rank: input.rank,
        keywords: normaliseKeywords(input.keywords),
      });
      await this.changed(manager, viewer.organizationId);
      return repo.findOneByOrFail({ id: identifiers[0].id as string });
    }));
  }

  async update(viewer: Viewer, id: string, input: UpdateLevelInput): Promise<LevelEntity> {
    assertAdmin(viewer);
    const level = await this.get(viewer, id);
    return this.saving(input.key ?? level.key, () => this.dataSource.transaction(async (manager) => {
      const changes: Partial<LevelEntity> = {};
      if (input.key !== undefined) changes.key = input.key.trim();
      if (input.name !== undefined) changes.name = input.name.trim();
      if (input.track !== undefined) changes.track = input.track;
      if (input.rank !== undefined) changes.rank = input.rank;
      if (input.keywords !== undefined) changes.keywords = normaliseKeywords(input.keywords);
      if (Object.keys(changes).length > 0) {
        await manager.getRepository(LevelEntity).update({ id: level.id }, changes);
        await this.changed(manager, viewer.organizationId);
      }
      return this.get(viewer, id, manager);
    }));
  }

  /** Only a level nobody holds can go; otherwise people would silently lose their level. */
  async delete(viewer: Viewer, id: string): Promise<LevelEntity> {
    assertAdmin(viewer);
    return this.dataSource.transaction(async (manager) => {
      const level = await this.get(viewer, id, manager);
      const [{ count }] = await manager.query('SELECT count(*)::int AS count FROM people WHERE level_id = $1', [level.id]);
      if (count > 0) {
        throw new LadderException(LadderExceptionCode.LEVEL_IN_USE, `${count} ${count === 1 ? 'person holds' : 'people hold'} ${level.key}; move them first.`);
      }
      await manager.getRepository(LevelEntity).delete({ id: level.id });
      await this.changed(manager, viewer.organizationId);
      return level;
    });
  }

  /** The organization's whole ladder, in no particular order. */
  levelsOf(organizationId: string, manager: EntityManager = this.dataSource.manager): Promise<LevelEntity[]> {
    return manager.getRepository(LevelEntity).findBy({ organizationId });
  }

  /** A level of the organization's ladder by its key, or null; for inputs that name a level. */
  findByKey(organizationId: string, key: string, manager: EntityManager = this.dataSource.manager): Promise<LevelEntity | null> {
    return manager.getRepository(LevelEntity).findOneBy({ organizationId, key: key.trim() });
  }

  /** Whether `levelId` is a level of the organization's ladder (a malformed id is not). */
  async exists(organizationId: string, levelId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return isUuid(levelId) && (await manager.getRepository(LevelEntity).existsBy({ id: levelId, organizationId }));
  }

  async get(viewer: Viewer, id: string, manager: EntityManager = this.dataSource.manager): Promise<LevelEntity> {
    const level = isUuid(id) ? await manager.getRepository(LevelEntity).findOneBy({ id, organizationId: viewer.organizationId }) : null;
    if (!level) throw new LadderException(LadderExceptionCode.LEVEL_NOT_FOUND, 'No such level.');
    return level;
  }

  private async saving<T>(key: string, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isUniqueViolation(error, 'levels_organization_key')) {
        throw new LadderException(LadderExceptionCode.LEVEL_KEY_TAKEN, `The ladder already has a level ${key}.`);
      }
      throw error;
    }
  }
}
