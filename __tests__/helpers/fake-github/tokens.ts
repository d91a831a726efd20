// The credentials the fake recognises: installation tokens like a workflow's GITHUB_TOKEN
// (with GitHub's per-scope permissions), and the Actions runtime token used by the results service.
import { randomBytes } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import type { WorkflowRun } from './state.js';

export type PermissionLevel = 'none' | 'read' | 'write';
export type PermissionScope = 'actions' | 'checks' | 'contents' | 'issues' | 'metadata' | 'pull_requests' | 'statuses';
export type Permissions = Record<PermissionScope, PermissionLevel>;

/** A workflow's GITHUB_TOKEN under the "permissive" default (what `permissions: write-all` grants). */
export const WRITE_ALL: Permissions = {
  actions: 'write',
  checks: 'write',
  contents: 'write',
  issues: 'write',
  metadata: 'read',
  pull_requests: 'write',
  statuses: 'write',
};

/** What GitHub gives a workflow triggered by a pull request from a fork: every scope read-only. */
export const READ_ONLY: Permissions = {
  actions: 'read',
  checks: 'read',
  contents: 'read',
  issues: 'read',
  metadata: 'read',
  pull_requests: 'read',
  statuses: 'read',
};

export interface InstallationGrant {
  kind: 'installation';
  token: string;
  installationId: number;
  permissions: Permissions;
}

export function allows(granted: PermissionLevel, needed: 'read' | 'write'): boolean {
  return needed === 'read' ? granted !== 'none' : granted === 'write';
}

export class TokenRegistry {
  private readonly grants = new Map<string, InstallationGrant>();
  private nextInstallation = 51000000;

  /** Issues a `ghs_…` installation token; scopes left out of `permissions` are `none`, as in a workflow's `permissions:` block. */
  issue(permissions: Partial<Permissions> = WRITE_ALL): string {
    const token = `ghs_${randomBytes(27).toString('base64url').replace(/[-_]/g, 'x').slice(0, 36)}`;
    const none = Object.fromEntries(Object.keys(READ_ONLY).map((scope) => [scope, 'none'])) as Permissions;
    const full: Permissions = { ...none, metadata: 'read', ...permissions };
    this.grants.set(token, { kind: 'installation', token, installationId: this.nextInstallation++, permissions: full });
    return token;
  }

  lookup(token: string): InstallationGrant | undefined {
    return this.grants.get(token);
  }
}

/**
 * Mints ACTIONS_RUNTIME_TOKEN values. @actions/artifact only decodes the JWT and reads the
 * `Actions.Results:<workflowRunBackendId>:<workflowJobRunBackendId>` entry of its space-separated
 * `scp` claim; the fake's results service additionally verifies the signature.
 */
export class RuntimeTokens {
  private readonly secret = randomBytes(32);

  async mint(run: WorkflowRun, issuer: string): Promise<string> {
    const scopes = [
      `Actions.GenericRead:00000000-0000-0000-0000-000000000000`,
      `Actions.UploadArtifacts:${run.backendId}:${run.jobBackendId}`,
      `Actions.Results:${run.backendId}:${run.jobBackendId}`,
    ];
    return new SignJWT({ scp: scopes.join(' '), ac: '[]', orchid: `${run.backendId}.memleak.__default` })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(issuer)
      .setAudience('vso:' + run.backendId)
      .setIssuedAt()
      .setNotBefore('0s')
      .setExpirationTime('6h')
      .sign(this.secret);
  }

  /** Returns the run/job backend ids the token grants, or undefined for a token this fake did not mint. */
  async verify(token: string): Promise<{ runBackendId: string; jobBackendId: string } | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.secret, { algorithms: ['HS256'] });
      const scope = String(payload['scp'] ?? '')
        .split(' ')
        .map((entry) => entry.split(':'))
        .find((parts) => parts[0] === 'Actions.Results' && parts.length === 3);
      return scope ? { runBackendId: scope[1]!, jobBackendId: scope[2]! } : undefined;
    } catch {
      return undefined;
    }
  }
}
