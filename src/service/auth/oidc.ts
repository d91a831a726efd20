// Verifies GitHub Actions OIDC tokens. The signing keys come from the issuer's discovery
// document (its jwks_uri), fetched once and cached by jose's remote key set, which refetches
// when a token names a key id it has not seen (key rotation), at most once per cooldown.
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';

/** The GitHub Actions claims the service acts on. */
export interface ActionsIdentity {
  repository: string;
  repositoryId: string | null;
  ref: string;
  sha: string;
  eventName: string;
  runId: string;
  runAttempt: number;
  /** Not issued by GitHub today; honoured if an issuer provides it. */
  defaultBranch: string | null;
}

export class AuthError extends Error {
  constructor(
    readonly statusCode: 401 | 403 | 503,
    message: string,
  ) {
    super(message);
  }
}

export interface OidcVerifierOptions {
  issuer: string;
  audience: string;
  /** Minimum time between two key-set fetches for unknown key ids (jose's default: 30 s). */
  jwksCooldownMs?: number;
}

export interface OidcVerifier {
  verify(token: string): Promise<ActionsIdentity>;
}

const REQUIRED_CLAIMS = ['exp', 'iat', 'repository', 'ref', 'sha', 'event_name', 'run_id'];
const VERIFIED_TOKEN_TTL_MS = 60_000;
const VERIFIED_TOKEN_CACHE_SIZE = 10_000;

async function discoverJwksUri(issuer: string): Promise<URL> {
  const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const document = (await response.json()) as { issuer?: unknown; jwks_uri?: unknown };
  // The discovery document must be the issuer's own, or its keys could vouch for anyone.
  if (document.issuer !== issuer) throw new Error(`${url} names issuer ${String(document.issuer)}, not ${issuer}`);
  if (typeof document.jwks_uri !== 'string') throw new Error(`${url} has no jwks_uri`);
  return new URL(document.jwks_uri);
}

function describe(error: unknown, options: OidcVerifierOptions): string {
  if (error instanceof errors.JWTExpired) return 'the OIDC token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return `the OIDC token's audience is not ${options.audience} (request it with core.getIDToken('${options.audience}'))`;
    if (error.claim === 'iss') return `the OIDC token was not issued by ${options.issuer}`;
    return `the OIDC token's "${error.claim}" claim is invalid: ${error.message}`;
  }
  if (error instanceof errors.JWKSNoMatchingKey) return `the OIDC token was signed with a key ${options.issuer} does not publish`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the OIDC token signature does not verify';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'the OIDC token is signed with an algorithm other than RS256';
  if (error instanceof errors.JOSEError) return `the OIDC token is malformed (${error.code})`;
  return 'the OIDC token could not be verified';
}

export function createOidcVerifier(options: OidcVerifierOptions): OidcVerifier {
  let keySet: ReturnType<typeof createRemoteJWKSet> | undefined;

  async function keys() {
    // Not cached on failure: an issuer that was down at start is retried on the next request.
    keySet ??= createRemoteJWKSet(await discoverJwksUri(options.issuer), {
      cooldownDuration: options.jwksCooldownMs ?? 30_000,
      timeoutDuration: 5000,
    });
    return keySet;
  }

  // A job sends its token several times (baseline, compare, ingest) within seconds: a verified
  // token is remembered until it expires, for at most a minute (so a withdrawn key is honoured
  // that much later at worst). Only successes are kept, keyed by the whole token.
  const verified = new Map<string, { identity: ActionsIdentity; until: number }>();

  function remember(token: string, identity: ActionsIdentity, expiresAt: number | undefined): void {
    const until = Math.min((expiresAt ?? 0) * 1000, Date.now() + VERIFIED_TOKEN_TTL_MS);
    if (verified.size >= VERIFIED_TOKEN_CACHE_SIZE) verified.delete(verified.keys().next().value!);
    verified.set(token, { identity, until });
  }

  return {
    async verify(token) {
      const known = verified.get(token);
      if (known && known.until > Date.now()) return known.identity;
      if (known) verified.delete(token);
      let payload: JWTPayload;
      let jwks: ReturnType<typeof createRemoteJWKSet>;
      try {
        jwks = await keys();
      } catch (error) {
        throw new AuthError(503, `cannot fetch the OIDC issuer's keys: ${(error as Error).message}`);
      }
      try {
        ({ payload } = await jwtVerify(token, jwks, {
          issuer: options.issuer,
          audience: options.audience,
          algorithms: ['RS256'],
          requiredClaims: REQUIRED_CLAIMS,
          clockTolerance: 5,
        }));
      } catch (error) {
        // Anything that is not a JOSE verdict on the token is a failure to reach the key set.
        if (error instanceof errors.JWKSTimeout || !(error instanceof errors.JOSEError)) {
          throw new AuthError(503, `cannot fetch the OIDC issuer's keys: ${(error as Error).message}`);
        }
        throw new AuthError(401, describe(error, options));
      }
      const text = (name: string) => (typeof payload[name] === 'string' ? (payload[name] as string) : null);
      const repository = text('repository');
      const ref = text('ref');
      const sha = text('sha');
      const eventName = text('event_name');
      const runId = text('run_id');
      if (!repository || !ref || !sha || !eventName || !runId) throw new AuthError(401, 'the OIDC token lacks the GitHub Actions claims repository, ref, sha, event_name and run_id');
      const identity: ActionsIdentity = {
        repository,
        repositoryId: text('repository_id'),
        ref,
        sha,
        eventName,
        runId,
        runAttempt: Number(text('run_attempt') ?? 1) || 1,
        defaultBranch: text('default_branch'),
      };
      remember(token, identity, payload.exp);
      return identity;
    },
  };
}
