// jsdom lacks TextEncoder/TextDecoder, which react-router reads when it loads. Import this module
// before anything that imports react-router.
import { TextDecoder, TextEncoder } from 'node:util';

Object.assign(globalThis, { TextEncoder, TextDecoder });

// jsdom has no layout, so no ResizeObserver; Mantine's SegmentedControl measures its indicator with one.
// Nothing ever resizes under jsdom, so an observer that never calls back is what a browser would do there.
if (!('ResizeObserver' in globalThis)) {
  Object.assign(globalThis, {
    ResizeObserver: class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    },
  });
}
