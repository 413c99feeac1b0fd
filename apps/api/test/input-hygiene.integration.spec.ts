import type { GraphqlClient, GraphqlResponse } from './graphql-client';
import { codeOf, reasonOf } from './graphql-client';
import { CONVERSATION, CREATE_DEBRIEF, DEBRIEF, HOLD_CONVERSATION, UPDATE_DEBRIEF } from './growth-operations';
import { buildHierarchy, Hierarchy, Persona } from './hierarchy';
import { HYGIENE_CASES, hygienePages } from './input-hygiene-cases';
import { CREATE_LEVEL, LEVELS, UPDATE_LEVEL, UPDATE_PERSON } from './operations';
import { ADD_INTERVIEW, COMMENT, CREATE_ROLE, ROLE, SHARE_ROLE, UPDATE_ROLE } from './roles-operations';
import { startPostingServer, type PostingServer } from './posting-server';
import { tableFingerprint } from './table-fingerprint';
import { startTestApp, TestApp } from './test-app';

/** Every character the text rule refuses (common/validation/text-hygiene.ts), with a label. */
const REFUSED: [string, string][] = [
  ['NUL', '\u0000'],
  ['a lone high surrogate', '\uD800'],
  ['a lone low surrogate', '\uDC00'],
  ...[...Array.from({ length: 8 }, (_, i) => i + 1), 0x0b, 0x0c, ...Array.from({ length: 0x20 - 0x0e }, (_, i) => i + 0x0e), 0x7f].map(
    (unit): [string, string] => [`U+${unit.toString(16).toUpperCase().padStart(4, '0')}`, String.fromCharCode(unit)],
  ),
];

type Variables = Record<string, unknown>;

function setAt(variables: Variables, path: string, change: (value: unknown) => unknown): Variables {
  const copy = structuredClone(variables);
  const keys = path.split('.');
  let node = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = keys[keys.length - 1];
  node[last] = change(node[last]);
  return copy;
}

/** The name the pipe gives: an argument's own name, or the path inside an input object. */
function fieldOf(path: string): string {
  const keys = path.split('.');
  return keys.length > 1 ? keys.slice(1).join('.') : path;
}

function fieldsOf(result: GraphqlResponse<unknown>): { field: string; messages: string[] }[] {
  return (result.errors?.[0]?.extensions?.fields as { field: string; messages: string[] }[] | undefined) ?? [];
}

describe('input hygiene: every string of every argument, and nulls that mean nothing', () => {
  let app: TestApp;
  let h: Hierarchy;
  let pages: PostingServer;
  beforeAll(async () => {
    // importPostingFromUrl reads a page: one served here, which this app alone may reach.
    pages = await startPostingServer();
    hygienePages.origin = pages.origin;
    app = await startTestApp({ config: { postingFetch: { allowLoopback: true } } });
    h = await buildHierarchy(app);
  });
  afterAll(async () => {
    await app.close();
    await pages.close();
  });

  const clientFor = (as: Persona): GraphqlClient => (as === 'ANONYMOUS' ? app.client() : h.clients[as]);

  it('covers every operation with a string argument in the committed schema', async () => {
    const { buildSchema, getNamedType } = await import('graphql');
    const { readFileSync } = await import('node:fs');
    const schema = buildSchema(readFileSync(`${__dirname}/../schema.graphql`, 'utf8'));
    const hasText = (type: import('graphql').GraphQLInputType, seen = new Set<string>()): boolean => {
      const named = getNamedType(type);
      if (named.name === 'String' || named.name === 'ID') return true;
      if (!('getFields' in named) || seen.has(named.name)) return false;
      seen.add(named.name);
      return Object.values(named.getFields()).some((field) => hasText(field.type, seen));
    };
    const withText = [schema.getQueryType(), schema.getMutationType()].flatMap((root) =>
      Object.values(root?.getFields() ?? {}).filter((field) => field.args.some((arg) => hasText(arg.type))).map((field) => field.name),
    );
    const covered = new Set(HYGIENE_CASES.map((c) => c.name.split(' ')[0]));
    expect(withText.filter((name) => !covered.has(name))).toEqual([]);
  });

  it.each(HYGIENE_CASES.map((c) => [c.name, c] as const))('%s: refuses each refused character in each string, names the field, writes nothing', async (_, c) => {
    const variables = await c.prepare(h);
    const client = clientFor(c.as);
    const before = await tableFingerprint(app.db);
    const wrong: string[] = [];
    for (const path of c.texts) {
      for (const [label, character] of REFUSED) {
        const poisoned = setAt(variables, path, (value) => {
          if (typeof value !== 'string' || value.length === 0) throw new Error(`${c.name}: ${path} holds no text to poison`);
          return `${value.slice(0, 1)}${character}${value.slice(1)}`;
        });
        const result = await c.send(c.as === 'ANONYMOUS' ? app.client() : client, poisoned);
        const named = fieldsOf(result).find((f) => f.field === fieldOf(path));
        if (codeOf(result) !== 'BAD_USER_INPUT' || reasonOf(result) !== 'INVALID_INPUT' || !named) wrong.push(`${path} with ${label}: ${JSON.stringify(result).slice(0, 300)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(await tableFingerprint(app.db)).toEqual(before);
    // The same request without the refused character goes through, so the character was the reason.
    const clean = await c.send(client, variables);
    expect([c.name, codeOf(clean), clean.errors]).toEqual([c.name, 'OK', undefined]);
  });

  it('checks arguments written into the query text the same way as variables', async () => {
    const result = await h.org.admin.client.requestRaw('{ people(search: "a\\u0000b") { totalCount } }');
    expect([codeOf(result), fieldsOf(result).map((f) => f.field)]).toEqual(['BAD_USER_INPUT', ['search']]);
  });

  const withNulls = HYGIENE_CASES.filter((c) => c.nulls && c.nulls.length > 0);
  it.each(withNulls.map((c) => [c.name, c] as const))('%s: refuses an explicit null for each field that can be left out but not cleared', async (_, c) => {
    const variables = await c.prepare(h);
    const client = clientFor(c.as);
    const before = await tableFingerprint(app.db);
    for (const path of c.nulls ?? []) {
      const result = await c.send(c.as === 'ANONYMOUS' ? app.client() : client, setAt(variables, path, () => null));
      expect([path, codeOf(result), fieldsOf(result).find((f) => f.field === fieldOf(path))?.messages]).toEqual([
        path,
        'BAD_USER_INPUT',
        [expect.stringMatching(/ cannot be null; leave it out to keep it as it is$/)],
      ]);
    }
    expect(await tableFingerprint(app.db)).toEqual(before);
  });
});

describe('input hygiene: what is kept as typed', () => {
  let app: TestApp;
  let h: Hierarchy;
  beforeAll(async () => {
    app = await startTestApp();
    h = await buildHierarchy(app);
  });
  afterAll(() => app.close());

  // Tabs, line feeds and carriage returns inside the text, C1 controls, emoji and combining marks.
  // The services trim the ends of free text (empty means "not given"), so the kept characters sit inside.
  const TYPED = 'First line\n\tindented with a tab\r\nWindows line\rold Mac line\u0085 next line 🚀 e\u0301 end';

  it('keeps tabs, newlines and carriage returns in conversation notes and answers, exactly as typed', async () => {
    const { holdConversation } = await h.manager.client.ok(HOLD_CONVERSATION, {
      input: { reportId: h.owner.id, kind: 'SATISFACTION', heldOn: '2026-11-20', notes: TYPED, answers: [{ questionKey: 'what_keeps_you', answer: TYPED }] },
    });
    const { conversation } = await h.owner.client.ok(CONVERSATION, { id: holdConversation.id });
    expect(conversation.notes).toBe(TYPED);
    expect(conversation.answers.find((a) => a.questionKey === 'what_keeps_you')?.answer).toBe(TYPED);
  });

  it('keeps them in debrief text, interview notes, role descriptions and thread comments', async () => {
    const { createDebrief } = await h.manager.client.ok(CREATE_DEBRIEF, { input: { reportId: h.owner.id, heldOn: '2026-11-20', wentWell: TYPED } });
    await h.manager.client.ok(UPDATE_DEBRIEF, { id: createDebrief.id, input: { couldBeBetter: TYPED } });
    const { debrief } = await h.owner.client.ok(DEBRIEF, { id: createDebrief.id });
    expect([debrief.wentWell, debrief.couldBeBetter]).toEqual([TYPED, TYPED]);

    const { createInterestingRole } = await h.owner.client.ok(CREATE_ROLE, { input: { title: 'Staff Engineer', description: TYPED, myWhy: TYPED } });
    const id = createInterestingRole.id;
    const { addInterview } = await h.owner.client.ok(ADD_INTERVIEW, { roleId: id, input: { heldOn: '2026-11-20', kind: 'TECHNICAL', notes: TYPED } });
    expect(addInterview.notes).toBe(TYPED);
    await h.owner.client.ok(SHARE_ROLE, { id, message: TYPED });
    await h.manager.client.ok(COMMENT, { id, body: TYPED });
    const { interestingRole } = await h.owner.client.ok(ROLE, { id });
    expect([interestingRole.description, interestingRole.checklist.myWhy, interestingRole.shareMessage, interestingRole.comments[0]?.body]).toEqual([TYPED, TYPED, TYPED, TYPED]);
  });

  it('a null that means "clear it" still clears', async () => {
    const member = await h.org.addMember({ name: 'Casey Clear' });
    await h.org.admin.client.ok(UPDATE_PERSON, { id: member.id, input: { title: 'Lead', levelId: h.org.levelId('IC4') } });
    const { updatePerson } = await h.org.admin.client.ok(UPDATE_PERSON, { id: member.id, input: { title: null, levelId: null } });
    expect([updatePerson.title, updatePerson.level]).toEqual([null, null]);

    const { createDebrief } = await h.manager.client.ok(CREATE_DEBRIEF, { input: { reportId: h.owner.id, heldOn: '2026-11-20', wentWell: 'Calm under pressure', stageCount: 3, stages: ['PANEL'] } });
    const { updateDebrief } = await h.manager.client.ok(UPDATE_DEBRIEF, { id: createDebrief.id, input: { wentWell: null, stageCount: null, outcome: null, roleId: null } });
    expect([updateDebrief.wentWell, updateDebrief.stageCount, updateDebrief.heldOn]).toEqual([null, null, '2026-11-20']);

    const { createInterestingRole } = await h.owner.client.ok(CREATE_ROLE, { input: { title: 'Staff Engineer', company: 'Globex', remote: true } });
    const { updateInterestingRole } = await h.owner.client.ok(UPDATE_ROLE, { id: createInterestingRole.id, input: { company: null, salaryMin: null } });
    expect([updateInterestingRole.company, updateInterestingRole.remote, updateInterestingRole.title]).toEqual([null, true, 'Staff Engineer']);
  });

  it('renaming a level without giving its keywords keeps its keywords', async () => {
    const { createLevel } = await h.org.admin.client.ok(CREATE_LEVEL, { input: { key: 'WIZ', name: 'Wizard', track: 'IC', rank: 9, keywords: ['wizard', 'mage'] } });
    await h.org.admin.client.ok(UPDATE_LEVEL, { id: createLevel.id, input: { name: 'Grand Wizard' } });
    const level = (await h.org.admin.client.ok(LEVELS)).levels.find((l) => l.id === createLevel.id);
    expect(level).toMatchObject({ name: 'Grand Wizard', keywords: ['wizard', 'mage'] });
  });
});
