import 'reflect-metadata';
import { Test } from '@nestjs/testing';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory, Query, Resolver } from '@nestjs/graphql';
import { graphql } from 'graphql';
import { StretchTagEnum } from '../../roles/models/role-enums.graphql';
import { StretchBreakdown } from '../models/figures.model';
import { showStretch, tallyByStretch } from './breakdowns';
import { groupCompanies, nameCompanies } from './company-names';
import { Disclosure, everyFigureShown, FigureTable } from './figure-table';
import { underAnonymityThreshold } from './threshold-disclosure';

describe('the figure table and the manager’s disclosure', () => {
  it('shows every count and measure as it is; a measure of nothing stays null', () => {
    const table = new FigureTable();
    const count = table.count(7, 3);
    const zero = table.count(0, 0);
    const share = table.measure(0.25, 4);
    const none = table.measure(null, 0);
    const shown = everyFigureShown.disclose(table);
    expect([shown.count(count), shown.count(zero), shown.measure(share), shown.measure(none)]).toEqual([
      { kind: 'VALUE', value: 7 },
      { kind: 'VALUE', value: 0 },
      { kind: 'VALUE', value: 0.25 },
      null,
    ]);
  });

  it('refuses a figure it was not asked to disclose, rather than show it unchecked', () => {
    const other = new FigureTable().count(3, 3);
    const shown = everyFigureShown.disclose(new FigureTable());
    expect(() => shown.count(other)).toThrow();
  });

  it.each([
    ['a fraction', () => new FigureTable().count(1.5, 1)],
    ['a negative count', () => new FigureTable().count(-1, 0)],
    ['fractional people', () => new FigureTable().count(1, 0.5)],
    ['an infinite measure', () => new FigureTable().measure(Number.POSITIVE_INFINITY, 2)],
  ])('refuses %s', (_description, make) => {
    expect(make).toThrow(RangeError);
  });

  it('ties a breakdown’s parts to its total, for a rule that hides complementary cells', () => {
    const table = new FigureTable();
    const tallies = tallyByStretch(table, [
      { personId: 'a', stretch: 'STEP_UP' },
      { personId: 'a', stretch: 'STEP_UP' },
      { personId: 'b', stretch: 'SAME_LEVEL' },
    ]);
    expect(table.sums).toEqual([{ total: tallies.total, parts: tallies.parts.map((p) => p.count) }]);
    expect(tallies.parts.map((p) => [p.stretch, p.count])).toEqual([
      ['STEP_UP', { value: 2, people: 1 }],
      ['SAME_LEVEL', { value: 1, people: 1 }],
      ['STEP_DOWN', { value: 0, people: 0 }],
      ['UNRATED', { value: 0, people: 0 }],
    ]);
  });
});

describe('nameCompanies', () => {
  const company = (name: string, debriefs: number, ...peopleIds: string[]) => ({ name, debriefs, peopleIds });

  it('names a company debriefed about by at least k different people; the rest are other companies, each person once', () => {
    const result = nameCompanies(
      [company('Initech', 4, 'a', 'b', 'b', 'c'), company('Globex', 6, 'a', 'b', 'c', 'd', 'e'), company('Hooli', 2, 'c', 'f'), company('Acme', 9, 'a', 'b', 'c', 'd', 'e', 'f')],
      5,
    );
    expect(result.threshold).toBe(5);
    expect(result.named).toEqual([
      { name: 'Acme', debriefs: 9, people: 6 },
      { name: 'Globex', debriefs: 6, people: 5 },
    ]);
    expect(result.others).toEqual({ debriefs: 6, people: 4 });
  });

  it('over a subtree, other companies are held to k as well: the smallest named company joins them, and all still add up', () => {
    const companies = [company('Acme', 9, 'a', 'b', 'c', 'd', 'e', 'f'), company('Globex', 6, 'a', 'b', 'c', 'd', 'e'), company('Hooli', 2, 'c', 'f'), company(' hooli', 1, 'g')];
    const result = groupCompanies(companies, 5);
    expect(result.named).toEqual([{ name: 'Acme', debriefs: 9, people: 6 }]);
    expect(result.others).toEqual({ debriefs: 9, people: 7 });
  });

  it('never names from fewer than three people, whatever the setting', () => {
    const result = nameCompanies([company('Globex', 2, 'a', 'b'), company('Initech', 3, 'a', 'b', 'c')], 1);
    expect(result.threshold).toBe(3);
    expect(result.named.map((c) => c.name)).toEqual(['Initech']);
    expect(result.others).toEqual({ debriefs: 2, people: 2 });
  });
});

describe('the subtree’s disclosure (libs/domain’s suppressTable over the figure table)', () => {
  const hidden = { kind: 'SUPPRESSED', threshold: 5 };

  it('hides a count about fewer than k people however many things it counts, and what would give it back', () => {
    const table = new FigureTable();
    const total = table.count(30, 12);
    const parts = [table.count(9, 2), table.count(6, 5), table.count(15, 6)];
    table.sum(total, parts);
    const shown = underAnonymityThreshold(5).disclose(table);
    expect([total, ...parts].map((tally) => shown.count(tally))).toEqual([{ kind: 'VALUE', value: 30 }, hidden, hidden, { kind: 'VALUE', value: 15 }]);
  });

  it('with the viewer’s own team known, protects what is left below it', () => {
    const table = new FigureTable();
    const [total, wide] = [table.count(18, 7), table.count(40, 20)];
    const average = table.measure(3.5, 7);
    // The viewer's team had 15 of the 18, about 6 of the 7 people: the one person left would show.
    const known = new Map([[total, { value: 15, people: 6 }], [wide, { value: 20, people: 10 }], [average, { value: 0, people: 6 }]]);
    const shown = underAnonymityThreshold(5, (tally) => known.get(tally)).disclose(table);
    expect([shown.count(total), shown.count(wide), shown.measure(average)]).toEqual([hidden, { kind: 'VALUE', value: 40 }, hidden]);
    expect(() => underAnonymityThreshold(5, () => ({ value: 19, people: 1 })).disclose(table)).toThrow(RangeError);
  });

  it('shows a measure over k people or more; hides one over fewer, even a measure of nothing', () => {
    const table = new FigureTable();
    const [wide, narrow, none] = [table.measure(4.5, 6), table.measure(2, 4), table.measure(null, 0)];
    const shown = underAnonymityThreshold(5).disclose(table);
    expect([shown.measure(wide), shown.measure(narrow), shown.measure(none)]).toEqual([{ kind: 'VALUE', value: 4.5 }, hidden, hidden]);
    expect(() => shown.count(wide)).toThrow();
    expect(() => shown.count(new FigureTable().count(7, 7))).toThrow();
  });
});

/** A hidden figure goes to the client as `Suppressed { threshold }`, through the same types the team dashboard uses. */
describe('figures over GraphQL', () => {
  const hideSmall: Disclosure = {
    disclose: () => ({
      count: (tally) => (tally.people < 5 ? { kind: 'SUPPRESSED', threshold: 5 } : { kind: 'VALUE', value: tally.value ?? 0 }),
      measure: () => null,
    }),
  };

  @Resolver()
  class FiguresResolver {
    @Query(() => StretchBreakdown, { description: 'A breakdown for the test.' })
    breakdown(): StretchBreakdown {
      const table = new FigureTable();
      const people = (n: number, stretch: 'STEP_UP' | 'SAME_LEVEL') => Array.from({ length: n }, (_, i) => ({ personId: `${stretch}${i}`, stretch }));
      const tallies = tallyByStretch(table, [...people(6, 'STEP_UP'), ...people(2, 'SAME_LEVEL')]);
      return showStretch(tallies, hideSmall.disclose(table));
    }
  }

  it('sends a shown count as ShownCount and a hidden one as Suppressed with its threshold, never as null or the number', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [GraphQLSchemaBuilderModule] }).compile();
    const schema = await moduleRef.get(GraphQLSchemaFactory).create([FiguresResolver]);
    const result = await graphql({
      schema,
      rootValue: { breakdown: () => new FiguresResolver().breakdown() },
      source: `{ breakdown { total { __typename ... on ShownCount { value } ... on Suppressed { threshold } }
                 parts { stretch count { __typename ... on ShownCount { value } ... on Suppressed { threshold } } } } }`,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      breakdown: {
        total: { __typename: 'ShownCount', value: 8 },
        parts: [
          { stretch: StretchTagEnum.STEP_UP, count: { __typename: 'ShownCount', value: 6 } },
          { stretch: StretchTagEnum.SAME_LEVEL, count: { __typename: 'Suppressed', threshold: 5 } },
          { stretch: StretchTagEnum.STEP_DOWN, count: { __typename: 'Suppressed', threshold: 5 } },
          { stretch: StretchTagEnum.UNRATED, count: { __typename: 'Suppressed', threshold: 5 } },
        ],
      },
    });
  });
});
