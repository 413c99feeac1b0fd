import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { focusIsLost, focusWithoutTabStop, trackFocusedSection } from './focus';

// Module-wide, not per component: the frame around a page changes (the sign-in card, the app
// shell) and remounts, yet going from one to the other is still a navigation. Null on first load.
let previousPathname: string | null = null;
const HEADING_WAIT_MS = 5_000;

/**
 * After an in-app navigation, moves focus to the new page's `<h1>` so a screen reader announces
 * it and the next Tab starts inside the page, as after a full page load. Only when the pathname
 * changes (a search that rewrites the query string keeps focus in its field), never on the first
 * load, and never when the person has already moved focus (into a dialog, a field) by the time
 * the heading appears.
 */
export function usePageFocus() {
  const { pathname } = useLocation();

  useEffect(() => trackFocusedSection(), []);

  useEffect(() => {
    const previous = previousPathname;
    previousPathname = pathname;
    if (previous === null || previous === pathname) return;
    const focusedWhenNavigating = document.activeElement;
    const started = performance.now();
    let frame = 0;
    let settled = false;
    const focusHeading = () => {
      const active = document.activeElement;
      const untouched = focusIsLost() || active === focusedWhenNavigating;
      // A page still loading has no heading yet.
      const heading = untouched && !active?.closest('[role="dialog"]') ? document.querySelector<HTMLElement>('main h1') : null;
      if (heading) focusWithoutTabStop(heading);
      if (heading || !untouched || performance.now() - started >= HEADING_WAIT_MS) settled = true;
      else frame = requestAnimationFrame(focusHeading);
    };
    frame = requestAnimationFrame(focusHeading);
    return () => {
      cancelAnimationFrame(frame);
      // Unmounted before it could act (its frame replaced at once, or remounted by React's strict
      // mode): the next mount handles the same navigation.
      if (!settled) previousPathname = previous;
    };
  }, [pathname]);
}
