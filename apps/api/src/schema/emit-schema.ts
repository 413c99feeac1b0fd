import { writeFileSync } from 'node:fs';
import { printOnwardSchema } from './print-schema';

/** Writes the schema to the path given (apps/api/schema.graphql by `npm run schema`). */
async function main(): Promise<void> {
  const target = process.argv[2];
  if (!target) throw new Error('usage: emit-schema <file>');
  writeFileSync(target, await printOnwardSchema());
  console.log(`wrote ${target}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
