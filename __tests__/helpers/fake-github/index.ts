// A local fake of GitHub for end-to-end tests, on 127.0.0.1, speaking GitHub's wire protocols:
// REST (api), the Actions results service (Twirp), Azure-style blob storage for artifact bytes,
// and the Actions OIDC issuer — each on its own origin, as in production.
// See README.md in this folder for what is faithful and what is not.
import { BlobSigner, blobHandler } from './blob.js';
import { Faults } from './faults.js';
import { graphqlRoute } from './graphql.js';
import { listen } from './http.js';
import { githubClaims, newRequestToken, startOidcIssuer, type OidcIssuer } from './oidc.js';
import type { LoggedRequest } from './request-log.js';
import { actionsRoutes } from './rest/actions.js';
import { checkRoutes } from './rest/checks.js';
import { issueRoutes } from './rest/issues.js';
import { pullRoutes } from './rest/pulls.js';
import { repoRoutes } from './rest/repos.js';
import { restHandler } from './rest/server.js';
import { resultsHandler } from './results.js';
import { FakeState, type Repository, type WorkflowRun } from './state.js';
import { READ_ONLY, RuntimeTokens, TokenRegistry, WRITE_ALL, type Permissions } from './tokens.js';

export interface FakeGitHubOptions {
  repository?: Partial<Repository>;
  /**
   * GITHUB_SERVER_URL. Defaults to https://github.com: @actions/artifact refuses GHES and decides by
   * this host name (github.com, *.ghe.com and *.localhost count as GitHub.com). Nothing requests it;
   * it only appears in html_url links.
   */
  serverUrl?: string;
  /** Requests per hour per installation token (GitHub: 1,000 for GITHUB_TOKEN) and anonymous (60). */
  rateLimit?: { installation?: number; anonymous?: number };
  /** Clock for timestamps, expiry and rate-limit windows. */
  now?: () => Date;
}

export interface FakeGitHub {
  /** REST base URL: GITHUB_API_URL. */
  url: string;
  /** GITHUB_GRAPHQL_URL. */
  graphqlUrl: string;
  /** GITHUB_SERVER_URL. */
  serverUrl: string;
  /** ACTIONS_RESULTS_URL (an origin with a trailing slash, like the real one). */
  resultsUrl: string;
  /** Origin of the blob store that signed artifact URLs point to. */
  blobUrl: string;
  /** The Actions OIDC issuer (iss claim, discovery, JWKS); `oidc.sign` mints arbitrary tokens. */
  oidc: OidcIssuer;
  /** A GITHUB_TOKEN with write-all permissions. */
  token: string;
  state: FakeState;
  /** Every request answered by any service, in order. */
  requests: LoggedRequest[];
  faults: Faults;
  /** Issues another installation token; scopes not listed are `none` (metadata is always read). */
  issueToken(permissions?: Partial<Permissions>): string;
  /** A token with every scope read-only: what a pull request from a fork gets. */
  readOnlyToken(): string;
  /** ACTIONS_RUNTIME_TOKEN for a job of this run. */
  runtimeToken(run: WorkflowRun): Promise<string>;
  /** ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN for a job of this run (`permissions: id-token: write`). */
  idTokenRequest(run: WorkflowRun): { url: string; token: string };
  close(): Promise<void>;
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const now = options.now ?? (() => new Date());
  const state = new FakeState(options.repository ?? {}, now);
  const tokens = new TokenRegistry();
  const runtimeTokens = new RuntimeTokens();
  const faults = new Faults();
  const requests: LoggedRequest[] = [];
  const signer = new BlobSigner(now);
  const serverUrl = options.serverUrl ?? 'https://github.com';

  const requestTokens = new Map<string, WorkflowRun>();
  const oidc = await startOidcIssuer({
    log: requests,
    resolve: (token, path) => {
      const run = requestTokens.get(token);
      // The token is bound to the job whose URL it was handed out with.
      return run && path.includes(`/plans/${run.backendId}/jobs/${run.jobBackendId}/`) ? githubClaims(state, run) : undefined;
    },
  });
  const blob = await listen(blobHandler({ state, signer, faults, log: requests }));
  signer.origin = blob.origin;
  const results = await listen(resultsHandler({ state, runtimeTokens, signer, faults, log: requests }));
  let apiUrl = '';
  const api = await listen(
    restHandler({
      state,
      tokens,
      faults,
      log: requests,
      blobs: signer,
      routes: [...repoRoutes, ...actionsRoutes, ...issueRoutes, ...checkRoutes, ...pullRoutes, graphqlRoute],
      rateLimit: { installation: options.rateLimit?.installation ?? 1000, anonymous: options.rateLimit?.anonymous ?? 60 },
      urls: () => ({ apiUrl, serverUrl }),
    }),
  );
  apiUrl = api.origin;

  return {
    url: apiUrl,
    graphqlUrl: `${apiUrl}/graphql`,
    serverUrl,
    resultsUrl: `${results.origin}/`,
    blobUrl: blob.origin,
    oidc,
    token: tokens.issue(WRITE_ALL),
    state,
    requests,
    faults,
    issueToken: (permissions) => tokens.issue(permissions),
    readOnlyToken: () => tokens.issue(READ_ONLY),
    runtimeToken: (run) => runtimeTokens.mint(run, results.origin),
    idTokenRequest: (run) => {
      const token = newRequestToken();
      requestTokens.set(token, run);
      return { url: `${oidc.issuer}/_apis/distributedtask/hubs/Actions/plans/${run.backendId}/jobs/${run.jobBackendId}/idtoken?api-version=2.0`, token };
    },
    close: async () => {
      await Promise.all([api.close(), results.close(), blob.close(), oidc.close()]);
    },
  };
}

export { startOidcIssuer, githubClaims, type OidcIssuer } from './oidc.js';
export { GITHUB_ACTIONS_BOT, FakeState } from './state.js';
export type * from './state.js';
export { READ_ONLY, WRITE_ALL, type Permissions, type PermissionScope, type PermissionLevel } from './tokens.js';
export type { LoggedRequest, Service } from './request-log.js';
export type { FaultKind } from './faults.js';
export { workflowEnv, eventPayload, type WorkflowEnvOptions } from './workflow-env.js';
export { uploadArtifact } from './upload.js';
