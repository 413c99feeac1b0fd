// jsdom lacks TextEncoder/TextDecoder, which react-router reads when it loads. Import this module
// before anything that imports react-router.
import { TextDecoder, TextEncoder } from 'node:util';

Object.assign(globalThis, { TextEncoder, TextDecoder });
