import { addTypenameToDocument } from '@apollo/client/utilities';
import { print, type DocumentNode } from 'graphql';
import { measureDocument } from '../src/common/request-limits/document-measures';
import { REQUEST_LIMITS } from '../src/common/request-limits/request-limits';
import { OUTSIDE_PERSPECTIVE, TEAM_DASHBOARD } from './dashboards-operations';
import { ORG_DASHBOARD } from './org-dashboard-operations';
import { committedSchema } from './web-operations';

/**
 * A whole dashboard in one request, every figure selected, must pass the request limits as a web
 * client would send it (with `__typename` added): the figures' shape (a union per figure, spread
 * from one fragment) is chosen so that it does, with room left.
 */
describe('a whole dashboard in one request and the request limits', () => {
  const schema = committedSchema();
  it.each([
    ['TeamDashboard', TEAM_DASHBOARD as DocumentNode],
    ['OutsidePerspective', OUTSIDE_PERSPECTIVE as DocumentNode],
    ['OrgDashboard', ORG_DASHBOARD as DocumentNode],
  ])('%s', (_name, document) => {
    const measures = measureDocument(schema, print(addTypenameToDocument(document)), { months: 12 });
    if (process.env.ONWARD_PRINT_COUNTS) console.log(_name, measures);
    expect(measures.tokens).toBeLessThanOrEqual(REQUEST_LIMITS.maxTokens);
    expect(measures.depth).toBeLessThanOrEqual(REQUEST_LIMITS.maxDepth);
    expect(measures.cost).toBeLessThanOrEqual(REQUEST_LIMITS.maxCost / 2);
  });
});
