// Check runs: create, update (annotations accumulate across updates), get, list for a commit,
// and list annotations, with GitHub's limit of 50 annotations per request.
import type { Annotation, CheckRun } from '../state.js';
import { invalidRequest, isoSeconds, notFound, paginate, stringField, type RestContext, type RestRoute } from './context.js';

const STATUSES = ['queued', 'in_progress', 'completed', 'waiting', 'requested', 'pending'];
const CONCLUSIONS = ['action_required', 'cancelled', 'failure', 'neutral', 'success', 'skipped', 'stale', 'timed_out'];
const LEVELS = ['notice', 'warning', 'failure'];
const MAX_ANNOTATIONS_PER_REQUEST = 50;
const MAX_OUTPUT_CHARACTERS = 65535;
const GITHUB_ACTIONS_APP = { id: 15368, slug: 'github-actions', name: 'GitHub Actions' };

function checkRunJson(run: CheckRun, context: RestContext) {
  const { apiUrl, serverUrl, state } = context;
  const url = `${apiUrl}/repos/${state.fullName}/check-runs/${run.id}`;
  return {
    id: run.id,
    name: run.name,
    node_id: Buffer.from(`CR_${run.id}`).toString('base64url'),
    head_sha: run.headSha,
    external_id: run.externalId,
    url,
    html_url: `${serverUrl}/${state.fullName}/runs/${run.id}`,
    details_url: run.detailsUrl,
    status: run.status,
    conclusion: run.conclusion,
    started_at: isoSeconds(run.startedAt),
    completed_at: isoSeconds(run.completedAt),
    output: { ...run.output, annotations_count: run.annotations.length, annotations_url: `${url}/annotations` },
    check_suite: { id: run.id + 1 },
    app: GITHUB_ACTIONS_APP,
    pull_requests: [],
  };
}

function oneOf(value: unknown, name: string, allowed: string[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw invalidRequest(`For 'properties/${name}', ${JSON.stringify(value)} is not one of ${JSON.stringify(allowed)}.`);
  }
  return value;
}

function characters(text: string | null): number {
  return text === null ? 0 : [...text].length;
}

/** Validates `output` as GitHub's schema does and returns the annotations it carries. */
function applyOutput(run: CheckRun, output: unknown): void {
  if (output === undefined) return;
  if (typeof output !== 'object' || output === null) throw invalidRequest(`For 'properties/output', ${JSON.stringify(output)} is not an object.`);
  const fields = output as Record<string, unknown>;
  const title = stringField(fields, 'title');
  const summary = stringField(fields, 'summary');
  if (title === undefined) throw invalidRequest(`"title" wasn't supplied.`);
  if (summary === undefined) throw invalidRequest(`"summary" wasn't supplied.`);
  const text = stringField(fields, 'text') ?? null;
  for (const [name, value] of [['summary', summary], ['text', text]] as const) {
    if (characters(value) > MAX_OUTPUT_CHARACTERS) throw invalidRequest(`For 'properties/${name}', only ${MAX_OUTPUT_CHARACTERS} characters are allowed; ${characters(value)} were supplied.`);
  }
  const annotations = fields['annotations'] ?? [];
  if (!Array.isArray(annotations)) throw invalidRequest(`For 'properties/annotations', ${JSON.stringify(annotations)} is not an array.`);
  if (annotations.length > MAX_ANNOTATIONS_PER_REQUEST) {
    throw invalidRequest(`No more than ${MAX_ANNOTATIONS_PER_REQUEST} items are allowed; ${annotations.length} were supplied.`);
  }
  const valid = annotations.map((entry: unknown): Annotation => {
    const annotation = (entry ?? {}) as Record<string, unknown>;
    for (const required of ['path', 'start_line', 'end_line', 'annotation_level', 'message']) {
      if (annotation[required] === undefined) throw invalidRequest(`"${required}" wasn't supplied.`);
    }
    oneOf(annotation['annotation_level'], 'annotation_level', LEVELS);
    if (!Number.isInteger(annotation['start_line']) || !Number.isInteger(annotation['end_line'])) {
      throw invalidRequest(`For 'properties/start_line', ${JSON.stringify(annotation['start_line'])} is not an integer.`);
    }
    return annotation as unknown as Annotation;
  });
  run.output = { title, summary, text };
  run.annotations.push(...valid);
}

function applyStatus(run: CheckRun, body: Record<string, unknown>, now: Date): void {
  const status = oneOf(body['status'], 'status', STATUSES);
  const conclusion = oneOf(body['conclusion'], 'conclusion', CONCLUSIONS);
  // "Providing conclusion will automatically set the status parameter to completed."
  if (conclusion) {
    run.conclusion = conclusion;
    run.status = 'completed';
    run.completedAt = body['completed_at'] ? new Date(String(body['completed_at'])) : now;
  } else if (status === 'completed') {
    throw invalidRequest(`"conclusion" wasn't supplied.`);
  } else if (status) run.status = status;
}

function findCheckRun(context: RestContext): CheckRun {
  const run = context.state.checkRuns.find((candidate) => candidate.id === Number(context.params['check_run_id']));
  if (!run) throw notFound();
  return run;
}

const write = { scope: 'checks', access: 'write' } as const;
const read = { scope: 'checks', access: 'read' } as const;

export const checkRoutes: RestRoute[] = [
  {
    route: 'POST /repos/{owner}/{repo}/check-runs',
    docs: 'https://docs.github.com/rest/checks/runs#create-a-check-run',
    permission: write,
    handle: (context) => {
      const { body, state } = context;
      const name = stringField(body, 'name');
      const headSha = stringField(body, 'head_sha');
      if (name === undefined) throw invalidRequest(`"name" wasn't supplied.`);
      if (headSha === undefined) throw invalidRequest(`"head_sha" wasn't supplied.`);
      if (!/^[0-9a-f]{40}$/.test(headSha)) throw invalidRequest(`No commit found for SHA: ${headSha}`);
      const run: CheckRun = {
        id: state.newId(),
        name,
        headSha,
        status: 'queued',
        conclusion: null,
        externalId: stringField(body, 'external_id') ?? null,
        detailsUrl: stringField(body, 'details_url') ?? null,
        startedAt: body['started_at'] ? new Date(String(body['started_at'])) : state.now(),
        completedAt: null,
        output: { title: null, summary: null, text: null },
        annotations: [],
      };
      applyStatus(run, body, state.now());
      applyOutput(run, body['output']);
      state.checkRuns.push(run);
      return { status: 201, body: checkRunJson(run, context) };
    },
  },
  {
    route: 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
    docs: 'https://docs.github.com/rest/checks/runs#update-a-check-run',
    permission: write,
    handle: (context) => {
      const run = findCheckRun(context);
      // Validate on a copy so a refused request leaves the check run untouched, as GitHub does.
      const draft: CheckRun = { ...run, output: { ...run.output }, annotations: [...run.annotations] };
      if (typeof context.body['name'] === 'string') draft.name = context.body['name'];
      applyStatus(draft, context.body, context.state.now());
      applyOutput(draft, context.body['output']);
      Object.assign(run, draft);
      return { status: 200, body: checkRunJson(run, context) };
    },
  },
  {
    route: 'GET /repos/{owner}/{repo}/check-runs/{check_run_id}',
    docs: 'https://docs.github.com/rest/checks/runs#get-a-check-run',
    permission: read,
    handle: (context) => ({ status: 200, body: checkRunJson(findCheckRun(context), context) }),
  },
  {
    route: 'GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations',
    docs: 'https://docs.github.com/rest/checks/runs#list-check-run-annotations',
    permission: read,
    handle: (context) => {
      const run = findCheckRun(context);
      const { page, headers } = paginate(context, run.annotations);
      return { status: 200, headers, body: page.map((annotation) => ({ start_column: null, end_column: null, title: null, raw_details: null, ...annotation, blob_href: `${context.serverUrl}/${context.state.fullName}/blob/${run.headSha}/${annotation.path}` })) };
    },
  },
  {
    route: 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
    docs: 'https://docs.github.com/rest/checks/runs#list-check-runs-for-a-git-reference',
    permission: read,
    handle: (context) => {
      const { query, state } = context;
      const ref = context.params['ref']!;
      // Only commit SHAs are resolved; the fake keeps no branch → commit mapping.
      let runs = state.checkRuns
        .filter((run) => run.headSha === ref)
        .filter((run) => !query.get('check_name') || run.name === query.get('check_name'))
        .filter((run) => !query.get('status') || run.status === query.get('status'))
        .sort((a, b) => b.id - a.id);
      if ((query.get('filter') ?? 'latest') === 'latest') runs = runs.filter((run, index) => runs.findIndex((other) => other.name === run.name) === index);
      const { page, headers } = paginate(context, runs);
      return { status: 200, headers, body: { total_count: runs.length, check_runs: page.map((run) => checkRunJson(run, context)) } };
    },
  },
];
