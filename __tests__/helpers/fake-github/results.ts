// The Actions results service's ArtifactService, spoken as Twirp JSON (what @actions/artifact v2+
// uses): POST /twirp/github.actions.results.api.v1.ArtifactService/<Method> with the runtime token.
// JSON uses proto field names; int64 values travel as strings; errors are {code, msg}.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BlobSigner } from './blob.js';
import type { Faults } from './faults.js';
import { readBody, requestUrl, sendJson } from './http.js';
import { describeRequest, type LoggedRequest } from './request-log.js';
import type { Artifact, FakeState, WorkflowRun } from './state.js';
import type { RuntimeTokens } from './tokens.js';

const SERVICE_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';
const TWIRP_STATUS: Record<string, number> = { invalid_argument: 400, unauthenticated: 401, permission_denied: 403, not_found: 404, already_exists: 409, bad_route: 404, internal: 500, unavailable: 503, resource_exhausted: 429 };

class TwirpError extends Error {
  constructor(
    readonly code: keyof typeof TWIRP_STATUS,
    message: string,
  ) {
    super(message);
  }
}

interface Caller {
  run: WorkflowRun;
  jobBackendId: string;
}

type Request = Record<string, unknown>;

export interface ResultsDeps {
  state: FakeState;
  runtimeTokens: RuntimeTokens;
  signer: BlobSigner;
  faults: Faults;
  log: LoggedRequest[];
}

export function resultsHandler(deps: ResultsDeps) {
  const { state, signer } = deps;

  const field = (request: Request, name: string): string => {
    const value = request[name];
    if (typeof value !== 'string' || value === '') throw new TwirpError('invalid_argument', `${name} is required`);
    return value;
  };

  /** The run named in the request must be the caller's own (its token's Actions.Results scope). */
  const ownRun = (caller: Caller, request: Request) => {
    if (field(request, 'workflow_run_backend_id') !== caller.run.backendId || field(request, 'workflow_job_run_backend_id') !== caller.jobBackendId) {
      throw new TwirpError('permission_denied', 'the runtime token does not grant access to this workflow run');
    }
  };

  const runArtifacts = (run: WorkflowRun) => state.artifacts.filter((artifact) => artifact.runId === run.id);

  const monolith = (artifact: Artifact, run: WorkflowRun) => ({
    workflow_run_backend_id: run.backendId,
    workflow_job_run_backend_id: run.jobBackendId,
    database_id: String(artifact.id),
    name: artifact.name,
    size: String(artifact.size),
    created_at: artifact.createdAt.toISOString(),
    ...(artifact.digest ? { digest: artifact.digest } : {}),
  });

  const methods: Record<string, (caller: Caller, request: Request) => unknown> = {
    CreateArtifact(caller, request) {
      ownRun(caller, request);
      const name = field(request, 'name');
      if (request['version'] !== 4 && request['version'] !== 7) throw new TwirpError('invalid_argument', `unsupported artifact version ${String(request['version'])}`);
      if (runArtifacts(caller.run).some((artifact) => artifact.name === name && artifact.finalized)) {
        throw new TwirpError('already_exists', `an artifact with this name already exists on the workflow run`);
      }
      // A retried upload of an unfinalized artifact replaces it.
      const stale = runArtifacts(caller.run).find((artifact) => artifact.name === name);
      if (stale) state.artifacts.splice(state.artifacts.indexOf(stale), 1);
      const expiresAt = typeof request['expires_at'] === 'string' ? new Date(request['expires_at']) : undefined;
      const artifact = state.addArtifact(caller.run, name, expiresAt);
      return { ok: true, signed_upload_url: signer.sign(artifact.blobPath, 'cw', 6 * 3600) };
    },
    FinalizeArtifact(caller, request) {
      ownRun(caller, request);
      const artifact = runArtifacts(caller.run).find((candidate) => candidate.name === field(request, 'name') && !candidate.finalized);
      if (!artifact) throw new TwirpError('not_found', 'artifact not found');
      const blob = state.blobs.get(artifact.blobPath);
      if (!blob) throw new TwirpError('not_found', 'artifact content was not uploaded');
      const digest = request['hash'];
      state.finalizeArtifact(artifact, blob.bytes.length, typeof digest === 'string' ? digest : null);
      return { ok: true, artifact_id: String(artifact.id) };
    },
    ListArtifacts(caller, request) {
      // Same-run listing: the run named in the request must be the caller's.
      if (field(request, 'workflow_run_backend_id') !== caller.run.backendId) throw new TwirpError('permission_denied', 'the runtime token does not grant access to this workflow run');
      const nameFilter = request['name_filter'];
      const idFilter = request['id_filter'];
      const artifacts = runArtifacts(caller.run).filter(
        (artifact) =>
          artifact.finalized && !state.isExpired(artifact) && (typeof nameFilter !== 'string' || artifact.name === nameFilter) && (typeof idFilter !== 'string' || String(artifact.id) === idFilter),
      );
      return { artifacts: artifacts.map((artifact) => monolith(artifact, caller.run)) };
    },
    GetSignedArtifactURL(caller, request) {
      if (field(request, 'workflow_run_backend_id') !== caller.run.backendId) throw new TwirpError('permission_denied', 'the runtime token does not grant access to this workflow run');
      const artifact = runArtifacts(caller.run).find((candidate) => candidate.finalized && candidate.name === field(request, 'name'));
      if (!artifact || state.isExpired(artifact)) throw new TwirpError('not_found', 'artifact not found');
      return { signed_url: signer.sign(artifact.blobPath, 'r', 3600, `attachment; filename="${artifact.name}.zip"`) };
    },
    DeleteArtifact(caller, request) {
      ownRun(caller, request);
      const artifact = runArtifacts(caller.run).find((candidate) => candidate.finalized && candidate.name === field(request, 'name'));
      if (!artifact) throw new TwirpError('not_found', 'artifact not found');
      state.artifacts.splice(state.artifacts.indexOf(artifact), 1);
      state.blobs.delete(artifact.blobPath);
      return { ok: true, artifact_id: String(artifact.id) };
    },
  };

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = requestUrl(req);
    const raw = await readBody(req);
    const route = `${req.method} ${url.pathname}`;
    let status = 200;
    let reply: unknown;
    try {
      const method = url.pathname.startsWith(SERVICE_PREFIX) ? methods[url.pathname.slice(SERVICE_PREFIX.length)] : undefined;
      if (req.method !== 'POST' || !method) throw new TwirpError('bad_route', `no handler for path "${url.pathname}"`);
      const fault = deps.faults.take(route);
      if (fault) throw new TwirpError(fault.kind === 429 ? 'resource_exhausted' : fault.kind === 503 || fault.kind === 502 ? 'unavailable' : 'internal', 'injected failure');
      const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
      const ids = token ? await deps.runtimeTokens.verify(token) : undefined;
      if (!ids) throw new TwirpError('unauthenticated', 'invalid or missing runtime token');
      const run = state.runs.find((candidate) => candidate.backendId === ids.runBackendId);
      if (!run) throw new TwirpError('not_found', 'workflow run not found');
      let request: Request;
      try {
        request = JSON.parse(raw.toString('utf8')) as Request;
      } catch {
        throw new TwirpError('invalid_argument', 'the request body is not valid JSON');
      }
      reply = method({ run, jobBackendId: ids.jobBackendId }, request);
    } catch (error) {
      if (!(error instanceof TwirpError)) throw error;
      status = TWIRP_STATUS[error.code] ?? 500;
      reply = { code: error.code, msg: error.message };
    }
    sendJson(res, status, reply);
    deps.log.push({ service: 'results', ...describeRequest(req, url), route, body: raw.toString('utf8'), status, at: new Date() });
  };
}
