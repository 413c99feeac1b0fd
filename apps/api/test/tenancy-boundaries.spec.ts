import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Where the source may step around the tenant wall, pinned: a new use of a cross-tenant lookup,
 * of `withOrganization` or of the organization setting fails here until it is argued for.
 */
const SRC = path.resolve(__dirname, '../src');

function sources(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [full] : [];
  });
}

/** file (relative to src) → the distinct matches of `pattern`'s first group in it. */
function uses(pattern: RegExp): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const file of sources()) {
    const matches = [...readFileSync(file, 'utf8').matchAll(pattern)].map((m) => m[1] ?? m[0]);
    if (matches.length > 0) found[path.relative(SRC, file)] = [...new Set(matches)].sort();
  }
  return found;
}

describe('tenancy boundaries in the source', () => {
  it('each cross-tenant lookup is called from the one service that needs it', () => {
    expect(uses(/crossTenant\.(\w+)\(/g)).toEqual({
      'auth/sessions.service.ts': ['sessionViewer'], // the session cookie, before anyone is known
      'auth/auth.service.ts': ['organizationOfEmail'], // log-in by email
      'people/people.service.ts': ['emailsInUse'], // emails are unique across Onward
      'invitations/invitations.service.ts': ['organizationOfInvitation'], // an invitation link
      'seed/demo-seed.service.ts': ['anyOrganization'], // seed only an empty database
      'calendar/calendar-feeds.service.ts': ['organizationOfCalendarFeed'], // a calendar app sends only the feed's address
      'password-reset/password-reset.service.ts': ['organizationOfEmailForReset', 'organizationOfPasswordReset'], // "forgot my password": an email, then a link
      'nudges/nudge-sweep.service.ts': ['organizationIds'], // the scheduled sweep visits every organization, each inside its own
      // the daily digest visits every organization at its local hour; the outbox's pass only those with mail waiting
      'nudge-mail/nudge-outbox.service.ts': ['organizationIds', 'organizationsWithMailWaiting'],
    });
    expect(Object.keys(uses(/cross_tenant_\w+/g)).sort()).toEqual([
      'database/cross-tenant-lookups.ts',
      'database/migrations/1764700000000-row-level-security.ts',
      'database/migrations/1764850000000-session-viewer-person.ts', // the session lookup also reads the holder's own row
      'database/migrations/1764900000000-nudges.ts',
      'database/migrations/1765300000000-calendar-feeds.ts',
      'database/migrations/1765400000000-password-resets.ts',
      'database/migrations/1765520000000-nudge-outbox.ts',
    ]);
  });

  it('only code that learns an organization other than from a viewer enters one explicitly', () => {
    expect(uses(/\bwithOrganization\(/g)).toEqual({
      'auth/auth.service.ts': ['withOrganization('], // sign-up (a new organization), log-in (the email's)
      'auth/viewer.ts': ['withOrganization('], // actAsSystem: jobs, feeds and mail links acting for one organization
      'invitations/invitations.service.ts': ['withOrganization('], // the invitation's organization
      'seed/demo-seed.service.ts': ['withOrganization('], // the new demo organization
      'password-reset/password-reset.service.ts': ['withOrganization('], // the email's, then the reset link's organization
    });
    expect(Object.keys(uses(/\bbindRequestOrganization\(/g)).sort()).toEqual(['auth/bind-viewer.step.ts', 'database/tenant-scope.ts']);
  });

  it('nothing but the tenant-scoped query runner sets the organization', () => {
    expect(Object.keys(uses(/set_config\(|\bSET\s+(?:LOCAL\s+|SESSION\s+)?onward\./gi)).sort()).toEqual(['database/tenant-scoped-query-runner.ts']);
    expect(Object.keys(uses(/'onward\.organization_id'/g)).sort()).toEqual([
      'database/migrations/1764700000000-row-level-security.ts',
      'database/migrations/tenant-wall.ts', // the same policy for tables added later
      'database/tenant-scoped-query-runner.ts',
    ]);
    // Transaction-local in every START TRANSACTION; session-level in exactly one place, which keeps
    // track of what each connection carries (row-level-security.integration.spec.ts proves it).
    const runner = readFileSync(path.join(SRC, 'database/tenant-scoped-query-runner.ts'), 'utf8');
    const calls = (runner.match(/set_config\('[^;`]*\)/g) ?? []);
    expect(calls.filter((call) => !/, true\)$/.test(call))).toHaveLength(1);
    expect(runner).toMatch(/connection\[SESSION_ORGANIZATION\] = UNKNOWN;\s+await this\.sendUncounted\(`SELECT set_config\([^`]*, false\)`\);\s+connection\[SESSION_ORGANIZATION\] = organizationId;/);
  });
});
