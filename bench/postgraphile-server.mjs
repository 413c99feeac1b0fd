// PostGraphile 5 over the same database, for comparison: the amber preset with its default
// inflection, CRUD mutations off, and the connection-filter plugin (the usual way to ask PostGraphile
// for a `WHERE` that is not an equality, here `status <> 'DEACTIVATED'`, `shared_at IS NOT NULL` and
// a filter through the owner's `manager_id`), limited to the operators those need. No auth: it
// connects as the owner, as the bare server does, and the viewer is a variable (postgraphile-shapes.mjs).
// GET /statements answers how many statements its pool has run, to count them per request;
// BENCH_PRINT_SQL=1 prints each one on standard error.
import './node20-shims.mjs';
import { createServer } from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { PostGraphileConnectionFilterPreset } from 'postgraphile-plugin-connection-filter';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
let statements = 0;
pool.on('connect', (client) => {
  const query = client.query;
  client.query = function countedQuery(...args) {
    statements += 1;
    if (process.env.BENCH_PRINT_SQL) console.error(`-- statement ${statements}, values ${JSON.stringify(args[0]?.values ?? args[1] ?? [])}\n${args[0]?.text ?? args[0]}`);
    return query.apply(this, args);
  };
});

const preset = {
  extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset],
  pgServices: [makePgService({ pool, schemas: ['public'], pubsub: false })],
  // Like PostGraphile 4's default `ignoreIndexes`: order and filter by any column, leaving the plan
  // to PostgreSQL. Otherwise only columns in a non-partial index may be, and shared_at is only in
  // partial ones.
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  schema: {
    defaultBehavior: '-insert -update -delete',
    connectionFilterRelations: true,
    connectionFilterAllowedOperators: ['isNull', 'equalTo', 'notEqualTo'],
    connectionFilterComputedColumns: false,
    connectionFilterSetofFunctions: false,
    connectionFilterArrays: false,
  },
  grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
// grafserv's own handler (no websockets: nothing here subscribes), with the bench's two routes beside it.
const graphqlHandler = serv.createHandler();
const server = createServer((req, res) => {
  if (req.url === '/statements' || req.url === '/health') {
    res.writeHead(200, { 'content-type': 'application/json' });
    return res.end(JSON.stringify(req.url === '/health' ? { ok: true } : { statements }));
  }
  return graphqlHandler(req, res, () => {
    res.writeHead(404);
    res.end();
  });
});
// The schema is built from the database on first use; build it before the bench's first request.
await pgl.getSchema();
server.listen(Number(process.env.PORT), '127.0.0.1');
async function stop() {
  server.close();
  server.closeAllConnections();
  await pgl.release();
  await pool.end();
  process.exit(0);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, stop);
