import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, isAbstractType } from 'graphql';
import { POSSIBLE_TYPES } from './possible-types';

describe('the cache’s possible types', () => {
  it('list every union and interface of the committed schema with its members', () => {
    const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../../api/schema.graphql'), 'utf8'));
    const expected: Record<string, string[]> = {};
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !isAbstractType(type)) continue;
      expected[type.name] = schema.getPossibleTypes(type).map((member) => member.name).sort();
    }
    const actual = Object.fromEntries(Object.entries(POSSIBLE_TYPES).map(([name, members]) => [name, [...members].sort()]));
    expect(actual).toEqual(expected);
  });
});
