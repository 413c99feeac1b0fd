/**
 * Finds the people caught in reporting loops, given everyone's manager (null for none). Each id on
 * a loop is returned once; people who merely report into a loop are not on it.
 */
export function findReportingCycles(managerOf: ReadonlyMap<string, string | null>): string[][] {
  const state = new Map<string, 'visiting' | 'done'>();
  const cycles: string[][] = [];
  for (const start of managerOf.keys()) {
    if (state.has(start)) continue;
    const path: string[] = [];
    let current: string | null | undefined = start;
    while (current && !state.has(current)) {
      state.set(current, 'visiting');
      path.push(current);
      current = managerOf.get(current) ?? null;
    }
    if (current && state.get(current) === 'visiting') cycles.push(path.slice(path.indexOf(current)));
    for (const id of path) state.set(id, 'done');
  }
  return cycles;
}
