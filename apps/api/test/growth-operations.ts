/** GraphQL operations on debriefs, conversations, action items and practice cadence. */
export const DEBRIEF_FIELDS = `id heldOn wentWell couldBeBetter thirdPartyFeedback assessedLevelLabel outcome stages stageCount themes
  ratings { startedOnTime roleClearlyExplained interviewersPrepared treatedWithRespect challenging }
  assessedLevel { key } externalReading report { id name level { key } } heldBy { name } role { id title } actionItems { id owner text dueOn done }`;
export const CONVERSATION_FIELDS = `id kind heldOn notes answers { questionKey prompt answer } report { id } heldBy { name } role { id title } actionItems { id owner text done }`;

export const CREATE_DEBRIEF = `mutation C($input: CreateDebriefInput!) { createDebrief(input: $input) { ${DEBRIEF_FIELDS} } }`;
export const UPDATE_DEBRIEF = `mutation U($id: ID!, $input: UpdateDebriefInput!) { updateDebrief(id: $id, input: $input) { ${DEBRIEF_FIELDS} } }`;
export const DEBRIEFS = `query D($reportId: ID!) { debriefs(reportId: $reportId) { ${DEBRIEF_FIELDS} } }`;
export const DEBRIEF = `query D($id: ID!) { debrief(id: $id) { ${DEBRIEF_FIELDS} } }`;
export const HOLD_CONVERSATION = `mutation H($input: HoldConversationInput!) { holdConversation(input: $input) { ${CONVERSATION_FIELDS} } }`;
export const CONVERSATIONS = `query C($reportId: ID!, $kind: ConversationKind) { conversations(reportId: $reportId, kind: $kind) { ${CONVERSATION_FIELDS} } }`;
export const CONVERSATION = `query C($id: ID!) { conversation(id: $id) { ${CONVERSATION_FIELDS} } }`;
export const AGENDAS = `query { conversationAgendas { kind title questions { key prompt } } }`;
export const ADD_ACTION_ITEM = `mutation A($input: AddActionItemInput!) { addActionItem(input: $input) { id owner text dueOn done report { id } } }`;
export const COMPLETE_ACTION_ITEM = `mutation C($id: ID!) { completeActionItem(id: $id) { id done doneAt } }`;
export const REOPEN_ACTION_ITEM = `mutation R($id: ID!) { reopenActionItem(id: $id) { id done } }`;
export const MY_ACTION_ITEMS = `query M($status: ActionItemStatus) { myActionItems(status: $status) { id text done owner report { id name } } }`;
export const ACTION_ITEMS = `query A($reportId: ID!, $status: ActionItemStatus) { actionItems(reportId: $reportId, status: $status) { id text done } }`;
export const PRACTICE_STATUS = `query P($reportId: ID!) { practiceStatus(reportId: $reportId) { lastPracticeOn dueOn covered state } }`;
export const PERSON_PRACTICE = `query P($id: ID!) { person(id: $id) { id practiceStatus { lastPracticeOn dueOn covered state } } }`;
export const TEAM_PAGE = `query { me { id directReports { id name title level { key } practiceStatus { lastPracticeOn dueOn covered state } } } }`;
