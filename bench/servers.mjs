// How each measured server is asked for an operation and how its answer reads in the web app's
// shape. Onward and the bare server take the web app's own document with the viewer's session
// cookie; PostGraphile takes its own document with the viewer as a variable (postgraphile-shapes.mjs)
// and is measured only on the operations it has a document for.
import { bodyOf } from './operations.mjs';
import { POSTGRAPHILE_LEAVES_OUT, POSTGRAPHILE_SHAPES } from './postgraphile-shapes.mjs';

/** A server that answers the web app's documents as the web app sends them; `pid` is its process, for its CPU time. */
export function webAppServer(name, url, pid) {
  return {
    name,
    url,
    pid,
    supports: () => true,
    request: (op, viewer) => ({ headers: { cookie: viewer.cookie }, body: bodyOf(op) }),
    toOnward: (op, data) => data,
    leavesOut: [],
  };
}

export function postgraphileServer({ url, statementsUrl, pid }) {
  const shapeOf = (op) => POSTGRAPHILE_SHAPES[op.operationName];
  return {
    name: 'PostGraphile',
    url,
    pid,
    statementsUrl,
    supports: (op) => Boolean(shapeOf(op)),
    request: (op, viewer) => ({ headers: {}, body: JSON.stringify({ query: shapeOf(op).query, variables: shapeOf(op).variables(op, viewer) }) }),
    toOnward: (op, data) => shapeOf(op).toOnward(data),
    leavesOut: POSTGRAPHILE_LEAVES_OUT,
  };
}
