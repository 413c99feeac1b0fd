import { randomBytes } from 'node:crypto';
import { GraphqlClient } from './graphql-client';
import { ACCEPT, INVITE, LEVELS, SIGN_UP, UPDATE_PERSON } from './operations';
import type { TestApp } from './test-app';

export const PASSWORD = 'correct horse battery staple';

export function unique(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

export interface Member {
  id: string;
  name: string;
  email: string;
  client: GraphqlClient;
}

export interface TestOrganization {
  admin: Member;
  levelId(key: string): string;
  /** Invites someone, accepts as them, optionally sets their manager; returns their signed-in client. */
  addMember(options?: { name?: string; managerId?: string; levelKey?: string }): Promise<Member>;
}

/** Signs up a new organization through the API and returns its signed-in admin. */
export async function signUpOrganization(app: Pick<TestApp, 'client'>, name = unique('Org')): Promise<TestOrganization> {
  const client = app.client();
  const email = `${unique('admin')}@example.com`;
  const { signUp } = await client.ok(SIGN_UP, { input: { organizationName: name, name: `Admin of ${name}`, email, password: PASSWORD } });
  const { levels } = await client.ok(LEVELS);
  const levelIds = new Map(levels.map((l) => [l.key, l.id]));
  const admin: Member = { id: signUp.id, name: signUp.name, email, client };
  return {
    admin,
    levelId: (key) => levelIds.get(key) ?? (() => { throw new Error(`no level ${key}`); })(),
    addMember: async (options = {}) => {
      const memberName = options.name ?? unique('Member');
      const memberEmail = `${unique('member')}@example.com`;
      const { invitePerson } = await client.ok(INVITE, {
        input: { email: memberEmail, name: memberName, levelId: options.levelKey ? levelIds.get(options.levelKey) : undefined },
      });
      const member = app.client();
      await member.ok(ACCEPT, { input: { token: tokenOf(invitePerson.url), password: PASSWORD } });
      if (options.managerId) await client.ok(UPDATE_PERSON, { id: invitePerson.person.id, input: { managerId: options.managerId } });
      return { id: invitePerson.person.id, name: memberName, email: memberEmail, client: member };
    },
  };
}

export function tokenOf(url: string): string {
  return new URL(url).pathname.split('/').pop() as string;
}
