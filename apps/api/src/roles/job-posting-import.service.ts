import { Injectable } from '@nestjs/common';
import { parseJobPosting, type ParseResult } from '@onward/domain';
import type { Viewer } from '../auth/viewer';
import { LadderService } from '../ladder/ladder.service';
import { PostingFetcher } from '../posting-fetch/posting-fetcher.service';
import { JobPostingDraft } from './models/job-posting-draft.model';
import { JobPostingSource, PostingWorkplace } from './role-enums';
import { RoleLevelService } from './role-level.service';
import { RolesException, RolesExceptionCode } from './roles.exception';

/** Turns a pasted posting, or the page a link leads to, into a draft to review; saves nothing. */
@Injectable()
export class JobPostingImportService {
  constructor(
    private readonly ladder: LadderService,
    private readonly levels: RoleLevelService,
    private readonly fetcher: PostingFetcher,
  ) {}

  /** Any signed-in person may read a posting: it touches nobody's records. */
  draft(viewer: Viewer, content: string): Promise<JobPostingDraft> {
    return this.toDraft(viewer, parseJobPosting(content), null);
  }

  /**
   * Reads the page behind a link (see PostingFetcher for what is refused). The link becomes the draft's
   * link when the page names no canonical address of its own.
   */
  async draftFromUrl(viewer: Viewer, url: string): Promise<JobPostingDraft> {
    const page = await this.fetcher.fetchPage(url);
    return this.toDraft(viewer, parseJobPosting(page.html), page.url);
  }

  private async toDraft(viewer: Viewer, result: ParseResult, fetchedFrom: string | null): Promise<JobPostingDraft> {
    if (!result.ok) {
      throw new RolesException(RolesExceptionCode.POSTING_UNUSABLE, result.message, { postingFailure: result.reason });
    }
    const { draft } = result;
    let suggestedLevelKey: string | null = null;
    if (draft.title) {
      const ladder = await this.ladder.levelsOf(viewer.organizationId);
      const inferred = this.levels.infer(draft.title, ladder);
      suggestedLevelKey = ladder.find((l) => l.id === inferred.levelId)?.key ?? null;
    }
    return Object.assign(new JobPostingDraft(), {
      source: JobPostingSource[result.source],
      title: draft.title,
      company: draft.company,
      location: draft.location,
      remote: draft.remote,
      workplace: draft.workplace === null ? null : PostingWorkplace[draft.workplace],
      description: draft.description,
      url: draft.url ?? fetchedFrom,
      salary: draft.salary,
      employmentTypes: draft.employmentType,
      datePosted: draft.datePosted,
      validThrough: draft.validThrough,
      fieldsFound: draft.url === null && fetchedFrom ? [...draft.fieldsFound, 'url'] : draft.fieldsFound,
      warnings: result.warnings,
      suggestedLevelKey,
    });
  }
}
