import type { OutsidePerspectiveScope } from '../../../generated/gql/graphql';

/** The page's sentences for a scope: "your reports" on a team, "people" over a subtree or the organization. */
export interface ScopeWords {
  header: string;
  every: string;
  /** No debrief counts since this day (already formatted). */
  noneSince: (day: string) => string;
  noneAtAll: string;
  experience: string;
  readings: string;
  noTheme: string;
  /** A list with no row: over a subtree a row needs enough people behind it. */
  emptyList?: string;
}

export function scopeWords(scope: OutsidePerspectiveScope, isAdmin: boolean): ScopeWords {
  if (scope === 'TEAM') {
    return {
      header: 'What your debriefs with your reports say about how other companies interview, without naming anyone.',
      every: 'Every debrief you held with your direct reports.',
      noneSince: (day) => `None of your debriefs with your reports since ${day} is counted. Choose a longer period, or debrief a report after an interview elsewhere.`,
      noneAtAll: 'After you debrief a report about an interview at another company, what it says about that company’s process shows here, together with your other debriefs.',
      experience: 'How the other companies treated your reports, on average from 1 (poor) to 5 (great).',
      readings: 'How the other company read each report against their level here.',
      noTheme: 'No debrief noted a theme.',
    };
  }
  const whose = isAdmin ? 'across the organization' : 'across everyone under you';
  return {
    header: `What debriefs ${whose} say about how other companies interview, under the anonymity threshold.`,
    every: isAdmin ? 'Every debrief in the organization, each as the person’s own manager may see it.' : 'Every debrief with someone under you, each as their own manager may see it.',
    noneSince: (day) => `No debrief ${whose} since ${day} is counted. Choose a longer period.`,
    noneAtAll: `No debrief ${whose} is counted yet. Figures show here once managers debrief their reports about interviews at other companies.`,
    experience: 'How the other companies treated people, on average from 1 (poor) to 5 (great).',
    readings: 'How the other company read people against their level here.',
    noTheme: 'No theme was noted by enough different people to be listed.',
    emptyList: 'Nothing here was seen by enough different people to be listed.',
  };
}
