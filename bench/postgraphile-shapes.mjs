// What PostGraphile is asked for the operations it is measured on, and how its answer maps onto the
// web app's shape for the same-data check. Its schema is PostGraphile's own (amber preset, default
// inflection: `rowId` is the table's id, relations are `…By…Id`), so these are documents written
// for it, asking the same rows and the facts the page is computed from. No auth: the viewer and
// their organization are the `$viewer` and `$organization` variables (the session look-up the other
// two do is not part of PostGraphile's request), and every list is filtered by the organization as
// the bare server's statements are.
//
// What PostGraphile does not compute, the mapping computes from the facts it returned, with the
// same libs/domain rules the API uses: practice status (from the report's joined date, the current
// reporting line's start and the latest debrief or practice conversation the viewer may count),
// stretch, track change and the satisfaction suggestion (from the role's and the owner's levels),
// unread (from the viewer's latest view). That work is not in PostGraphile's req/s. Cursors are
// PostGraphile's own encoding and are left out of the comparison.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { practiceStatus, stretchTag, isTrackChange, DEFAULT_PRACTICE_CADENCE_MONTHS } = require('../dist/libs/domain/src/index.js');

const LEVEL = 'rowId key name';
const LATEST_HELD_ON = 'orderBy: [HELD_ON_DESC], first: 1) { nodes { heldOn } }';

const TEAM = `query PgTeam($viewer: UUID!, $organization: UUID!) {
  personByRowId(rowId: $viewer) {
    rowId
    organizationByOrganizationId { rowId practiceCadenceMonths }
    peopleByManagerId(condition: { organizationId: $organization }, filter: { status: { notEqualTo: "DEACTIVATED" } }) {
      nodes {
        rowId name title joinedAt
        levelByLevelId { ${LEVEL} }
        reportingLinesByReportId(condition: { organizationId: $organization, endedAt: null }) { nodes { startedAt } }
        recordSharesByReportId(condition: { organizationId: $organization, managerId: $viewer, endedAt: null }) { totalCount }
        ownDebriefs: debriefsByReportId(condition: { organizationId: $organization, heldById: $viewer }, ${LATEST_HELD_ON}
        anyDebriefs: debriefsByReportId(condition: { organizationId: $organization }, ${LATEST_HELD_ON}
        ownPractice: conversationsByReportId(condition: { organizationId: $organization, heldById: $viewer, kind: "INTERVIEW_PRACTICE" }, ${LATEST_HELD_ON}
        anyPractice: conversationsByReportId(condition: { organizationId: $organization, kind: "INTERVIEW_PRACTICE" }, ${LATEST_HELD_ON}
      }
    }
  }
}`;

const SHARED_WITH_ME = `query PgSharedWithMe($viewer: UUID!, $organization: UUID!, $first: Int!) {
  allInterestingRoles(
    condition: { organizationId: $organization }
    filter: { sharedAt: { isNull: false }, personByOwnerId: { organizationId: { equalTo: $organization }, managerId: { equalTo: $viewer } } }
    orderBy: [SHARED_AT_DESC, ROW_ID_DESC]
    first: $first
  ) {
    totalCount
    pageInfo { endCursor hasNextPage }
    edges {
      cursor
      node {
        rowId title company sharedAt
        levelByLevelId { ${LEVEL} rank track }
        personByOwnerId { rowId name levelByLevelId { rank track } }
        roleViewsByRoleId(condition: { organizationId: $organization, viewerId: $viewer }, orderBy: [VIEWED_AT_DESC], first: 1) { nodes { viewedAt } }
      }
    }
  }
}`;

const level = (l) => (l ? { id: l.rowId, key: l.key, name: l.name } : null);
const latestDate = (...connections) => connections.flatMap((c) => c.nodes.map((n) => n.heldOn)).sort().at(-1) ?? null;

function teamToOnward({ personByRowId: me }) {
  const now = new Date();
  const cadenceMonths = me.organizationByOrganizationId.practiceCadenceMonths ?? DEFAULT_PRACTICE_CADENCE_MONTHS;
  const directReports = me.peopleByManagerId.nodes.map((r) => {
    // Records held by the viewer count; with the report's records shared to the viewer, all of them do.
    const shared = r.recordSharesByReportId.totalCount > 0;
    const last = shared ? latestDate(r.anyDebriefs, r.anyPractice) : latestDate(r.ownDebriefs, r.ownPractice);
    const managedSince = r.reportingLinesByReportId.nodes[0]?.startedAt;
    const status = practiceStatus({
      joinedAt: new Date(r.joinedAt),
      managedSince: managedSince ? new Date(managedSince) : null,
      lastPracticeAt: last ? new Date(`${last}T00:00:00Z`) : null,
      cadenceMonths,
      now,
    });
    return {
      id: r.rowId,
      name: r.name,
      title: r.title,
      level: level(r.levelByLevelId),
      practiceStatus: { state: status.state, covered: status.covered, dueOn: status.dueAt.toISOString().slice(0, 10), lastPracticeOn: last },
    };
  });
  return { organization: { id: me.organizationByOrganizationId.rowId, practiceCadenceMonths: me.organizationByOrganizationId.practiceCadenceMonths }, me: { id: me.rowId, directReports } };
}

function sharedWithMeToOnward({ allInterestingRoles: page }) {
  const edges = page.edges.map(({ node }) => {
    const roleLevel = node.levelByLevelId;
    const ownerLevel = node.personByOwnerId.levelByLevelId;
    const stretch = stretchTag(roleLevel?.rank, ownerLevel?.rank);
    const sharedAt = new Date(node.sharedAt);
    const lastViewed = node.roleViewsByRoleId.nodes[0]?.viewedAt;
    return {
      node: {
        id: node.rowId,
        title: node.title,
        company: node.company,
        isShared: true,
        sharedAt: sharedAt.toISOString(),
        unread: !lastViewed || new Date(lastViewed) < sharedAt,
        stretch,
        trackChange: isTrackChange(roleLevel?.track, ownerLevel?.track),
        satisfactionConversationSuggested: stretch === 'SAME_LEVEL',
        level: level(roleLevel),
        owner: { id: node.personByOwnerId.rowId, name: node.personByOwnerId.name },
      },
    };
  });
  return { sharedWithMe: { totalCount: page.totalCount, pageInfo: { hasNextPage: page.pageInfo.hasNextPage }, edges } };
}

/** By the web app's operation name: PostGraphile's document, its variables for a viewer, the mapping. */
export const POSTGRAPHILE_SHAPES = {
  Team: { query: TEAM, variables: (op, viewer) => ({ viewer: viewer.id, organization: viewer.organizationId }), toOnward: teamToOnward },
  SharedWithMe: { query: SHARED_WITH_ME, variables: (op, viewer) => ({ viewer: viewer.id, organization: viewer.organizationId, first: op.variables.first }), toOnward: sharedWithMeToOnward },
};

/** Fields of the web app's shape that PostGraphile's answer does not carry; dropped from both sides before comparing. */
export const POSTGRAPHILE_LEAVES_OUT = ['cursor', 'endCursor'];
