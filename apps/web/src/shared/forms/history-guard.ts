/**
 * Whoever may hold back a step through the browser history (the back and forward buttons): at
 * most one form at a time. Returns true when it held the step back.
 */
type PopStateGuard = (event: PopStateEvent) => boolean;

let current: PopStateGuard | null = null;

// Listeners on window run in the order they were added, the capturing ones too: this one is added
// when the app's code loads, before the router's own, so a step it holds back never reaches the router.
window.addEventListener('popstate', (event) => {
  if (current?.(event)) event.stopImmediatePropagation();
});

/** Sets the guard, and returns what takes it away again (only if it is still this one). */
export function guardPopState(guard: PopStateGuard): () => void {
  current = guard;
  return () => {
    if (current === guard) current = null;
  };
}
