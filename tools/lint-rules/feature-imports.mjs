// A file in a feature folder (`<features>/<name>/…`) imports only from its own feature, from the
// folders listed in `allow`, from the folders in `allowInSpecs` when the file is a spec, and from
// packages or aliases (`@onward/domain`). Any other path, such as another feature's folder, is reported.
// The feature is read from the file's own path, so a new feature folder is covered without a change here.
import path from 'node:path';
import { folderBelow, importVisitors, isInside, repoPath, resolveSpecifier } from './import-targets.mjs';

const SPEC = /\.spec\.[cm]?[jt]sx?$/;

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'A feature folder imports only its own files, the shared folders and packages.' },
    schema: [
      {
        type: 'object',
        properties: {
          features: { type: 'string' },
          allow: { type: 'array', items: { type: 'string' } },
          allowInSpecs: { type: 'array', items: { type: 'string' } },
        },
        required: ['features'],
        additionalProperties: false,
      },
    ],
    messages: {
      outside: "'{{feature}}' may not import '{{target}}': a feature imports only its own folder, {{allowed}} and packages. Move what both need to a shared folder.",
    },
  },
  create(context) {
    const { features, allow = [], allowInSpecs = [] } = context.options[0];
    const file = repoPath(context.filename);
    const feature = folderBelow(file, features);
    if (!feature) return {};
    const own = `${features}/${feature}`;
    const allowed = [own, ...allow, ...(SPEC.test(file) ? allowInSpecs : [])];
    // Messages name paths from the app's source folder ('features/home', 'shared'), which is shorter.
    const base = path.posix.dirname(features);
    const short = (p) => path.posix.relative(base, p);
    return importVisitors((node, specifier) => {
      const target = resolveSpecifier(context.filename, specifier);
      if (target === undefined || allowed.some((dir) => isInside(target, dir))) return;
      const listed = [...allow, ...allowInSpecs.map((dir) => `${dir} (in specs)`)].map(short).join(', ');
      context.report({ node, messageId: 'outside', data: { feature: short(own), target: short(target), allowed: listed } });
    });
  },
};
