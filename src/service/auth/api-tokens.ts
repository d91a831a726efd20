// Project API tokens: random, shown once, stored only as a hash. A sha256 suffices (no slow
// KDF): the token carries 256 random bits, so there is nothing to brute-force.
import { createHash, randomBytes } from 'node:crypto';

const PREFIX = 'mlk_';

export function generateApiToken(): string {
  return PREFIX + randomBytes(32).toString('base64url');
}

export function looksLikeApiToken(token: string): boolean {
  return token.startsWith(PREFIX);
}

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
