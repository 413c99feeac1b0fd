import { createHash, randomBytes } from 'node:crypto';

/** An opaque bearer secret (256 bits) and the hash we keep of it. */
export function newToken(): { token: string; hash: Buffer } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
