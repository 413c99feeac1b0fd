import { graphql } from '../../../generated/gql';
import type { GrowthReportContextQuery as ContextData } from '../../../generated/gql/graphql';

/** Who the form is about, and the roles they share with the signed-in manager (to link one). */
export const GrowthReportContextQuery = graphql(`
  query GrowthReportContext($reportId: ID!) {
    me {
      id
    }
    person(id: $reportId) {
      id
      name
      title
      level {
        id
        key
        name
      }
      manager {
        id
      }
    }
    sharedWithMe(first: 100) {
      edges {
        node {
          id
          title
          company
          stretch
          owner {
            id
          }
        }
      }
    }
  }
`);

export const GrowthLevelsQuery = graphql(`
  query GrowthLevels {
    levels {
      id
      key
      name
      track
      rank
    }
  }
`);

export type SharedRoleOption = ContextData['sharedWithMe']['edges'][number]['node'];

/** The shared roles that belong to this report, for a "link a role" select. */
export function rolesSharedBy(data: ContextData | undefined, reportId: string): SharedRoleOption[] {
  return (data?.sharedWithMe.edges ?? []).map((edge) => edge.node).filter((role) => role.owner?.id === reportId);
}

export function roleOptionLabel(role: { title: string; company?: string | null }): string {
  return role.company ? `${role.title} · ${role.company}` : role.title;
}

/** "Priya" from "Priya Raman". */
export const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;
