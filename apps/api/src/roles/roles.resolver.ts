import { Args, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn } from '../auth/access.decorators';
import type { Viewer } from '../auth/viewer';
import { Connection } from '../common/graphql/connection';
import { CreateInterestingRoleInput, UpdateInterestingRoleInput } from './dto/interesting-role.input';
import { AddInterviewInput, CommentArgs, EditCommentArgs, ImportJobPostingInput, ImportPostingFromUrlInput, SetRoleLevelArgs, ShareRoleArgs } from './dto/role-actions.args';
import { RolesPageArgs, SharedWithMeArgs } from './dto/roles-page.args';
import { JobPostingImportService } from './job-posting-import.service';
import { InterestingRole } from './models/interesting-role.model';
import { JobPostingDraft } from './models/job-posting-draft.model';
import { RoleSummary } from './models/role-summary.model';
import { RoleComment, RoleInterview } from './models/role-activity.model';
import { RoleActivityService } from './role-activity.service';
import { RolesService } from './roles.service';

@ObjectType({ description: 'A page of interesting roles.' })
export class InterestingRoleConnection extends Connection(InterestingRole, 'InterestingRole') {}

@ObjectType({ description: 'A page of the roles shared with you.' })
export class SharedRoleConnection extends Connection(RoleSummary, 'RoleSummary') {
  @Field(() => Int, { description: 'How many of the matching roles are new to you: shared (again) since you last opened them, or never opened.' })
  newCount!: number;
}

/** Thin: every rule and access check lives in the services. */
@Resolver(() => InterestingRole)
export class RolesResolver {
  constructor(
    private readonly roles: RolesService,
    private readonly activity: RoleActivityService,
    private readonly postings: JobPostingImportService,
  ) {}

  @Query(() => InterestingRoleConnection, { description: 'The roles you keep, newest first.' })
  @SignedIn()
  myInterestingRoles(@CurrentViewer() viewer: Viewer, @Args() page: RolesPageArgs): Promise<InterestingRoleConnection> {
    return this.roles.listMine(viewer, page.first, page.after);
  }

  @Query(() => SharedRoleConnection, {
    description:
      'Roles your direct reports share with you, most recently shared first, as summaries: open one (interestingRole) for its detail. ' +
      'Filter by report (ownerId) and by stretch tag.',
  })
  @SignedIn()
  sharedWithMe(@CurrentViewer() viewer: Viewer, @Args() args: SharedWithMeArgs): Promise<SharedRoleConnection> {
    return this.roles.sharedWithMe(viewer, args.first, args.after, { ownerId: args.ownerId, stretch: args.stretch });
  }

  @Query(() => InterestingRole, { description: 'One role you keep, or one your direct report shares with you (recorded in their access log).' })
  @SignedIn()
  interestingRole(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID, description: 'The role.' }) id: string): Promise<InterestingRole> {
    return this.activity.read(viewer, id);
  }

  @Mutation(() => InterestingRole, { description: 'Keeps a new role, private to you. Its level is inferred from the title.' })
  @SignedIn()
  createInterestingRole(@CurrentViewer() viewer: Viewer, @Args('input', { description: 'The role.' }) input: CreateInterestingRoleInput): Promise<InterestingRole> {
    return this.roles.create(viewer, input);
  }

  @Mutation(() => InterestingRole, { description: 'Edits a role you keep.' })
  @SignedIn()
  updateInterestingRole(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID, description: 'The role.' }) id: string,
    @Args('input', { description: 'What changes.' }) input: UpdateInterestingRoleInput,
  ): Promise<InterestingRole> {
    return this.roles.update(viewer, id, input);
  }

  @Mutation(() => ID, { description: 'Deletes a role you keep for good, with its interviews, thread and access log. Returns its id.' })
  @SignedIn()
  deleteInterestingRole(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID, description: 'The role.' }) id: string): Promise<string> {
    return this.roles.delete(viewer, id);
  }

  @Mutation(() => JobPostingDraft, { description: 'Reads a pasted job page, JobPosting JSON-LD or plain text into a draft to review. Saves nothing.' })
  @SignedIn()
  importJobPosting(@CurrentViewer() viewer: Viewer, @Args('input', { description: 'What was pasted.' }) input: ImportJobPostingInput): Promise<JobPostingDraft> {
    return this.postings.draft(viewer, input.content);
  }

  @Mutation(() => JobPostingDraft, {
    description:
      'Reads the job page a link leads to into a draft to review; saves nothing. Only public http(s) pages: a refused or failed fetch is BAD_USER_INPUT ' +
      'with the reason (URL_NOT_ALLOWED, FETCH_FAILED, TOO_MANY_REDIRECTS, TOO_LARGE, TIMEOUT, NOT_HTML) and a sentence saying why.',
  })
  @SignedIn()
  importPostingFromUrl(@CurrentViewer() viewer: Viewer, @Args('input', { description: 'The link.' }) input: ImportPostingFromUrlInput): Promise<JobPostingDraft> {
    return this.postings.draftFromUrl(viewer, input.url);
  }

  @Mutation(() => InterestingRole, { description: 'Shares a role with your current manager, with an optional message.' })
  @SignedIn()
  shareInterestingRole(@CurrentViewer() viewer: Viewer, @Args() args: ShareRoleArgs): Promise<InterestingRole> {
    return this.roles.share(viewer, args.id, args.message);
  }

  @Mutation(() => InterestingRole, { description: 'Stops sharing a role; your manager loses access on their next request.' })
  @SignedIn()
  revokeInterestingRoleShare(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID, description: 'The role.' }) id: string): Promise<InterestingRole> {
    return this.roles.revoke(viewer, id);
  }

  @Mutation(() => InterestingRole, { description: 'Sets a role’s level (the report, or their manager on a shared role); null returns to the inferred level.' })
  @SignedIn()
  setInterestingRoleLevel(@CurrentViewer() viewer: Viewer, @Args() args: SetRoleLevelArgs): Promise<InterestingRole> {
    return this.roles.setLevel(viewer, args.id, args.levelKey);
  }

  @Mutation(() => RoleInterview, { description: 'Records an interview for a role you keep.' })
  @SignedIn()
  addInterview(
    @CurrentViewer() viewer: Viewer,
    @Args('roleId', { type: () => ID, description: 'The role.' }) roleId: string,
    @Args('input', { description: 'The interview.' }) input: AddInterviewInput,
  ): Promise<RoleInterview> {
    return this.activity.addInterview(viewer, roleId, input);
  }

  @Mutation(() => ID, { description: 'Removes an interview from a role you keep. Returns its id.' })
  @SignedIn()
  removeInterview(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID, description: 'The interview.' }) id: string): Promise<string> {
    return this.activity.removeInterview(viewer, id);
  }

  @Mutation(() => RoleComment, { description: 'Adds to the thread of a shared role (the report or their manager).' })
  @SignedIn()
  commentOnInterestingRole(@CurrentViewer() viewer: Viewer, @Args() args: CommentArgs): Promise<RoleComment> {
    return this.activity.comment(viewer, args.id, args.body);
  }

  @Mutation(() => RoleComment, { description: 'Changes a comment you wrote on a role still shared; the thread shows it was edited.' })
  @SignedIn()
  editRoleComment(@CurrentViewer() viewer: Viewer, @Args() args: EditCommentArgs): Promise<RoleComment> {
    return this.activity.editComment(viewer, args.id, args.body);
  }

  @Mutation(() => ID, { description: 'Deletes a comment you wrote. Returns its id.' })
  @SignedIn()
  deleteRoleComment(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID, description: 'The comment.' }) id: string): Promise<string> {
    return this.activity.deleteComment(viewer, id);
  }
}
