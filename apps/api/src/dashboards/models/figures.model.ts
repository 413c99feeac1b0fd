import { createUnionType, Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { SuppressedCount } from '@onward/domain';
import { StretchTagEnum } from '../../roles/models/role-enums.graphql';

/**
 * A dashboard figure as the viewer may be shown it: the number, or hidden with the threshold that
 * hid it. Never null and never the number for a hidden one (docs/product.md, "Anonymity").
 */
export type Figure = SuppressedCount;

@ObjectType({ description: 'A count that may be shown.' })
export class ShownCount {
  @Field(() => Int, { description: 'The count.' }) value!: number;
}

@ObjectType({ description: 'A share, median or average that may be shown.' })
export class ShownMeasure {
  @Field(() => Float, { description: 'The figure (a share runs from 0 to 1).' }) value!: number;
}

@ObjectType({ description: 'A figure hidden because it is about fewer people than the anonymity threshold, or would let such a figure be worked out.' })
export class Suppressed {
  @Field(() => Int, { description: 'It stands for fewer than this many people ("fewer than k").' }) threshold!: number;
}

const resolveFigure = <Shown>(shown: Shown) => (figure: Figure) => (figure.kind === 'SUPPRESSED' ? Suppressed : shown);

/**
 * One union per kind of number, with `Suppressed` in both, so a client handles a hidden figure the
 * same way everywhere. The team dashboard shows every figure (a manager may open each record one by
 * one); the org dashboard will hide some, through the same types.
 */
export const PeopleCount = createUnionType({
  name: 'PeopleCount',
  description: 'A count over a group of people: ShownCount, or Suppressed when it may not be shown.',
  types: () => [ShownCount, Suppressed] as const,
  resolveType: resolveFigure(ShownCount),
});

export const PeopleMeasure = createUnionType({
  name: 'PeopleMeasure',
  description: 'A share, median or average over a group of people: ShownMeasure, or Suppressed when it may not be shown.',
  types: () => [ShownMeasure, Suppressed] as const,
  resolveType: resolveFigure(ShownMeasure),
});

@ObjectType({ description: 'One stretch tag’s part of a breakdown.' })
export class StretchPart {
  @Field(() => StretchTagEnum, { description: 'The tag.' }) stretch!: StretchTagEnum;
  @Field(() => PeopleCount, { description: 'How many carry it.' }) count!: Figure;
}

@ObjectType({ description: 'A count broken down by stretch tag: every tag, always in the order STEP_UP, SAME_LEVEL, STEP_DOWN, UNRATED.' })
export class StretchBreakdown {
  @Field(() => PeopleCount, { description: 'All of them.' }) total!: Figure;
  @Field(() => [StretchPart], { description: 'By tag.' }) parts!: StretchPart[];
}
