/** Nudges are for managers: a viewer known to have no reports has nothing to ask for; one not known yet may. */
export const asksWhatNeedsAttention = (viewer: { directReports: readonly unknown[] } | null): boolean => viewer === null || viewer.directReports.length > 0;
