import type { NudgeKind } from '@onward/domain';
import { firstName, renderMail, type RenderedMail } from './mail-layout';
import { nudgeLine, settingsLink } from './nudge-mails';

export interface DigestItem {
  kind: NudgeKind;
  reportName: string;
  dueOn?: string | null;
}

export interface DigestMailInput {
  recipientName: string;
  items: DigestItem[];
  /** The inbox in Onward, where each item links on. */
  link: string;
  /** The one-click link that turns the daily digest off. */
  unsubscribeLink: string;
}

/** One mail a day listing what came up, one line per nudge, in the order given. */
export function renderDigestMail(input: DigestMailInput): RenderedMail {
  if (input.items.length === 0) throw new RangeError('a digest needs at least one nudge');
  const count = input.items.length;
  return renderMail({
    subject: count === 1 ? 'One thing in Onward needs your attention' : `${count} things in Onward need your attention`,
    greetingName: firstName(input.recipientName),
    paragraphs: [count === 1 ? 'Here is what came up for your team:' : `Here are the ${count} things that came up for your team:`],
    list: input.items.map((item) => nudgeLine(item.kind, item)),
    action: { label: 'Open your inbox', url: input.link },
    footer: [
      'You get one email a day like this because you chose a daily digest.',
      `Choose which emails you get on your Account page: ${settingsLink(input.link)}`,
    ],
    unsubscribeUrl: input.unsubscribeLink,
  });
}
