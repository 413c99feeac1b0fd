// The project's own ESLint rules, loaded by eslint.config.mjs as the `onward` plugin.
import entityOwnership from './entity-ownership.mjs';
import featureImports from './feature-imports.mjs';

export default {
  meta: { name: 'onward' },
  rules: { 'entity-ownership': entityOwnership, 'feature-imports': featureImports },
};
