import type { RoleDetailFieldsFragment, RolePageQuery } from '../../../generated/gql/graphql';

export type Role = RoleDetailFieldsFragment;
export type LadderLevel = RolePageQuery['levels'][number];
export type PageViewer = NonNullable<RolePageQuery['me']>;
