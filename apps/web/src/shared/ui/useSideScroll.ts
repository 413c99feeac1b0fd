import { useCallback, useEffect, useState } from 'react';

/** Whether the element given to `ref` is narrower than its content (so it scrolls sideways), kept up to date as either resizes. */
export function useSideScroll<T extends HTMLElement>() {
  const [element, setElement] = useState<T | null>(null);
  const [scrolls, setScrolls] = useState(false);
  const ref = useCallback((node: T | null) => setElement(node), []);
  useEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    measure();
    return () => observer.disconnect();
  }, [element]);
  return { ref, scrolls };
}
