import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { CommonException, CommonExceptionCode } from '../errors/common.exception';
import { isUuid } from '../is-uuid';
import { refusedCharacter } from '../validation/text-hygiene';

@ObjectType({ description: 'Where a page of a connection ends.' })
export class PageInfo {
  @Field({ description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to fetch the next page.' })
  endCursor!: string | null;
}

/** The largest page a connection's `first` accepts; the query cost reads it too. */
export const MAX_PAGE_SIZE = 100;

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay-style cursor connection of `node`, e.g. PersonConnection with PersonEdge. */
export function Connection<T>(node: Type<T>, nodeName: string) {
  @ObjectType(`${nodeName}Edge`, { description: `One ${nodeName} in a page, with its cursor.` })
  class Edge {
    @Field({ description: 'Opaque position of this item.' })
    cursor!: string;

    @Field(() => node, { description: `The ${nodeName}.` })
    node!: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType implements ConnectionShape<T> {
    @Field(() => [Edge], { description: 'The items of this page.' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Paging information.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match, across all pages.' })
    totalCount!: number;
  }
  return ConnectionType;
}

/** Cursors are opaque to clients: base64url of the sort key. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** What each part of a cursor's key is, so a key is checked before it reaches SQL as that type. */
export type CursorPart = 'text' | 'uuid' | 'timestamp';

// As encodeCursor writes it (toISOString); PostgreSQL has no year 0, and JavaScript rolls 30 February over.
const ISO_TIMESTAMP = /^(?!0000)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function isPart(value: unknown, part: CursorPart): value is string {
  if (typeof value !== 'string') return false;
  if (part === 'uuid') return isUuid(value);
  if (part === 'timestamp') return ISO_TIMESTAMP.test(value) && Number.isFinite(Date.parse(value)) && new Date(value).toISOString() === value;
  return refusedCharacter(value) === null;
}

/**
 * A cursor is opaque to clients, but it comes from them: one from another list, an edited one or
 * a made-up one is INVALID_CURSOR, never a key PostgreSQL fails to read as a uuid or a timestamp.
 */
export function decodeCursor(cursor: string, parts: readonly CursorPart[]): string[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === parts.length && key.every((value, i) => isPart(value, parts[i]))) return key as string[];
  } catch {
    // fall through to the error below
  }
  throw new CommonException(CommonExceptionCode.INVALID_CURSOR, 'That page cursor is not valid.');
}
