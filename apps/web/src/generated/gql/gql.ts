/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query MyCalendarFeed {\n    myCalendarFeed {\n      createdAt\n    }\n  }\n": typeof types.MyCalendarFeedDocument,
    "\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      url\n      createdAt\n    }\n  }\n": typeof types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": typeof types.RevokeCalendarFeedDocument,
    "\n  fragment NotificationSettingsFields on NotificationSettings {\n    emailEnabled\n    delivery\n    kinds {\n      kind\n      email\n    }\n  }\n": typeof types.NotificationSettingsFieldsFragmentDoc,
    "\n  query MyNotificationSettings {\n    myNotificationSettings {\n      ...NotificationSettingsFields\n    }\n  }\n": typeof types.MyNotificationSettingsDocument,
    "\n  mutation UpdateMyNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateMyNotificationSettings(input: $input) {\n      ...NotificationSettingsFields\n    }\n  }\n": typeof types.UpdateMyNotificationSettingsDocument,
    "\n  fragment SessionFields on Session {\n    id\n    signedInAt\n    lastUsedAt\n    device\n    current\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  query MySessions {\n    mySessions {\n      ...SessionFields\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n": typeof types.EndSessionDocument,
    "\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n": typeof types.EndOtherSessionsDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  fragment PeopleCountFields on PeopleCount {\n    ... on ShownCount {\n      value\n    }\n    ... on Suppressed {\n      threshold\n    }\n  }\n": typeof types.PeopleCountFieldsFragmentDoc,
    "\n  fragment PeopleMeasureFields on PeopleMeasure {\n    ... on ShownMeasure {\n      value\n    }\n    ... on Suppressed {\n      threshold\n    }\n  }\n": typeof types.PeopleMeasureFieldsFragmentDoc,
    "\n  fragment OrgFiguresFields on OrgFigures {\n    people {\n      ...PeopleCountFields\n    }\n    peopleCovered {\n      ...PeopleCountFields\n    }\n    peopleWithDebriefsPending {\n      ...PeopleCountFields\n    }\n    peopleWithSatisfactionTalksSuggested {\n      ...PeopleCountFields\n    }\n    peopleWithOpenActionItems {\n      ...PeopleCountFields\n    }\n    peopleWithOverdueActionItems {\n      ...PeopleCountFields\n    }\n    quarters {\n      quarter\n      current\n      peopleCovered {\n        ...PeopleCountFields\n      }\n      peopleSharingRoles {\n        ...PeopleCountFields\n      }\n      peopleSharingRolesByStretch {\n        stepUp {\n          ...PeopleCountFields\n        }\n        sameLevel {\n          ...PeopleCountFields\n        }\n        stepDown {\n          ...PeopleCountFields\n        }\n        unrated {\n          ...PeopleCountFields\n        }\n      }\n      peopleInterviewed {\n        ...PeopleCountFields\n      }\n      peopleDebriefed {\n        ...PeopleCountFields\n      }\n      peopleInSatisfactionTalks {\n        ...PeopleCountFields\n      }\n    }\n  }\n": typeof types.OrgFiguresFieldsFragmentDoc,
    "\n  query OrgDashboard {\n    orgDashboard {\n      asOf\n      threshold\n      teams {\n        managerId\n        managerName\n        parentManagerId\n        yours\n        figures {\n          ...OrgFiguresFields\n        }\n      }\n      total {\n        ...OrgFiguresFields\n      }\n    }\n  }\n": typeof types.OrgDashboardDocument,
    "\n  query OutsidePerspective($months: Int, $scope: OutsidePerspectiveScope) {\n    outsidePerspective(months: $months, scope: $scope) {\n      scope\n      scopes\n      since\n      debriefs {\n        ...PeopleCountFields\n      }\n      people {\n        ...PeopleCountFields\n      }\n      stageKinds {\n        kind\n        debriefs {\n          ...PeopleCountFields\n        }\n      }\n      processes {\n        stages\n        debriefs {\n          ...PeopleCountFields\n        }\n      }\n      stageCounts {\n        stages\n        debriefs {\n          ...PeopleCountFields\n        }\n      }\n      themes {\n        theme\n        debriefs {\n          ...PeopleCountFields\n        }\n      }\n      candidateExperience {\n        aspect\n        average {\n          ...PeopleMeasureFields\n        }\n        ratings {\n          ...PeopleCountFields\n        }\n      }\n      levelReadings {\n        total {\n          ...PeopleCountFields\n        }\n        parts {\n          stretch\n          count {\n            ...PeopleCountFields\n          }\n        }\n      }\n      companies {\n        threshold\n        named {\n          name\n          debriefs {\n            ...PeopleCountFields\n          }\n          people {\n            ...PeopleCountFields\n          }\n        }\n        others {\n          debriefs {\n            ...PeopleCountFields\n          }\n          people {\n            ...PeopleCountFields\n          }\n        }\n        unknown {\n          ...PeopleCountFields\n        }\n      }\n    }\n  }\n": typeof types.OutsidePerspectiveDocument,
    "\n  fragment TeamCoverageFields on TeamCoverage {\n    asOf\n    team {\n      ...PeopleCountFields\n    }\n    covered {\n      ...PeopleCountFields\n    }\n    share {\n      ...PeopleMeasureFields\n    }\n  }\n": typeof types.TeamCoverageFieldsFragmentDoc,
    "\n  fragment TeamActivityFields on TeamActivity {\n    startsOn\n    endsOn\n    rolesShared {\n      total {\n        ...PeopleCountFields\n      }\n      parts {\n        stretch\n        count {\n          ...PeopleCountFields\n        }\n      }\n    }\n    interviews {\n      ...PeopleCountFields\n    }\n    debriefsHeld {\n      ...PeopleCountFields\n    }\n    medianDaysToDebrief {\n      ...PeopleMeasureFields\n    }\n    satisfactionConversations {\n      ...PeopleCountFields\n    }\n  }\n": typeof types.TeamActivityFieldsFragmentDoc,
    "\n  query TeamDashboard {\n    teamDashboard {\n      asOf\n      coverage {\n        ...TeamCoverageFields\n      }\n      debriefsPending {\n        ...PeopleCountFields\n      }\n      satisfactionTalksSuggested {\n        ...PeopleCountFields\n      }\n      openActionItems {\n        ...PeopleCountFields\n      }\n      overdueActionItems {\n        ...PeopleCountFields\n      }\n      lastTwelveMonths {\n        ...TeamActivityFields\n      }\n      quarters {\n        quarter\n        current\n        coverage {\n          ...TeamCoverageFields\n        }\n        activity {\n          ...TeamActivityFields\n        }\n      }\n      reports {\n        person {\n          id\n          name\n        }\n        practice {\n          state\n          dueOn\n        }\n        rolesShared\n        debriefsPending\n        satisfactionTalksSuggested\n        openActionItems\n        overdueActionItems\n      }\n    }\n  }\n": typeof types.TeamDashboardDocument,
    "\n  fragment ConversationSummaryFields on Conversation {\n    id\n    kind\n    heldOn\n    createdAt\n    heldBy {\n      id\n      name\n    }\n    role {\n      id\n      title\n      company\n    }\n  }\n": typeof types.ConversationSummaryFieldsFragmentDoc,
    "\n  fragment ConversationFields on Conversation {\n    id\n    kind\n    heldOn\n    createdAt\n    notes\n    answers {\n      questionKey\n      prompt\n      answer\n    }\n    role {\n      id\n      title\n      company\n    }\n    heldBy {\n      id\n      name\n    }\n    report {\n      id\n      name\n      manager {\n        id\n      }\n    }\n    actionItems {\n      ...ActionItemFields\n    }\n  }\n": typeof types.ConversationFieldsFragmentDoc,
    "\n  query Conversation($id: ID!) {\n    me {\n      id\n    }\n    conversation(id: $id) {\n      ...ConversationFields\n    }\n  }\n": typeof types.ConversationDocument,
    "\n  query ConversationAgendas {\n    conversationAgendas {\n      kind\n      title\n      purpose\n      questions {\n        key\n        prompt\n        hint\n      }\n    }\n  }\n": typeof types.ConversationAgendasDocument,
    "\n  mutation HoldConversation($input: HoldConversationInput!) {\n    holdConversation(input: $input) {\n      ...ConversationFields\n    }\n  }\n": typeof types.HoldConversationDocument,
    "\n  mutation UpdateConversation($id: ID!, $input: UpdateConversationInput!) {\n    updateConversation(id: $id, input: $input) {\n      ...ConversationFields\n    }\n  }\n": typeof types.UpdateConversationDocument,
    "\n  mutation DeleteConversation($id: ID!) {\n    deleteConversation(id: $id)\n  }\n": typeof types.DeleteConversationDocument,
    "\n  fragment DebriefSummaryFields on Debrief {\n    id\n    heldOn\n    createdAt\n    outcome\n    externalReading\n    heldBy {\n      id\n      name\n    }\n    role {\n      id\n      title\n      company\n    }\n  }\n": typeof types.DebriefSummaryFieldsFragmentDoc,
    "\n  fragment DebriefFields on Debrief {\n    id\n    heldOn\n    createdAt\n    updatedAt\n    wentWell\n    couldBeBetter\n    thirdPartyFeedback\n    assessedLevelLabel\n    assessedLevel {\n      id\n      key\n      name\n    }\n    externalReading\n    outcome\n    stages\n    stageCount\n    themes\n    ratings {\n      startedOnTime\n      roleClearlyExplained\n      interviewersPrepared\n      treatedWithRespect\n      challenging\n    }\n    role {\n      id\n      title\n      company\n    }\n    heldBy {\n      id\n      name\n    }\n    report {\n      id\n      name\n      title\n      level {\n        id\n        key\n        name\n      }\n      manager {\n        id\n      }\n    }\n    actionItems {\n      ...ActionItemFields\n    }\n  }\n": typeof types.DebriefFieldsFragmentDoc,
    "\n  query Debrief($id: ID!) {\n    me {\n      id\n    }\n    debrief(id: $id) {\n      ...DebriefFields\n    }\n  }\n": typeof types.DebriefDocument,
    "\n  mutation CreateDebrief($input: CreateDebriefInput!) {\n    createDebrief(input: $input) {\n      ...DebriefFields\n    }\n  }\n": typeof types.CreateDebriefDocument,
    "\n  mutation UpdateDebrief($id: ID!, $input: UpdateDebriefInput!) {\n    updateDebrief(id: $id, input: $input) {\n      ...DebriefFields\n    }\n  }\n": typeof types.UpdateDebriefDocument,
    "\n  mutation DeleteDebrief($id: ID!) {\n    deleteDebrief(id: $id)\n  }\n": typeof types.DeleteDebriefDocument,
    "\n  fragment EarlierRecordSharingFields on EarlierRecordSharing {\n    sharedWithCurrentManager\n    earlierRecordCount\n    history {\n      id\n      startedAt\n      endedAt\n      endedReason\n      active\n      manager {\n        id\n        name\n      }\n    }\n  }\n": typeof types.EarlierRecordSharingFieldsFragmentDoc,
    "\n  query MyGrowth($me: ID!) {\n    organization {\n      id\n      practiceCadenceMonths\n    }\n    me {\n      id\n      manager {\n        id\n        name\n      }\n      practiceStatus {\n        ...PracticeStatusFields\n      }\n    }\n    debriefs(reportId: $me) {\n      ...DebriefSummaryFields\n    }\n    conversations(reportId: $me) {\n      ...ConversationSummaryFields\n    }\n    actionItems(reportId: $me, status: ALL) {\n      ...ActionItemFields\n    }\n  }\n": typeof types.MyGrowthDocument,
    "\n  query EarlierRecordSharing {\n    me {\n      id\n      manager {\n        id\n        name\n      }\n    }\n    earlierRecordSharing {\n      ...EarlierRecordSharingFields\n    }\n  }\n": typeof types.EarlierRecordSharingDocument,
    "\n  mutation ShareEarlierRecords {\n    shareEarlierRecords {\n      ...EarlierRecordSharingFields\n    }\n  }\n": typeof types.ShareEarlierRecordsDocument,
    "\n  mutation StopSharingEarlierRecords {\n    stopSharingEarlierRecords {\n      ...EarlierRecordSharingFields\n    }\n  }\n": typeof types.StopSharingEarlierRecordsDocument,
    "\n  query GrowthReportContext($reportId: ID!) {\n    me {\n      id\n    }\n    person(id: $reportId) {\n      id\n      name\n      title\n      level {\n        id\n        key\n        name\n      }\n      manager {\n        id\n      }\n    }\n    sharedWithMe(first: 100) {\n      edges {\n        node {\n          id\n          title\n          company\n          stretch\n          owner {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.GrowthReportContextDocument,
    "\n  query GrowthLevels {\n    levels {\n      id\n      key\n      name\n      track\n      rank\n    }\n  }\n": typeof types.GrowthLevelsDocument,
    "\n  query ReportGrowth($reportId: ID!) {\n    me {\n      id\n    }\n    person(id: $reportId) {\n      id\n      name\n      title\n      level {\n        id\n        key\n        name\n      }\n      manager {\n        id\n      }\n      practiceStatus {\n        ...PracticeStatusFields\n      }\n    }\n    debriefs(reportId: $reportId) {\n      ...DebriefSummaryFields\n    }\n    conversations(reportId: $reportId) {\n      ...ConversationSummaryFields\n    }\n    actionItems(reportId: $reportId, status: ALL) {\n      ...ActionItemFields\n    }\n  }\n": typeof types.ReportGrowthDocument,
    "\n  query ReportSharedRoles($reportId: ID!, $first: Int!) {\n    sharedWithMe(ownerId: $reportId, first: $first) {\n      totalCount\n      newCount\n      edges {\n        node {\n          id\n          title\n          company\n          outcome\n          stretch\n          trackChange\n          sharedAt\n          unread\n        }\n      }\n    }\n  }\n": typeof types.ReportSharedRolesDocument,
    "\n  fragment TeamMemberFields on Person {\n    id\n    name\n    title\n    level {\n      id\n      key\n      name\n    }\n    practiceStatus {\n      ...PracticeStatusFields\n    }\n  }\n": typeof types.TeamMemberFieldsFragmentDoc,
    "\n  query Team {\n    organization {\n      id\n      practiceCadenceMonths\n    }\n    me {\n      id\n      directReports {\n        ...TeamMemberFields\n      }\n    }\n  }\n": typeof types.TeamDocument,
    "\n  query Home {\n    me {\n      id\n      name\n      title\n      level {\n        id\n        key\n        name\n        track\n      }\n      manager {\n        ...PersonSummaryFields\n      }\n      directReports {\n        ...PersonSummaryFields\n      }\n      practiceStatus {\n        ...PracticeStatusFields\n      }\n    }\n  }\n": typeof types.HomeDocument,
    "\n  query NeedsAttention($first: Int!) {\n    myNudges(status: OPEN, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...NudgeSummaryFields\n        }\n      }\n    }\n  }\n": typeof types.NeedsAttentionDocument,
    "\n  fragment PersonSummaryFields on Person {\n    id\n    name\n    email\n    title\n    level {\n      id\n      key\n      name\n    }\n  }\n": typeof types.PersonSummaryFieldsFragmentDoc,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      organizationName\n      name\n      email\n      expiresAt\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  fragment LevelFields on Level {\n    id\n    key\n    name\n    track\n    rank\n    keywords\n  }\n": typeof types.LevelFieldsFragmentDoc,
    "\n  query Ladder {\n    levels {\n      ...LevelFields\n    }\n  }\n": typeof types.LadderDocument,
    "\n  mutation CreateLevel($input: CreateLevelInput!) {\n    createLevel(input: $input) {\n      ...LevelFields\n    }\n  }\n": typeof types.CreateLevelDocument,
    "\n  mutation UpdateLevel($id: ID!, $input: UpdateLevelInput!) {\n    updateLevel(id: $id, input: $input) {\n      ...LevelFields\n    }\n  }\n": typeof types.UpdateLevelDocument,
    "\n  mutation DeleteLevel($id: ID!) {\n    deleteLevel(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteLevelDocument,
    "\n  query Inbox($status: NudgeStatus, $first: Int, $after: String) {\n    myNudges(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NudgeSummaryFields\n        }\n      }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  mutation SnoozeNudge($id: ID!, $input: SnoozeNudgeInput!) {\n    snoozeNudge(id: $id, input: $input) {\n      ...NudgeSummaryFields\n    }\n  }\n": typeof types.SnoozeNudgeDocument,
    "\n  mutation DismissNudge($id: ID!) {\n    dismissNudge(id: $id) {\n      ...NudgeSummaryFields\n    }\n  }\n": typeof types.DismissNudgeDocument,
    "\n  query OpenNudgeCount {\n    openNudgeCount\n  }\n": typeof types.OpenNudgeCountDocument,
    "\n  subscription LiveInbox {\n    nudgesChanged {\n      openCount\n      noLongerOpenIds\n      newlyOpen {\n        ...NudgeSummaryFields\n      }\n    }\n  }\n": typeof types.LiveInboxDocument,
    "\n  mutation ImportPeople($input: ImportPeopleInput!) {\n    importPeople(input: $input) {\n      applied\n      dryRun\n      created\n      updated\n      unchanged\n      rejected\n      rows {\n        line\n        email\n        name\n        outcome\n        messages\n      }\n    }\n  }\n": typeof types.ImportPeopleDocument,
    "\n  query LevelOptions {\n    levels {\n      id\n      key\n      name\n      track\n      rank\n    }\n  }\n": typeof types.LevelOptionsDocument,
    "\n  query ManagerOptions($search: String) {\n    people(first: 20, search: $search) {\n      edges {\n        node {\n          id\n          name\n          email\n          title\n        }\n      }\n    }\n  }\n": typeof types.ManagerOptionsDocument,
    "\n  fragment PersonRowFields on Person {\n    id\n    name\n    email\n    title\n    isAdmin\n    status\n    level {\n      id\n      key\n      name\n    }\n    manager {\n      id\n      name\n    }\n  }\n": typeof types.PersonRowFieldsFragmentDoc,
    "\n  query People($first: Int!, $after: String, $search: String, $includeDeactivated: Boolean!) {\n    people(first: $first, after: $after, search: $search, includeDeactivated: $includeDeactivated) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...PersonRowFields\n        }\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  fragment InvitationLinkFields on InvitationLink {\n    url\n    expiresAt\n    emailed\n    person {\n      ...PersonRowFields\n    }\n  }\n": typeof types.InvitationLinkFieldsFragmentDoc,
    "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      ...InvitationLinkFields\n    }\n  }\n": typeof types.InvitePersonDocument,
    "\n  mutation ReissueInvitation($personId: ID!) {\n    reissueInvitation(personId: $personId) {\n      ...InvitationLinkFields\n    }\n  }\n": typeof types.ReissueInvitationDocument,
    "\n  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      ...PersonRowFields\n    }\n  }\n": typeof types.UpdatePersonDocument,
    "\n  mutation DeactivatePerson($id: ID!) {\n    deactivatePerson(id: $id) {\n      ...PersonRowFields\n    }\n  }\n": typeof types.DeactivatePersonDocument,
    "\n  mutation CreateInterestingRole($input: CreateInterestingRoleInput!) {\n    createInterestingRole(input: $input) {\n      ...RoleDetailFields\n    }\n  }\n": typeof types.CreateInterestingRoleDocument,
    "\n  mutation UpdateInterestingRole($id: ID!, $input: UpdateInterestingRoleInput!) {\n    updateInterestingRole(id: $id, input: $input) {\n      ...RoleDetailFields\n    }\n  }\n": typeof types.UpdateInterestingRoleDocument,
    "\n  mutation DeleteInterestingRole($id: ID!) {\n    deleteInterestingRole(id: $id)\n  }\n": typeof types.DeleteInterestingRoleDocument,
    "\n  fragment PostingDraftFields on JobPostingDraft {\n    source\n    fieldsFound\n    warnings\n    suggestedLevelKey\n    title\n    company\n    location\n    remote\n    workplace\n    description\n    url\n    employmentTypes\n    datePosted\n    validThrough\n    salary {\n      min\n      max\n      currency\n      unit\n    }\n  }\n": typeof types.PostingDraftFieldsFragmentDoc,
    "\n  mutation ImportJobPosting($input: ImportJobPostingInput!) {\n    importJobPosting(input: $input) {\n      ...PostingDraftFields\n    }\n  }\n": typeof types.ImportJobPostingDocument,
    "\n  mutation ImportPostingFromUrl($input: ImportPostingFromUrlInput!) {\n    importPostingFromUrl(input: $input) {\n      ...PostingDraftFields\n    }\n  }\n": typeof types.ImportPostingFromUrlDocument,
    "\n  mutation ShareInterestingRole($id: ID!, $message: String) {\n    shareInterestingRole(id: $id, message: $message) {\n      ...RoleDetailFields\n    }\n  }\n": typeof types.ShareInterestingRoleDocument,
    "\n  mutation RevokeInterestingRoleShare($id: ID!) {\n    revokeInterestingRoleShare(id: $id) {\n      ...RoleDetailFields\n    }\n  }\n": typeof types.RevokeInterestingRoleShareDocument,
    "\n  mutation SetInterestingRoleLevel($id: ID!, $levelKey: String) {\n    setInterestingRoleLevel(id: $id, levelKey: $levelKey) {\n      ...RoleDetailFields\n    }\n  }\n": typeof types.SetInterestingRoleLevelDocument,
    "\n  mutation AddInterview($roleId: ID!, $input: AddInterviewInput!) {\n    addInterview(roleId: $roleId, input: $input) {\n      ...RoleInterviewFields\n    }\n  }\n": typeof types.AddInterviewDocument,
    "\n  mutation RemoveInterview($id: ID!) {\n    removeInterview(id: $id)\n  }\n": typeof types.RemoveInterviewDocument,
    "\n  mutation CommentOnInterestingRole($id: ID!, $body: String!) {\n    commentOnInterestingRole(id: $id, body: $body) {\n      ...RoleCommentFields\n    }\n  }\n": typeof types.CommentOnInterestingRoleDocument,
    "\n  mutation EditRoleComment($id: ID!, $body: String!) {\n    editRoleComment(id: $id, body: $body) {\n      ...RoleCommentFields\n    }\n  }\n": typeof types.EditRoleCommentDocument,
    "\n  mutation DeleteRoleComment($id: ID!) {\n    deleteRoleComment(id: $id)\n  }\n": typeof types.DeleteRoleCommentDocument,
    "\n  fragment RoleDetailFields on InterestingRole {\n    id\n    title\n    company\n    location\n    remote\n    outcome\n    stretch\n    trackChange\n    isShared\n    sharedAt\n    shareMessage\n    satisfactionConversationSuggested\n    createdAt\n    url\n    description\n    source\n    employmentTypes\n    datePosted\n    validThrough\n    updatedAt\n    viewerRelation\n    salary {\n      min\n      max\n      currency\n      unit\n    }\n    level {\n      id\n      key\n      name\n      track\n      rank\n    }\n    levelSource\n    levelConfidence\n    levelSetAt\n    levelSetBy {\n      id\n      name\n    }\n    owner {\n      id\n      name\n      level {\n        id\n        key\n        name\n        track\n        rank\n      }\n    }\n    checklist {\n      toldNotLooking\n      myWhy\n      whyTheyReachedOut\n      jobDescriptionReceived\n      whatWouldItTake\n      whatWouldItTakeShared\n      nothingWouldMakeMeMove\n    }\n    interviews {\n      ...RoleInterviewFields\n    }\n    comments {\n      ...RoleCommentFields\n    }\n    views {\n      viewedAt\n      viewer {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RoleDetailFieldsFragmentDoc,
    "\n  fragment RoleInterviewFields on RoleInterview {\n    id\n    heldOn\n    kind\n    notes\n  }\n": typeof types.RoleInterviewFieldsFragmentDoc,
    "\n  fragment RoleCommentFields on RoleComment {\n    id\n    body\n    createdAt\n    editedAt\n    author {\n      id\n      name\n    }\n  }\n": typeof types.RoleCommentFieldsFragmentDoc,
    "\n  query MyRoles($first: Int!, $after: String) {\n    myInterestingRoles(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...MyRoleFields\n        }\n      }\n    }\n  }\n": typeof types.MyRolesDocument,
    "\n  query SharedWithMe($first: Int!, $after: String, $ownerId: ID, $stretch: StretchTag) {\n    sharedWithMe(first: $first, after: $after, ownerId: $ownerId, stretch: $stretch) {\n      totalCount\n      newCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...SharedRoleSummaryFields\n        }\n      }\n    }\n  }\n": typeof types.SharedWithMeDocument,
    "\n  query SharedFilterPeople {\n    me {\n      id\n      directReports {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SharedFilterPeopleDocument,
    "\n  query RolePage($id: ID!) {\n    interestingRole(id: $id) {\n      ...RoleDetailFields\n    }\n    me {\n      id\n      level {\n        id\n        key\n        name\n        track\n        rank\n      }\n      manager {\n        id\n        name\n      }\n    }\n    levels {\n      id\n      key\n      name\n      track\n      rank\n    }\n  }\n": typeof types.RolePageDocument,
    "\n  query RoleLadder {\n    levels {\n      id\n      key\n      name\n      track\n      rank\n    }\n  }\n": typeof types.RoleLadderDocument,
    "\n  query ExportMyData {\n    exportMyData\n  }\n": typeof types.ExportMyDataDocument,
    "\n  fragment MyRoleFields on InterestingRole {\n    id\n    title\n    company\n    location\n    remote\n    outcome\n    stretch\n    trackChange\n    isShared\n    createdAt\n    level {\n      id\n      key\n      name\n    }\n  }\n": typeof types.MyRoleFieldsFragmentDoc,
    "\n  fragment SharedRoleSummaryFields on RoleSummary {\n    id\n    title\n    company\n    isShared\n    sharedAt\n    unread\n    stretch\n    trackChange\n    satisfactionConversationSuggested\n    level {\n      id\n      key\n      name\n    }\n    owner {\n      id\n      name\n    }\n  }\n": typeof types.SharedRoleSummaryFieldsFragmentDoc,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
    "\n  fragment ViewerFields on Person {\n    id\n    name\n    email\n    isAdmin\n    isLeader\n    status\n    directReports {\n      id\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment OrganizationSettingsFields on Organization {\n    id\n    name\n    practiceCadenceMonths\n    anonymityThreshold\n    timeZone\n  }\n": typeof types.OrganizationSettingsFieldsFragmentDoc,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      ...OrganizationSettingsFields\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  query OrganizationSettings {\n    organization {\n      ...OrganizationSettingsFields\n    }\n  }\n": typeof types.OrganizationSettingsDocument,
    "\n  fragment ActionItemFields on ActionItem {\n    id\n    text\n    owner\n    dueOn\n    done\n    doneAt\n    createdAt\n    debriefId\n    conversationId\n    writtenByYou\n    report {\n      id\n      name\n    }\n  }\n": typeof types.ActionItemFieldsFragmentDoc,
    "\n  query MyActionItems($status: ActionItemStatus!) {\n    myActionItems(status: $status) {\n      ...ActionItemFields\n    }\n  }\n": typeof types.MyActionItemsDocument,
    "\n  query ReportActionItems($reportId: ID!, $status: ActionItemStatus!) {\n    actionItems(reportId: $reportId, status: $status) {\n      ...ActionItemFields\n    }\n  }\n": typeof types.ReportActionItemsDocument,
    "\n  mutation CompleteActionItem($id: ID!) {\n    completeActionItem(id: $id) {\n      ...ActionItemFields\n    }\n  }\n": typeof types.CompleteActionItemDocument,
    "\n  mutation ReopenActionItem($id: ID!) {\n    reopenActionItem(id: $id) {\n      ...ActionItemFields\n    }\n  }\n": typeof types.ReopenActionItemDocument,
    "\n  mutation AddActionItem($input: AddActionItemInput!) {\n    addActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n": typeof types.AddActionItemDocument,
    "\n  mutation UpdateActionItem($id: ID!, $input: UpdateActionItemInput!) {\n    updateActionItem(id: $id, input: $input) {\n      ...ActionItemFields\n    }\n  }\n": typeof types.UpdateActionItemDocument,
    "\n  mutation DeleteActionItem($id: ID!) {\n    deleteActionItem(id: $id)\n  }\n": typeof types.DeleteActionItemDocument,
    "\n  fragment NudgeSummaryFields on Nudge {\n    id\n    kind\n    status\n    reportName\n    roleTitle\n    dueOn\n    raisedAt\n    resolvedAt\n    snoozedUntil\n    target {\n      action\n      reportId\n      roleId\n    }\n  }\n": typeof types.NudgeSummaryFieldsFragmentDoc,
    "\n  fragment PracticeStatusFields on PracticeStatus {\n    state\n    covered\n    dueOn\n    lastPracticeOn\n  }\n": typeof types.PracticeStatusFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  query MyCalendarFeed {\n    myCalendarFeed {\n      createdAt\n    }\n  }\n": types.MyCalendarFeedDocument,
    "\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      url\n      createdAt\n    }\n  }\n": types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": types.RevokeCalendarFeedDocument,
    "\n  fragment NotificationSettingsFields on NotificationSettings {\n    emailEnabled\n    delivery\n    kinds {\n      kind\n      email\n    }\n  }\n": types.NotificationSettingsFieldsFragmentDoc,
    "\n  query MyNotificationSettings {\n    myNotificationSettings {\n      ...NotificationSettingsFields\n    }\n  }\n": types.MyNotificationSettingsDocument,
    "\n  mutation UpdateMyNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateMyNotificationSettings(input: $input) {\n      ...NotificationSettingsFields\n    }\n  }\n": types.UpdateMyNotificationSettingsDocument,
    "\n  fragment SessionFields on Session {\n    id\n    signedInAt\n    lastUsedAt\n    device\n    current\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  query MySessions {\n    mySessions {\n      ...SessionFields\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n": types.EndSessionDocument,
    "\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n": types.EndOtherSessionsDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.LogInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.SignUpDocument,
    "\n  fragment PeopleCountFields on PeopleCount {\n    ... on ShownCount {\n      value\n    }\n    ... on Suppressed {\n      threshold\n    }\n  }\n": types.PeopleCountFieldsFragmentDoc,
    "\n  fragment PeopleMeasureFields on PeopleMeasure {\n    ... on ShownMeasure {\n      value\n    }\n    ... on Suppressed {\n      threshold\n    }\n  }\n": types.PeopleMeasureFieldsFragmentDoc,
    "\n  fragment OrgFiguresFields on OrgFigures {\n    people {\n      ...PeopleCountFields\n    }\n    peopleCovered {\n      ...PeopleCountFields\n    }\n    peopleWithDebriefsPending {\n      ...PeopleCountFields\n    }\n    peopleWithSatisfactionTalksSuggested {\n      ...PeopleCountFields\n    }\n    peopleWithOpenActionItems {\n      ...PeopleCountFields\n    }\n    peopleWithOverdueActionItems {\n      ...PeopleCountFields\n    }\n    quarters {\n      quarter\n      current\n      peopleCovered {\n        ...PeopleCountFields\n      }\n      peopleSharingRoles {\n        ...PeopleCountFields\n      }\n      peopleSharingRolesByStretch {\n        stepUp {\n          ...PeopleCountFields\n        }\n        sameLevel {\n          ...PeopleCountFields\n        }\n        stepDown {\n          ...PeopleCountFields\n        }\n        unrated {\n          ...PeopleCountFields\n        }\n      }\n      peopleInterviewed {\n        ...PeopleCountFields\n      }\n      peopleDebriefed {\n        ...PeopleCountFields\n      }\n      peopleInSatisfactionTalks {\n        ...PeopleCountFields\n      }\n    }\n  }\n": types.OrgFiguresFieldsFragmentDoc,
    "\n  query OrgDashboard {\n    orgDashboard {\n      asOf\n      threshold\n      teams {\n        managerId\n        managerName\n        parentManagerId\n        yours\n        figures {\n          ...OrgFiguresFields\n        }\n      }\n      total {\n        ...OrgFiguresFields\n      }\n    }\n  }\n": types.OrgDashboardDocument,
    "\n  query OutsidePerspective($months: Int, $scope: OutsidePerspectiveScope) {\n    outsidePerspective(months: $months, scope: $scope) {\n      scope\n      scopes\n      since\n      debriefs {\n        ...PeopleCountFields\n      }\n      people {\n        ...PeopleCountFields\n      }\n      stageKinds {\n        kind\n        debriefs {\n          ...PeopleCountFields\n        }\n      }\n      processes {\n        stages\n        debriefs {\n          ...PeopleCountFields\n        }\n      }\n      stageCounts {\n        stages\n        debriefs {\n          ...PeopleCountFields\n        }\n      }\n      themes {\n        theme\n        debriefs {\n          ...PeopleCountFields\n        }\n      }\n      candidateExperience {\n        aspect\n        average {\n          ...PeopleMeasureFields\n        }\n        ratings {\n          ...PeopleCountFields\n        }\n      }\n      levelReadings {\n        total {\n          ...PeopleCountFields\n        }\n        parts {\n          stretch\n          count {\n            ...PeopleCountFields\n          }\n        }\n      }\n      companies {\n        threshold\n        named {\n          name\n          debriefs {\n            ...PeopleCountFields\n          }\n          people {\n            ...PeopleCountFields\n          }\n        }\n        others {\n          debriefs {\n            ...PeopleCountFields\n          }\n          people {\n            ...PeopleCountFields\n          }\n        }\n        unknown {\n          ...PeopleCountFields\n        }\n      }\n    }\n  }\n": types.OutsidePerspectiveDocument,
    "\n  fragment TeamCoverageFields on TeamCoverage {\n    asOf\n    team {\n      ...PeopleCountFields\n    }\n    covered {\n      ...PeopleCountFields\n    }\n    share {\n      ...PeopleMeasureFields\n    }\n  }\n": types.TeamCoverageFieldsFragmentDoc,
    "\n  fragment TeamActivityFields on TeamActivity {\n    startsOn\n    endsOn\n    rolesShared {\n      total {\n        ...PeopleCountFields\n      }\n      parts {\n        stretch\n        count {\n          ...PeopleCountFields\n        }\n      }\n    }\n    interviews {\n      ...PeopleCountFields\n    }\n    debriefsHeld {\n      ...PeopleCountFields\n    }\n    medianDaysToDebrief {\n      ...PeopleMeasureFields\n    }\n    satisfactionConversations {\n      ...PeopleCountFields\n    }\n  }\n": types.TeamActivityFieldsFragmentDoc,
    "\n  query TeamDashboard {\n    teamDashboard {\n      asOf\n      coverage {\n        ...TeamCoverageFields\n      }\n      debriefsPending {\n        ...PeopleCountFields\n      }\n      satisfactionTalksSuggested {\n        ...PeopleCountFields\n      }\n      openActionItems {\n        ...PeopleCountFields\n      }\n      overdueActionItems {\n        ...PeopleCountFields\n      }\n      lastTwelveMonths {\n        ...TeamActivityFields\n      }\n      quarters {\n        quarter\n        current\n        coverage {\n          ...TeamCoverageFields\n        }\n        activity {\n          ...TeamActivityFields\n        }\n      }\n      reports {\n        person {\n          id\n          name\n        }\n        practice {\n          state\n          dueOn\n        }\n        rolesShared\n        debriefsPending\n        satisfactionTalksSuggested\n        openActionItems\n        overdueActionItems\n      }\n    }\n  }\n": types.TeamDashboardDocument,
    "\n  fragment ConversationSummaryFields on Conversation {\n    id\n    kind\n    heldOn\n    createdAt\n    heldBy {\n      id\n      name\n    }\n    role {\n      id\n      title\n      company\n    }\n  }\n": types.ConversationSummaryFieldsFragmentDoc,
    "\n  fragment ConversationFields on Conversation {\n    id\n    kind\n    heldOn\n    createdAt\n    notes\n    answers {\n      questionKey\n      prompt\n      answer\n    }\n    role {\n      id\n      title\n      company\n    }\n    heldBy {\n      id\n      name\n    }\n    report {\n      id\n      name\n      manager {\n        id\n      }\n    }\n    actionItems {\n      ...ActionItemFields\n    }\n  }\n": types.ConversationFieldsFragmentDoc,
    "\n  query Conversation($id: ID!) {\n    me {\n      id\n    }\n    conversation(id: $id) {\n      ...ConversationFields\n    }\n  }\n": types.ConversationDocument,
    "\n  query ConversationAgendas {\n    conversationAgendas {\n      kind\n      title\n      purpose\n      questions {\n        key\n        prompt\n        hint\n      }\n    }\n  }\n": types.ConversationAgendasDocument,
    "\n  mutation HoldConversation($input: HoldConversationInput!) {\n    holdConversation(input: $input) {\n      ...ConversationFields\n    }\n  }\n": types.HoldConversationDocument,
    "\n  mutation UpdateConversation($id: ID!, $input: UpdateConversationInput!) {\n    updateConversation(id: $id, input: $input) {\n      ...ConversationFields\n    }\n  }\n": types.UpdateConversationDocument,
    "\n  mutation DeleteConversation($id: ID!) {\n    deleteConversation(id: $id)\n  }\n": types.DeleteConversationDocument,
    "\n  fragment DebriefSummaryFields on Debrief {\n    id\n    heldOn\n    createdAt\n    outcome\n    externalReading\n    heldBy {\n      id\n      name\n    }\n    role {\n      id\n      title\n      company\n    }\n  }\n": types.DebriefSummaryFieldsFragmentDoc,
    "\n  fragment DebriefFields on Debrief {\n    id\n    heldOn\n    createdAt\n    updatedAt\n    wentWell\n    couldBeBetter\n    thirdPartyFeedback\n    assessedLevelLabel\n    assessedLevel {\n      id\n      key\n      name\n    }\n    externalReading\n    outcome\n    stages\n    stageCount\n    themes\n    ratings {\n      startedOnTime\n      roleClearlyExplained\n      interviewersPrepared\n      treatedWithRespect\n      challenging\n    }\n    role {\n      id\n      title\n      company\n    }\n    heldBy {\n      id\n      name\n    }\n    report {\n      id\n      name\n      title\n      level {\n        id\n        key\n        name\n      }\n      manager {\n        id\n      }\n    }\n    actionItems {\n      ...ActionItemFields\n    }\n  }\n": types.DebriefFieldsFragmentDoc,
    "\n  query Debrief($id: ID!) {\n    me {\n      id\n    }\n    debrief(id: $id) {\n      ...DebriefFields\n    }\n  }\n": types.DebriefDocument,
    "\n  mutation CreateDebrief($input: CreateDebriefInput!) {\n    createDebrief(input: $input) {\n      ...DebriefFields\n    }\n  }\n": types.CreateDebriefDocument,
    "\n  mutation UpdateDebrief($id: ID!, $input: UpdateDebriefInput!) {\n    updateDebrief(id: $id, input: $input) {\n      ...DebriefFields\n    }\n  }\n": types.UpdateDebriefDocument,
    "\n  mutation DeleteDebrief($id: ID!) {\n    deleteDebrief(id: $id)\n  }\n": types.DeleteDebriefDocument,
    "\n  fragment EarlierRecordSharingFields on EarlierRecordSharing {\n    sharedWithCurrentManager\n    earlierRecordCount\n    history {\n      id\n      startedAt\n      endedAt\n      endedReason\n      active\n      manager {\n        id\n        name\n      }\n    }\n  }\n": types.EarlierRecordSharingFieldsFragmentDoc,
    "\n  query MyGrowth($me: ID!) {\n    organization {\n      id\n      practiceCadenceMonths\n    }\n    me {\n      id\n      manager {\n        id\n        name\n      }\n      practiceStatus {\n        ...PracticeStatusFields\n      }\n    }\n    debriefs(reportId: $me) {\n      ...DebriefSummaryFields\n    }\n    conversations(reportId: $me) {\n      ...ConversationSummaryFields\n    }\n    actionItems(reportId: $me, status: ALL) {\n      ...ActionItemFields\n    }\n  }\n": types.MyGrowthDocument,
    "\n  query EarlierRecordSharing {\n    me {\n      id\n      manager {\n        id\n        name\n      }\n    }\n    earlierRecordSharing {\n      ...EarlierRecordSharingFields\n    }\n  }\n": types.EarlierRecordSharingDocument,
    "\n  mutation ShareEarlierRecords {\n    shareEarlierRecords {\n      ...EarlierRecordSharingFields\n    }\n  }\n": types.ShareEarlierRecordsDocument,
    "\n  mutation StopSharingEarlierRecords {\n    stopSharingEarlierRecords {\n      ...EarlierRecordSharingFields\n    }\n  }\n": types.StopSharingEarlierRecordsDocument,
    "\n  query GrowthReportContext($reportId: ID!) {\n    me {\n      id\n    }\n    person(id: $reportId) {\n      id\n      name\n      title\n      level {\n        id\n        key\n        name\n      }\n      manager {\n        id\n      }\n    }\n    sharedWithMe(first: 100) {\n      edges {\n        node {\n          id\n          title\n          company\n          stretch\n          owner {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.GrowthReportContextDocument,
    "\n  query GrowthLevels {\n    levels {\n      id\n      key\n      name\n      track\n      rank\n    }\n  }\n": types.GrowthLevelsDocument,
    "\n  query ReportGrowth($reportId: ID!) {\n    me {\n      id\n    }\n    person(id: $reportId) {\n      id\n      name\n      title\n      level {\n        id\n        key\n        name\n      }\n      manager {\n        id\n      }\n      practiceStatus {\n        ...PracticeStatusFields\n      }\n    }\n    debriefs(reportId: $reportId) {\n      ...DebriefSummaryFields\n    }\n    conversations(reportId: $reportId) {\n      ...ConversationSummaryFields\n    }\n    actionItems(reportId: $reportId, status: ALL) {\n      ...ActionItemFields\n    }\n  }\n": types.ReportGrowthDocument,
    "\n  query ReportSharedRoles($reportId: ID!, $first: Int!) {\n    sharedWithMe(ownerId: $reportId, first: $first) {\n      totalCount\n      newCount\n      edges {\n        node {\n          id\n          title\n          company\n          outcome\n          stretch\n          trackChange\n          sharedAt\n          unread\n        }\n      }\n    }\n  }\n": types.ReportSharedRolesDocument,
    "\n  fragment TeamMemberFields on Person {\n    id\n    name\n    title\n    level {\n      id\n      key\n      name\n    }\n    practiceStatus {\n      ...PracticeStatusFields\n    }\n  }\n": types.TeamMemberFieldsFragmentDoc,
    "\n  query Team {\n    organization {\n      id\n      practiceCadenceMonths\n    }\n    me {\n      id\n      directReports {\n        ...TeamMemberFields\n      }\n    }\n  }\n": types.TeamDocument,
    "\n  query Home {\n    me {\n      id\n      name\n      title\n      level {\n        id\n        key\n        name\n        track\n      }\n      manager {\n        ...PersonSummaryFields\n      }\n      directReports {\n        ...PersonSummaryFields\n      }\n      practiceStatus {\n        ...PracticeStatusFields\n      }\n    }\n  }\n": types.HomeDocument,
    "\n  query NeedsAttention($first: Int!) {\n    myNudges(status: OPEN, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...NudgeSummaryFields\n        }\n      }\n    }\n  }\n": types.NeedsAttentionDocument,
    "\n  fragment PersonSummaryFields on Person {\n    id\n    name\n    email\n    title\n    level {\n      id\n      key\n      name\n    }\n  }\n": types.PersonSummaryFieldsFragmentDoc,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      organizationName\n      name\n      email\n      expiresAt\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  fragment LevelFields on Level {\n    id\n    key\n    name\n    track\n    rank\n    keywords\n  }\n": types.LevelFieldsFragmentDoc,
    "\n  query Ladder {\n    levels {\n      ...LevelFields\n    }\n  }\n": types.LadderDocument,
    "\n  mutation CreateLevel($input: CreateLevelInput!) {\n    createLevel(input: $input) {\n      ...LevelFields\n    }\n  }\n": types.CreateLevelDocument,
    "\n  mutation UpdateLevel($id: ID!, $input: UpdateLevelInput!) {\n    updateLevel(id: $id, input: $input) {\n      ...LevelFields\n    }\n  }\n": types.UpdateLevelDocument,
    "\n  mutation DeleteLevel($id: ID!) {\n    deleteLevel(id: $id) {\n      id\n    }\n  }\n": types.DeleteLevelDocument,
    "\n  query Inbox($status: NudgeStatus, $first: Int, $after: String) {\n    myNudges(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NudgeSummaryFields\n        }\n      }\n    }\n  }\n": types.InboxDocument,
    "\n  mutation SnoozeNudge($id: ID!, $input: SnoozeNudgeInput!) {\n    snoozeNudge(id: $id, input: $input) {\n      ...NudgeSummaryFields\n    }\n  }\n": types.SnoozeNudgeDocument,
    "\n  mutation DismissNudge($id: ID!) {\n    dismissNudge(id: $id) {\n      ...NudgeSummaryFields\n    }\n  }\n": types.DismissNudgeDocument,
    "\n  query OpenNudgeCount {\n    openNudgeCount\n  }\n": types.OpenNudgeCountDocument,
    "\n  subscription LiveInbox {\n    nudgesChanged {\n      openCount\n      noLongerOpenIds\n      newlyOpen {\n        ...NudgeSummaryFields\n      }\n    }\n  }\n": types.LiveInboxDocument,
    "\n  mutation ImportPeople($input: ImportPeopleInput!) {\n    importPeople(input: $input) {\n      applied\n      dryRun\n      created\n      updated\n      unchanged\n      rejected\n      rows {\n        line\n        email\n        name\n        outcome\n        messages\n      }\n    }\n  }\n": types.ImportPeopleDocument,
    "\n  query LevelOptions {\n    levels {\n      id\n      key\n      name\n      track\n      rank\n    }\n  }\n": types.LevelOptionsDocument,
    "\n  query ManagerOptions($search: String) {\n    people(first: 20, search: $search) {\n      edges {\n        node {\n          id\n          name\n          email\n          title\n        }\n      }\n    }\n  }\n": types.ManagerOptionsDocument,
    "\n  fragment PersonRowFields on Person {\n    id\n    name\n    email\n    title\n    isAdmin\n    status\n    level {\n      id\n      key\n      name\n    }\n    manager {\n      id\n      name\n    }\n  }\n": types.PersonRowFieldsFragmentDoc,
    "\n  query People($first: Int!, $after: String, $search: String, $includeDeactivated: Boolean!) {\n    people(first: $first, after: $after, search: $search, includeDeactivated: $includeDeactivated) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...PersonRowFields\n        }\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  fragment InvitationLinkFields on InvitationLink {\n    url\n    expiresAt\n    emailed\n    person {\n      ...PersonRowFields\n    }\n  }\n": types.InvitationLinkFieldsFragmentDoc,
    "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      ...InvitationLinkFields\n    }\n  }\n": types.InvitePersonDocument,
    "\n  mutation ReissueInvitation($personId: ID!) {\n    reissueInvitation(personId: $personId) {\n      ...InvitationLinkFields\n    }\n  }\n": types.ReissueInvitationDocument,
    "\n  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      ...PersonRowFields\n    }\n  }\n": types.UpdatePersonDocument,
    "\n  mutation DeactivatePerson($id: ID!) {\n    deactivatePerson(id: $id) {\n      ...PersonRowFields\n    }\n  }\n": types.DeactivatePersonDocument,
    "\n  mutation CreateInterestingRole($input: CreateInterestingRoleInput!) {\n    createInterestingRole(input: $input) {\n      ...RoleDetailFields\n    }\n  }\n": types.CreateInterestingRoleDocument,
    "\n  mutation UpdateInterestingRole($id: ID!, $input: UpdateInterestingRoleInput!) {\n    updateInterestingRole(id: $id, input: $input) {\n      ...RoleDetailFields\n    }\n  }\n": types.UpdateInterestingRoleDocument,
    "\n  mutation DeleteInterestingRole($id: ID!) {\n    deleteInterestingRole(id: $id)\n  }\n": types.DeleteInterestingRoleDocument,
    "\n  fragment PostingDraftFields on JobPostingDraft {\n    source\n    fieldsFound\n    warnings\n    suggestedLevelKey\n    title\n    company\n    location\n    remote\n    workplace\n    description\n    url\n    employmentTypes\n    datePosted\n    validThrough\n    salary {\n      min\n      max\n      currency\n      unit\n    }\n  }\n": types.PostingDraftFieldsFragmentDoc,
    "\n  mutation ImportJobPosting($input: ImportJobPostingInput!) {\n    importJobPosting(input: $input) {\n      ...PostingDraftFields\n    }\n  }\n": types.ImportJobPostingDocument,
    "\n  mutation ImportPostingFromUrl($input: ImportPostingFromUrlInput!) {\n    importPostingFromUrl(input: $input) {\n      ...PostingDraftFields\n    }\n  }\n": types.ImportPostingFromUrlDocument,
    "\n  mutation ShareInterestingRole($id: ID!, $message: String) {\n    shareInterestingRole(id: $id, message: $message) {\n      ...RoleDetailFields\n    }\n  }\n": types.ShareInterestingRoleDocument,
    "\n  mutation RevokeInterestingRoleShare($id: ID!) {\n    revokeInterestingRoleShare(id: $id) {\n      ...RoleDetailFields\n    }\n  }\n": types.RevokeInterestingRoleShareDocument,
    "\n  mutation SetInterestingRoleLevel($id: ID!, $levelKey: String) {\n    setInterestingRoleLevel(id: $id, levelKey: $levelKey) {\n      ...RoleDetailFields\n    }\n  }\n": types.SetInterestingRoleLevelDocument,
    "\n  mutation AddInterview($roleId: ID!, $input: AddInterviewInput!) {\n    addInterview(roleId: $roleId, input: $input) {\n      ...RoleInterviewFields\n    }\n  }\n": types.AddInterviewDocument,
    "\n  mutation RemoveInterview($id: ID!) {\n    removeInterview(id: $id)\n  }\n": types.RemoveInterviewDocument,
    "\n  mutation CommentOnInterestingRole($id: ID!, $body: String!) {\n    commentOnInterestingRole(id: $id, body: $body) {\n      ...RoleCommentFields\n    }\n  }\n": types.CommentOnInterestingRoleDocument,
    "\n  mutation EditRoleComment($id: ID!, $body: String!) {\n    editRoleComment(id: $id, body: $body) {\n      ...RoleCommentFields\n    }\n  }\n": types.EditRoleCommentDocument,
    "\n  mutation DeleteRoleComment($id: ID!) {\n    deleteRoleComment(id: $id)\n  }\n": types.DeleteRoleCommentDocument,
    "\n  fragment RoleDetailFields on InterestingRole {\n    id\n    title\n    company\n    location\n    remote\n    outcome\n    stretch\n    trackChange\n    isShared\n    sharedAt\n    shareMessage\n    satisfactionConversationSuggested\n    createdAt\n    url\n    description\n    source\n    employmentTypes\n    datePosted\n    validThrough\n    updatedAt\n    viewerRelation\n    salary {\n      min\n      max\n      currency\n      unit\n    }\n    level {\n      id\n      key\n      name\n      track\n      rank\n    }\n    levelSource\n    levelConfidence\n    levelSetAt\n    levelSetBy {\n      id\n      name\n    }\n    owner {\n      id\n      name\n      level {\n        id\n        key\n        name\n        track\n        rank\n      }\n    }\n    checklist {\n      toldNotLooking\n      myWhy\n      whyTheyReachedOut\n      jobDescriptionReceived\n      whatWouldItTake\n      whatWouldItTakeShared\n      nothingWouldMakeMeMove\n    }\n    interviews {\n      ...RoleInterviewFields\n    }\n    comments {\n      ...RoleCommentFields\n    }\n    views {\n      viewedAt\n      viewer {\n        id\n        name\n      }\n    }\n  }\n": types.RoleDetailFieldsFragmentDoc,
    "\n  fragment RoleInterviewFields on RoleInterview {\n    id\n    heldOn\n    kind\n    notes\n  }\n": types.RoleInterviewFieldsFragmentDoc,
    "\n  fragment RoleCommentFields on RoleComment {\n    id\n    body\n    createdAt\n    editedAt\n    author {\n      id\n      name\n    }\n  }\n": types.RoleCommentFieldsFragmentDoc,
    "\n  query MyRoles($first: Int!, $after: String) {\n    myInterestingRoles(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...MyRoleFields\n        }\n      }\n    }\n  }\n": types.MyRolesDocument,
    "\n  query SharedWithMe($first: Int!, $after: String, $ownerId: ID, $stretch: StretchTag) {\n    sharedWithMe(first: $first, after: $after, ownerId: $ownerId, stretch: $stretch) {\n      totalCount\n      newCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...SharedRoleSummaryFields\n        }\n      }\n    }\n  }\n": types.SharedWithMeDocument,
    "\n  query SharedFilterPeople {\n    me {\n      id\n      directReports {\n        id\n        name\n      }\n    }\n  }\n": types.SharedFilterPeopleDocument,
    "\n  query RolePage($id: ID!) {\n    interestingRole(id: $id) {\n      ...RoleDetailFields\n    }\n    me {\n      id\n      level {\n        id\n        key\n        name\n        track\n        rank\n      }\n      manager {\n        id\n        name\n      }\n    }\n    levels {\n      id\n      key\n      name\n      track\n      rank\n    }\n  }\n": types.RolePageDocument,
    "\n  query RoleLadder {\n    levels {\n      id\n      key\n      name\n      track\n      rank\n    }\n  }\n": types.RoleLadderDocument,
    "\n  query ExportMyData {\n    exportMyData\n  }\n": types.ExportMyDataDocument,
    "\n  fragment MyRoleFields on InterestingRole {\n    id\n    title\n    company\n    location\n    remote\n    outcome\n    stretch\n    trackChange\n    isShared\n    createdAt\n    level {\n      id\n      key\n      name\n    }\n  }\n": types.MyRoleFieldsFragmentDoc,
    "\n  fragment SharedRoleSummaryFields on RoleSummary {\n    id\n    title\n    company\n    isShared\n    sharedAt\n    unread\n    stretch\n    trackChange\n    satisfactionConversationSuggested\n    level {\n      id\n      key\n      name\n    }\n    owner {\n      id\n      name\n    }\n  }\n": types.SharedRoleSummaryFieldsFragmentDoc,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  fragment ViewerFields on Person {\n    id\n    name\n    email\n    isAdmin\n    isLeader\n    status\n    directReports {\n      id\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment OrganizationSettingsFields on Organization {\n    id\n    name\n    practiceCadenceMonths\n    anonymityThreshold\n    timeZone\n  }\n": types.OrganizationSettingsFieldsFragmentDoc,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      ...OrganizationSettingsFields\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  query OrganizationSettings {\n    organization {\n      ...OrganizationSettingsFields\n    }\n  }\n": types.OrganizationSettingsDocument,
    "\n  fragment ActionItemFields on ActionItem {\n    id\n    text\n    owner\n    dueOn\n    done\n    doneAt\n    createdAt\n    debriefId\n    conversationId\n    writtenByYou\n    report {\n      id\n      name\n    }\n  }\n": types.ActionItemFieldsFragmentDoc,
    "\n  query MyActionItems($status: ActionItemStatus!) {\n    myActionItems(status: $status) {\n      ...ActionItemFields\n    }\n  }\n": types.MyActionItemsDocument,
    "\n  query ReportActionItems($reportId: ID!, $status: ActionItemStatus!) {\n    actionItems(reportId: $reportId, status: $status) {\n      ...ActionItemFields\n    }\n  }\n": types.ReportActionItemsDocument,
    "\n  mutation CompleteActionItem($id: ID!) {\n    completeActionItem(id: $id) {\n      ...ActionItemFields\n    }\n  }\n": types.CompleteActionItemDocument,
    "\n  mutation ReopenActionItem($id: ID!) {\n    reopenActionItem(id: $id) {\n      ...ActionItemFields\n    }\n  }\n": types.ReopenActionItemDocument,
    "\n  mutation AddActionItem($input: AddActionItemInput!) {\n    addActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n": types.AddActionItemDocument,
    "\n  mutation UpdateActionItem($id: ID!, $input: UpdateActionItemInput!) {\n    updateActionItem(id: $id, input: $input) {\n      ...ActionItemFields\n    }\n  }\n": types.UpdateActionItemDocument,
    "\n  mutation DeleteActionItem($id: ID!) {\n    deleteActionItem(id: $id)\n  }\n": types.DeleteActionItemDocument,
    "\n  fragment NudgeSummaryFields on Nudge {\n    id\n    kind\n    status\n    reportName\n    roleTitle\n    dueOn\n    raisedAt\n    resolvedAt\n    snoozedUntil\n    target {\n      action\n      reportId\n      roleId\n    }\n  }\n": types.NudgeSummaryFieldsFragmentDoc,
    "\n  fragment PracticeStatusFields on PracticeStatus {\n    state\n    covered\n    dueOn\n    lastPracticeOn\n  }\n": types.PracticeStatusFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCalendarFeed {\n    myCalendarFeed {\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query MyCalendarFeed {\n    myCalendarFeed {\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      url\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      url\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n"): (typeof documents)["\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationSettingsFields on NotificationSettings {\n    emailEnabled\n    delivery\n    kinds {\n      kind\n      email\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationSettingsFields on NotificationSettings {\n    emailEnabled\n    delivery\n    kinds {\n      kind\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotificationSettings {\n    myNotificationSettings {\n      ...NotificationSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query MyNotificationSettings {\n    myNotificationSettings {\n      ...NotificationSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateMyNotificationSettings(input: $input) {\n      ...NotificationSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateMyNotificationSettings(input: $input) {\n      ...NotificationSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on Session {\n    id\n    signedInAt\n    lastUsedAt\n    device\n    current\n  }\n"): (typeof documents)["\n  fragment SessionFields on Session {\n    id\n    signedInAt\n    lastUsedAt\n    device\n    current\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n"): (typeof documents)["\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PeopleCountFields on PeopleCount {\n    ... on ShownCount {\n      value\n    }\n    ... on Suppressed {\n      threshold\n    }\n  }\n"): (typeof documents)["\n  fragment PeopleCountFields on PeopleCount {\n    ... on ShownCount {\n      value\n    }\n    ... on Suppressed {\n      threshold\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PeopleMeasureFields on PeopleMeasure {\n    ... on ShownMeasure {\n      value\n    }\n    ... on Suppressed {\n      threshold\n    }\n  }\n"): (typeof documents)["\n  fragment PeopleMeasureFields on PeopleMeasure {\n    ... on ShownMeasure {\n      value\n    }\n    ... on Suppressed {\n      threshold\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrgFiguresFields on OrgFigures {\n    people {\n      ...PeopleCountFields\n    }\n    peopleCovered {\n      ...PeopleCountFields\n    }\n    peopleWithDebriefsPending {\n      ...PeopleCountFields\n    }\n    peopleWithSatisfactionTalksSuggested {\n      ...PeopleCountFields\n    }\n    peopleWithOpenActionItems {\n      ...PeopleCountFields\n    }\n    peopleWithOverdueActionItems {\n      ...PeopleCountFields\n    }\n    quarters {\n      quarter\n      current\n      peopleCovered {\n        ...PeopleCountFields\n      }\n      peopleSharingRoles {\n        ...PeopleCountFields\n      }\n      peopleSharingRolesByStretch {\n        stepUp {\n          ...PeopleCountFields\n        }\n        sameLevel {\n          ...PeopleCountFields\n        }\n        stepDown {\n          ...PeopleCountFields\n        }\n        unrated {\n          ...PeopleCountFields\n        }\n      }\n      peopleInterviewed {\n        ...PeopleCountFields\n      }\n      peopleDebriefed {\n        ...PeopleCountFields\n      }\n      peopleInSatisfactionTalks {\n        ...PeopleCountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OrgFiguresFields on OrgFigures {\n    people {\n      ...PeopleCountFields\n    }\n    peopleCovered {\n      ...PeopleCountFields\n    }\n    peopleWithDebriefsPending {\n      ...PeopleCountFields\n    }\n    peopleWithSatisfactionTalksSuggested {\n      ...PeopleCountFields\n    }\n    peopleWithOpenActionItems {\n      ...PeopleCountFields\n    }\n    peopleWithOverdueActionItems {\n      ...PeopleCountFields\n    }\n    quarters {\n      quarter\n      current\n      peopleCovered {\n        ...PeopleCountFields\n      }\n      peopleSharingRoles {\n        ...PeopleCountFields\n      }\n      peopleSharingRolesByStretch {\n        stepUp {\n          ...PeopleCountFields\n        }\n        sameLevel {\n          ...PeopleCountFields\n        }\n        stepDown {\n          ...PeopleCountFields\n        }\n        unrated {\n          ...PeopleCountFields\n        }\n      }\n      peopleInterviewed {\n        ...PeopleCountFields\n      }\n      peopleDebriefed {\n        ...PeopleCountFields\n      }\n      peopleInSatisfactionTalks {\n        ...PeopleCountFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgDashboard {\n    orgDashboard {\n      asOf\n      threshold\n      teams {\n        managerId\n        managerName\n        parentManagerId\n        yours\n        figures {\n          ...OrgFiguresFields\n        }\n      }\n      total {\n        ...OrgFiguresFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgDashboard {\n    orgDashboard {\n      asOf\n      threshold\n      teams {\n        managerId\n        managerName\n        parentManagerId\n        yours\n        figures {\n          ...OrgFiguresFields\n        }\n      }\n      total {\n        ...OrgFiguresFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutsidePerspective($months: Int, $scope: OutsidePerspectiveScope) {\n    outsidePerspective(months: $months, scope: $scope) {\n      scope\n      scopes\n      since\n      debriefs {\n        ...PeopleCountFields\n      }\n      people {\n        ...PeopleCountFields\n      }\n      stageKinds {\n        kind\n        debriefs {\n          ...PeopleCountFields\n        }\n      }\n      processes {\n        stages\n        debriefs {\n          ...PeopleCountFields\n        }\n      }\n      stageCounts {\n        stages\n        debriefs {\n          ...PeopleCountFields\n        }\n      }\n      themes {\n        theme\n        debriefs {\n          ...PeopleCountFields\n        }\n      }\n      candidateExperience {\n        aspect\n        average {\n          ...PeopleMeasureFields\n        }\n        ratings {\n          ...PeopleCountFields\n        }\n      }\n      levelReadings {\n        total {\n          ...PeopleCountFields\n        }\n        parts {\n          stretch\n          count {\n            ...PeopleCountFields\n          }\n        }\n      }\n      companies {\n        threshold\n        named {\n          name\n          debriefs {\n            ...PeopleCountFields\n          }\n          people {\n            ...PeopleCountFields\n          }\n        }\n        others {\n          debriefs {\n            ...PeopleCountFields\n          }\n          people {\n            ...PeopleCountFields\n          }\n        }\n        unknown {\n          ...PeopleCountFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OutsidePerspective($months: Int, $scope: OutsidePerspectiveScope) {\n    outsidePerspective(months: $months, scope: $scope) {\n      scope\n      scopes\n      since\n      debriefs {\n        ...PeopleCountFields\n      }\n      people {\n        ...PeopleCountFields\n      }\n      stageKinds {\n        kind\n        debriefs {\n          ...PeopleCountFields\n        }\n      }\n      processes {\n        stages\n        debriefs {\n          ...PeopleCountFields\n        }\n      }\n      stageCounts {\n        stages\n        debriefs {\n          ...PeopleCountFields\n        }\n      }\n      themes {\n        theme\n        debriefs {\n          ...PeopleCountFields\n        }\n      }\n      candidateExperience {\n        aspect\n        average {\n          ...PeopleMeasureFields\n        }\n        ratings {\n          ...PeopleCountFields\n        }\n      }\n      levelReadings {\n        total {\n          ...PeopleCountFields\n        }\n        parts {\n          stretch\n          count {\n            ...PeopleCountFields\n          }\n        }\n      }\n      companies {\n        threshold\n        named {\n          name\n          debriefs {\n            ...PeopleCountFields\n          }\n          people {\n            ...PeopleCountFields\n          }\n        }\n        others {\n          debriefs {\n            ...PeopleCountFields\n          }\n          people {\n            ...PeopleCountFields\n          }\n        }\n        unknown {\n          ...PeopleCountFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamCoverageFields on TeamCoverage {\n    asOf\n    team {\n      ...PeopleCountFields\n    }\n    covered {\n      ...PeopleCountFields\n    }\n    share {\n      ...PeopleMeasureFields\n    }\n  }\n"): (typeof documents)["\n  fragment TeamCoverageFields on TeamCoverage {\n    asOf\n    team {\n      ...PeopleCountFields\n    }\n    covered {\n      ...PeopleCountFields\n    }\n    share {\n      ...PeopleMeasureFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamActivityFields on TeamActivity {\n    startsOn\n    endsOn\n    rolesShared {\n      total {\n        ...PeopleCountFields\n      }\n      parts {\n        stretch\n        count {\n          ...PeopleCountFields\n        }\n      }\n    }\n    interviews {\n      ...PeopleCountFields\n    }\n    debriefsHeld {\n      ...PeopleCountFields\n    }\n    medianDaysToDebrief {\n      ...PeopleMeasureFields\n    }\n    satisfactionConversations {\n      ...PeopleCountFields\n    }\n  }\n"): (typeof documents)["\n  fragment TeamActivityFields on TeamActivity {\n    startsOn\n    endsOn\n    rolesShared {\n      total {\n        ...PeopleCountFields\n      }\n      parts {\n        stretch\n        count {\n          ...PeopleCountFields\n        }\n      }\n    }\n    interviews {\n      ...PeopleCountFields\n    }\n    debriefsHeld {\n      ...PeopleCountFields\n    }\n    medianDaysToDebrief {\n      ...PeopleMeasureFields\n    }\n    satisfactionConversations {\n      ...PeopleCountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamDashboard {\n    teamDashboard {\n      asOf\n      coverage {\n        ...TeamCoverageFields\n      }\n      debriefsPending {\n        ...PeopleCountFields\n      }\n      satisfactionTalksSuggested {\n        ...PeopleCountFields\n      }\n      openActionItems {\n        ...PeopleCountFields\n      }\n      overdueActionItems {\n        ...PeopleCountFields\n      }\n      lastTwelveMonths {\n        ...TeamActivityFields\n      }\n      quarters {\n        quarter\n        current\n        coverage {\n          ...TeamCoverageFields\n        }\n        activity {\n          ...TeamActivityFields\n        }\n      }\n      reports {\n        person {\n          id\n          name\n        }\n        practice {\n          state\n          dueOn\n        }\n        rolesShared\n        debriefsPending\n        satisfactionTalksSuggested\n        openActionItems\n        overdueActionItems\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamDashboard {\n    teamDashboard {\n      asOf\n      coverage {\n        ...TeamCoverageFields\n      }\n      debriefsPending {\n        ...PeopleCountFields\n      }\n      satisfactionTalksSuggested {\n        ...PeopleCountFields\n      }\n      openActionItems {\n        ...PeopleCountFields\n      }\n      overdueActionItems {\n        ...PeopleCountFields\n      }\n      lastTwelveMonths {\n        ...TeamActivityFields\n      }\n      quarters {\n        quarter\n        current\n        coverage {\n          ...TeamCoverageFields\n        }\n        activity {\n          ...TeamActivityFields\n        }\n      }\n      reports {\n        person {\n          id\n          name\n        }\n        practice {\n          state\n          dueOn\n        }\n        rolesShared\n        debriefsPending\n        satisfactionTalksSuggested\n        openActionItems\n        overdueActionItems\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConversationSummaryFields on Conversation {\n    id\n    kind\n    heldOn\n    createdAt\n    heldBy {\n      id\n      name\n    }\n    role {\n      id\n      title\n      company\n    }\n  }\n"): (typeof documents)["\n  fragment ConversationSummaryFields on Conversation {\n    id\n    kind\n    heldOn\n    createdAt\n    heldBy {\n      id\n      name\n    }\n    role {\n      id\n      title\n      company\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConversationFields on Conversation {\n    id\n    kind\n    heldOn\n    createdAt\n    notes\n    answers {\n      questionKey\n      prompt\n      answer\n    }\n    role {\n      id\n      title\n      company\n    }\n    heldBy {\n      id\n      name\n    }\n    report {\n      id\n      name\n      manager {\n        id\n      }\n    }\n    actionItems {\n      ...ActionItemFields\n    }\n  }\n"): (typeof documents)["\n  fragment ConversationFields on Conversation {\n    id\n    kind\n    heldOn\n    createdAt\n    notes\n    answers {\n      questionKey\n      prompt\n      answer\n    }\n    role {\n      id\n      title\n      company\n    }\n    heldBy {\n      id\n      name\n    }\n    report {\n      id\n      name\n      manager {\n        id\n      }\n    }\n    actionItems {\n      ...ActionItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversation($id: ID!) {\n    me {\n      id\n    }\n    conversation(id: $id) {\n      ...ConversationFields\n    }\n  }\n"): (typeof documents)["\n  query Conversation($id: ID!) {\n    me {\n      id\n    }\n    conversation(id: $id) {\n      ...ConversationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationAgendas {\n    conversationAgendas {\n      kind\n      title\n      purpose\n      questions {\n        key\n        prompt\n        hint\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConversationAgendas {\n    conversationAgendas {\n      kind\n      title\n      purpose\n      questions {\n        key\n        prompt\n        hint\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HoldConversation($input: HoldConversationInput!) {\n    holdConversation(input: $input) {\n      ...ConversationFields\n    }\n  }\n"): (typeof documents)["\n  mutation HoldConversation($input: HoldConversationInput!) {\n    holdConversation(input: $input) {\n      ...ConversationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateConversation($id: ID!, $input: UpdateConversationInput!) {\n    updateConversation(id: $id, input: $input) {\n      ...ConversationFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateConversation($id: ID!, $input: UpdateConversationInput!) {\n    updateConversation(id: $id, input: $input) {\n      ...ConversationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteConversation($id: ID!) {\n    deleteConversation(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteConversation($id: ID!) {\n    deleteConversation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DebriefSummaryFields on Debrief {\n    id\n    heldOn\n    createdAt\n    outcome\n    externalReading\n    heldBy {\n      id\n      name\n    }\n    role {\n      id\n      title\n      company\n    }\n  }\n"): (typeof documents)["\n  fragment DebriefSummaryFields on Debrief {\n    id\n    heldOn\n    createdAt\n    outcome\n    externalReading\n    heldBy {\n      id\n      name\n    }\n    role {\n      id\n      title\n      company\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DebriefFields on Debrief {\n    id\n    heldOn\n    createdAt\n    updatedAt\n    wentWell\n    couldBeBetter\n    thirdPartyFeedback\n    assessedLevelLabel\n    assessedLevel {\n      id\n      key\n      name\n    }\n    externalReading\n    outcome\n    stages\n    stageCount\n    themes\n    ratings {\n      startedOnTime\n      roleClearlyExplained\n      interviewersPrepared\n      treatedWithRespect\n      challenging\n    }\n    role {\n      id\n      title\n      company\n    }\n    heldBy {\n      id\n      name\n    }\n    report {\n      id\n      name\n      title\n      level {\n        id\n        key\n        name\n      }\n      manager {\n        id\n      }\n    }\n    actionItems {\n      ...ActionItemFields\n    }\n  }\n"): (typeof documents)["\n  fragment DebriefFields on Debrief {\n    id\n    heldOn\n    createdAt\n    updatedAt\n    wentWell\n    couldBeBetter\n    thirdPartyFeedback\n    assessedLevelLabel\n    assessedLevel {\n      id\n      key\n      name\n    }\n    externalReading\n    outcome\n    stages\n    stageCount\n    themes\n    ratings {\n      startedOnTime\n      roleClearlyExplained\n      interviewersPrepared\n      treatedWithRespect\n      challenging\n    }\n    role {\n      id\n      title\n      company\n    }\n    heldBy {\n      id\n      name\n    }\n    report {\n      id\n      name\n      title\n      level {\n        id\n        key\n        name\n      }\n      manager {\n        id\n      }\n    }\n    actionItems {\n      ...ActionItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Debrief($id: ID!) {\n    me {\n      id\n    }\n    debrief(id: $id) {\n      ...DebriefFields\n    }\n  }\n"): (typeof documents)["\n  query Debrief($id: ID!) {\n    me {\n      id\n    }\n    debrief(id: $id) {\n      ...DebriefFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDebrief($input: CreateDebriefInput!) {\n    createDebrief(input: $input) {\n      ...DebriefFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDebrief($input: CreateDebriefInput!) {\n    createDebrief(input: $input) {\n      ...DebriefFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDebrief($id: ID!, $input: UpdateDebriefInput!) {\n    updateDebrief(id: $id, input: $input) {\n      ...DebriefFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDebrief($id: ID!, $input: UpdateDebriefInput!) {\n    updateDebrief(id: $id, input: $input) {\n      ...DebriefFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDebrief($id: ID!) {\n    deleteDebrief(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteDebrief($id: ID!) {\n    deleteDebrief(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EarlierRecordSharingFields on EarlierRecordSharing {\n    sharedWithCurrentManager\n    earlierRecordCount\n    history {\n      id\n      startedAt\n      endedAt\n      endedReason\n      active\n      manager {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EarlierRecordSharingFields on EarlierRecordSharing {\n    sharedWithCurrentManager\n    earlierRecordCount\n    history {\n      id\n      startedAt\n      endedAt\n      endedReason\n      active\n      manager {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyGrowth($me: ID!) {\n    organization {\n      id\n      practiceCadenceMonths\n    }\n    me {\n      id\n      manager {\n        id\n        name\n      }\n      practiceStatus {\n        ...PracticeStatusFields\n      }\n    }\n    debriefs(reportId: $me) {\n      ...DebriefSummaryFields\n    }\n    conversations(reportId: $me) {\n      ...ConversationSummaryFields\n    }\n    actionItems(reportId: $me, status: ALL) {\n      ...ActionItemFields\n    }\n  }\n"): (typeof documents)["\n  query MyGrowth($me: ID!) {\n    organization {\n      id\n      practiceCadenceMonths\n    }\n    me {\n      id\n      manager {\n        id\n        name\n      }\n      practiceStatus {\n        ...PracticeStatusFields\n      }\n    }\n    debriefs(reportId: $me) {\n      ...DebriefSummaryFields\n    }\n    conversations(reportId: $me) {\n      ...ConversationSummaryFields\n    }\n    actionItems(reportId: $me, status: ALL) {\n      ...ActionItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EarlierRecordSharing {\n    me {\n      id\n      manager {\n        id\n        name\n      }\n    }\n    earlierRecordSharing {\n      ...EarlierRecordSharingFields\n    }\n  }\n"): (typeof documents)["\n  query EarlierRecordSharing {\n    me {\n      id\n      manager {\n        id\n        name\n      }\n    }\n    earlierRecordSharing {\n      ...EarlierRecordSharingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareEarlierRecords {\n    shareEarlierRecords {\n      ...EarlierRecordSharingFields\n    }\n  }\n"): (typeof documents)["\n  mutation ShareEarlierRecords {\n    shareEarlierRecords {\n      ...EarlierRecordSharingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StopSharingEarlierRecords {\n    stopSharingEarlierRecords {\n      ...EarlierRecordSharingFields\n    }\n  }\n"): (typeof documents)["\n  mutation StopSharingEarlierRecords {\n    stopSharingEarlierRecords {\n      ...EarlierRecordSharingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrowthReportContext($reportId: ID!) {\n    me {\n      id\n    }\n    person(id: $reportId) {\n      id\n      name\n      title\n      level {\n        id\n        key\n        name\n      }\n      manager {\n        id\n      }\n    }\n    sharedWithMe(first: 100) {\n      edges {\n        node {\n          id\n          title\n          company\n          stretch\n          owner {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GrowthReportContext($reportId: ID!) {\n    me {\n      id\n    }\n    person(id: $reportId) {\n      id\n      name\n      title\n      level {\n        id\n        key\n        name\n      }\n      manager {\n        id\n      }\n    }\n    sharedWithMe(first: 100) {\n      edges {\n        node {\n          id\n          title\n          company\n          stretch\n          owner {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrowthLevels {\n    levels {\n      id\n      key\n      name\n      track\n      rank\n    }\n  }\n"): (typeof documents)["\n  query GrowthLevels {\n    levels {\n      id\n      key\n      name\n      track\n      rank\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportGrowth($reportId: ID!) {\n    me {\n      id\n    }\n    person(id: $reportId) {\n      id\n      name\n      title\n      level {\n        id\n        key\n        name\n      }\n      manager {\n        id\n      }\n      practiceStatus {\n        ...PracticeStatusFields\n      }\n    }\n    debriefs(reportId: $reportId) {\n      ...DebriefSummaryFields\n    }\n    conversations(reportId: $reportId) {\n      ...ConversationSummaryFields\n    }\n    actionItems(reportId: $reportId, status: ALL) {\n      ...ActionItemFields\n    }\n  }\n"): (typeof documents)["\n  query ReportGrowth($reportId: ID!) {\n    me {\n      id\n    }\n    person(id: $reportId) {\n      id\n      name\n      title\n      level {\n        id\n        key\n        name\n      }\n      manager {\n        id\n      }\n      practiceStatus {\n        ...PracticeStatusFields\n      }\n    }\n    debriefs(reportId: $reportId) {\n      ...DebriefSummaryFields\n    }\n    conversations(reportId: $reportId) {\n      ...ConversationSummaryFields\n    }\n    actionItems(reportId: $reportId, status: ALL) {\n      ...ActionItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportSharedRoles($reportId: ID!, $first: Int!) {\n    sharedWithMe(ownerId: $reportId, first: $first) {\n      totalCount\n      newCount\n      edges {\n        node {\n          id\n          title\n          company\n          outcome\n          stretch\n          trackChange\n          sharedAt\n          unread\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportSharedRoles($reportId: ID!, $first: Int!) {\n    sharedWithMe(ownerId: $reportId, first: $first) {\n      totalCount\n      newCount\n      edges {\n        node {\n          id\n          title\n          company\n          outcome\n          stretch\n          trackChange\n          sharedAt\n          unread\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamMemberFields on Person {\n    id\n    name\n    title\n    level {\n      id\n      key\n      name\n    }\n    practiceStatus {\n      ...PracticeStatusFields\n    }\n  }\n"): (typeof documents)["\n  fragment TeamMemberFields on Person {\n    id\n    name\n    title\n    level {\n      id\n      key\n      name\n    }\n    practiceStatus {\n      ...PracticeStatusFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Team {\n    organization {\n      id\n      practiceCadenceMonths\n    }\n    me {\n      id\n      directReports {\n        ...TeamMemberFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Team {\n    organization {\n      id\n      practiceCadenceMonths\n    }\n    me {\n      id\n      directReports {\n        ...TeamMemberFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    me {\n      id\n      name\n      title\n      level {\n        id\n        key\n        name\n        track\n      }\n      manager {\n        ...PersonSummaryFields\n      }\n      directReports {\n        ...PersonSummaryFields\n      }\n      practiceStatus {\n        ...PracticeStatusFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Home {\n    me {\n      id\n      name\n      title\n      level {\n        id\n        key\n        name\n        track\n      }\n      manager {\n        ...PersonSummaryFields\n      }\n      directReports {\n        ...PersonSummaryFields\n      }\n      practiceStatus {\n        ...PracticeStatusFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedsAttention($first: Int!) {\n    myNudges(status: OPEN, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...NudgeSummaryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NeedsAttention($first: Int!) {\n    myNudges(status: OPEN, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...NudgeSummaryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonSummaryFields on Person {\n    id\n    name\n    email\n    title\n    level {\n      id\n      key\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PersonSummaryFields on Person {\n    id\n    name\n    email\n    title\n    level {\n      id\n      key\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      organizationName\n      name\n      email\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      organizationName\n      name\n      email\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LevelFields on Level {\n    id\n    key\n    name\n    track\n    rank\n    keywords\n  }\n"): (typeof documents)["\n  fragment LevelFields on Level {\n    id\n    key\n    name\n    track\n    rank\n    keywords\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ladder {\n    levels {\n      ...LevelFields\n    }\n  }\n"): (typeof documents)["\n  query Ladder {\n    levels {\n      ...LevelFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLevel($input: CreateLevelInput!) {\n    createLevel(input: $input) {\n      ...LevelFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLevel($input: CreateLevelInput!) {\n    createLevel(input: $input) {\n      ...LevelFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLevel($id: ID!, $input: UpdateLevelInput!) {\n    updateLevel(id: $id, input: $input) {\n      ...LevelFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLevel($id: ID!, $input: UpdateLevelInput!) {\n    updateLevel(id: $id, input: $input) {\n      ...LevelFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLevel($id: ID!) {\n    deleteLevel(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteLevel($id: ID!) {\n    deleteLevel(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inbox($status: NudgeStatus, $first: Int, $after: String) {\n    myNudges(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NudgeSummaryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Inbox($status: NudgeStatus, $first: Int, $after: String) {\n    myNudges(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NudgeSummaryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SnoozeNudge($id: ID!, $input: SnoozeNudgeInput!) {\n    snoozeNudge(id: $id, input: $input) {\n      ...NudgeSummaryFields\n    }\n  }\n"): (typeof documents)["\n  mutation SnoozeNudge($id: ID!, $input: SnoozeNudgeInput!) {\n    snoozeNudge(id: $id, input: $input) {\n      ...NudgeSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissNudge($id: ID!) {\n    dismissNudge(id: $id) {\n      ...NudgeSummaryFields\n    }\n  }\n"): (typeof documents)["\n  mutation DismissNudge($id: ID!) {\n    dismissNudge(id: $id) {\n      ...NudgeSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenNudgeCount {\n    openNudgeCount\n  }\n"): (typeof documents)["\n  query OpenNudgeCount {\n    openNudgeCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveInbox {\n    nudgesChanged {\n      openCount\n      noLongerOpenIds\n      newlyOpen {\n        ...NudgeSummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription LiveInbox {\n    nudgesChanged {\n      openCount\n      noLongerOpenIds\n      newlyOpen {\n        ...NudgeSummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPeople($input: ImportPeopleInput!) {\n    importPeople(input: $input) {\n      applied\n      dryRun\n      created\n      updated\n      unchanged\n      rejected\n      rows {\n        line\n        email\n        name\n        outcome\n        messages\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportPeople($input: ImportPeopleInput!) {\n    importPeople(input: $input) {\n      applied\n      dryRun\n      created\n      updated\n      unchanged\n      rejected\n      rows {\n        line\n        email\n        name\n        outcome\n        messages\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LevelOptions {\n    levels {\n      id\n      key\n      name\n      track\n      rank\n    }\n  }\n"): (typeof documents)["\n  query LevelOptions {\n    levels {\n      id\n      key\n      name\n      track\n      rank\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerOptions($search: String) {\n    people(first: 20, search: $search) {\n      edges {\n        node {\n          id\n          name\n          email\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ManagerOptions($search: String) {\n    people(first: 20, search: $search) {\n      edges {\n        node {\n          id\n          name\n          email\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonRowFields on Person {\n    id\n    name\n    email\n    title\n    isAdmin\n    status\n    level {\n      id\n      key\n      name\n    }\n    manager {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PersonRowFields on Person {\n    id\n    name\n    email\n    title\n    isAdmin\n    status\n    level {\n      id\n      key\n      name\n    }\n    manager {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People($first: Int!, $after: String, $search: String, $includeDeactivated: Boolean!) {\n    people(first: $first, after: $after, search: $search, includeDeactivated: $includeDeactivated) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...PersonRowFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query People($first: Int!, $after: String, $search: String, $includeDeactivated: Boolean!) {\n    people(first: $first, after: $after, search: $search, includeDeactivated: $includeDeactivated) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...PersonRowFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationLinkFields on InvitationLink {\n    url\n    expiresAt\n    emailed\n    person {\n      ...PersonRowFields\n    }\n  }\n"): (typeof documents)["\n  fragment InvitationLinkFields on InvitationLink {\n    url\n    expiresAt\n    emailed\n    person {\n      ...PersonRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      ...InvitationLinkFields\n    }\n  }\n"): (typeof documents)["\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      ...InvitationLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReissueInvitation($personId: ID!) {\n    reissueInvitation(personId: $personId) {\n      ...InvitationLinkFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReissueInvitation($personId: ID!) {\n    reissueInvitation(personId: $personId) {\n      ...InvitationLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      ...PersonRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      ...PersonRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivatePerson($id: ID!) {\n    deactivatePerson(id: $id) {\n      ...PersonRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivatePerson($id: ID!) {\n    deactivatePerson(id: $id) {\n      ...PersonRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInterestingRole($input: CreateInterestingRoleInput!) {\n    createInterestingRole(input: $input) {\n      ...RoleDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInterestingRole($input: CreateInterestingRoleInput!) {\n    createInterestingRole(input: $input) {\n      ...RoleDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInterestingRole($id: ID!, $input: UpdateInterestingRoleInput!) {\n    updateInterestingRole(id: $id, input: $input) {\n      ...RoleDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInterestingRole($id: ID!, $input: UpdateInterestingRoleInput!) {\n    updateInterestingRole(id: $id, input: $input) {\n      ...RoleDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteInterestingRole($id: ID!) {\n    deleteInterestingRole(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteInterestingRole($id: ID!) {\n    deleteInterestingRole(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostingDraftFields on JobPostingDraft {\n    source\n    fieldsFound\n    warnings\n    suggestedLevelKey\n    title\n    company\n    location\n    remote\n    workplace\n    description\n    url\n    employmentTypes\n    datePosted\n    validThrough\n    salary {\n      min\n      max\n      currency\n      unit\n    }\n  }\n"): (typeof documents)["\n  fragment PostingDraftFields on JobPostingDraft {\n    source\n    fieldsFound\n    warnings\n    suggestedLevelKey\n    title\n    company\n    location\n    remote\n    workplace\n    description\n    url\n    employmentTypes\n    datePosted\n    validThrough\n    salary {\n      min\n      max\n      currency\n      unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportJobPosting($input: ImportJobPostingInput!) {\n    importJobPosting(input: $input) {\n      ...PostingDraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation ImportJobPosting($input: ImportJobPostingInput!) {\n    importJobPosting(input: $input) {\n      ...PostingDraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPostingFromUrl($input: ImportPostingFromUrlInput!) {\n    importPostingFromUrl(input: $input) {\n      ...PostingDraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation ImportPostingFromUrl($input: ImportPostingFromUrlInput!) {\n    importPostingFromUrl(input: $input) {\n      ...PostingDraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareInterestingRole($id: ID!, $message: String) {\n    shareInterestingRole(id: $id, message: $message) {\n      ...RoleDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ShareInterestingRole($id: ID!, $message: String) {\n    shareInterestingRole(id: $id, message: $message) {\n      ...RoleDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInterestingRoleShare($id: ID!) {\n    revokeInterestingRoleShare(id: $id) {\n      ...RoleDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInterestingRoleShare($id: ID!) {\n    revokeInterestingRoleShare(id: $id) {\n      ...RoleDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetInterestingRoleLevel($id: ID!, $levelKey: String) {\n    setInterestingRoleLevel(id: $id, levelKey: $levelKey) {\n      ...RoleDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetInterestingRoleLevel($id: ID!, $levelKey: String) {\n    setInterestingRoleLevel(id: $id, levelKey: $levelKey) {\n      ...RoleDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddInterview($roleId: ID!, $input: AddInterviewInput!) {\n    addInterview(roleId: $roleId, input: $input) {\n      ...RoleInterviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddInterview($roleId: ID!, $input: AddInterviewInput!) {\n    addInterview(roleId: $roleId, input: $input) {\n      ...RoleInterviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveInterview($id: ID!) {\n    removeInterview(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveInterview($id: ID!) {\n    removeInterview(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnInterestingRole($id: ID!, $body: String!) {\n    commentOnInterestingRole(id: $id, body: $body) {\n      ...RoleCommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CommentOnInterestingRole($id: ID!, $body: String!) {\n    commentOnInterestingRole(id: $id, body: $body) {\n      ...RoleCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditRoleComment($id: ID!, $body: String!) {\n    editRoleComment(id: $id, body: $body) {\n      ...RoleCommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditRoleComment($id: ID!, $body: String!) {\n    editRoleComment(id: $id, body: $body) {\n      ...RoleCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRoleComment($id: ID!) {\n    deleteRoleComment(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteRoleComment($id: ID!) {\n    deleteRoleComment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoleDetailFields on InterestingRole {\n    id\n    title\n    company\n    location\n    remote\n    outcome\n    stretch\n    trackChange\n    isShared\n    sharedAt\n    shareMessage\n    satisfactionConversationSuggested\n    createdAt\n    url\n    description\n    source\n    employmentTypes\n    datePosted\n    validThrough\n    updatedAt\n    viewerRelation\n    salary {\n      min\n      max\n      currency\n      unit\n    }\n    level {\n      id\n      key\n      name\n      track\n      rank\n    }\n    levelSource\n    levelConfidence\n    levelSetAt\n    levelSetBy {\n      id\n      name\n    }\n    owner {\n      id\n      name\n      level {\n        id\n        key\n        name\n        track\n        rank\n      }\n    }\n    checklist {\n      toldNotLooking\n      myWhy\n      whyTheyReachedOut\n      jobDescriptionReceived\n      whatWouldItTake\n      whatWouldItTakeShared\n      nothingWouldMakeMeMove\n    }\n    interviews {\n      ...RoleInterviewFields\n    }\n    comments {\n      ...RoleCommentFields\n    }\n    views {\n      viewedAt\n      viewer {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RoleDetailFields on InterestingRole {\n    id\n    title\n    company\n    location\n    remote\n    outcome\n    stretch\n    trackChange\n    isShared\n    sharedAt\n    shareMessage\n    satisfactionConversationSuggested\n    createdAt\n    url\n    description\n    source\n    employmentTypes\n    datePosted\n    validThrough\n    updatedAt\n    viewerRelation\n    salary {\n      min\n      max\n      currency\n      unit\n    }\n    level {\n      id\n      key\n      name\n      track\n      rank\n    }\n    levelSource\n    levelConfidence\n    levelSetAt\n    levelSetBy {\n      id\n      name\n    }\n    owner {\n      id\n      name\n      level {\n        id\n        key\n        name\n        track\n        rank\n      }\n    }\n    checklist {\n      toldNotLooking\n      myWhy\n      whyTheyReachedOut\n      jobDescriptionReceived\n      whatWouldItTake\n      whatWouldItTakeShared\n      nothingWouldMakeMeMove\n    }\n    interviews {\n      ...RoleInterviewFields\n    }\n    comments {\n      ...RoleCommentFields\n    }\n    views {\n      viewedAt\n      viewer {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoleInterviewFields on RoleInterview {\n    id\n    heldOn\n    kind\n    notes\n  }\n"): (typeof documents)["\n  fragment RoleInterviewFields on RoleInterview {\n    id\n    heldOn\n    kind\n    notes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoleCommentFields on RoleComment {\n    id\n    body\n    createdAt\n    editedAt\n    author {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment RoleCommentFields on RoleComment {\n    id\n    body\n    createdAt\n    editedAt\n    author {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRoles($first: Int!, $after: String) {\n    myInterestingRoles(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...MyRoleFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyRoles($first: Int!, $after: String) {\n    myInterestingRoles(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...MyRoleFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedWithMe($first: Int!, $after: String, $ownerId: ID, $stretch: StretchTag) {\n    sharedWithMe(first: $first, after: $after, ownerId: $ownerId, stretch: $stretch) {\n      totalCount\n      newCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...SharedRoleSummaryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SharedWithMe($first: Int!, $after: String, $ownerId: ID, $stretch: StretchTag) {\n    sharedWithMe(first: $first, after: $after, ownerId: $ownerId, stretch: $stretch) {\n      totalCount\n      newCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...SharedRoleSummaryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedFilterPeople {\n    me {\n      id\n      directReports {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query SharedFilterPeople {\n    me {\n      id\n      directReports {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RolePage($id: ID!) {\n    interestingRole(id: $id) {\n      ...RoleDetailFields\n    }\n    me {\n      id\n      level {\n        id\n        key\n        name\n        track\n        rank\n      }\n      manager {\n        id\n        name\n      }\n    }\n    levels {\n      id\n      key\n      name\n      track\n      rank\n    }\n  }\n"): (typeof documents)["\n  query RolePage($id: ID!) {\n    interestingRole(id: $id) {\n      ...RoleDetailFields\n    }\n    me {\n      id\n      level {\n        id\n        key\n        name\n        track\n        rank\n      }\n      manager {\n        id\n        name\n      }\n    }\n    levels {\n      id\n      key\n      name\n      track\n      rank\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleLadder {\n    levels {\n      id\n      key\n      name\n      track\n      rank\n    }\n  }\n"): (typeof documents)["\n  query RoleLadder {\n    levels {\n      id\n      key\n      name\n      track\n      rank\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportMyData {\n    exportMyData\n  }\n"): (typeof documents)["\n  query ExportMyData {\n    exportMyData\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyRoleFields on InterestingRole {\n    id\n    title\n    company\n    location\n    remote\n    outcome\n    stretch\n    trackChange\n    isShared\n    createdAt\n    level {\n      id\n      key\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment MyRoleFields on InterestingRole {\n    id\n    title\n    company\n    location\n    remote\n    outcome\n    stretch\n    trackChange\n    isShared\n    createdAt\n    level {\n      id\n      key\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SharedRoleSummaryFields on RoleSummary {\n    id\n    title\n    company\n    isShared\n    sharedAt\n    unread\n    stretch\n    trackChange\n    satisfactionConversationSuggested\n    level {\n      id\n      key\n      name\n    }\n    owner {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SharedRoleSummaryFields on RoleSummary {\n    id\n    title\n    company\n    isShared\n    sharedAt\n    unread\n    stretch\n    trackChange\n    satisfactionConversationSuggested\n    level {\n      id\n      key\n      name\n    }\n    owner {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut\n  }\n"): (typeof documents)["\n  mutation LogOut {\n    logOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Person {\n    id\n    name\n    email\n    isAdmin\n    isLeader\n    status\n    directReports {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Person {\n    id\n    name\n    email\n    isAdmin\n    isLeader\n    status\n    directReports {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationSettingsFields on Organization {\n    id\n    name\n    practiceCadenceMonths\n    anonymityThreshold\n    timeZone\n  }\n"): (typeof documents)["\n  fragment OrganizationSettingsFields on Organization {\n    id\n    name\n    practiceCadenceMonths\n    anonymityThreshold\n    timeZone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      ...OrganizationSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      ...OrganizationSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationSettings {\n    organization {\n      ...OrganizationSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query OrganizationSettings {\n    organization {\n      ...OrganizationSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActionItemFields on ActionItem {\n    id\n    text\n    owner\n    dueOn\n    done\n    doneAt\n    createdAt\n    debriefId\n    conversationId\n    writtenByYou\n    report {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ActionItemFields on ActionItem {\n    id\n    text\n    owner\n    dueOn\n    done\n    doneAt\n    createdAt\n    debriefId\n    conversationId\n    writtenByYou\n    report {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyActionItems($status: ActionItemStatus!) {\n    myActionItems(status: $status) {\n      ...ActionItemFields\n    }\n  }\n"): (typeof documents)["\n  query MyActionItems($status: ActionItemStatus!) {\n    myActionItems(status: $status) {\n      ...ActionItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportActionItems($reportId: ID!, $status: ActionItemStatus!) {\n    actionItems(reportId: $reportId, status: $status) {\n      ...ActionItemFields\n    }\n  }\n"): (typeof documents)["\n  query ReportActionItems($reportId: ID!, $status: ActionItemStatus!) {\n    actionItems(reportId: $reportId, status: $status) {\n      ...ActionItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteActionItem($id: ID!) {\n    completeActionItem(id: $id) {\n      ...ActionItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteActionItem($id: ID!) {\n    completeActionItem(id: $id) {\n      ...ActionItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenActionItem($id: ID!) {\n    reopenActionItem(id: $id) {\n      ...ActionItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenActionItem($id: ID!) {\n    reopenActionItem(id: $id) {\n      ...ActionItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddActionItem($input: AddActionItemInput!) {\n    addActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddActionItem($input: AddActionItemInput!) {\n    addActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActionItem($id: ID!, $input: UpdateActionItemInput!) {\n    updateActionItem(id: $id, input: $input) {\n      ...ActionItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateActionItem($id: ID!, $input: UpdateActionItemInput!) {\n    updateActionItem(id: $id, input: $input) {\n      ...ActionItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteActionItem($id: ID!) {\n    deleteActionItem(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteActionItem($id: ID!) {\n    deleteActionItem(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NudgeSummaryFields on Nudge {\n    id\n    kind\n    status\n    reportName\n    roleTitle\n    dueOn\n    raisedAt\n    resolvedAt\n    snoozedUntil\n    target {\n      action\n      reportId\n      roleId\n    }\n  }\n"): (typeof documents)["\n  fragment NudgeSummaryFields on Nudge {\n    id\n    kind\n    status\n    reportName\n    roleTitle\n    dueOn\n    raisedAt\n    resolvedAt\n    snoozedUntil\n    target {\n      action\n      reportId\n      roleId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PracticeStatusFields on PracticeStatus {\n    state\n    covered\n    dueOn\n    lastPracticeOn\n  }\n"): (typeof documents)["\n  fragment PracticeStatusFields on PracticeStatus {\n    state\n    covered\n    dueOn\n    lastPracticeOn\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;