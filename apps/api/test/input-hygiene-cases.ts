import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { PASSWORD, tokenOf, unique } from './builders';
import type { GraphqlClient, GraphqlResponse } from './graphql-client';
import {
  ACTION_ITEMS, ADD_ACTION_ITEM, COMPLETE_ACTION_ITEM, CONVERSATION, CONVERSATIONS, CREATE_DEBRIEF, DEBRIEF, DEBRIEFS, HOLD_CONVERSATION, PRACTICE_STATUS,
  REOPEN_ACTION_ITEM, UPDATE_DEBRIEF,
} from './growth-operations';
import type { Hierarchy, Persona } from './hierarchy';
import { MY_ROLES_PAGE, SHARED_WITH_ME_PAGE } from './input-hygiene-operations';
import { DISMISS_NUDGE, MY_NUDGES, SNOOZE_NUDGE } from './nudges-operations';
import {
  ACCEPT, CREATE_LEVEL, DEACTIVATE, DELETE_LEVEL, IMPORT, INVITATION, INVITE, LOG_IN, PEOPLE, PERSON, REISSUE, SIGN_UP, UPDATE_LEVEL, UPDATE_ORGANIZATION,
  UPDATE_PERSON,
} from './operations';
import {
  ADD_INTERVIEW, COMMENT, CREATE_ROLE, DELETE_COMMENT, DELETE_ROLE, EDIT_COMMENT, IMPORT_POSTING, IMPORT_POSTING_FROM_URL, REMOVE_INTERVIEW, REVOKE_ROLE, ROLE, SET_ROLE_LEVEL, SHARE_ROLE,
  SHARED_FILTERED, UPDATE_ROLE,
} from './roles-operations';
import { REQUEST_PASSWORD_RESET, RESET_PASSWORD } from './password-reset-operations';
import { DELETE_ACTION_ITEM, DELETE_CONVERSATION, DELETE_DEBRIEF, UPDATE_ACTION_ITEM, UPDATE_CONVERSATION } from './records-operations';
import { END_SESSION, MY_SESSIONS } from './session-operations';
import { mailFileTo, resetTokenIn } from './support/mail-files';

/**
 * One operation with string arguments: valid variables made fresh for it, the paths of every
 * string in them (`input.answers.0.answer`), and the fields that may be left out but not null.
 */
export interface HygieneCase {
  name: string;
  /** Who sends it; ANONYMOUS gets a client of its own, so a log-in does not sign anyone else in. */
  as: Persona;
  prepare(h: Hierarchy): Promise<Record<string, unknown>>;
  send(client: GraphqlClient, variables: Record<string, unknown>): Promise<GraphqlResponse<unknown>>;
  texts: string[];
  nulls?: string[];
}

function define<TResult, TVariables>(
  name: string,
  as: Persona,
  document: TypedDocumentNode<TResult, TVariables>,
  prepare: (h: Hierarchy) => Promise<NoInfer<TVariables>>,
  texts: string[],
  nulls: string[] = [],
): HygieneCase {
  return {
    name,
    as,
    prepare: prepare as HygieneCase['prepare'],
    send: (client, variables) => client.request(document, ...([variables] as never as [TVariables])),
    texts,
    nulls,
  };
}

const DAY = '2026-11-20';

/** Where the link case's page is served: the suite starts a local server and allows its app loopback. */
export const hygienePages = { origin: 'http://127.0.0.1:1' };

async function ownRole(h: Hierarchy): Promise<string> {
  return (await h.owner.client.ok(CREATE_ROLE, { input: { title: 'Staff Engineer', company: 'Globex' } })).createInterestingRole.id;
}

/** A fresh ROLE_SHARED nudge in the manager's inbox. */
async function nudge(h: Hierarchy): Promise<string> {
  const roleId = await sharedRole(h);
  const { myNudges } = await h.manager.client.ok(MY_NUDGES, { first: 100 });
  return myNudges.edges.find((e) => e.node.target.roleId === roleId)!.node.id;
}

/** Ten days after today, as a snooze's day. */
const inTenDays = () => new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);

async function sharedRole(h: Hierarchy): Promise<string> {
  const id = await ownRole(h);
  await h.owner.client.ok(SHARE_ROLE, { id });
  return id;
}

async function managerComment(h: Hierarchy): Promise<string> {
  return (await h.manager.client.ok(COMMENT, { id: await sharedRole(h), body: 'Nice one' })).commentOnInterestingRole.id;
}

async function debrief(h: Hierarchy): Promise<string> {
  return (await h.manager.client.ok(CREATE_DEBRIEF, { input: { reportId: h.owner.id, heldOn: DAY, stages: ['PANEL'] } })).createDebrief.id;
}

async function conversation(h: Hierarchy): Promise<string> {
  return (await h.manager.client.ok(HOLD_CONVERSATION, { input: { reportId: h.owner.id, kind: 'CAREER' as const, heldOn: DAY, notes: 'A long career talk' } })).holdConversation.id;
}

async function actionItem(h: Hierarchy): Promise<string> {
  return (await h.manager.client.ok(ADD_ACTION_ITEM, { input: { debriefId: await debrief(h), owner: 'REPORT' as const, text: 'Read the book' } })).addActionItem.id;
}

async function invitation(h: Hierarchy): Promise<{ personId: string; token: string }> {
  const { invitePerson } = await h.org.admin.client.ok(INVITE, { input: { email: `${unique('invitee')}@example.com`, name: 'Ivy Invitee' } });
  return { personId: invitePerson.person.id, token: tokenOf(invitePerson.url) };
}

async function level(h: Hierarchy): Promise<string> {
  const key = unique('L').replace('-', '_');
  return (await h.org.admin.client.ok(CREATE_LEVEL, { input: { key, name: 'Level', track: 'IC' as const, rank: 9, keywords: ['wizard'] } })).createLevel.id;
}

const ROLE_TEXTS = [
  'title', 'company', 'url', 'location', 'description', 'employmentTypes.0', 'salaryCurrency', 'salaryUnit', 'datePosted', 'validThrough', 'myWhy',
  'whyTheyReachedOut', 'whatWouldItTake',
].map((field) => `input.${field}`);
const ROLE_INPUT = {
  title: 'Staff Engineer', company: 'Globex', url: 'https://example.com/job', location: 'Lisbon', description: 'Build things', employmentTypes: ['FULL_TIME'],
  salaryCurrency: 'EUR', salaryUnit: 'YEAR', datePosted: '2026-11-01', validThrough: '2026-12-31', myWhy: 'Growth', whyTheyReachedOut: 'My talk',
  whatWouldItTake: 'More scope',
};
const ROLE_FLAGS = ['remote', 'source', 'toldNotLooking', 'jobDescriptionReceived', 'whatWouldItTakeShared', 'outcome'].map((field) => `input.${field}`);

const DEBRIEF_TEXTS = ['heldOn', 'wentWell', 'couldBeBetter', 'thirdPartyFeedback', 'assessedLevelKey', 'assessedLevelLabel', 'themes.0'].map((f) => `input.${f}`);
const debriefInput = () => ({
  heldOn: DAY, wentWell: 'Calm', couldBeBetter: 'Pacing', thirdPartyFeedback: 'Strong', assessedLevelKey: 'IC4', assessedLevelLabel: 'Senior', themes: ['design'],
});

export const HYGIENE_CASES: HygieneCase[] = [
  // Queries
  define('actionItems', 'MANAGER', ACTION_ITEMS, async (h) => ({ reportId: h.owner.id }), ['reportId']),
  define('conversation', 'MANAGER', CONVERSATION, async (h) => ({ id: await conversation(h) }), ['id']),
  define('conversations', 'MANAGER', CONVERSATIONS, async (h) => ({ reportId: h.owner.id }), ['reportId']),
  define('debrief', 'MANAGER', DEBRIEF, async (h) => ({ id: await debrief(h) }), ['id']),
  define('debriefs', 'MANAGER', DEBRIEFS, async (h) => ({ reportId: h.owner.id }), ['reportId']),
  define('interestingRole', 'OWNER', ROLE, async (h) => ({ id: await ownRole(h) }), ['id']),
  define('invitation', 'ANONYMOUS', INVITATION, async (h) => ({ token: (await invitation(h)).token }), ['token']),
  define('myInterestingRoles', 'OWNER', MY_ROLES_PAGE, async (h) => {
    await ownRole(h);
    const after = (await h.owner.client.ok(MY_ROLES_PAGE, { first: 1 })).myInterestingRoles.pageInfo.endCursor as string;
    return { first: 1, after };
  }, ['after']),
  define('sharedWithMe (filtered)', 'MANAGER', SHARED_FILTERED, async (h) => ({ first: 1, ownerId: h.owner.id }), ['ownerId']),
  define('people', 'ADMIN', PEOPLE, async (h) => {
    const after = (await h.org.admin.client.ok(PEOPLE, { first: 1 })).people.pageInfo.endCursor as string;
    return { first: 1, after, search: 'Riley' };
  }, ['after', 'search']),
  define('myNudges', 'MANAGER', MY_NUDGES, async (h) => {
    await nudge(h);
    const after = (await h.manager.client.ok(MY_NUDGES, { first: 1 })).myNudges.pageInfo.endCursor as string;
    return { first: 1, after };
  }, ['after']),
  define('person', 'MANAGER', PERSON, async (h) => ({ id: h.owner.id }), ['id']),
  define('practiceStatus', 'MANAGER', PRACTICE_STATUS, async (h) => ({ reportId: h.owner.id }), ['reportId']),
  define('sharedWithMe', 'MANAGER', SHARED_WITH_ME_PAGE, async (h) => {
    await sharedRole(h);
    const after = (await h.manager.client.ok(SHARED_WITH_ME_PAGE, { first: 1 })).sharedWithMe.pageInfo.endCursor as string;
    return { first: 1, after };
  }, ['after']),

  // Mutations
  define('acceptInvitation', 'ANONYMOUS', ACCEPT, async (h) => ({ input: { token: (await invitation(h)).token, password: PASSWORD, name: 'Ivy Renamed' } }),
    ['input.token', 'input.password', 'input.name'], ['input.name']),
  define('addActionItem', 'MANAGER', ADD_ACTION_ITEM, async (h) => ({ input: { debriefId: await debrief(h), owner: 'MANAGER' as const, text: 'Book a follow-up', dueOn: '2026-12-01' } }),
    ['input.debriefId', 'input.text', 'input.dueOn']),
  define('addActionItem (conversation)', 'MANAGER', ADD_ACTION_ITEM, async (h) => ({ input: { conversationId: await conversation(h), owner: 'REPORT' as const, text: 'Apply' } }),
    ['input.conversationId']),
  define('addInterview', 'OWNER', ADD_INTERVIEW, async (h) => ({ roleId: await ownRole(h), input: { heldOn: DAY, kind: 'TECHNICAL' as const, notes: 'Went fine' } }),
    ['roleId', 'input.heldOn', 'input.notes']),
  define('commentOnInterestingRole', 'MANAGER', COMMENT, async (h) => ({ id: await sharedRole(h), body: 'Nice one' }), ['id', 'body']),
  define('editRoleComment', 'MANAGER', EDIT_COMMENT, async (h) => ({ id: await managerComment(h), body: 'Nicer one' }), ['id', 'body']),
  define('deleteRoleComment', 'MANAGER', DELETE_COMMENT, async (h) => ({ id: await managerComment(h) }), ['id']),
  define('completeActionItem', 'MANAGER', COMPLETE_ACTION_ITEM, async (h) => ({ id: await actionItem(h) }), ['id']),
  define('createDebrief', 'MANAGER', CREATE_DEBRIEF, async (h) => ({
    input: { reportId: h.owner.id, roleId: await sharedRole(h), ...debriefInput(), actionItems: [{ owner: 'REPORT' as const, text: 'Practise', dueOn: '2026-12-01' }] },
  }), ['input.reportId', 'input.roleId', ...DEBRIEF_TEXTS, 'input.actionItems.0.text', 'input.actionItems.0.dueOn']),
  define('createInterestingRole', 'OWNER', CREATE_ROLE, async () => ({ input: { ...ROLE_INPUT } }), ROLE_TEXTS, ROLE_FLAGS),
  define('createLevel', 'ADMIN', CREATE_LEVEL, async () => ({ input: { key: unique('K').replace('-', '_'), name: 'Wizard', track: 'IC' as const, rank: 9, keywords: ['wizard'] } }),
    ['input.key', 'input.name', 'input.keywords.0']),
  define('deleteActionItem', 'MANAGER', DELETE_ACTION_ITEM, async (h) => ({ id: await actionItem(h) }), ['id']),
  define('deleteConversation', 'MANAGER', DELETE_CONVERSATION, async (h) => ({ id: await conversation(h) }), ['id']),
  define('deleteDebrief', 'MANAGER', DELETE_DEBRIEF, async (h) => ({ id: await debrief(h) }), ['id']),
  define('deactivatePerson', 'ADMIN', DEACTIVATE, async (h) => ({ id: (await h.org.addMember()).id }), ['id']),
  define('dismissNudge', 'MANAGER', DISMISS_NUDGE, async (h) => ({ id: await nudge(h) }), ['id']),
  define('deleteInterestingRole', 'OWNER', DELETE_ROLE, async (h) => ({ id: await ownRole(h) }), ['id']),
  define('deleteLevel', 'ADMIN', DELETE_LEVEL, async (h) => ({ id: await level(h) }), ['id']),
  define('endSession', 'OWNER', END_SESSION, async (h) => {
    // A second browser of the owner's, so there is another session of theirs to end.
    await h.newClient().ok(LOG_IN, { input: { email: h.owner.email, password: PASSWORD } });
    const sessions = (await h.owner.client.ok(MY_SESSIONS)).mySessions;
    return { id: sessions.find((s) => !s.current)!.id };
  }, ['id']),
  define('holdConversation', 'MANAGER', HOLD_CONVERSATION, async (h) => ({
    input: {
      reportId: h.owner.id, kind: 'SATISFACTION' as const, heldOn: DAY, roleId: await sharedRole(h), notes: 'Good talk about pay', answers: [{ questionKey: 'what_keeps_you', answer: 'The team and the work' }],
      actionItems: [{ owner: 'MANAGER' as const, text: 'Follow up' }],
    },
  }), ['input.reportId', 'input.heldOn', 'input.roleId', 'input.notes', 'input.answers.0.questionKey', 'input.answers.0.answer', 'input.actionItems.0.text']),
  define('importJobPosting', 'OWNER', IMPORT_POSTING, async () => ({ input: { content: 'Senior Engineer at Globex\nLisbon, remote' } }), ['input.content']),
  define('importPostingFromUrl', 'OWNER', IMPORT_POSTING_FROM_URL, async () => ({ input: { url: `${hygienePages.origin}/job` } }), ['input.url']),
  define('importPeople', 'ADMIN', IMPORT, async () => ({ input: { csv: 'email,name,title\nnew.person@example.com,New Person,Engineer\n', dryRun: true } }), ['input.csv']),
  define('invitePerson', 'ADMIN', INVITE, async (h) => ({
    input: { email: `${unique('lee')}@example.com`, name: 'Lee', title: 'Engineer', levelId: h.org.levelId('IC2'), managerId: h.manager.id },
  }), ['input.email', 'input.name', 'input.title', 'input.levelId', 'input.managerId'], ['input.isAdmin']),
  define('logIn', 'ANONYMOUS', LOG_IN, async (h) => ({ input: { email: h.owner.email, password: PASSWORD } }), ['input.email', 'input.password']),
  define('requestPasswordReset', 'ANONYMOUS', REQUEST_PASSWORD_RESET, async (h) => ({ input: { email: (await h.org.addMember()).email } }), ['input.email']),
  define('resetPassword', 'ANONYMOUS', RESET_PASSWORD, async (h) => {
    const { email } = await h.org.addMember();
    await h.newClient().ok(REQUEST_PASSWORD_RESET, { input: { email } });
    const token = resetTokenIn(await mailFileTo(h.mailDir, email, (mail) => Boolean(resetTokenIn(mail))))!;
    return { input: { token, password: 'a new password, typed twice' } };
  }, ['input.token', 'input.password']),
  define('reissueInvitation', 'ADMIN', REISSUE, async (h) => ({ personId: (await invitation(h)).personId }), ['personId']),
  define('removeInterview', 'OWNER', REMOVE_INTERVIEW, async (h) => ({
    id: (await h.owner.client.ok(ADD_INTERVIEW, { roleId: await ownRole(h), input: { heldOn: DAY, kind: 'TECHNICAL' as const } })).addInterview.id,
  }), ['id']),
  define('reopenActionItem', 'MANAGER', REOPEN_ACTION_ITEM, async (h) => {
    const id = await actionItem(h);
    await h.manager.client.ok(COMPLETE_ACTION_ITEM, { id });
    return { id };
  }, ['id']),
  define('revokeInterestingRoleShare', 'OWNER', REVOKE_ROLE, async (h) => ({ id: await sharedRole(h) }), ['id']),
  define('setInterestingRoleLevel', 'MANAGER', SET_ROLE_LEVEL, async (h) => ({ id: await sharedRole(h), levelKey: 'IC4' }), ['id', 'levelKey']),
  define('shareInterestingRole', 'OWNER', SHARE_ROLE, async (h) => ({ id: await ownRole(h), message: 'Worth a look' }), ['id', 'message']),
  define('snoozeNudge', 'MANAGER', SNOOZE_NUDGE, async (h) => ({ id: await nudge(h), input: { until: inTenDays() } }), ['id', 'input.until']),
  define('signUp', 'ANONYMOUS', SIGN_UP, async () => ({ input: { organizationName: unique('Org'), name: 'Sam Founder', email: `${unique('sam')}@example.com`, password: PASSWORD } }),
    ['input.organizationName', 'input.name', 'input.email', 'input.password']),
  define('updateDebrief', 'MANAGER', UPDATE_DEBRIEF, async (h) => ({ id: await debrief(h), input: { roleId: await sharedRole(h), ...debriefInput() } }),
    ['id', 'input.roleId', ...DEBRIEF_TEXTS], ['input.heldOn']),
  define('updateActionItem', 'MANAGER', UPDATE_ACTION_ITEM, async (h) => ({ id: await actionItem(h), input: { text: 'Read the second book', dueOn: '2026-12-01' } }),
    ['id', 'input.text', 'input.dueOn'], ['input.text']),
  define('updateConversation', 'MANAGER', UPDATE_CONVERSATION, async (h) => ({
    id: await conversation(h), input: { heldOn: DAY, notes: 'A longer career talk', answers: [{ questionKey: 'dreams', answer: 'Lead a platform team' }] },
  }), ['id', 'input.heldOn', 'input.notes', 'input.answers.0.questionKey', 'input.answers.0.answer'], ['input.heldOn', 'input.answers']),
  define('updateInterestingRole', 'OWNER', UPDATE_ROLE, async (h) => ({ id: await ownRole(h), input: { ...ROLE_INPUT } }), ['id', ...ROLE_TEXTS],
    ['input.title', ...ROLE_FLAGS]),
  define('updateLevel', 'ADMIN', UPDATE_LEVEL, async (h) => ({ id: await level(h), input: { key: unique('K').replace('-', '_'), name: 'Sorcerer', keywords: ['sorcerer'] } }),
    ['id', 'input.key', 'input.name', 'input.keywords.0'], ['input.key', 'input.name', 'input.track', 'input.rank', 'input.keywords']),
  define('updateOrganization', 'ADMIN', UPDATE_ORGANIZATION, async () => ({ input: { name: 'Renamed Org', practiceCadenceMonths: 6, timeZone: 'Europe/Berlin' } }),
    ['input.name', 'input.timeZone'], ['input.name', 'input.practiceCadenceMonths', 'input.anonymityThreshold', 'input.timeZone']),
  define('updatePerson', 'ADMIN', UPDATE_PERSON, async (h) => ({
    id: (await h.org.addMember()).id, input: { name: 'New Name', title: 'Lead', levelId: h.org.levelId('IC4'), managerId: h.manager.id },
  }), ['id', 'input.name', 'input.title', 'input.levelId', 'input.managerId'], ['input.name', 'input.isAdmin']),
];
