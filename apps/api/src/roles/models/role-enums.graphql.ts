import { registerEnumType } from '@nestjs/graphql';
import { InterviewKind, JobPostingSource, LevelSource, PostingWorkplace, RoleOutcome, RoleSource } from '../role-enums';

export enum StretchTagEnum {
  STEP_UP = 'STEP_UP',
  SAME_LEVEL = 'SAME_LEVEL',
  STEP_DOWN = 'STEP_DOWN',
  UNRATED = 'UNRATED',
}

export enum RoleRelation {
  OWNER = 'OWNER',
  MANAGER = 'MANAGER',
}

registerEnumType(StretchTagEnum, {
  name: 'StretchTag',
  description: "The role's level against the report's current level.",
  valuesMap: {
    STEP_UP: { description: 'At least one rank above the report: growth.' },
    SAME_LEVEL: { description: 'The same rank: worth a satisfaction conversation rather than celebration.' },
    STEP_DOWN: { description: 'Below the report’s rank.' },
    UNRATED: { description: 'The role’s or the report’s level is unknown.' },
  },
});
registerEnumType(RoleRelation, {
  name: 'RoleRelation',
  description: 'Why the viewer can see a role.',
  valuesMap: { OWNER: { description: 'They keep it.' }, MANAGER: { description: 'Their direct report shared it with them.' } },
});
registerEnumType(RoleSource, {
  name: 'RoleSource',
  description: 'How the role came to the report.',
  valuesMap: {
    RECRUITER_REACHED_OUT: { description: 'A recruiter reached out.' },
    FOUND_IT: { description: 'They found it themselves.' },
    REFERRAL: { description: 'Someone referred them.' },
    OTHER: { description: 'Some other way.' },
  },
});
registerEnumType(InterviewKind, {
  name: 'InterviewKind',
  description: 'The kind of interview stage.',
  valuesMap: {
    RECRUITER_SCREEN: { description: 'Recruiter screen.' },
    HIRING_MANAGER: { description: 'Conversation with the hiring manager.' },
    TECHNICAL: { description: 'Technical interview (coding, domain).' },
    SYSTEM_DESIGN: { description: 'System design.' },
    BEHAVIOURAL: { description: 'Behavioural interview.' },
    PANEL: { description: 'Panel.' },
    TAKE_HOME: { description: 'Take-home exercise.' },
    FINAL: { description: 'Final round.' },
    OTHER: { description: 'Anything else.' },
  },
});
registerEnumType(RoleOutcome, {
  name: 'RoleOutcome',
  description: 'Where the report stands with the role.',
  valuesMap: {
    CONSIDERING: { description: 'Thinking about it.' },
    APPLIED: { description: 'Applied or agreed to talk.' },
    INTERVIEWING: { description: 'In the interview process.' },
    OFFER: { description: 'Received an offer.' },
    ACCEPTED: { description: 'Accepted an offer.' },
    DECLINED: { description: 'Declined an offer.' },
    REJECTED: { description: 'The other company said no.' },
    WITHDREW: { description: 'Stepped out of the process.' },
  },
});
registerEnumType(LevelSource, {
  name: 'LevelSource',
  description: 'Where a role’s level comes from.',
  valuesMap: {
    INFERRED: { description: 'Inferred from the title with the ladder’s keywords.' },
    OWNER: { description: 'Set by the report; never overwritten by inference.' },
    MANAGER: { description: 'Set by the manager; never overwritten by inference.' },
  },
});
registerEnumType(JobPostingSource, {
  name: 'JobPostingSource',
  description: 'Where an imported posting’s fields were read from, so the form can say how far to trust them.',
  valuesMap: {
    JSON_LD: { description: 'The page’s schema.org JobPosting JSON-LD, or a JSON-LD document pasted on its own.' },
    MICRODATA: { description: 'The page’s schema.org JobPosting microdata (itemscope/itemprop).' },
    OPEN_GRAPH: { description: 'The page’s Open Graph tags (og:title, og:description…), with its headings.' },
    HTML_HEADINGS: { description: 'Only the page’s <h1> and <title>: the draft carries a warning.' },
    PLAIN_TEXT: { description: 'Pasted text, such as a job board’s page selected and copied.' },
  },
});
registerEnumType(PostingWorkplace, {
  name: 'PostingWorkplace',
  description: 'What a posting says about remote work.',
  valuesMap: {
    REMOTE: { description: 'Fully remote.' },
    HYBRID: { description: 'Partly at home, partly at the office.' },
    ON_SITE: { description: 'At the office or site.' },
  },
});
