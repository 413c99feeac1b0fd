import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { buildSchema } from 'graphql';
import type { Persona } from '../hierarchy';
import { startTestApp, TestApp } from '../test-app';
import { answerProblems, outcomeOf } from './answer-problems';
import { buildFuzzWorld, FuzzAnswer, FuzzWorld } from './fuzz-world';
import { idsOfType } from './fuzz-values';
import { FuzzRequest, InputValues, requestArbitrary, rootFields } from './schema-arbitraries';

/**
 * Property: whatever a client sends that the committed schema admits, the API answers without a
 * server error and without showing its internals. Requests are generated from apps/api/schema.graphql
 * for every query and mutation, sent as a mix of personas, a few at a time.
 *
 * FUZZ_SEED replays a run's generation (the app's state still differs: it is shaped by the answers).
 * FUZZ_REQUESTS sets how many to send (default 6,000; at least 5,000 must go out within the time limit).
 * FUZZ_KEEP_GOING=1 goes on past a failure and reports up to 20 different ones (by operation and problem).
 */
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 6_000);
const MIN_REQUESTS = Math.min(REQUESTS, 5_000);
const CONCURRENCY = 4;
const TIME_LIMIT_MS = 110_000;
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const KEEP_GOING = process.env.FUZZ_KEEP_GOING === '1';

/** Mostly the three the brief of the rules is about (admin, manager, report); the rest now and then. */
const PERSONA = fc.oneof(
  { weight: 3, arbitrary: fc.constant<Persona>('ADMIN') },
  { weight: 3, arbitrary: fc.constant<Persona>('MANAGER') },
  { weight: 3, arbitrary: fc.constant<Persona>('OWNER') },
  { weight: 2, arbitrary: fc.constantFrom<Persona>('SKIP_LEVEL', 'PEER', 'FORMER_MANAGER', 'OTHER_ORG', 'ANONYMOUS') },
);

/** Which type an id argument names, so tame requests mostly send an id of the right kind. */
const ID_ARGUMENT_TYPES: Record<string, string> = {
  reportId: 'Report', personId: 'Person', managerId: 'Person', levelId: 'Level', roleId: 'InterestingRole', debriefId: 'Debrief', conversationId: 'Conversation',
};
const ID_OPERATION_TYPES: [RegExp, string][] = [
  [/Interview/, 'RoleInterview'], [/InterestingRole/, 'InterestingRole'], [/[dD]ebrief/, 'Debrief'], [/[cC]onversation/, 'Conversation'], [/ActionItem/, 'ActionItem'],
  [/Level/, 'Level'], [/[pP]erson/, 'Person'],
];

interface Sent {
  as: Persona;
  request: FuzzRequest;
}

/**
 * Requests sent together. Now and then each goes twice at once, as a double-click would: two
 * sign-ups with one email, two levels with one key, two accepts of one link.
 */
function batchOf(sendable: fc.Arbitrary<Sent>): fc.Arbitrary<Sent[]> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.array(sendable, { minLength: CONCURRENCY, maxLength: CONCURRENCY }) },
    { weight: 1, arbitrary: fc.array(sendable, { minLength: CONCURRENCY / 2, maxLength: CONCURRENCY / 2 }).map((half) => half.flatMap((one) => [one, one])) },
  );
}

function clip(text: string, max = 1_500): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
}

function describeFailure(sent: Sent, answer: FuzzAnswer, problems: string[]): string {
  return [
    `${problems.join(', ')} for ${sent.request.operation} as ${sent.as}`,
    `query: ${sent.request.query}`,
    `variables: ${clip(JSON.stringify(sent.request.variables))}`,
    `answer (HTTP ${answer.status}): ${clip(answer.text)}`,
  ].join('\n');
}

describe('GraphQL fuzz: generated requests against the real API', () => {
  let app: TestApp;
  let world: FuzzWorld;
  beforeAll(async () => {
    app = await startTestApp();
    world = await buildFuzzWorld(app);
  });
  afterAll(() => app?.close());

  it(`answers ${REQUESTS} requests without a 5xx, an INTERNAL_SERVER_ERROR or a leak, and still answers afterwards`, async () => {
    const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../schema.graphql'), 'utf8'));
    const idPoolFor = (operation: string, argPath: string): string[] | undefined => {
      // Deactivating a persona would sign it out for the rest of the run: only expendable people.
      if (operation === 'deactivatePerson') return world.pools.expendableIds;
      const name = argPath.split('.').pop() ?? '';
      const type = ID_ARGUMENT_TYPES[name] ?? (name === 'id' ? ID_OPERATION_TYPES.find(([pattern]) => pattern.test(operation))?.[1] : undefined);
      return type ? idsOfType(world.pools, type) : undefined;
    };
    const wild = new InputValues(world.pools, idPoolFor, 'wild');
    const tame = new InputValues(world.pools, idPoolFor, 'tame');
    const sendable = fc.oneof(
      ...rootFields(schema).map(({ kind, field }) => {
        // Signing out would end a persona's session for the rest of the run: send it without one.
        const as = field.name === 'logOut' ? fc.constant<Persona>('ANONYMOUS') : PERSONA;
        const request = fc.oneof(requestArbitrary(schema, kind, field, wild), requestArbitrary(schema, kind, field, tame));
        return fc.record({ as, request });
      }),
    );

    const outcomes = new Map<string, number>();
    const okByOperation = new Map<string, number>();
    let sent = 0;
    const failures = new Map<string, string>();
    const started = Date.now();
    const details = await fc.check(
      fc.asyncProperty(batchOf(sendable), async (batch) => {
        const answers = await Promise.all(batch.map((one) => world.send(one.as, one.request.query, one.request.variables)));
        sent += batch.length;
        answers.forEach((answer, i) => {
          const outcome = outcomeOf(answer);
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
          if (outcome === 'OK') okByOperation.set(batch[i].request.operation, (okByOperation.get(batch[i].request.operation) ?? 0) + 1);
          world.harvest(answer);
          const problems = answerProblems(answer);
          const key = `${batch[i].request.operation}: ${problems.join(', ')}`;
          if (problems.length > 0 && !failures.has(key) && failures.size < 20) failures.set(key, describeFailure(batch[i], answer, problems));
        });
        return KEEP_GOING || failures.size === 0;
      }),
      // The app keeps state between requests, so shrinking would replay against a different one:
      // the failing request itself is printed instead.
      { numRuns: Math.ceil(REQUESTS / CONCURRENCY), seed: SEED, endOnFailure: true, plugins: [fc.interruptAfterTimeLimit(TIME_LIMIT_MS)] },
    );
    const seconds = (Date.now() - started) / 1000;

    const byCode = [...outcomes.entries()].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ${n}`).join(', ');
    const neverOk = rootFields(schema).map(({ field }) => field.name).filter((name) => !okByOperation.has(name));
    console.log(
      `GraphQL fuzz (seed ${SEED}): ${sent} requests in ${seconds.toFixed(1)} s, ${CONCURRENCY} at a time\n` +
        `by extensions.code: ${byCode}\n` +
        `operations that never answered OK: ${neverOk.join(', ') || 'none'}`,
    );

    if (details.failed || failures.size > 0) {
      const found = failures.size > 0 ? [...failures.values()].join('\n\n') : String(details.errorInstance);
      throw new Error(`fuzz failed (replay with FUZZ_SEED=${SEED}) after ${sent} requests:\n${found}`);
    }
    expect(sent).toBeGreaterThanOrEqual(MIN_REQUESTS);

    for (const persona of ['ADMIN', 'MANAGER', 'OWNER'] as const) {
      const me = await world.send(persona, '{ me { id } }', {});
      expect([persona, me.status, me.body?.errors]).toEqual([persona, 200, undefined]);
    }
  });
});
