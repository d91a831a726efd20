// A local OpenID Connect issuer that behaves like GitHub Actions' token service for the parts a
// relying party sees: a discovery document naming its jwks_uri, a JWKS of RSA public keys with
// key ids, RS256 tokens carrying GitHub's claims, and key rotation (new key published, old one
// withdrawn). Tests also mint the bad tokens a real issuer never would: signed by a key it does
// not publish, expired, for another audience.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';

interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

export interface GithubClaims {
  repository: string;
  repository_id?: string;
  ref: string;
  sha: string;
  event_name: string;
  run_id: string;
  run_attempt?: string;
  [claim: string]: unknown;
}

export interface MintOptions {
  audience?: string;
  /** Seconds from now; negative for a token that has already expired. */
  expiresIn?: number;
  /** Sign with this key instead of the current one (e.g. one the issuer does not publish). */
  key?: SigningKey;
  /** Header kid to claim, regardless of the signing key (forgeries). */
  kid?: string;
  issuer?: string;
}

export interface LocalOidcIssuer {
  issuer: string;
  /** How many times the JWKS was fetched: shows caching and refetch on rotation. */
  jwksFetches(): number;
  mint(claims: GithubClaims, options?: MintOptions): Promise<string>;
  /** Publishes a new current key; the old one is withdrawn unless keepOld. */
  rotate(options?: { keepOld?: boolean }): Promise<void>;
  /** A key pair this issuer never publishes, for forged tokens. */
  strayKey(kid?: string): Promise<SigningKey>;
  close(): Promise<void>;
}

let keyCounter = 0;

async function newKey(kid = `key-${++keyCounter}-${Date.now().toString(36)}`): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } };
}

export async function startOidcIssuer(): Promise<LocalOidcIssuer> {
  let published: SigningKey[] = [await newKey()];
  let fetches = 0;
  let issuer = '';
  const server: Server = createServer((request, response) => {
    const send = (body: unknown) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (request.url === '/.well-known/openid-configuration') {
      send({ issuer, jwks_uri: `${issuer}/.well-known/jwks`, subject_types_supported: ['public', 'pairwise'], response_types_supported: ['id_token'], id_token_signing_alg_values_supported: ['RS256'], claims_supported: ['repository', 'ref', 'sha', 'event_name', 'run_id', 'run_attempt'] });
    } else if (request.url === '/.well-known/jwks') {
      fetches += 1;
      send({ keys: published.map((key) => key.publicJwk) });
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    issuer,
    jwksFetches: () => fetches,
    async mint(claims, options = {}) {
      const key = options.key ?? published.at(-1)!;
      const now = Math.floor(Date.now() / 1000);
      const expiresIn = options.expiresIn ?? 300;
      return new SignJWT({ run_attempt: '1', ...claims })
        .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: options.kid ?? key.kid })
        .setIssuer(options.issuer ?? issuer)
        .setAudience(options.audience ?? 'memleak-action')
        .setSubject(`repo:${claims.repository}:ref:${claims.ref}`)
        .setIssuedAt(Math.min(now, now + expiresIn - 60))
        .setNotBefore(Math.min(now, now + expiresIn - 60))
        .setExpirationTime(now + expiresIn)
        .setJti(crypto.randomUUID())
        .sign(key.privateKey);
    },
    async rotate({ keepOld = false } = {}) {
      const fresh = await newKey();
      published = keepOld ? [...published, fresh] : [fresh];
    },
    strayKey: (kid) => newKey(kid),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
