/** How the role reached the report. */
export enum RoleSource {
  RECRUITER_REACHED_OUT = 'RECRUITER_REACHED_OUT',
  FOUND_IT = 'FOUND_IT',
  REFERRAL = 'REFERRAL',
  OTHER = 'OTHER',
}

export enum InterviewKind {
  RECRUITER_SCREEN = 'RECRUITER_SCREEN',
  HIRING_MANAGER = 'HIRING_MANAGER',
  TECHNICAL = 'TECHNICAL',
  SYSTEM_DESIGN = 'SYSTEM_DESIGN',
  BEHAVIOURAL = 'BEHAVIOURAL',
  PANEL = 'PANEL',
  TAKE_HOME = 'TAKE_HOME',
  FINAL = 'FINAL',
  OTHER = 'OTHER',
}

/** Where the report stands with the role. */
export enum RoleOutcome {
  CONSIDERING = 'CONSIDERING',
  APPLIED = 'APPLIED',
  INTERVIEWING = 'INTERVIEWING',
  OFFER = 'OFFER',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  REJECTED = 'REJECTED',
  WITHDREW = 'WITHDREW',
}

/** Who decided the role's level: inferred from the title, or set by the owner or their manager. */
export enum LevelSource {
  INFERRED = 'INFERRED',
  OWNER = 'OWNER',
  MANAGER = 'MANAGER',
}

/** Where an imported posting's fields were read from (libs/domain ParseSource). */
export enum JobPostingSource {
  JSON_LD = 'JSON_LD',
  MICRODATA = 'MICRODATA',
  OPEN_GRAPH = 'OPEN_GRAPH',
  HTML_HEADINGS = 'HTML_HEADINGS',
  PLAIN_TEXT = 'PLAIN_TEXT',
}

/** What a posting says about remote work (libs/domain Workplace). */
export enum PostingWorkplace {
  REMOTE = 'REMOTE',
  HYBRID = 'HYBRID',
  ON_SITE = 'ON_SITE',
}
