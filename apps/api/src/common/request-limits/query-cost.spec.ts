import { buildSchema, parse } from 'graphql';
import { queryCost } from './query-cost';

const schema = buildSchema(`
  type Shown { value: Int! }
  type Hidden { threshold: Int! }
  union Figure = Shown | Hidden
  type Person { id: ID! name: String! }
  type Named { person: Person! }
  union Mixed = Shown | Named
  type Query { figure: Figure! figures: [Figure!]! mixed: Mixed! }
`);
const cost = (text: string) => queryCost(schema, parse(text), {});

describe('the cost of a tagged value', () => {
  it('is one unit for a union of scalar-only members, whatever is selected in it', () => {
    expect(cost('{ figure { ... on Shown { value } ... on Hidden { threshold } __typename } }')).toBe(1);
  });

  it('is counted field by field in a list, and for a union with a member that holds an object', () => {
    // A list of unions is not sized as a list of objects is: the field and its member's leaf, as before.
    expect(cost('{ figures { ... on Shown { value } } }')).toBe(2);
    expect(cost('{ mixed { ... on Named { person { id name } } } }')).toBe(4);
  });
});
