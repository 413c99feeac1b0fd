import argon2 from 'argon2';

// Tests lower the cost (the hash records its own parameters, so verification is unaffected).
const cheap = process.env.ONWARD_CHEAP_PASSWORD_HASH === 'true';
const options = cheap
  ? ({ type: argon2.argon2id, memoryCost: 1024, timeCost: 2, parallelism: 1 } as const)
  : ({ type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const);

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, options);
}

let dummyHash: Promise<string> | undefined;
let verifications = 0;

/**
 * How many passwords this process has verified. The guessing tests read it: the throttle's promise is
 * about verifications that actually ran, not about answers that say "too many".
 */
export function passwordVerificationCount(): number {
  return verifications;
}

/** Verifies, spending the same time whether or not the account exists. */
export async function verifyPassword(hash: string | null | undefined, password: string): Promise<boolean> {
  verifications += 1;
  if (!hash) {
    dummyHash ??= hashPassword('not-a-real-password');
    await argon2.verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return argon2.verify(hash, password).catch(() => false);
}
