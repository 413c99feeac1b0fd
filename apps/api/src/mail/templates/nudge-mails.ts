import type { NudgeKind } from '@onward/domain';
import { firstName, formatDueDay, mailLink, renderMail, type RenderedMail } from './mail-layout';

/**
 * All a nudge mail may know. Deliberately no role, title, company or note: a mail can be read
 * by anyone who sees the inbox, so it only says that something awaits, and the link leads into
 * Onward, where access is checked again.
 */
export interface NudgeMailInput {
  /** The manager the nudge is for. */
  recipientName: string;
  /** The report it is about, as Onward shows their name. */
  reportName: string;
  /** The practice due day (YYYY-MM-DD), for the two practice kinds. */
  dueOn?: string | null;
  /** Where in Onward to act on it. */
  link: string;
  /** The one-click link that turns this kind of mail off. */
  unsubscribeLink: string;
}

/** What one nudge says about one report: a mail's subject, and a line of a digest. */
export interface NudgeLineInput {
  reportName: string;
  dueOn?: string | null;
}

interface KindWords {
  line(input: NudgeLineInput): string;
  paragraphs(input: NudgeLineInput): string[];
  action: string;
}

const PRACTICE_HINT = 'It need not take long: ask whether they have seen any open roles that interest them, and whether one is worth interviewing for. A debrief after a real interview counts too.';

const WORDS: Record<NudgeKind, KindWords> = {
  PRACTICE_DUE_SOON: {
    line: ({ reportName, dueOn }) => `Interview practice with ${reportName} is due ${dueOn ? `by ${formatDueDay(dueOn)}` : 'soon'}`,
    paragraphs: ({ reportName, dueOn }) => [
      dueOn
        ? `Your next interview-practice conversation with ${reportName} is due by ${formatDueDay(dueOn)}.`
        : `Your next interview-practice conversation with ${reportName} is due soon.`,
      PRACTICE_HINT,
    ],
    action: 'Plan the conversation',
  },
  PRACTICE_OVERDUE: {
    line: ({ reportName }) => `Interview practice with ${reportName} is overdue`,
    paragraphs: ({ reportName, dueOn }) => [
      dueOn
        ? `Interview practice with ${reportName} was due on ${formatDueDay(dueOn)}, and Onward has no practice conversation or debrief with ${firstName(reportName)} since.`
        : `Interview practice with ${reportName} is overdue.`,
      PRACTICE_HINT,
    ],
    action: 'Start the conversation',
  },
  DEBRIEF_PENDING: {
    line: ({ reportName }) => `${reportName} has an interview to debrief`,
    paragraphs: ({ reportName }) => [
      `An interview ${reportName} told you about has taken place, and there is no debrief of it yet.`,
      'Debrief while it is fresh: what went well, what could have gone better, and what the other company said.',
    ],
    action: 'Start the debrief',
  },
  SATISFACTION_TALK_SUGGESTED: {
    line: ({ reportName }) => `A satisfaction conversation with ${reportName} is suggested`,
    paragraphs: ({ reportName }) => [
      `Onward suggests a satisfaction conversation with ${reportName}: how they feel about their work, and whether they feel they belong.`,
      'Open Onward to see why.',
    ],
    action: 'Plan the conversation',
  },
  ROLE_SHARED: {
    line: ({ reportName }) => `${reportName} shared a role with you`,
    paragraphs: ({ reportName }) => [
      `${reportName} shared a role with you in Onward.`,
      `Take a first look when you can, and reply in its thread if you want to talk it over with ${firstName(reportName)}.`,
    ],
    action: 'Open the role',
  },
};

/** The one line a nudge is summed up in, without the greeting: a digest lists these. */
export function nudgeLine(kind: NudgeKind, input: NudgeLineInput): string {
  return WORDS[kind].line(input);
}

/** Where a person chooses which mail they get: their Account page, on the server the link points at. */
export function settingsLink(link: string): string {
  return `${new URL(mailLink(link)).origin}/account`;
}

/** One mail for one nudge. */
export function renderNudgeMail(kind: NudgeKind, input: NudgeMailInput): RenderedMail {
  const words = WORDS[kind];
  return renderMail({
    subject: words.line(input),
    greetingName: firstName(input.recipientName),
    paragraphs: words.paragraphs(input),
    action: { label: words.action, url: input.link },
    footer: [
      `You get this email because ${input.reportName} reports to you in Onward.`,
      `Choose which emails you get, and whether they come one by one or as a daily digest, on your Account page: ${settingsLink(input.link)}`,
    ],
    unsubscribeUrl: input.unsubscribeLink,
  });
}
