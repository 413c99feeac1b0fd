import type { MouseEvent } from 'react';
import { MAIN_CONTENT_ID, focusWithoutTabStop } from './focus';

/**
 * "Skip to main content": the first thing Tab reaches, hidden until then. It moves focus itself
 * rather than following `#main-content`, which would put a hash in the address.
 */
export function SkipLink() {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const main = document.getElementById(MAIN_CONTENT_ID);
    if (!main) return;
    event.preventDefault();
    focusWithoutTabStop(main);
  };
  return (
    <a href={`#${MAIN_CONTENT_ID}`} className="onward-skip-link" onClick={skip}>
      Skip to main content
    </a>
  );
}
