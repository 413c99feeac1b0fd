import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * Mantine's styles travel with the components that use them instead of all of @mantine/core's
 * stylesheet (and those of dates and charts) loading with every page. Each Mantine component reads
 * its class names from a `<Component>.module.mjs` file; this adds to that file an import of the
 * component's own stylesheet (`@mantine/core/styles/<Component>.css`, as Mantine's "import styles
 * per component" describes), or of its package's one stylesheet for @mantine/dates, charts and
 * notifications. So whatever a page renders, directly or inside another component, brings its
 * styles into the same chunk: a new page needs nothing special, and a stylesheet never goes
 * missing because someone forgot to list it. The global styles are imported once, in main.tsx.
 *
 * `npm run dev` pre-bundles Mantine without passing it through this plugin, so there the entry
 * (`devEntry`) imports each package's whole stylesheet instead.
 */
export function mantineStyles(nodeModules: string, devEntry: string): Plugin {
  const moduleFile = /\/node_modules\/@mantine\/(core|dates|charts|notifications)\/esm\/(?:.*\/)?([^/]+)\.module\.mjs$/;
  const wholeStylesheets = ['core', 'notifications', 'dates', 'charts'].map((pkg) => `import "@mantine/${pkg}/styles.css";`).join('');
  let dev = false;
  return {
    name: 'onward-mantine-styles',
    enforce: 'pre',
    configResolved(config) {
      dev = config.command === 'serve';
    },
    transform(code, id) {
      const file = id.split('?', 1)[0];
      // Prepended on the first line: no line moves, hence `map: null`.
      if (dev) return file === devEntry ? { code: wholeStylesheets + code, map: null } : null;
      const match = moduleFile.exec(file);
      if (!match) return null;
      const [, pkg, component] = match;
      const stylesheet = pkg === 'core' ? `@mantine/core/styles/${component}.css` : `@mantine/${pkg}/styles.css`;
      // A Mantine upgrade that renames a stylesheet must fail the build, not ship an unstyled component.
      if (!existsSync(path.join(nodeModules, stylesheet))) this.error(`no stylesheet ${stylesheet} for ${id}`);
      return { code: `import ${JSON.stringify(stylesheet)};${code}`, map: null };
    },
  };
}
