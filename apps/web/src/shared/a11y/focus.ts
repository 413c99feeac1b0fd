export const MAIN_CONTENT_ID = 'main-content';

/** The element that stands for the whole page: its `<h1>` inside the main landmark, or the landmark itself. */
export function pageFocusTarget(): HTMLElement | null {
  return document.querySelector<HTMLElement>('main h1') ?? document.getElementById(MAIN_CONTENT_ID);
}

/** Focuses an element that may not be focusable by itself (a heading, a landmark), without adding it to the tab order. */
export function focusWithoutTabStop(element: HTMLElement) {
  if (!element.hasAttribute('tabindex')) element.tabIndex = -1;
  element.focus();
}

/** True when the keyboard focus is nowhere a person put it: on <body>, on nothing, or on an element that is gone. */
export function focusIsLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected;
}

// The section where focus last landed outside a dialog: where to return when the dialog's trigger
// is gone (sharing a role swaps its "Share" button for "Stop sharing" while the dialog is open).
let lastSection: Element | null = null;

function remember(event: FocusEvent) {
  const target = event.target;
  if (!(target instanceof Element) || target.closest('[role="dialog"]')) return;
  lastSection = target.closest('section');
}

/** Starts remembering where focus lands; returns the function that stops it. */
export function trackFocusedSection(): () => void {
  document.addEventListener('focusin', remember);
  return () => document.removeEventListener('focusin', remember);
}

/**
 * Called once a dialog has gone. Mantine returns focus to the element that opened it; when that
 * element no longer exists focus falls to <body>, where a keyboard or screen-reader user would
 * start again from the top of the page. Then the heading of the section the dialog was opened
 * from takes it, or failing that the page's heading.
 */
export function recoverFocusAfterDialog() {
  // After Mantine's own return of focus, which runs 10 ms after the dialog starts to close.
  window.setTimeout(() => {
    if (!focusIsLost()) return;
    const sectionHeading = lastSection?.isConnected ? lastSection.querySelector<HTMLElement>('h2, h3, h4') : null;
    const target = sectionHeading ?? pageFocusTarget();
    if (target) focusWithoutTabStop(target);
  }, 50);
}
