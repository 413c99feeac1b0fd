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
    "\n  fragment CountFields on PeopleCount {\n    ... on ShownCount {\n      value\n    }\n    ... on Suppressed {\n      threshold\n    }\n  }\n": typeof types.CountFieldsFragmentDoc,
    "\n  fragment MeasureFields on PeopleMeasure {\n    ... on ShownMeasure {\n      value\n    }\n    ... on Suppressed {\n      threshold\n    }\n  }\n": typeof types.MeasureFieldsFragmentDoc,
    "\n  fragment StretchFields on StretchBreakdown {\n    total {\n      ...CountFields\n    }\n    parts {\n      stretch\n      count {\n        ...CountFields\n      }\n    }\n  }\n": typeof types.StretchFieldsFragmentDoc,
    "\n  fragment CoverageFields on TeamCoverage {\n    asOf\n    team {\n      ...CountFields\n    }\n    covered {\n      ...CountFields\n    }\n    share {\n      ...MeasureFields\n    }\n  }\n": typeof types.CoverageFieldsFragmentDoc,
    "\n  fragment ActivityFields on TeamActivity {\n    startsOn\n    endsOn\n    rolesShared {\n      ...StretchFields\n    }\n    interviews {\n      ...CountFields\n    }\n    debriefsHeld {\n      ...CountFields\n    }\n    medianDaysToDebrief {\n      ...MeasureFields\n    }\n    satisfactionConversations {\n      ...CountFields\n    }\n  }\n": typeof types.ActivityFieldsFragmentDoc,
    "\n  query TeamDashboard {\n    teamDashboard {\n      asOf\n      timeZone\n      coverage {\n        ...CoverageFields\n      }\n      debriefsPending {\n        ...CountFields\n      }\n      satisfactionTalksSuggested {\n        ...CountFields\n      }\n      openActionItems {\n        ...CountFields\n      }\n      overdueActionItems {\n        ...CountFields\n      }\n      lastTwelveMonths {\n        ...ActivityFields\n      }\n      quarters {\n        quarter\n        current\n        coverage {\n          ...CoverageFields\n        }\n        activity {\n          ...ActivityFields\n        }\n      }\n      reports {\n        person {\n          id\n          name\n        }\n        practice {\n          dueOn\n          covered\n          state\n        }\n        rolesShared\n        debriefsPending\n        satisfactionTalksSuggested\n        openActionItems\n        overdueActionItems\n      }\n    }\n  }\n": typeof types.TeamDashboardDocument,
    "\n  query OutsidePerspective($months: Int, $scope: OutsidePerspectiveScope) {\n    outsidePerspective(months: $months, scope: $scope) {\n      scope\n      scopes\n      since\n      debriefs {\n        ...CountFields\n      }\n      people {\n        ...CountFields\n      }\n      stageKinds {\n        kind\n        debriefs {\n          ...CountFields\n        }\n      }\n      processes {\n        stages\n        debriefs {\n          ...CountFields\n        }\n      }\n      stageCounts {\n        stages\n        debriefs {\n          ...CountFields\n        }\n      }\n      themes {\n        theme\n        debriefs {\n          ...CountFields\n        }\n      }\n      candidateExperience {\n        aspect\n        average {\n          ...MeasureFields\n        }\n        ratings {\n          ...CountFields\n        }\n      }\n      levelReadings {\n        ...StretchFields\n      }\n      companies {\n        threshold\n        named {\n          name\n          debriefs {\n            ...CountFields\n          }\n          people {\n            ...CountFields\n          }\n        }\n        others {\n          debriefs {\n            ...CountFields\n          }\n          people {\n            ...CountFields\n          }\n        }\n        unknown {\n          ...CountFields\n        }\n      }\n    }\n  }\n": typeof types.OutsidePerspectiveDocument,
    "\n  query DemoTeam {\n    me {\n      directReports {\n        name\n        practiceStatus {\n          state\n          covered\n        }\n      }\n    }\n  }\n": typeof types.DemoTeamDocument,
    "\n  query DemoRoles {\n    myInterestingRoles {\n      edges {\n        node {\n          title\n          stretch\n          isShared\n        }\n      }\n    }\n  }\n": typeof types.DemoRolesDocument,
    "\n  query DemoInbox {\n    sharedWithMe(first: 100) {\n      edges {\n        node {\n          stretch\n          satisfactionConversationSuggested\n        }\n      }\n    }\n  }\n": typeof types.DemoInboxDocument,
    "\n  fragment DebriefFields on Debrief {\n    id\n    heldOn\n    wentWell\n    couldBeBetter\n    thirdPartyFeedback\n    assessedLevelLabel\n    outcome\n    stages\n    stageCount\n    themes\n    ratings {\n      startedOnTime\n      roleClearlyExplained\n      interviewersPrepared\n      treatedWithRespect\n      challenging\n    }\n    assessedLevel {\n      key\n    }\n    externalReading\n    report {\n      id\n      name\n      level {\n        key\n      }\n    }\n    heldBy {\n      name\n    }\n    role {\n      id\n      title\n    }\n    actionItems {\n      id\n      owner\n      text\n      dueOn\n      done\n    }\n  }\n": typeof types.DebriefFieldsFragmentDoc,
    "\n  fragment ConversationFields on Conversation {\n    id\n    kind\n    heldOn\n    notes\n    answers {\n      questionKey\n      prompt\n      answer\n    }\n    report {\n      id\n    }\n    heldBy {\n      name\n    }\n    role {\n      id\n      title\n    }\n    actionItems {\n      id\n      owner\n      text\n      done\n    }\n  }\n": typeof types.ConversationFieldsFragmentDoc,
    "\n  fragment PracticeStatusFields on PracticeStatus {\n    lastPracticeOn\n    dueOn\n    covered\n    state\n  }\n": typeof types.PracticeStatusFieldsFragmentDoc,
    "\n  mutation CreateDebrief($input: CreateDebriefInput!) {\n    createDebrief(input: $input) {\n      ...DebriefFields\n    }\n  }\n": typeof types.CreateDebriefDocument,
    "\n  mutation UpdateDebrief($id: ID!, $input: UpdateDebriefInput!) {\n    updateDebrief(id: $id, input: $input) {\n      ...DebriefFields\n    }\n  }\n": typeof types.UpdateDebriefDocument,
    "\n  query Debriefs($reportId: ID!) {\n    debriefs(reportId: $reportId) {\n      ...DebriefFields\n    }\n  }\n": typeof types.DebriefsDocument,
    "\n  query Debrief($id: ID!) {\n    debrief(id: $id) {\n      ...DebriefFields\n    }\n  }\n": typeof types.DebriefDocument,
    "\n  mutation HoldConversation($input: HoldConversationInput!) {\n    holdConversation(input: $input) {\n      ...ConversationFields\n    }\n  }\n": typeof types.HoldConversationDocument,
    "\n  query Conversations($reportId: ID!, $kind: ConversationKind) {\n    conversations(reportId: $reportId, kind: $kind) {\n      ...ConversationFields\n    }\n  }\n": typeof types.ConversationsDocument,
    "\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      ...ConversationFields\n    }\n  }\n": typeof types.ConversationDocument,
    "\n  query ConversationAgendas {\n    conversationAgendas {\n      kind\n      title\n      questions {\n        key\n        prompt\n      }\n    }\n  }\n": typeof types.ConversationAgendasDocument,
    "\n  mutation AddActionItem($input: AddActionItemInput!) {\n    addActionItem(input: $input) {\n      id\n      owner\n      text\n      dueOn\n      done\n      report {\n        id\n      }\n    }\n  }\n": typeof types.AddActionItemDocument,
    "\n  mutation CompleteActionItem($id: ID!) {\n    completeActionItem(id: $id) {\n      id\n      done\n      doneAt\n    }\n  }\n": typeof types.CompleteActionItemDocument,
    "\n  mutation ReopenActionItem($id: ID!) {\n    reopenActionItem(id: $id) {\n      id\n      done\n    }\n  }\n": typeof types.ReopenActionItemDocument,
    "\n  query MyActionItems($status: ActionItemStatus) {\n    myActionItems(status: $status) {\n      id\n      text\n      done\n      owner\n      report {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MyActionItemsDocument,
    "\n  query ActionItems($reportId: ID!, $status: ActionItemStatus) {\n    actionItems(reportId: $reportId, status: $status) {\n      id\n      text\n      done\n    }\n  }\n": typeof types.ActionItemsDocument,
    "\n  query ReportPracticeStatus($reportId: ID!) {\n    practiceStatus(reportId: $reportId) {\n      ...PracticeStatusFields\n    }\n  }\n": typeof types.ReportPracticeStatusDocument,
    "\n  query PersonPracticeStatus($id: ID!) {\n    person(id: $id) {\n      id\n      practiceStatus {\n        ...PracticeStatusFields\n      }\n    }\n  }\n": typeof types.PersonPracticeStatusDocument,
    "\n  query TeamPracticeStatus {\n    me {\n      id\n      directReports {\n        id\n        name\n        title\n        level {\n          key\n        }\n        practiceStatus {\n          ...PracticeStatusFields\n        }\n      }\n    }\n  }\n": typeof types.TeamPracticeStatusDocument,
    "\n  query MyInterestingRolesPage($first: Int, $after: String) {\n    myInterestingRoles(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n      }\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.MyInterestingRolesPageDocument,
    "\n  query SharedWithMePage($first: Int, $after: String) {\n    sharedWithMe(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n      }\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SharedWithMePageDocument,
    "\n  query MyNotificationSettings {\n    myNotificationSettings {\n      emailEnabled\n      delivery\n      kinds {\n        kind\n        email\n      }\n    }\n  }\n": typeof types.MyNotificationSettingsDocument,
    "\n  mutation UpdateMyNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateMyNotificationSettings(input: $input) {\n      emailEnabled\n      delivery\n      kinds {\n        kind\n        email\n      }\n    }\n  }\n": typeof types.UpdateMyNotificationSettingsDocument,
    "\n  fragment NudgeFields on Nudge {\n    id\n    kind\n    status\n    reportName\n    roleTitle\n    dueOn\n    raisedAt\n    resolvedAt\n    snoozedUntil\n    report {\n      id\n    }\n    target {\n      action\n      reportId\n      roleId\n      conversationKind\n    }\n  }\n": typeof types.NudgeFieldsFragmentDoc,
    "\n  query MyNudges($status: NudgeStatus, $first: Int, $after: String) {\n    myNudges(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NudgeFields\n        }\n      }\n    }\n  }\n": typeof types.MyNudgesDocument,
    "\n  query OpenNudgeCount {\n    openNudgeCount\n  }\n": typeof types.OpenNudgeCountDocument,
    "\n  mutation SnoozeNudge($id: ID!, $input: SnoozeNudgeInput!) {\n    snoozeNudge(id: $id, input: $input) {\n      ...NudgeFields\n    }\n  }\n": typeof types.SnoozeNudgeDocument,
    "\n  mutation DismissNudge($id: ID!) {\n    dismissNudge(id: $id) {\n      ...NudgeFields\n    }\n  }\n": typeof types.DismissNudgeDocument,
    "\n  mutation RunNudgeSweep {\n    runNudgeSweep {\n      raised\n      resolved\n      readdressed\n    }\n  }\n": typeof types.RunNudgeSweepDocument,
    "\n  subscription NudgesChanged {\n    nudgesChanged {\n      openCount\n      noLongerOpenIds\n      newlyOpen {\n        ...NudgeFields\n      }\n    }\n  }\n": typeof types.NudgesChangedDocument,
    "\n  fragment PersonFields on Person {\n    id\n    name\n    email\n    title\n    status\n    isAdmin\n    level {\n      key\n    }\n    manager {\n      id\n      name\n    }\n    directReports {\n      id\n      name\n    }\n  }\n": typeof types.PersonFieldsFragmentDoc,
    "\n  fragment LevelFields on Level {\n    id\n    key\n    name\n    track\n    rank\n    keywords\n  }\n": typeof types.LevelFieldsFragmentDoc,
    "\n  fragment OrganizationFields on Organization {\n    id\n    name\n    practiceCadenceMonths\n    anonymityThreshold\n    timeZone\n  }\n": typeof types.OrganizationFieldsFragmentDoc,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...PersonFields\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
    "\n  query Me {\n    me {\n      ...PersonFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonFields\n    }\n  }\n": typeof types.PersonDocument,
    "\n  query People($first: Int, $after: String, $search: String, $includeDeactivated: Boolean) {\n    people(first: $first, after: $after, search: $search, includeDeactivated: $includeDeactivated) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          status\n        }\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  query Levels {\n    levels {\n      ...LevelFields\n    }\n  }\n": typeof types.LevelsDocument,
    "\n  query Organization {\n    organization {\n      ...OrganizationFields\n    }\n  }\n": typeof types.OrganizationDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      ...OrganizationFields\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      url\n      expiresAt\n      emailed\n      person {\n        id\n        name\n        status\n      }\n    }\n  }\n": typeof types.InvitePersonDocument,
    "\n  mutation ReissueInvitation($personId: ID!) {\n    reissueInvitation(personId: $personId) {\n      url\n      emailed\n      person {\n        id\n      }\n    }\n  }\n": typeof types.ReissueInvitationDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      organizationName\n      name\n      email\n      expiresAt\n    }\n  }\n": typeof types.InvitationDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      name\n      status\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      ...PersonFields\n    }\n  }\n": typeof types.UpdatePersonDocument,
    "\n  mutation DeactivatePerson($id: ID!) {\n    deactivatePerson(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.DeactivatePersonDocument,
    "\n  mutation ImportPeople($input: ImportPeopleInput!) {\n    importPeople(input: $input) {\n      applied\n      dryRun\n      created\n      updated\n      unchanged\n      rejected\n      rows {\n        line\n        email\n        name\n        outcome\n        messages\n      }\n    }\n  }\n": typeof types.ImportPeopleDocument,
    "\n  mutation CreateLevel($input: CreateLevelInput!) {\n    createLevel(input: $input) {\n      ...LevelFields\n    }\n  }\n": typeof types.CreateLevelDocument,
    "\n  mutation UpdateLevel($id: ID!, $input: UpdateLevelInput!) {\n    updateLevel(id: $id, input: $input) {\n      id\n      key\n      name\n      rank\n    }\n  }\n": typeof types.UpdateLevelDocument,
    "\n  mutation DeleteLevel($id: ID!) {\n    deleteLevel(id: $id) {\n      id\n      key\n    }\n  }\n": typeof types.DeleteLevelDocument,
    "\n  fragment OrgFiguresFields on OrgFigures {\n    people {\n      ...CountFields\n    }\n    peopleCovered {\n      ...CountFields\n    }\n    peopleWithDebriefsPending {\n      ...CountFields\n    }\n    peopleWithSatisfactionTalksSuggested {\n      ...CountFields\n    }\n    peopleWithOpenActionItems {\n      ...CountFields\n    }\n    peopleWithOverdueActionItems {\n      ...CountFields\n    }\n    quarters {\n      quarter\n      startsOn\n      endsOn\n      current\n      peopleCovered {\n        ...CountFields\n      }\n      peopleSharingRoles {\n        ...CountFields\n      }\n      peopleSharingRolesByStretch {\n        stepUp {\n          ...CountFields\n        }\n        sameLevel {\n          ...CountFields\n        }\n        stepDown {\n          ...CountFields\n        }\n        unrated {\n          ...CountFields\n        }\n      }\n      peopleInterviewed {\n        ...CountFields\n      }\n      peopleDebriefed {\n        ...CountFields\n      }\n      peopleInSatisfactionTalks {\n        ...CountFields\n      }\n    }\n  }\n": typeof types.OrgFiguresFieldsFragmentDoc,
    "\n  query OrgDashboard {\n    orgDashboard {\n      asOf\n      timeZone\n      threshold\n      teams {\n        managerId\n        managerName\n        parentManagerId\n        yours\n        figures {\n          ...OrgFiguresFields\n        }\n      }\n      total {\n        ...OrgFiguresFields\n      }\n    }\n  }\n": typeof types.OrgDashboardDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  fragment EarlierRecordSharingFields on EarlierRecordSharing {\n    sharedWithCurrentManager\n    earlierRecordCount\n    history {\n      id\n      startedAt\n      endedAt\n      endedReason\n      active\n      manager {\n        id\n        name\n      }\n    }\n  }\n": typeof types.EarlierRecordSharingFieldsFragmentDoc,
    "\n  query EarlierRecordSharing {\n    earlierRecordSharing {\n      ...EarlierRecordSharingFields\n    }\n  }\n": typeof types.EarlierRecordSharingDocument,
    "\n  mutation ShareEarlierRecords {\n    shareEarlierRecords {\n      ...EarlierRecordSharingFields\n    }\n  }\n": typeof types.ShareEarlierRecordsDocument,
    "\n  mutation StopSharingEarlierRecords {\n    stopSharingEarlierRecords {\n      ...EarlierRecordSharingFields\n    }\n  }\n": typeof types.StopSharingEarlierRecordsDocument,
    "\n  mutation DeleteDebrief($id: ID!) {\n    deleteDebrief(id: $id)\n  }\n": typeof types.DeleteDebriefDocument,
    "\n  mutation UpdateConversation($id: ID!, $input: UpdateConversationInput!) {\n    updateConversation(id: $id, input: $input) {\n      id\n      kind\n      heldOn\n      notes\n      answers {\n        questionKey\n        answer\n      }\n      role {\n        id\n      }\n    }\n  }\n": typeof types.UpdateConversationDocument,
    "\n  mutation DeleteConversation($id: ID!) {\n    deleteConversation(id: $id)\n  }\n": typeof types.DeleteConversationDocument,
    "\n  mutation UpdateActionItem($id: ID!, $input: UpdateActionItemInput!) {\n    updateActionItem(id: $id, input: $input) {\n      id\n      text\n      dueOn\n      writtenByYou\n    }\n  }\n": typeof types.UpdateActionItemDocument,
    "\n  mutation DeleteActionItem($id: ID!) {\n    deleteActionItem(id: $id)\n  }\n": typeof types.DeleteActionItemDocument,
    "\n  query RecordActionItems($id: ID!) {\n    debrief(id: $id) {\n      id\n      actionItems {\n        id\n        text\n        writtenByYou\n      }\n    }\n  }\n": typeof types.RecordActionItemsDocument,
    "\n  query MyActionItemsWithAuthor {\n    myActionItems(status: ALL) {\n      id\n      text\n      writtenByYou\n      report {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MyActionItemsWithAuthorDocument,
    "\n  query PeopleAndTheirTeams($first: Int!) {\n    people(first: $first) {\n      edges {\n        node {\n          directReports {\n            directReports {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PeopleAndTheirTeamsDocument,
    "\n  fragment RoleSummaryPathFields on RoleSummary {\n    id\n    title\n    company\n    isShared\n    sharedAt\n    unread\n    viewerRelation\n    stretch\n    level {\n      key\n    }\n    owner {\n      id\n    }\n  }\n": typeof types.RoleSummaryPathFieldsFragmentDoc,
    "\n  query InboxSummaries {\n    sharedWithMe(first: 100) {\n      edges {\n        node {\n          ...RoleSummaryPathFields\n        }\n      }\n    }\n  }\n": typeof types.InboxSummariesDocument,
    "\n  query DebriefRole($id: ID!) {\n    debrief(id: $id) {\n      id\n      role {\n        ...RoleSummaryPathFields\n      }\n    }\n  }\n": typeof types.DebriefRoleDocument,
    "\n  query ConversationRole($id: ID!) {\n    conversation(id: $id) {\n      id\n      role {\n        ...RoleSummaryPathFields\n      }\n    }\n  }\n": typeof types.ConversationRoleDocument,
    "\n  query RoleAccessLog($id: ID!) {\n    interestingRole(id: $id) {\n      id\n      views {\n        viewedAt\n        viewer {\n          id\n        }\n      }\n    }\n  }\n": typeof types.RoleAccessLogDocument,
    "\n  query RoleSummaryType {\n    __type(name: \"RoleSummary\") {\n      fields {\n        name\n      }\n    }\n  }\n": typeof types.RoleSummaryTypeDocument,
    "\n  fragment RoleFields on InterestingRole {\n    id\n    title\n    company\n    location\n    remote\n    description\n    source\n    outcome\n    isShared\n    sharedAt\n    shareMessage\n    viewerRelation\n    levelSource\n    levelConfidence\n    level {\n      key\n    }\n    stretch\n    trackChange\n    satisfactionConversationSuggested\n    checklist {\n      toldNotLooking\n      myWhy\n      whyTheyReachedOut\n      jobDescriptionReceived\n      whatWouldItTake\n      whatWouldItTakeShared\n      nothingWouldMakeMeMove\n    }\n    salary {\n      min\n      max\n      currency\n      unit\n    }\n    employmentTypes\n    owner {\n      id\n      name\n    }\n    levelSetBy {\n      name\n    }\n  }\n": typeof types.RoleFieldsFragmentDoc,
    "\n  mutation CreateInterestingRole($input: CreateInterestingRoleInput!) {\n    createInterestingRole(input: $input) {\n      ...RoleFields\n    }\n  }\n": typeof types.CreateInterestingRoleDocument,
    "\n  mutation UpdateInterestingRole($id: ID!, $input: UpdateInterestingRoleInput!) {\n    updateInterestingRole(id: $id, input: $input) {\n      ...RoleFields\n    }\n  }\n": typeof types.UpdateInterestingRoleDocument,
    "\n  mutation DeleteInterestingRole($id: ID!) {\n    deleteInterestingRole(id: $id)\n  }\n": typeof types.DeleteInterestingRoleDocument,
    "\n  mutation ImportJobPosting($input: ImportJobPostingInput!) {\n    importJobPosting(input: $input) {\n      source\n      title\n      company\n      location\n      remote\n      workplace\n      description\n      url\n      salary {\n        min\n        max\n        currency\n        unit\n      }\n      employmentTypes\n      datePosted\n      validThrough\n      fieldsFound\n      warnings\n      suggestedLevelKey\n    }\n  }\n": typeof types.ImportJobPostingDocument,
    "\n  mutation ImportPostingFromUrl($input: ImportPostingFromUrlInput!) {\n    importPostingFromUrl(input: $input) {\n      source\n      title\n      company\n      location\n      remote\n      workplace\n      url\n      employmentTypes\n      description\n      fieldsFound\n      warnings\n      suggestedLevelKey\n    }\n  }\n": typeof types.ImportPostingFromUrlDocument,
    "\n  mutation ShareInterestingRole($id: ID!, $message: String) {\n    shareInterestingRole(id: $id, message: $message) {\n      ...RoleFields\n    }\n  }\n": typeof types.ShareInterestingRoleDocument,
    "\n  mutation RevokeInterestingRoleShare($id: ID!) {\n    revokeInterestingRoleShare(id: $id) {\n      ...RoleFields\n    }\n  }\n": typeof types.RevokeInterestingRoleShareDocument,
    "\n  mutation SetInterestingRoleLevel($id: ID!, $levelKey: String) {\n    setInterestingRoleLevel(id: $id, levelKey: $levelKey) {\n      ...RoleFields\n    }\n  }\n": typeof types.SetInterestingRoleLevelDocument,
    "\n  mutation AddInterview($roleId: ID!, $input: AddInterviewInput!) {\n    addInterview(roleId: $roleId, input: $input) {\n      id\n      heldOn\n      kind\n      notes\n    }\n  }\n": typeof types.AddInterviewDocument,
    "\n  mutation RemoveInterview($id: ID!) {\n    removeInterview(id: $id)\n  }\n": typeof types.RemoveInterviewDocument,
    "\n  mutation CommentOnInterestingRole($id: ID!, $body: String!) {\n    commentOnInterestingRole(id: $id, body: $body) {\n      id\n      body\n      author {\n        name\n      }\n    }\n  }\n": typeof types.CommentOnInterestingRoleDocument,
    "\n  query InterestingRole($id: ID!) {\n    interestingRole(id: $id) {\n      ...RoleFields\n      interviews {\n        id\n        heldOn\n        kind\n      }\n      comments {\n        body\n        author {\n          name\n        }\n      }\n      views {\n        viewer {\n          name\n        }\n        viewedAt\n      }\n    }\n  }\n": typeof types.InterestingRoleDocument,
    "\n  query MyInterestingRoles {\n    myInterestingRoles(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.MyInterestingRolesDocument,
    "\n  query SharedWithMe($first: Int) {\n    sharedWithMe(first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          stretch\n          trackChange\n          satisfactionConversationSuggested\n          company\n          isShared\n          sharedAt\n          unread\n          viewerRelation\n          owner {\n            id\n            name\n            level {\n              key\n            }\n          }\n          level {\n            key\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.SharedWithMeDocument,
    "\n  query SharedWithMeFiltered($first: Int, $after: String, $ownerId: ID, $stretch: StretchTag) {\n    sharedWithMe(first: $first, after: $after, ownerId: $ownerId, stretch: $stretch) {\n      totalCount\n      newCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          company\n          outcome\n          stretch\n          sharedAt\n          unread\n          owner {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.SharedWithMeFilteredDocument,
    "\n  mutation EditRoleComment($id: ID!, $body: String!) {\n    editRoleComment(id: $id, body: $body) {\n      id\n      body\n      createdAt\n      editedAt\n    }\n  }\n": typeof types.EditRoleCommentDocument,
    "\n  mutation DeleteRoleComment($id: ID!) {\n    deleteRoleComment(id: $id)\n  }\n": typeof types.DeleteRoleCommentDocument,
    "\n  query ExportMyData {\n    exportMyData\n  }\n": typeof types.ExportMyDataDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      signedInAt\n      lastUsedAt\n      expiresAt\n      device\n      current\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n": typeof types.EndSessionDocument,
    "\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n": typeof types.EndOtherSessionsDocument,
    "\n  query SharedWithMeWalk($first: Int, $after: String) {\n    sharedWithMe(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          sharedAt\n        }\n      }\n    }\n  }\n": typeof types.SharedWithMeWalkDocument,
    "\n  query TeamWithReportingLines {\n    me {\n      id\n      name\n      level {\n        key\n        name\n      }\n      manager {\n        name\n        level {\n          key\n        }\n      }\n      directReports {\n        id\n        name\n        title\n        level {\n          key\n          name\n          rank\n        }\n        manager {\n          id\n          name\n        }\n        directReports {\n          id\n          name\n          level {\n            key\n          }\n        }\n      }\n    }\n  }\n": typeof types.TeamWithReportingLinesDocument,
    "\n  query PeopleWithRelations($first: Int, $after: String, $search: String, $includeDeactivated: Boolean) {\n    people(first: $first, after: $after, search: $search, includeDeactivated: $includeDeactivated) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          status\n          level {\n            key\n          }\n          manager {\n            name\n          }\n          directReports {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.PeopleWithRelationsDocument,
};
const documents: Documents = {
    "\n  query MyCalendarFeed {\n    myCalendarFeed {\n      createdAt\n    }\n  }\n": types.MyCalendarFeedDocument,
    "\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      url\n      createdAt\n    }\n  }\n": types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": types.RevokeCalendarFeedDocument,
    "\n  fragment CountFields on PeopleCount {\n    ... on ShownCount {\n      value\n    }\n    ... on Suppressed {\n      threshold\n    }\n  }\n": types.CountFieldsFragmentDoc,
    "\n  fragment MeasureFields on PeopleMeasure {\n    ... on ShownMeasure {\n      value\n    }\n    ... on Suppressed {\n      threshold\n    }\n  }\n": types.MeasureFieldsFragmentDoc,
    "\n  fragment StretchFields on StretchBreakdown {\n    total {\n      ...CountFields\n    }\n    parts {\n      stretch\n      count {\n        ...CountFields\n      }\n    }\n  }\n": types.StretchFieldsFragmentDoc,
    "\n  fragment CoverageFields on TeamCoverage {\n    asOf\n    team {\n      ...CountFields\n    }\n    covered {\n      ...CountFields\n    }\n    share {\n      ...MeasureFields\n    }\n  }\n": types.CoverageFieldsFragmentDoc,
    "\n  fragment ActivityFields on TeamActivity {\n    startsOn\n    endsOn\n    rolesShared {\n      ...StretchFields\n    }\n    interviews {\n      ...CountFields\n    }\n    debriefsHeld {\n      ...CountFields\n    }\n    medianDaysToDebrief {\n      ...MeasureFields\n    }\n    satisfactionConversations {\n      ...CountFields\n    }\n  }\n": types.ActivityFieldsFragmentDoc,
    "\n  query TeamDashboard {\n    teamDashboard {\n      asOf\n      timeZone\n      coverage {\n        ...CoverageFields\n      }\n      debriefsPending {\n        ...CountFields\n      }\n      satisfactionTalksSuggested {\n        ...CountFields\n      }\n      openActionItems {\n        ...CountFields\n      }\n      overdueActionItems {\n        ...CountFields\n      }\n      lastTwelveMonths {\n        ...ActivityFields\n      }\n      quarters {\n        quarter\n        current\n        coverage {\n          ...CoverageFields\n        }\n        activity {\n          ...ActivityFields\n        }\n      }\n      reports {\n        person {\n          id\n          name\n        }\n        practice {\n          dueOn\n          covered\n          state\n        }\n        rolesShared\n        debriefsPending\n        satisfactionTalksSuggested\n        openActionItems\n        overdueActionItems\n      }\n    }\n  }\n": types.TeamDashboardDocument,
    "\n  query OutsidePerspective($months: Int, $scope: OutsidePerspectiveScope) {\n    outsidePerspective(months: $months, scope: $scope) {\n      scope\n      scopes\n      since\n      debriefs {\n        ...CountFields\n      }\n      people {\n        ...CountFields\n      }\n      stageKinds {\n        kind\n        debriefs {\n          ...CountFields\n        }\n      }\n      processes {\n        stages\n        debriefs {\n          ...CountFields\n        }\n      }\n      stageCounts {\n        stages\n        debriefs {\n          ...CountFields\n        }\n      }\n      themes {\n        theme\n        debriefs {\n          ...CountFields\n        }\n      }\n      candidateExperience {\n        aspect\n        average {\n          ...MeasureFields\n        }\n        ratings {\n          ...CountFields\n        }\n      }\n      levelReadings {\n        ...StretchFields\n      }\n      companies {\n        threshold\n        named {\n          name\n          debriefs {\n            ...CountFields\n          }\n          people {\n            ...CountFields\n          }\n        }\n        others {\n          debriefs {\n            ...CountFields\n          }\n          people {\n            ...CountFields\n          }\n        }\n        unknown {\n          ...CountFields\n        }\n      }\n    }\n  }\n": types.OutsidePerspectiveDocument,
    "\n  query DemoTeam {\n    me {\n      directReports {\n        name\n        practiceStatus {\n          state\n          covered\n        }\n      }\n    }\n  }\n": types.DemoTeamDocument,
    "\n  query DemoRoles {\n    myInterestingRoles {\n      edges {\n        node {\n          title\n          stretch\n          isShared\n        }\n      }\n    }\n  }\n": types.DemoRolesDocument,
    "\n  query DemoInbox {\n    sharedWithMe(first: 100) {\n      edges {\n        node {\n          stretch\n          satisfactionConversationSuggested\n        }\n      }\n    }\n  }\n": types.DemoInboxDocument,
    "\n  fragment DebriefFields on Debrief {\n    id\n    heldOn\n    wentWell\n    couldBeBetter\n    thirdPartyFeedback\n    assessedLevelLabel\n    outcome\n    stages\n    stageCount\n    themes\n    ratings {\n      startedOnTime\n      roleClearlyExplained\n      interviewersPrepared\n      treatedWithRespect\n      challenging\n    }\n    assessedLevel {\n      key\n    }\n    externalReading\n    report {\n      id\n      name\n      level {\n        key\n      }\n    }\n    heldBy {\n      name\n    }\n    role {\n      id\n      title\n    }\n    actionItems {\n      id\n      owner\n      text\n      dueOn\n      done\n    }\n  }\n": types.DebriefFieldsFragmentDoc,
    "\n  fragment ConversationFields on Conversation {\n    id\n    kind\n    heldOn\n    notes\n    answers {\n      questionKey\n      prompt\n      answer\n    }\n    report {\n      id\n    }\n    heldBy {\n      name\n    }\n    role {\n      id\n      title\n    }\n    actionItems {\n      id\n      owner\n      text\n      done\n    }\n  }\n": types.ConversationFieldsFragmentDoc,
    "\n  fragment PracticeStatusFields on PracticeStatus {\n    lastPracticeOn\n    dueOn\n    covered\n    state\n  }\n": types.PracticeStatusFieldsFragmentDoc,
    "\n  mutation CreateDebrief($input: CreateDebriefInput!) {\n    createDebrief(input: $input) {\n      ...DebriefFields\n    }\n  }\n": types.CreateDebriefDocument,
    "\n  mutation UpdateDebrief($id: ID!, $input: UpdateDebriefInput!) {\n    updateDebrief(id: $id, input: $input) {\n      ...DebriefFields\n    }\n  }\n": types.UpdateDebriefDocument,
    "\n  query Debriefs($reportId: ID!) {\n    debriefs(reportId: $reportId) {\n      ...DebriefFields\n    }\n  }\n": types.DebriefsDocument,
    "\n  query Debrief($id: ID!) {\n    debrief(id: $id) {\n      ...DebriefFields\n    }\n  }\n": types.DebriefDocument,
    "\n  mutation HoldConversation($input: HoldConversationInput!) {\n    holdConversation(input: $input) {\n      ...ConversationFields\n    }\n  }\n": types.HoldConversationDocument,
    "\n  query Conversations($reportId: ID!, $kind: ConversationKind) {\n    conversations(reportId: $reportId, kind: $kind) {\n      ...ConversationFields\n    }\n  }\n": types.ConversationsDocument,
    "\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      ...ConversationFields\n    }\n  }\n": types.ConversationDocument,
    "\n  query ConversationAgendas {\n    conversationAgendas {\n      kind\n      title\n      questions {\n        key\n        prompt\n      }\n    }\n  }\n": types.ConversationAgendasDocument,
    "\n  mutation AddActionItem($input: AddActionItemInput!) {\n    addActionItem(input: $input) {\n      id\n      owner\n      text\n      dueOn\n      done\n      report {\n        id\n      }\n    }\n  }\n": types.AddActionItemDocument,
    "\n  mutation CompleteActionItem($id: ID!) {\n    completeActionItem(id: $id) {\n      id\n      done\n      doneAt\n    }\n  }\n": types.CompleteActionItemDocument,
    "\n  mutation ReopenActionItem($id: ID!) {\n    reopenActionItem(id: $id) {\n      id\n      done\n    }\n  }\n": types.ReopenActionItemDocument,
    "\n  query MyActionItems($status: ActionItemStatus) {\n    myActionItems(status: $status) {\n      id\n      text\n      done\n      owner\n      report {\n        id\n        name\n      }\n    }\n  }\n": types.MyActionItemsDocument,
    "\n  query ActionItems($reportId: ID!, $status: ActionItemStatus) {\n    actionItems(reportId: $reportId, status: $status) {\n      id\n      text\n      done\n    }\n  }\n": types.ActionItemsDocument,
    "\n  query ReportPracticeStatus($reportId: ID!) {\n    practiceStatus(reportId: $reportId) {\n      ...PracticeStatusFields\n    }\n  }\n": types.ReportPracticeStatusDocument,
    "\n  query PersonPracticeStatus($id: ID!) {\n    person(id: $id) {\n      id\n      practiceStatus {\n        ...PracticeStatusFields\n      }\n    }\n  }\n": types.PersonPracticeStatusDocument,
    "\n  query TeamPracticeStatus {\n    me {\n      id\n      directReports {\n        id\n        name\n        title\n        level {\n          key\n        }\n        practiceStatus {\n          ...PracticeStatusFields\n        }\n      }\n    }\n  }\n": types.TeamPracticeStatusDocument,
    "\n  query MyInterestingRolesPage($first: Int, $after: String) {\n    myInterestingRoles(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n      }\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.MyInterestingRolesPageDocument,
    "\n  query SharedWithMePage($first: Int, $after: String) {\n    sharedWithMe(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n      }\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.SharedWithMePageDocument,
    "\n  query MyNotificationSettings {\n    myNotificationSettings {\n      emailEnabled\n      delivery\n      kinds {\n        kind\n        email\n      }\n    }\n  }\n": types.MyNotificationSettingsDocument,
    "\n  mutation UpdateMyNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateMyNotificationSettings(input: $input) {\n      emailEnabled\n      delivery\n      kinds {\n        kind\n        email\n      }\n    }\n  }\n": types.UpdateMyNotificationSettingsDocument,
    "\n  fragment NudgeFields on Nudge {\n    id\n    kind\n    status\n    reportName\n    roleTitle\n    dueOn\n    raisedAt\n    resolvedAt\n    snoozedUntil\n    report {\n      id\n    }\n    target {\n      action\n      reportId\n      roleId\n      conversationKind\n    }\n  }\n": types.NudgeFieldsFragmentDoc,
    "\n  query MyNudges($status: NudgeStatus, $first: Int, $after: String) {\n    myNudges(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NudgeFields\n        }\n      }\n    }\n  }\n": types.MyNudgesDocument,
    "\n  query OpenNudgeCount {\n    openNudgeCount\n  }\n": types.OpenNudgeCountDocument,
    "\n  mutation SnoozeNudge($id: ID!, $input: SnoozeNudgeInput!) {\n    snoozeNudge(id: $id, input: $input) {\n      ...NudgeFields\n    }\n  }\n": types.SnoozeNudgeDocument,
    "\n  mutation DismissNudge($id: ID!) {\n    dismissNudge(id: $id) {\n      ...NudgeFields\n    }\n  }\n": types.DismissNudgeDocument,
    "\n  mutation RunNudgeSweep {\n    runNudgeSweep {\n      raised\n      resolved\n      readdressed\n    }\n  }\n": types.RunNudgeSweepDocument,
    "\n  subscription NudgesChanged {\n    nudgesChanged {\n      openCount\n      noLongerOpenIds\n      newlyOpen {\n        ...NudgeFields\n      }\n    }\n  }\n": types.NudgesChangedDocument,
    "\n  fragment PersonFields on Person {\n    id\n    name\n    email\n    title\n    status\n    isAdmin\n    level {\n      key\n    }\n    manager {\n      id\n      name\n    }\n    directReports {\n      id\n      name\n    }\n  }\n": types.PersonFieldsFragmentDoc,
    "\n  fragment LevelFields on Level {\n    id\n    key\n    name\n    track\n    rank\n    keywords\n  }\n": types.LevelFieldsFragmentDoc,
    "\n  fragment OrganizationFields on Organization {\n    id\n    name\n    practiceCadenceMonths\n    anonymityThreshold\n    timeZone\n  }\n": types.OrganizationFieldsFragmentDoc,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...PersonFields\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      id\n      name\n    }\n  }\n": types.LogInDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  query Me {\n    me {\n      ...PersonFields\n    }\n  }\n": types.MeDocument,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonFields\n    }\n  }\n": types.PersonDocument,
    "\n  query People($first: Int, $after: String, $search: String, $includeDeactivated: Boolean) {\n    people(first: $first, after: $after, search: $search, includeDeactivated: $includeDeactivated) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          status\n        }\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  query Levels {\n    levels {\n      ...LevelFields\n    }\n  }\n": types.LevelsDocument,
    "\n  query Organization {\n    organization {\n      ...OrganizationFields\n    }\n  }\n": types.OrganizationDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      ...OrganizationFields\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      url\n      expiresAt\n      emailed\n      person {\n        id\n        name\n        status\n      }\n    }\n  }\n": types.InvitePersonDocument,
    "\n  mutation ReissueInvitation($personId: ID!) {\n    reissueInvitation(personId: $personId) {\n      url\n      emailed\n      person {\n        id\n      }\n    }\n  }\n": types.ReissueInvitationDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      organizationName\n      name\n      email\n      expiresAt\n    }\n  }\n": types.InvitationDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      name\n      status\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      ...PersonFields\n    }\n  }\n": types.UpdatePersonDocument,
    "\n  mutation DeactivatePerson($id: ID!) {\n    deactivatePerson(id: $id) {\n      id\n      status\n    }\n  }\n": types.DeactivatePersonDocument,
    "\n  mutation ImportPeople($input: ImportPeopleInput!) {\n    importPeople(input: $input) {\n      applied\n      dryRun\n      created\n      updated\n      unchanged\n      rejected\n      rows {\n        line\n        email\n        name\n        outcome\n        messages\n      }\n    }\n  }\n": types.ImportPeopleDocument,
    "\n  mutation CreateLevel($input: CreateLevelInput!) {\n    createLevel(input: $input) {\n      ...LevelFields\n    }\n  }\n": types.CreateLevelDocument,
    "\n  mutation UpdateLevel($id: ID!, $input: UpdateLevelInput!) {\n    updateLevel(id: $id, input: $input) {\n      id\n      key\n      name\n      rank\n    }\n  }\n": types.UpdateLevelDocument,
    "\n  mutation DeleteLevel($id: ID!) {\n    deleteLevel(id: $id) {\n      id\n      key\n    }\n  }\n": types.DeleteLevelDocument,
    "\n  fragment OrgFiguresFields on OrgFigures {\n    people {\n      ...CountFields\n    }\n    peopleCovered {\n      ...CountFields\n    }\n    peopleWithDebriefsPending {\n      ...CountFields\n    }\n    peopleWithSatisfactionTalksSuggested {\n      ...CountFields\n    }\n    peopleWithOpenActionItems {\n      ...CountFields\n    }\n    peopleWithOverdueActionItems {\n      ...CountFields\n    }\n    quarters {\n      quarter\n      startsOn\n      endsOn\n      current\n      peopleCovered {\n        ...CountFields\n      }\n      peopleSharingRoles {\n        ...CountFields\n      }\n      peopleSharingRolesByStretch {\n        stepUp {\n          ...CountFields\n        }\n        sameLevel {\n          ...CountFields\n        }\n        stepDown {\n          ...CountFields\n        }\n        unrated {\n          ...CountFields\n        }\n      }\n      peopleInterviewed {\n        ...CountFields\n      }\n      peopleDebriefed {\n        ...CountFields\n      }\n      peopleInSatisfactionTalks {\n        ...CountFields\n      }\n    }\n  }\n": types.OrgFiguresFieldsFragmentDoc,
    "\n  query OrgDashboard {\n    orgDashboard {\n      asOf\n      timeZone\n      threshold\n      teams {\n        managerId\n        managerName\n        parentManagerId\n        yours\n        figures {\n          ...OrgFiguresFields\n        }\n      }\n      total {\n        ...OrgFiguresFields\n      }\n    }\n  }\n": types.OrgDashboardDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  fragment EarlierRecordSharingFields on EarlierRecordSharing {\n    sharedWithCurrentManager\n    earlierRecordCount\n    history {\n      id\n      startedAt\n      endedAt\n      endedReason\n      active\n      manager {\n        id\n        name\n      }\n    }\n  }\n": types.EarlierRecordSharingFieldsFragmentDoc,
    "\n  query EarlierRecordSharing {\n    earlierRecordSharing {\n      ...EarlierRecordSharingFields\n    }\n  }\n": types.EarlierRecordSharingDocument,
    "\n  mutation ShareEarlierRecords {\n    shareEarlierRecords {\n      ...EarlierRecordSharingFields\n    }\n  }\n": types.ShareEarlierRecordsDocument,
    "\n  mutation StopSharingEarlierRecords {\n    stopSharingEarlierRecords {\n      ...EarlierRecordSharingFields\n    }\n  }\n": types.StopSharingEarlierRecordsDocument,
    "\n  mutation DeleteDebrief($id: ID!) {\n    deleteDebrief(id: $id)\n  }\n": types.DeleteDebriefDocument,
    "\n  mutation UpdateConversation($id: ID!, $input: UpdateConversationInput!) {\n    updateConversation(id: $id, input: $input) {\n      id\n      kind\n      heldOn\n      notes\n      answers {\n        questionKey\n        answer\n      }\n      role {\n        id\n      }\n    }\n  }\n": types.UpdateConversationDocument,
    "\n  mutation DeleteConversation($id: ID!) {\n    deleteConversation(id: $id)\n  }\n": types.DeleteConversationDocument,
    "\n  mutation UpdateActionItem($id: ID!, $input: UpdateActionItemInput!) {\n    updateActionItem(id: $id, input: $input) {\n      id\n      text\n      dueOn\n      writtenByYou\n    }\n  }\n": types.UpdateActionItemDocument,
    "\n  mutation DeleteActionItem($id: ID!) {\n    deleteActionItem(id: $id)\n  }\n": types.DeleteActionItemDocument,
    "\n  query RecordActionItems($id: ID!) {\n    debrief(id: $id) {\n      id\n      actionItems {\n        id\n        text\n        writtenByYou\n      }\n    }\n  }\n": types.RecordActionItemsDocument,
    "\n  query MyActionItemsWithAuthor {\n    myActionItems(status: ALL) {\n      id\n      text\n      writtenByYou\n      report {\n        id\n        name\n      }\n    }\n  }\n": types.MyActionItemsWithAuthorDocument,
    "\n  query PeopleAndTheirTeams($first: Int!) {\n    people(first: $first) {\n      edges {\n        node {\n          directReports {\n            directReports {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PeopleAndTheirTeamsDocument,
    "\n  fragment RoleSummaryPathFields on RoleSummary {\n    id\n    title\n    company\n    isShared\n    sharedAt\n    unread\n    viewerRelation\n    stretch\n    level {\n      key\n    }\n    owner {\n      id\n    }\n  }\n": types.RoleSummaryPathFieldsFragmentDoc,
    "\n  query InboxSummaries {\n    sharedWithMe(first: 100) {\n      edges {\n        node {\n          ...RoleSummaryPathFields\n        }\n      }\n    }\n  }\n": types.InboxSummariesDocument,
    "\n  query DebriefRole($id: ID!) {\n    debrief(id: $id) {\n      id\n      role {\n        ...RoleSummaryPathFields\n      }\n    }\n  }\n": types.DebriefRoleDocument,
    "\n  query ConversationRole($id: ID!) {\n    conversation(id: $id) {\n      id\n      role {\n        ...RoleSummaryPathFields\n      }\n    }\n  }\n": types.ConversationRoleDocument,
    "\n  query RoleAccessLog($id: ID!) {\n    interestingRole(id: $id) {\n      id\n      views {\n        viewedAt\n        viewer {\n          id\n        }\n      }\n    }\n  }\n": types.RoleAccessLogDocument,
    "\n  query RoleSummaryType {\n    __type(name: \"RoleSummary\") {\n      fields {\n        name\n      }\n    }\n  }\n": types.RoleSummaryTypeDocument,
    "\n  fragment RoleFields on InterestingRole {\n    id\n    title\n    company\n    location\n    remote\n    description\n    source\n    outcome\n    isShared\n    sharedAt\n    shareMessage\n    viewerRelation\n    levelSource\n    levelConfidence\n    level {\n      key\n    }\n    stretch\n    trackChange\n    satisfactionConversationSuggested\n    checklist {\n      toldNotLooking\n      myWhy\n      whyTheyReachedOut\n      jobDescriptionReceived\n      whatWouldItTake\n      whatWouldItTakeShared\n      nothingWouldMakeMeMove\n    }\n    salary {\n      min\n      max\n      currency\n      unit\n    }\n    employmentTypes\n    owner {\n      id\n      name\n    }\n    levelSetBy {\n      name\n    }\n  }\n": types.RoleFieldsFragmentDoc,
    "\n  mutation CreateInterestingRole($input: CreateInterestingRoleInput!) {\n    createInterestingRole(input: $input) {\n      ...RoleFields\n    }\n  }\n": types.CreateInterestingRoleDocument,
    "\n  mutation UpdateInterestingRole($id: ID!, $input: UpdateInterestingRoleInput!) {\n    updateInterestingRole(id: $id, input: $input) {\n      ...RoleFields\n    }\n  }\n": types.UpdateInterestingRoleDocument,
    "\n  mutation DeleteInterestingRole($id: ID!) {\n    deleteInterestingRole(id: $id)\n  }\n": types.DeleteInterestingRoleDocument,
    "\n  mutation ImportJobPosting($input: ImportJobPostingInput!) {\n    importJobPosting(input: $input) {\n      source\n      title\n      company\n      location\n      remote\n      workplace\n      description\n      url\n      salary {\n        min\n        max\n        currency\n        unit\n      }\n      employmentTypes\n      datePosted\n      validThrough\n      fieldsFound\n      warnings\n      suggestedLevelKey\n    }\n  }\n": types.ImportJobPostingDocument,
    "\n  mutation ImportPostingFromUrl($input: ImportPostingFromUrlInput!) {\n    importPostingFromUrl(input: $input) {\n      source\n      title\n      company\n      location\n      remote\n      workplace\n      url\n      employmentTypes\n      description\n      fieldsFound\n      warnings\n      suggestedLevelKey\n    }\n  }\n": types.ImportPostingFromUrlDocument,
    "\n  mutation ShareInterestingRole($id: ID!, $message: String) {\n    shareInterestingRole(id: $id, message: $message) {\n      ...RoleFields\n    }\n  }\n": types.ShareInterestingRoleDocument,
    "\n  mutation RevokeInterestingRoleShare($id: ID!) {\n    revokeInterestingRoleShare(id: $id) {\n      ...RoleFields\n    }\n  }\n": types.RevokeInterestingRoleShareDocument,
    "\n  mutation SetInterestingRoleLevel($id: ID!, $levelKey: String) {\n    setInterestingRoleLevel(id: $id, levelKey: $levelKey) {\n      ...RoleFields\n    }\n  }\n": types.SetInterestingRoleLevelDocument,
    "\n  mutation AddInterview($roleId: ID!, $input: AddInterviewInput!) {\n    addInterview(roleId: $roleId, input: $input) {\n      id\n      heldOn\n      kind\n      notes\n    }\n  }\n": types.AddInterviewDocument,
    "\n  mutation RemoveInterview($id: ID!) {\n    removeInterview(id: $id)\n  }\n": types.RemoveInterviewDocument,
    "\n  mutation CommentOnInterestingRole($id: ID!, $body: String!) {\n    commentOnInterestingRole(id: $id, body: $body) {\n      id\n      body\n      author {\n        name\n      }\n    }\n  }\n": types.CommentOnInterestingRoleDocument,
    "\n  query InterestingRole($id: ID!) {\n    interestingRole(id: $id) {\n      ...RoleFields\n      interviews {\n        id\n        heldOn\n        kind\n      }\n      comments {\n        body\n        author {\n          name\n        }\n      }\n      views {\n        viewer {\n          name\n        }\n        viewedAt\n      }\n    }\n  }\n": types.InterestingRoleDocument,
    "\n  query MyInterestingRoles {\n    myInterestingRoles(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.MyInterestingRolesDocument,
    "\n  query SharedWithMe($first: Int) {\n    sharedWithMe(first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          stretch\n          trackChange\n          satisfactionConversationSuggested\n          company\n          isShared\n          sharedAt\n          unread\n          viewerRelation\n          owner {\n            id\n            name\n            level {\n              key\n            }\n          }\n          level {\n            key\n            name\n          }\n        }\n      }\n    }\n  }\n": types.SharedWithMeDocument,
    "\n  query SharedWithMeFiltered($first: Int, $after: String, $ownerId: ID, $stretch: StretchTag) {\n    sharedWithMe(first: $first, after: $after, ownerId: $ownerId, stretch: $stretch) {\n      totalCount\n      newCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          company\n          outcome\n          stretch\n          sharedAt\n          unread\n          owner {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.SharedWithMeFilteredDocument,
    "\n  mutation EditRoleComment($id: ID!, $body: String!) {\n    editRoleComment(id: $id, body: $body) {\n      id\n      body\n      createdAt\n      editedAt\n    }\n  }\n": types.EditRoleCommentDocument,
    "\n  mutation DeleteRoleComment($id: ID!) {\n    deleteRoleComment(id: $id)\n  }\n": types.DeleteRoleCommentDocument,
    "\n  query ExportMyData {\n    exportMyData\n  }\n": types.ExportMyDataDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      signedInAt\n      lastUsedAt\n      expiresAt\n      device\n      current\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n": types.EndSessionDocument,
    "\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n": types.EndOtherSessionsDocument,
    "\n  query SharedWithMeWalk($first: Int, $after: String) {\n    sharedWithMe(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          sharedAt\n        }\n      }\n    }\n  }\n": types.SharedWithMeWalkDocument,
    "\n  query TeamWithReportingLines {\n    me {\n      id\n      name\n      level {\n        key\n        name\n      }\n      manager {\n        name\n        level {\n          key\n        }\n      }\n      directReports {\n        id\n        name\n        title\n        level {\n          key\n          name\n          rank\n        }\n        manager {\n          id\n          name\n        }\n        directReports {\n          id\n          name\n          level {\n            key\n          }\n        }\n      }\n    }\n  }\n": types.TeamWithReportingLinesDocument,
    "\n  query PeopleWithRelations($first: Int, $after: String, $search: String, $includeDeactivated: Boolean) {\n    people(first: $first, after: $after, search: $search, includeDeactivated: $includeDeactivated) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          status\n          level {\n            key\n          }\n          manager {\n            name\n          }\n          directReports {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.PeopleWithRelationsDocument,
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
export function graphql(source: "\n  fragment CountFields on PeopleCount {\n    ... on ShownCount {\n      value\n    }\n    ... on Suppressed {\n      threshold\n    }\n  }\n"): (typeof documents)["\n  fragment CountFields on PeopleCount {\n    ... on ShownCount {\n      value\n    }\n    ... on Suppressed {\n      threshold\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeasureFields on PeopleMeasure {\n    ... on ShownMeasure {\n      value\n    }\n    ... on Suppressed {\n      threshold\n    }\n  }\n"): (typeof documents)["\n  fragment MeasureFields on PeopleMeasure {\n    ... on ShownMeasure {\n      value\n    }\n    ... on Suppressed {\n      threshold\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StretchFields on StretchBreakdown {\n    total {\n      ...CountFields\n    }\n    parts {\n      stretch\n      count {\n        ...CountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment StretchFields on StretchBreakdown {\n    total {\n      ...CountFields\n    }\n    parts {\n      stretch\n      count {\n        ...CountFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoverageFields on TeamCoverage {\n    asOf\n    team {\n      ...CountFields\n    }\n    covered {\n      ...CountFields\n    }\n    share {\n      ...MeasureFields\n    }\n  }\n"): (typeof documents)["\n  fragment CoverageFields on TeamCoverage {\n    asOf\n    team {\n      ...CountFields\n    }\n    covered {\n      ...CountFields\n    }\n    share {\n      ...MeasureFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityFields on TeamActivity {\n    startsOn\n    endsOn\n    rolesShared {\n      ...StretchFields\n    }\n    interviews {\n      ...CountFields\n    }\n    debriefsHeld {\n      ...CountFields\n    }\n    medianDaysToDebrief {\n      ...MeasureFields\n    }\n    satisfactionConversations {\n      ...CountFields\n    }\n  }\n"): (typeof documents)["\n  fragment ActivityFields on TeamActivity {\n    startsOn\n    endsOn\n    rolesShared {\n      ...StretchFields\n    }\n    interviews {\n      ...CountFields\n    }\n    debriefsHeld {\n      ...CountFields\n    }\n    medianDaysToDebrief {\n      ...MeasureFields\n    }\n    satisfactionConversations {\n      ...CountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamDashboard {\n    teamDashboard {\n      asOf\n      timeZone\n      coverage {\n        ...CoverageFields\n      }\n      debriefsPending {\n        ...CountFields\n      }\n      satisfactionTalksSuggested {\n        ...CountFields\n      }\n      openActionItems {\n        ...CountFields\n      }\n      overdueActionItems {\n        ...CountFields\n      }\n      lastTwelveMonths {\n        ...ActivityFields\n      }\n      quarters {\n        quarter\n        current\n        coverage {\n          ...CoverageFields\n        }\n        activity {\n          ...ActivityFields\n        }\n      }\n      reports {\n        person {\n          id\n          name\n        }\n        practice {\n          dueOn\n          covered\n          state\n        }\n        rolesShared\n        debriefsPending\n        satisfactionTalksSuggested\n        openActionItems\n        overdueActionItems\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamDashboard {\n    teamDashboard {\n      asOf\n      timeZone\n      coverage {\n        ...CoverageFields\n      }\n      debriefsPending {\n        ...CountFields\n      }\n      satisfactionTalksSuggested {\n        ...CountFields\n      }\n      openActionItems {\n        ...CountFields\n      }\n      overdueActionItems {\n        ...CountFields\n      }\n      lastTwelveMonths {\n        ...ActivityFields\n      }\n      quarters {\n        quarter\n        current\n        coverage {\n          ...CoverageFields\n        }\n        activity {\n          ...ActivityFields\n        }\n      }\n      reports {\n        person {\n          id\n          name\n        }\n        practice {\n          dueOn\n          covered\n          state\n        }\n        rolesShared\n        debriefsPending\n        satisfactionTalksSuggested\n        openActionItems\n        overdueActionItems\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutsidePerspective($months: Int, $scope: OutsidePerspectiveScope) {\n    outsidePerspective(months: $months, scope: $scope) {\n      scope\n      scopes\n      since\n      debriefs {\n        ...CountFields\n      }\n      people {\n        ...CountFields\n      }\n      stageKinds {\n        kind\n        debriefs {\n          ...CountFields\n        }\n      }\n      processes {\n        stages\n        debriefs {\n          ...CountFields\n        }\n      }\n      stageCounts {\n        stages\n        debriefs {\n          ...CountFields\n        }\n      }\n      themes {\n        theme\n        debriefs {\n          ...CountFields\n        }\n      }\n      candidateExperience {\n        aspect\n        average {\n          ...MeasureFields\n        }\n        ratings {\n          ...CountFields\n        }\n      }\n      levelReadings {\n        ...StretchFields\n      }\n      companies {\n        threshold\n        named {\n          name\n          debriefs {\n            ...CountFields\n          }\n          people {\n            ...CountFields\n          }\n        }\n        others {\n          debriefs {\n            ...CountFields\n          }\n          people {\n            ...CountFields\n          }\n        }\n        unknown {\n          ...CountFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OutsidePerspective($months: Int, $scope: OutsidePerspectiveScope) {\n    outsidePerspective(months: $months, scope: $scope) {\n      scope\n      scopes\n      since\n      debriefs {\n        ...CountFields\n      }\n      people {\n        ...CountFields\n      }\n      stageKinds {\n        kind\n        debriefs {\n          ...CountFields\n        }\n      }\n      processes {\n        stages\n        debriefs {\n          ...CountFields\n        }\n      }\n      stageCounts {\n        stages\n        debriefs {\n          ...CountFields\n        }\n      }\n      themes {\n        theme\n        debriefs {\n          ...CountFields\n        }\n      }\n      candidateExperience {\n        aspect\n        average {\n          ...MeasureFields\n        }\n        ratings {\n          ...CountFields\n        }\n      }\n      levelReadings {\n        ...StretchFields\n      }\n      companies {\n        threshold\n        named {\n          name\n          debriefs {\n            ...CountFields\n          }\n          people {\n            ...CountFields\n          }\n        }\n        others {\n          debriefs {\n            ...CountFields\n          }\n          people {\n            ...CountFields\n          }\n        }\n        unknown {\n          ...CountFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoTeam {\n    me {\n      directReports {\n        name\n        practiceStatus {\n          state\n          covered\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DemoTeam {\n    me {\n      directReports {\n        name\n        practiceStatus {\n          state\n          covered\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoRoles {\n    myInterestingRoles {\n      edges {\n        node {\n          title\n          stretch\n          isShared\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DemoRoles {\n    myInterestingRoles {\n      edges {\n        node {\n          title\n          stretch\n          isShared\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoInbox {\n    sharedWithMe(first: 100) {\n      edges {\n        node {\n          stretch\n          satisfactionConversationSuggested\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DemoInbox {\n    sharedWithMe(first: 100) {\n      edges {\n        node {\n          stretch\n          satisfactionConversationSuggested\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DebriefFields on Debrief {\n    id\n    heldOn\n    wentWell\n    couldBeBetter\n    thirdPartyFeedback\n    assessedLevelLabel\n    outcome\n    stages\n    stageCount\n    themes\n    ratings {\n      startedOnTime\n      roleClearlyExplained\n      interviewersPrepared\n      treatedWithRespect\n      challenging\n    }\n    assessedLevel {\n      key\n    }\n    externalReading\n    report {\n      id\n      name\n      level {\n        key\n      }\n    }\n    heldBy {\n      name\n    }\n    role {\n      id\n      title\n    }\n    actionItems {\n      id\n      owner\n      text\n      dueOn\n      done\n    }\n  }\n"): (typeof documents)["\n  fragment DebriefFields on Debrief {\n    id\n    heldOn\n    wentWell\n    couldBeBetter\n    thirdPartyFeedback\n    assessedLevelLabel\n    outcome\n    stages\n    stageCount\n    themes\n    ratings {\n      startedOnTime\n      roleClearlyExplained\n      interviewersPrepared\n      treatedWithRespect\n      challenging\n    }\n    assessedLevel {\n      key\n    }\n    externalReading\n    report {\n      id\n      name\n      level {\n        key\n      }\n    }\n    heldBy {\n      name\n    }\n    role {\n      id\n      title\n    }\n    actionItems {\n      id\n      owner\n      text\n      dueOn\n      done\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConversationFields on Conversation {\n    id\n    kind\n    heldOn\n    notes\n    answers {\n      questionKey\n      prompt\n      answer\n    }\n    report {\n      id\n    }\n    heldBy {\n      name\n    }\n    role {\n      id\n      title\n    }\n    actionItems {\n      id\n      owner\n      text\n      done\n    }\n  }\n"): (typeof documents)["\n  fragment ConversationFields on Conversation {\n    id\n    kind\n    heldOn\n    notes\n    answers {\n      questionKey\n      prompt\n      answer\n    }\n    report {\n      id\n    }\n    heldBy {\n      name\n    }\n    role {\n      id\n      title\n    }\n    actionItems {\n      id\n      owner\n      text\n      done\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PracticeStatusFields on PracticeStatus {\n    lastPracticeOn\n    dueOn\n    covered\n    state\n  }\n"): (typeof documents)["\n  fragment PracticeStatusFields on PracticeStatus {\n    lastPracticeOn\n    dueOn\n    covered\n    state\n  }\n"];
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
export function graphql(source: "\n  query Debriefs($reportId: ID!) {\n    debriefs(reportId: $reportId) {\n      ...DebriefFields\n    }\n  }\n"): (typeof documents)["\n  query Debriefs($reportId: ID!) {\n    debriefs(reportId: $reportId) {\n      ...DebriefFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Debrief($id: ID!) {\n    debrief(id: $id) {\n      ...DebriefFields\n    }\n  }\n"): (typeof documents)["\n  query Debrief($id: ID!) {\n    debrief(id: $id) {\n      ...DebriefFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HoldConversation($input: HoldConversationInput!) {\n    holdConversation(input: $input) {\n      ...ConversationFields\n    }\n  }\n"): (typeof documents)["\n  mutation HoldConversation($input: HoldConversationInput!) {\n    holdConversation(input: $input) {\n      ...ConversationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversations($reportId: ID!, $kind: ConversationKind) {\n    conversations(reportId: $reportId, kind: $kind) {\n      ...ConversationFields\n    }\n  }\n"): (typeof documents)["\n  query Conversations($reportId: ID!, $kind: ConversationKind) {\n    conversations(reportId: $reportId, kind: $kind) {\n      ...ConversationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      ...ConversationFields\n    }\n  }\n"): (typeof documents)["\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      ...ConversationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationAgendas {\n    conversationAgendas {\n      kind\n      title\n      questions {\n        key\n        prompt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConversationAgendas {\n    conversationAgendas {\n      kind\n      title\n      questions {\n        key\n        prompt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddActionItem($input: AddActionItemInput!) {\n    addActionItem(input: $input) {\n      id\n      owner\n      text\n      dueOn\n      done\n      report {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddActionItem($input: AddActionItemInput!) {\n    addActionItem(input: $input) {\n      id\n      owner\n      text\n      dueOn\n      done\n      report {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteActionItem($id: ID!) {\n    completeActionItem(id: $id) {\n      id\n      done\n      doneAt\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteActionItem($id: ID!) {\n    completeActionItem(id: $id) {\n      id\n      done\n      doneAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenActionItem($id: ID!) {\n    reopenActionItem(id: $id) {\n      id\n      done\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenActionItem($id: ID!) {\n    reopenActionItem(id: $id) {\n      id\n      done\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyActionItems($status: ActionItemStatus) {\n    myActionItems(status: $status) {\n      id\n      text\n      done\n      owner\n      report {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyActionItems($status: ActionItemStatus) {\n    myActionItems(status: $status) {\n      id\n      text\n      done\n      owner\n      report {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionItems($reportId: ID!, $status: ActionItemStatus) {\n    actionItems(reportId: $reportId, status: $status) {\n      id\n      text\n      done\n    }\n  }\n"): (typeof documents)["\n  query ActionItems($reportId: ID!, $status: ActionItemStatus) {\n    actionItems(reportId: $reportId, status: $status) {\n      id\n      text\n      done\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportPracticeStatus($reportId: ID!) {\n    practiceStatus(reportId: $reportId) {\n      ...PracticeStatusFields\n    }\n  }\n"): (typeof documents)["\n  query ReportPracticeStatus($reportId: ID!) {\n    practiceStatus(reportId: $reportId) {\n      ...PracticeStatusFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonPracticeStatus($id: ID!) {\n    person(id: $id) {\n      id\n      practiceStatus {\n        ...PracticeStatusFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonPracticeStatus($id: ID!) {\n    person(id: $id) {\n      id\n      practiceStatus {\n        ...PracticeStatusFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamPracticeStatus {\n    me {\n      id\n      directReports {\n        id\n        name\n        title\n        level {\n          key\n        }\n        practiceStatus {\n          ...PracticeStatusFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamPracticeStatus {\n    me {\n      id\n      directReports {\n        id\n        name\n        title\n        level {\n          key\n        }\n        practiceStatus {\n          ...PracticeStatusFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyInterestingRolesPage($first: Int, $after: String) {\n    myInterestingRoles(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n      }\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyInterestingRolesPage($first: Int, $after: String) {\n    myInterestingRoles(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n      }\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedWithMePage($first: Int, $after: String) {\n    sharedWithMe(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n      }\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SharedWithMePage($first: Int, $after: String) {\n    sharedWithMe(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n      }\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotificationSettings {\n    myNotificationSettings {\n      emailEnabled\n      delivery\n      kinds {\n        kind\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNotificationSettings {\n    myNotificationSettings {\n      emailEnabled\n      delivery\n      kinds {\n        kind\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateMyNotificationSettings(input: $input) {\n      emailEnabled\n      delivery\n      kinds {\n        kind\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateMyNotificationSettings(input: $input) {\n      emailEnabled\n      delivery\n      kinds {\n        kind\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NudgeFields on Nudge {\n    id\n    kind\n    status\n    reportName\n    roleTitle\n    dueOn\n    raisedAt\n    resolvedAt\n    snoozedUntil\n    report {\n      id\n    }\n    target {\n      action\n      reportId\n      roleId\n      conversationKind\n    }\n  }\n"): (typeof documents)["\n  fragment NudgeFields on Nudge {\n    id\n    kind\n    status\n    reportName\n    roleTitle\n    dueOn\n    raisedAt\n    resolvedAt\n    snoozedUntil\n    report {\n      id\n    }\n    target {\n      action\n      reportId\n      roleId\n      conversationKind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNudges($status: NudgeStatus, $first: Int, $after: String) {\n    myNudges(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NudgeFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNudges($status: NudgeStatus, $first: Int, $after: String) {\n    myNudges(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NudgeFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenNudgeCount {\n    openNudgeCount\n  }\n"): (typeof documents)["\n  query OpenNudgeCount {\n    openNudgeCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SnoozeNudge($id: ID!, $input: SnoozeNudgeInput!) {\n    snoozeNudge(id: $id, input: $input) {\n      ...NudgeFields\n    }\n  }\n"): (typeof documents)["\n  mutation SnoozeNudge($id: ID!, $input: SnoozeNudgeInput!) {\n    snoozeNudge(id: $id, input: $input) {\n      ...NudgeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissNudge($id: ID!) {\n    dismissNudge(id: $id) {\n      ...NudgeFields\n    }\n  }\n"): (typeof documents)["\n  mutation DismissNudge($id: ID!) {\n    dismissNudge(id: $id) {\n      ...NudgeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunNudgeSweep {\n    runNudgeSweep {\n      raised\n      resolved\n      readdressed\n    }\n  }\n"): (typeof documents)["\n  mutation RunNudgeSweep {\n    runNudgeSweep {\n      raised\n      resolved\n      readdressed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NudgesChanged {\n    nudgesChanged {\n      openCount\n      noLongerOpenIds\n      newlyOpen {\n        ...NudgeFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription NudgesChanged {\n    nudgesChanged {\n      openCount\n      noLongerOpenIds\n      newlyOpen {\n        ...NudgeFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonFields on Person {\n    id\n    name\n    email\n    title\n    status\n    isAdmin\n    level {\n      key\n    }\n    manager {\n      id\n      name\n    }\n    directReports {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PersonFields on Person {\n    id\n    name\n    email\n    title\n    status\n    isAdmin\n    level {\n      key\n    }\n    manager {\n      id\n      name\n    }\n    directReports {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LevelFields on Level {\n    id\n    key\n    name\n    track\n    rank\n    keywords\n  }\n"): (typeof documents)["\n  fragment LevelFields on Level {\n    id\n    key\n    name\n    track\n    rank\n    keywords\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationFields on Organization {\n    id\n    name\n    practiceCadenceMonths\n    anonymityThreshold\n    timeZone\n  }\n"): (typeof documents)["\n  fragment OrganizationFields on Organization {\n    id\n    name\n    practiceCadenceMonths\n    anonymityThreshold\n    timeZone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut\n  }\n"): (typeof documents)["\n  mutation LogOut {\n    logOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People($first: Int, $after: String, $search: String, $includeDeactivated: Boolean) {\n    people(first: $first, after: $after, search: $search, includeDeactivated: $includeDeactivated) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query People($first: Int, $after: String, $search: String, $includeDeactivated: Boolean) {\n    people(first: $first, after: $after, search: $search, includeDeactivated: $includeDeactivated) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Levels {\n    levels {\n      ...LevelFields\n    }\n  }\n"): (typeof documents)["\n  query Levels {\n    levels {\n      ...LevelFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organization {\n    organization {\n      ...OrganizationFields\n    }\n  }\n"): (typeof documents)["\n  query Organization {\n    organization {\n      ...OrganizationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      ...OrganizationFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      ...OrganizationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      url\n      expiresAt\n      emailed\n      person {\n        id\n        name\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      url\n      expiresAt\n      emailed\n      person {\n        id\n        name\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReissueInvitation($personId: ID!) {\n    reissueInvitation(personId: $personId) {\n      url\n      emailed\n      person {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReissueInvitation($personId: ID!) {\n    reissueInvitation(personId: $personId) {\n      url\n      emailed\n      person {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      organizationName\n      name\n      email\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      organizationName\n      name\n      email\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      name\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      name\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivatePerson($id: ID!) {\n    deactivatePerson(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivatePerson($id: ID!) {\n    deactivatePerson(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPeople($input: ImportPeopleInput!) {\n    importPeople(input: $input) {\n      applied\n      dryRun\n      created\n      updated\n      unchanged\n      rejected\n      rows {\n        line\n        email\n        name\n        outcome\n        messages\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportPeople($input: ImportPeopleInput!) {\n    importPeople(input: $input) {\n      applied\n      dryRun\n      created\n      updated\n      unchanged\n      rejected\n      rows {\n        line\n        email\n        name\n        outcome\n        messages\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLevel($input: CreateLevelInput!) {\n    createLevel(input: $input) {\n      ...LevelFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLevel($input: CreateLevelInput!) {\n    createLevel(input: $input) {\n      ...LevelFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLevel($id: ID!, $input: UpdateLevelInput!) {\n    updateLevel(id: $id, input: $input) {\n      id\n      key\n      name\n      rank\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLevel($id: ID!, $input: UpdateLevelInput!) {\n    updateLevel(id: $id, input: $input) {\n      id\n      key\n      name\n      rank\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLevel($id: ID!) {\n    deleteLevel(id: $id) {\n      id\n      key\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteLevel($id: ID!) {\n    deleteLevel(id: $id) {\n      id\n      key\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrgFiguresFields on OrgFigures {\n    people {\n      ...CountFields\n    }\n    peopleCovered {\n      ...CountFields\n    }\n    peopleWithDebriefsPending {\n      ...CountFields\n    }\n    peopleWithSatisfactionTalksSuggested {\n      ...CountFields\n    }\n    peopleWithOpenActionItems {\n      ...CountFields\n    }\n    peopleWithOverdueActionItems {\n      ...CountFields\n    }\n    quarters {\n      quarter\n      startsOn\n      endsOn\n      current\n      peopleCovered {\n        ...CountFields\n      }\n      peopleSharingRoles {\n        ...CountFields\n      }\n      peopleSharingRolesByStretch {\n        stepUp {\n          ...CountFields\n        }\n        sameLevel {\n          ...CountFields\n        }\n        stepDown {\n          ...CountFields\n        }\n        unrated {\n          ...CountFields\n        }\n      }\n      peopleInterviewed {\n        ...CountFields\n      }\n      peopleDebriefed {\n        ...CountFields\n      }\n      peopleInSatisfactionTalks {\n        ...CountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OrgFiguresFields on OrgFigures {\n    people {\n      ...CountFields\n    }\n    peopleCovered {\n      ...CountFields\n    }\n    peopleWithDebriefsPending {\n      ...CountFields\n    }\n    peopleWithSatisfactionTalksSuggested {\n      ...CountFields\n    }\n    peopleWithOpenActionItems {\n      ...CountFields\n    }\n    peopleWithOverdueActionItems {\n      ...CountFields\n    }\n    quarters {\n      quarter\n      startsOn\n      endsOn\n      current\n      peopleCovered {\n        ...CountFields\n      }\n      peopleSharingRoles {\n        ...CountFields\n      }\n      peopleSharingRolesByStretch {\n        stepUp {\n          ...CountFields\n        }\n        sameLevel {\n          ...CountFields\n        }\n        stepDown {\n          ...CountFields\n        }\n        unrated {\n          ...CountFields\n        }\n      }\n      peopleInterviewed {\n        ...CountFields\n      }\n      peopleDebriefed {\n        ...CountFields\n      }\n      peopleInSatisfactionTalks {\n        ...CountFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgDashboard {\n    orgDashboard {\n      asOf\n      timeZone\n      threshold\n      teams {\n        managerId\n        managerName\n        parentManagerId\n        yours\n        figures {\n          ...OrgFiguresFields\n        }\n      }\n      total {\n        ...OrgFiguresFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgDashboard {\n    orgDashboard {\n      asOf\n      timeZone\n      threshold\n      teams {\n        managerId\n        managerName\n        parentManagerId\n        yours\n        figures {\n          ...OrgFiguresFields\n        }\n      }\n      total {\n        ...OrgFiguresFields\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment EarlierRecordSharingFields on EarlierRecordSharing {\n    sharedWithCurrentManager\n    earlierRecordCount\n    history {\n      id\n      startedAt\n      endedAt\n      endedReason\n      active\n      manager {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EarlierRecordSharingFields on EarlierRecordSharing {\n    sharedWithCurrentManager\n    earlierRecordCount\n    history {\n      id\n      startedAt\n      endedAt\n      endedReason\n      active\n      manager {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EarlierRecordSharing {\n    earlierRecordSharing {\n      ...EarlierRecordSharingFields\n    }\n  }\n"): (typeof documents)["\n  query EarlierRecordSharing {\n    earlierRecordSharing {\n      ...EarlierRecordSharingFields\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation DeleteDebrief($id: ID!) {\n    deleteDebrief(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteDebrief($id: ID!) {\n    deleteDebrief(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateConversation($id: ID!, $input: UpdateConversationInput!) {\n    updateConversation(id: $id, input: $input) {\n      id\n      kind\n      heldOn\n      notes\n      answers {\n        questionKey\n        answer\n      }\n      role {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateConversation($id: ID!, $input: UpdateConversationInput!) {\n    updateConversation(id: $id, input: $input) {\n      id\n      kind\n      heldOn\n      notes\n      answers {\n        questionKey\n        answer\n      }\n      role {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteConversation($id: ID!) {\n    deleteConversation(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteConversation($id: ID!) {\n    deleteConversation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActionItem($id: ID!, $input: UpdateActionItemInput!) {\n    updateActionItem(id: $id, input: $input) {\n      id\n      text\n      dueOn\n      writtenByYou\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateActionItem($id: ID!, $input: UpdateActionItemInput!) {\n    updateActionItem(id: $id, input: $input) {\n      id\n      text\n      dueOn\n      writtenByYou\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteActionItem($id: ID!) {\n    deleteActionItem(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteActionItem($id: ID!) {\n    deleteActionItem(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordActionItems($id: ID!) {\n    debrief(id: $id) {\n      id\n      actionItems {\n        id\n        text\n        writtenByYou\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecordActionItems($id: ID!) {\n    debrief(id: $id) {\n      id\n      actionItems {\n        id\n        text\n        writtenByYou\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyActionItemsWithAuthor {\n    myActionItems(status: ALL) {\n      id\n      text\n      writtenByYou\n      report {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyActionItemsWithAuthor {\n    myActionItems(status: ALL) {\n      id\n      text\n      writtenByYou\n      report {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleAndTheirTeams($first: Int!) {\n    people(first: $first) {\n      edges {\n        node {\n          directReports {\n            directReports {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleAndTheirTeams($first: Int!) {\n    people(first: $first) {\n      edges {\n        node {\n          directReports {\n            directReports {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoleSummaryPathFields on RoleSummary {\n    id\n    title\n    company\n    isShared\n    sharedAt\n    unread\n    viewerRelation\n    stretch\n    level {\n      key\n    }\n    owner {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment RoleSummaryPathFields on RoleSummary {\n    id\n    title\n    company\n    isShared\n    sharedAt\n    unread\n    viewerRelation\n    stretch\n    level {\n      key\n    }\n    owner {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxSummaries {\n    sharedWithMe(first: 100) {\n      edges {\n        node {\n          ...RoleSummaryPathFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InboxSummaries {\n    sharedWithMe(first: 100) {\n      edges {\n        node {\n          ...RoleSummaryPathFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DebriefRole($id: ID!) {\n    debrief(id: $id) {\n      id\n      role {\n        ...RoleSummaryPathFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DebriefRole($id: ID!) {\n    debrief(id: $id) {\n      id\n      role {\n        ...RoleSummaryPathFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationRole($id: ID!) {\n    conversation(id: $id) {\n      id\n      role {\n        ...RoleSummaryPathFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConversationRole($id: ID!) {\n    conversation(id: $id) {\n      id\n      role {\n        ...RoleSummaryPathFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleAccessLog($id: ID!) {\n    interestingRole(id: $id) {\n      id\n      views {\n        viewedAt\n        viewer {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoleAccessLog($id: ID!) {\n    interestingRole(id: $id) {\n      id\n      views {\n        viewedAt\n        viewer {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleSummaryType {\n    __type(name: \"RoleSummary\") {\n      fields {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoleSummaryType {\n    __type(name: \"RoleSummary\") {\n      fields {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoleFields on InterestingRole {\n    id\n    title\n    company\n    location\n    remote\n    description\n    source\n    outcome\n    isShared\n    sharedAt\n    shareMessage\n    viewerRelation\n    levelSource\n    levelConfidence\n    level {\n      key\n    }\n    stretch\n    trackChange\n    satisfactionConversationSuggested\n    checklist {\n      toldNotLooking\n      myWhy\n      whyTheyReachedOut\n      jobDescriptionReceived\n      whatWouldItTake\n      whatWouldItTakeShared\n      nothingWouldMakeMeMove\n    }\n    salary {\n      min\n      max\n      currency\n      unit\n    }\n    employmentTypes\n    owner {\n      id\n      name\n    }\n    levelSetBy {\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment RoleFields on InterestingRole {\n    id\n    title\n    company\n    location\n    remote\n    description\n    source\n    outcome\n    isShared\n    sharedAt\n    shareMessage\n    viewerRelation\n    levelSource\n    levelConfidence\n    level {\n      key\n    }\n    stretch\n    trackChange\n    satisfactionConversationSuggested\n    checklist {\n      toldNotLooking\n      myWhy\n      whyTheyReachedOut\n      jobDescriptionReceived\n      whatWouldItTake\n      whatWouldItTakeShared\n      nothingWouldMakeMeMove\n    }\n    salary {\n      min\n      max\n      currency\n      unit\n    }\n    employmentTypes\n    owner {\n      id\n      name\n    }\n    levelSetBy {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInterestingRole($input: CreateInterestingRoleInput!) {\n    createInterestingRole(input: $input) {\n      ...RoleFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInterestingRole($input: CreateInterestingRoleInput!) {\n    createInterestingRole(input: $input) {\n      ...RoleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInterestingRole($id: ID!, $input: UpdateInterestingRoleInput!) {\n    updateInterestingRole(id: $id, input: $input) {\n      ...RoleFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInterestingRole($id: ID!, $input: UpdateInterestingRoleInput!) {\n    updateInterestingRole(id: $id, input: $input) {\n      ...RoleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteInterestingRole($id: ID!) {\n    deleteInterestingRole(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteInterestingRole($id: ID!) {\n    deleteInterestingRole(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportJobPosting($input: ImportJobPostingInput!) {\n    importJobPosting(input: $input) {\n      source\n      title\n      company\n      location\n      remote\n      workplace\n      description\n      url\n      salary {\n        min\n        max\n        currency\n        unit\n      }\n      employmentTypes\n      datePosted\n      validThrough\n      fieldsFound\n      warnings\n      suggestedLevelKey\n    }\n  }\n"): (typeof documents)["\n  mutation ImportJobPosting($input: ImportJobPostingInput!) {\n    importJobPosting(input: $input) {\n      source\n      title\n      company\n      location\n      remote\n      workplace\n      description\n      url\n      salary {\n        min\n        max\n        currency\n        unit\n      }\n      employmentTypes\n      datePosted\n      validThrough\n      fieldsFound\n      warnings\n      suggestedLevelKey\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPostingFromUrl($input: ImportPostingFromUrlInput!) {\n    importPostingFromUrl(input: $input) {\n      source\n      title\n      company\n      location\n      remote\n      workplace\n      url\n      employmentTypes\n      description\n      fieldsFound\n      warnings\n      suggestedLevelKey\n    }\n  }\n"): (typeof documents)["\n  mutation ImportPostingFromUrl($input: ImportPostingFromUrlInput!) {\n    importPostingFromUrl(input: $input) {\n      source\n      title\n      company\n      location\n      remote\n      workplace\n      url\n      employmentTypes\n      description\n      fieldsFound\n      warnings\n      suggestedLevelKey\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareInterestingRole($id: ID!, $message: String) {\n    shareInterestingRole(id: $id, message: $message) {\n      ...RoleFields\n    }\n  }\n"): (typeof documents)["\n  mutation ShareInterestingRole($id: ID!, $message: String) {\n    shareInterestingRole(id: $id, message: $message) {\n      ...RoleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInterestingRoleShare($id: ID!) {\n    revokeInterestingRoleShare(id: $id) {\n      ...RoleFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInterestingRoleShare($id: ID!) {\n    revokeInterestingRoleShare(id: $id) {\n      ...RoleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetInterestingRoleLevel($id: ID!, $levelKey: String) {\n    setInterestingRoleLevel(id: $id, levelKey: $levelKey) {\n      ...RoleFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetInterestingRoleLevel($id: ID!, $levelKey: String) {\n    setInterestingRoleLevel(id: $id, levelKey: $levelKey) {\n      ...RoleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddInterview($roleId: ID!, $input: AddInterviewInput!) {\n    addInterview(roleId: $roleId, input: $input) {\n      id\n      heldOn\n      kind\n      notes\n    }\n  }\n"): (typeof documents)["\n  mutation AddInterview($roleId: ID!, $input: AddInterviewInput!) {\n    addInterview(roleId: $roleId, input: $input) {\n      id\n      heldOn\n      kind\n      notes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveInterview($id: ID!) {\n    removeInterview(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveInterview($id: ID!) {\n    removeInterview(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnInterestingRole($id: ID!, $body: String!) {\n    commentOnInterestingRole(id: $id, body: $body) {\n      id\n      body\n      author {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CommentOnInterestingRole($id: ID!, $body: String!) {\n    commentOnInterestingRole(id: $id, body: $body) {\n      id\n      body\n      author {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InterestingRole($id: ID!) {\n    interestingRole(id: $id) {\n      ...RoleFields\n      interviews {\n        id\n        heldOn\n        kind\n      }\n      comments {\n        body\n        author {\n          name\n        }\n      }\n      views {\n        viewer {\n          name\n        }\n        viewedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query InterestingRole($id: ID!) {\n    interestingRole(id: $id) {\n      ...RoleFields\n      interviews {\n        id\n        heldOn\n        kind\n      }\n      comments {\n        body\n        author {\n          name\n        }\n      }\n      views {\n        viewer {\n          name\n        }\n        viewedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyInterestingRoles {\n    myInterestingRoles(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyInterestingRoles {\n    myInterestingRoles(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedWithMe($first: Int) {\n    sharedWithMe(first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          stretch\n          trackChange\n          satisfactionConversationSuggested\n          company\n          isShared\n          sharedAt\n          unread\n          viewerRelation\n          owner {\n            id\n            name\n            level {\n              key\n            }\n          }\n          level {\n            key\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SharedWithMe($first: Int) {\n    sharedWithMe(first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          stretch\n          trackChange\n          satisfactionConversationSuggested\n          company\n          isShared\n          sharedAt\n          unread\n          viewerRelation\n          owner {\n            id\n            name\n            level {\n              key\n            }\n          }\n          level {\n            key\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedWithMeFiltered($first: Int, $after: String, $ownerId: ID, $stretch: StretchTag) {\n    sharedWithMe(first: $first, after: $after, ownerId: $ownerId, stretch: $stretch) {\n      totalCount\n      newCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          company\n          outcome\n          stretch\n          sharedAt\n          unread\n          owner {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SharedWithMeFiltered($first: Int, $after: String, $ownerId: ID, $stretch: StretchTag) {\n    sharedWithMe(first: $first, after: $after, ownerId: $ownerId, stretch: $stretch) {\n      totalCount\n      newCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          company\n          outcome\n          stretch\n          sharedAt\n          unread\n          owner {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditRoleComment($id: ID!, $body: String!) {\n    editRoleComment(id: $id, body: $body) {\n      id\n      body\n      createdAt\n      editedAt\n    }\n  }\n"): (typeof documents)["\n  mutation EditRoleComment($id: ID!, $body: String!) {\n    editRoleComment(id: $id, body: $body) {\n      id\n      body\n      createdAt\n      editedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRoleComment($id: ID!) {\n    deleteRoleComment(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteRoleComment($id: ID!) {\n    deleteRoleComment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportMyData {\n    exportMyData\n  }\n"): (typeof documents)["\n  query ExportMyData {\n    exportMyData\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      signedInAt\n      lastUsedAt\n      expiresAt\n      device\n      current\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      id\n      signedInAt\n      lastUsedAt\n      expiresAt\n      device\n      current\n    }\n  }\n"];
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
export function graphql(source: "\n  query SharedWithMeWalk($first: Int, $after: String) {\n    sharedWithMe(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          sharedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SharedWithMeWalk($first: Int, $after: String) {\n    sharedWithMe(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          sharedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamWithReportingLines {\n    me {\n      id\n      name\n      level {\n        key\n        name\n      }\n      manager {\n        name\n        level {\n          key\n        }\n      }\n      directReports {\n        id\n        name\n        title\n        level {\n          key\n          name\n          rank\n        }\n        manager {\n          id\n          name\n        }\n        directReports {\n          id\n          name\n          level {\n            key\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamWithReportingLines {\n    me {\n      id\n      name\n      level {\n        key\n        name\n      }\n      manager {\n        name\n        level {\n          key\n        }\n      }\n      directReports {\n        id\n        name\n        title\n        level {\n          key\n          name\n          rank\n        }\n        manager {\n          id\n          name\n        }\n        directReports {\n          id\n          name\n          level {\n            key\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleWithRelations($first: Int, $after: String, $search: String, $includeDeactivated: Boolean) {\n    people(first: $first, after: $after, search: $search, includeDeactivated: $includeDeactivated) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          status\n          level {\n            key\n          }\n          manager {\n            name\n          }\n          directReports {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleWithRelations($first: Int, $after: String, $search: String, $includeDeactivated: Boolean) {\n    people(first: $first, after: $after, search: $search, includeDeactivated: $includeDeactivated) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          status\n          level {\n            key\n          }\n          manager {\n            name\n          }\n          directReports {\n            id\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;