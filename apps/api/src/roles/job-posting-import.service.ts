import { Injectable } from '@nestjs/common';
import { parseJobPosting } from '@onward/domain';
import type { Viewer } from '../auth/viewer';
import { LadderService } from '../ladder/ladder.service';
import { JobPostingDraft } from './models/job-posting-draft.model';
import { RoleLevelService } from './role-level.service';
import { RolesException, RolesExceptionCode } from './roles.exception';

/** Turns a pasted posting into a draft to review; saves nothing and fetches no URL. */
@Injectable()
export class JobPostingImportService {
  constructor(
    private readonly ladder: LadderService,
    private readonly levels: RoleLevelService,
  ) {}

  async draft(viewer: Viewer, content: string): Promise<JobPostingDraft> {
    const result = parseJobPosting(content);
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
      source: result.source,
      title: draft.title,
      company: draft.company,
      location: draft.location,
      remote: draft.remote,
      description: draft.description,
      url: draft.url,
      salary: draft.salary,
      employmentTypes: draft.employmentType,
      datePosted: draft.datePosted,
      validThrough: draft.validThrough,
      fieldsFound: draft.fieldsFound,
      warnings: result.warnings,
      suggestedLevelKey,
    });
  }
}
