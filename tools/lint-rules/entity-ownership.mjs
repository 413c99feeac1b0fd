// An API feature folder (`<features>/<name>/…`) owns its TypeORM entities: no other feature imports a
// `*.entity` file from it to read or write its table, and goes through that feature's services
// instead. A type-only import is allowed: it names what those services return and touches nothing. The folders in `exempt` (the entity list for TypeORM and migrations, the demo seed) are
// composition roots and may. Features are read from the paths, so a new folder is covered as it appears.
import { folderBelow, importVisitors, repoPath, resolveSpecifier } from './import-targets.mjs';

const ENTITY = /\.entity(\.[cm]?[jt]s)?$/;

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: "A feature does not import another feature's entity files." },
    schema: [
      {
        type: 'object',
        properties: {
          features: { type: 'string' },
          exempt: { type: 'array', items: { type: 'string' } },
        },
        required: ['features'],
        additionalProperties: false,
      },
    ],
    messages: {
      foreignEntity: "'{{feature}}' may not import '{{target}}', an entity of '{{owner}}': use that feature's services.",
    },
  },
  create(context) {
    const { features, exempt = [] } = context.options[0];
    const feature = folderBelow(repoPath(context.filename), features);
    if (!feature || exempt.includes(feature)) return {};
    return importVisitors((node, specifier) => {
      if (isTypeOnly(node)) return;
      const target = resolveSpecifier(context.filename, specifier);
      if (target === undefined || !ENTITY.test(target)) return;
      const owner = folderBelow(target, features);
      if (owner && owner !== feature) context.report({ node, messageId: 'foreignEntity', data: { feature, target, owner } });
    });
  },
};

function isTypeOnly(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type');
}
