import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { CommonException, CommonExceptionCode } from '../errors/common.exception';

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

export function decodeCursor(cursor: string, length: number): string[] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === length && key.every((v) => typeof v === 'string')) return key;
  } catch {
    // fall through to the error below
  }
  throw new CommonException(CommonExceptionCode.INVALID_CURSOR, 'That page cursor is not valid.');
}
