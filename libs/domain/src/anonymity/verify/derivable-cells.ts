/**
 * An independent check for tests, sharing no code with `suppressTable`: which unknown cells a viewer
 * could work out from the known ones through the sums. Dense Gauss–Jordan over exact rationals
 * (BigInt), then for each unknown cell x: x is determined exactly when the unit vector e_x lies in the
 * row space of the unknowns' coefficients, i.e. when reducing e_x by the reduced rows leaves nothing.
 * The system is consistent (the sums hold), so "determined" is the only question.
 *
 * Cost O(m·u²) for m sums and u unknowns: meant for test-sized tables, not for serving dashboards.
 */
export interface Sum {
  total: string;
  parts: readonly string[];
}

/** The cells of `unknown` whose value follows from the `sums` and the values of every other cell. */
export function derivableCells(sums: readonly Sum[], unknown: readonly string[]): string[] {
  const column = new Map(unknown.map((id, index) => [id, index]));
  const width = unknown.length;

  const matrix: Rational[][] = [];
  for (const { total, parts } of sums) {
    const row = Array.from({ length: width }, () => ZERO);
    let any = false;
    for (const [id, sign] of [[total, 1n] as const, ...parts.map((part) => [part, -1n] as const)]) {
      const index = column.get(id);
      if (index === undefined) continue;
      row[index] = add(row[index], [sign, 1n]);
      any = true;
    }
    if (any) matrix.push(row);
  }

  const pivots = reducedRowEchelon(matrix, width);
  return unknown.filter((_, index) => {
    const vector = Array.from({ length: width }, (_unused, at) => (at === index ? ONE : ZERO));
    for (const { row, column: pivot } of pivots) {
      const factor = vector[pivot];
      if (isZero(factor)) continue;
      for (let at = 0; at < width; at += 1) vector[at] = sub(vector[at], mul(factor, matrix[row][at]));
    }
    return vector.every(isZero);
  });
}

/** In place; returns each pivot's row and column, the pivot scaled to 1 and cleared from every other row. */
function reducedRowEchelon(matrix: Rational[][], width: number): { row: number; column: number }[] {
  const pivots: { row: number; column: number }[] = [];
  let next = 0;
  for (let col = 0; col < width && next < matrix.length; col += 1) {
    const found = matrix.findIndex((row, index) => index >= next && !isZero(row[col]));
    if (found === -1) continue;
    [matrix[next], matrix[found]] = [matrix[found], matrix[next]];
    const pivotRow = matrix[next];
    const inverse = div(ONE, pivotRow[col]);
    for (let at = 0; at < width; at += 1) pivotRow[at] = mul(pivotRow[at], inverse);
    matrix.forEach((row, index) => {
      if (index === next || isZero(row[col])) return;
      const factor = row[col];
      for (let at = 0; at < width; at += 1) row[at] = sub(row[at], mul(factor, pivotRow[at]));
    });
    pivots.push({ row: next, column: col });
    next += 1;
  }
  return pivots;
}

/** [numerator, denominator], the denominator positive and the pair in lowest terms. */
type Rational = readonly [bigint, bigint];
const ZERO: Rational = [0n, 1n];
const ONE: Rational = [1n, 1n];

function isZero([numerator]: Rational): boolean {
  return numerator === 0n;
}

function make(numerator: bigint, denominator: bigint): Rational {
  if (denominator === 0n) throw new RangeError('division by zero');
  if (denominator < 0n) return make(-numerator, -denominator);
  const divisor = gcd(numerator, denominator);
  return divisor === 1n ? [numerator, denominator] : [numerator / divisor, denominator / divisor];
}

function add([a, b]: Rational, [c, d]: Rational): Rational {
  return b === 1n && d === 1n ? [a + c, 1n] : make(a * d + c * b, b * d);
}

function sub(x: Rational, [c, d]: Rational): Rational {
  return add(x, [-c, d]);
}

function mul([a, b]: Rational, [c, d]: Rational): Rational {
  return b === 1n && d === 1n ? [a * c, 1n] : make(a * c, b * d);
}

function div(x: Rational, [c, d]: Rational): Rational {
  return mul(x, make(d, c));
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}
