import { GraphqlClient } from './graphql-client';
import { Member, signUpOrganization, TestOrganization } from './builders';
import { UPDATE_PERSON } from './operations';
import type { TestApp } from './test-app';

export type Persona = 'OWNER' | 'MANAGER' | 'FORMER_MANAGER' | 'SKIP_LEVEL' | 'PEER' | 'ADMIN' | 'OTHER_ORG' | 'ANONYMOUS';
export const PERSONAS: Persona[] = ['OWNER', 'MANAGER', 'FORMER_MANAGER', 'SKIP_LEVEL', 'PEER', 'ADMIN', 'OTHER_ORG', 'ANONYMOUS'];

export interface Hierarchy {
  org: TestOrganization;
  owner: Member;
  manager: Member;
  formerManager: Member;
  skipLevel: Member;
  peer: Member;
  clients: Record<Persona, GraphqlClient>;
  /** A fresh browser-like client with no session, e.g. a second browser of one persona. */
  newClient(): GraphqlClient;
  /** Where the app writes the mail it sends, with no SMTP server. */
  mailDir: string;
}

/**
 * One organization with every relationship the privacy rules name: the owner (IC3) reports to
 * their manager, who reports to the skip-level; the owner used to report to the former manager; a
 * peer shares the manager; the admin manages nobody. Plus an admin of another organization.
 */
export async function buildHierarchy(app: TestApp): Promise<Hierarchy> {
  const org = await signUpOrganization(app);
  const skipLevel = await org.addMember({ name: 'Skye Skip', levelKey: 'M3' });
  const manager = await org.addMember({ name: 'Morgan Manager', managerId: skipLevel.id, levelKey: 'M1' });
  const formerManager = await org.addMember({ name: 'Frankie Former', managerId: skipLevel.id, levelKey: 'M1' });
  const owner = await org.addMember({ name: 'Riley Report', managerId: formerManager.id, levelKey: 'IC3' });
  await org.admin.client.ok(UPDATE_PERSON, { id: owner.id, input: { managerId: manager.id } });
  const peer = await org.addMember({ name: 'Pat Peer', managerId: manager.id, levelKey: 'IC3' });
  const other = await signUpOrganization(app);
  return {
    org,
    owner,
    manager,
    formerManager,
    skipLevel,
    peer,
    clients: {
      OWNER: owner.client,
      MANAGER: manager.client,
      FORMER_MANAGER: formerManager.client,
      SKIP_LEVEL: skipLevel.client,
      PEER: peer.client,
      ADMIN: org.admin.client,
      OTHER_ORG: other.admin.client,
      ANONYMOUS: app.client(),
    },
    newClient: () => app.client(),
    mailDir: app.mailDir,
  };
}
