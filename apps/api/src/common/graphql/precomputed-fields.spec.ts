import { buildSchema, execute, GraphQLSchema, parse } from 'graphql';
import { FieldBatches } from './field-batches';
import type { GraphqlContext } from './graphql-context';
import { precomputeListFields } from './precomputed-fields';

class Person {
  constructor(
    readonly id: string,
    readonly levelId: string,
  ) {}
}

const SDL = `
  type Level { id: ID! name: String! }
  type Person { id: ID! level: Level score: Int! friends: [Person!]! }
  type PersonEdge { cursor: String! node: Person! }
  type PersonConnection { edges: [PersonEdge!]! }
  type Query { people: [Person!]! page: PersonConnection! one: Person! }
`;

/** A schema whose per-item resolvers count their calls, with `level` batched (or failing to be). */
function harness(options: { batchFails?: boolean } = {}) {
  const calls = { perItemLevel: 0, batches: 0, batchSizes: [] as number[] };
  const people = ['a', 'b', 'c'].map((id) => new Person(id, `level-${id}`));
  const schema: GraphQLSchema = buildSchema(SDL);
  const fields = (type: string) => (schema.getType(type) as import('graphql').GraphQLObjectType).getFields();
  fields('Query')['people'].resolve = () => people;
  fields('Query')['page'].resolve = async () => ({ edges: people.map((node) => ({ cursor: node.id, node })) });
  fields('Query')['one'].resolve = () => people[0];
  fields('Person')['level'].resolve = (person: Person) => {
    calls.perItemLevel += 1;
    return Promise.resolve({ id: person.levelId, name: `Level of ${person.id}` });
  };
  fields('Person')['friends'].resolve = (person: Person) => people.filter((p) => p !== person);
  const batches = new FieldBatches();
  batches.register(Person, 'level', async (parents) => {
    calls.batches += 1;
    calls.batchSizes.push(parents.length);
    if (options.batchFails) throw new Error('the batch failed');
    return parents.map((person) => ({ id: person.levelId, name: `Level of ${person.id}` }));
  });
  precomputeListFields(schema, batches);
  const run = async (query: string, variableValues?: Record<string, unknown>) => {
    const context = {} as GraphqlContext;
    const result = await execute({ schema, document: parse(query), contextValue: context, variableValues });
    expect(result.errors).toBeUndefined();
    return result.data as Record<string, unknown>;
  };
  return { calls, run };
}

const levelsOf = (list: { level: { name: string } | null }[]) => list.map((p) => p.level?.name);

describe('precomputed list fields', () => {
  it('answers a selected field for a whole list in one batch, and no per-item resolver runs', async () => {
    const { calls, run } = harness();
    const data = await run('{ people { id level { name } } }');
    expect(levelsOf(data['people'] as never)).toEqual(['Level of a', 'Level of b', 'Level of c']);
    expect(calls).toEqual({ perItemLevel: 0, batches: 1, batchSizes: [3] });
  });

  it('finds the field through fragments and inline fragments, and batches connection edges by their node', async () => {
    const { calls, run } = harness();
    const data = await run(`
      query { page { edges { node { ...Bits } } } }
      fragment Bits on Person { id ... on Person { level { name } } }`);
    const edges = (data['page'] as { edges: { node: { level: { name: string } } }[] }).edges;
    expect(edges.map((e) => e.node.level.name)).toEqual(['Level of a', 'Level of b', 'Level of c']);
    expect(calls.perItemLevel).toBe(0);
    expect(calls.batches).toBe(1);
  });

  it('runs nothing for a field the client did not select, or skipped', async () => {
    const { calls, run } = harness();
    await run('{ people { id } }');
    await run('query ($skip: Boolean!) { people { id level @skip(if: $skip) { name } } }', { skip: true });
    await run('{ people { id level @include(if: false) { name } } }');
    expect(calls).toEqual({ perItemLevel: 0, batches: 0, batchSizes: [] });
  });

  it('leaves a single object to its own resolver', async () => {
    const { calls, run } = harness();
    const data = await run('{ one { level { name } } }');
    expect((data['one'] as { level: { name: string } }).level.name).toBe('Level of a');
    expect(calls).toMatchObject({ perItemLevel: 1, batches: 0 });
  });

  it('batches nested lists once per list, and keeps values to the request that computed them', async () => {
    const { calls, run } = harness();
    const data = await run('{ people { id friends { id level { name } } } }');
    const people = data['people'] as { friends: { level: { name: string } }[] }[];
    expect(people.map((p) => levelsOf(p.friends))).toEqual([
      ['Level of b', 'Level of c'],
      ['Level of a', 'Level of c'],
      ['Level of a', 'Level of b'],
    ]);
    expect(calls.perItemLevel).toBe(0);
    // Each friends list batches what it has not yet seen in this request; the next request starts afresh.
    const before = calls.batches;
    await run('{ people { id level { name } } }');
    expect(calls.batches).toBe(before + 1);
  });

  it('falls back to the per-item resolvers when the batch fails, so each item answers as it would have', async () => {
    const { calls, run } = harness({ batchFails: true });
    const data = await run('{ people { id level { name } } }');
    expect(levelsOf(data['people'] as never)).toEqual(['Level of a', 'Level of b', 'Level of c']);
    expect(calls).toMatchObject({ perItemLevel: 3, batches: 1 });
  });

  it('refuses at start a batch for a type or field the schema lacks, or for a field with arguments', () => {
    const schema = () => buildSchema(`type Person { id: ID! level(at: Int): Int } type Query { people: [Person!]! }`);
    const forField = (field: string) => {
      const batches = new FieldBatches();
      batches.register(Person, field, async (parents) => parents.map(() => 1));
      return () => precomputeListFields(schema(), batches);
    };
    expect(forField('level')).toThrow(/cannot be batched/);
    expect(forField('missing')).toThrow(/cannot be batched/);
    class Stranger {}
    const batches = new FieldBatches();
    batches.register(Stranger, 'x', async () => []);
    expect(() => precomputeListFields(schema(), batches)).toThrow(/no object type/);
    expect(() => batches.register(Stranger, 'x', async () => [])).toThrow(/already has a batch/);
  });
});
