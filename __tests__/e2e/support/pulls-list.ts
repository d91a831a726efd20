// A thin wrapper in front of the fake GitHub's REST origin that adds one endpoint the fake does
// not serve yet: GET /repos/{owner}/{repo}/pulls (list, with GitHub's `head=owner:branch` and
// `state` filters), which the publish stage uses to find a fork's pull request. Every other
// request is forwarded unchanged, so the fake still checks tokens and permissions for them.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeGitHub } from '../../helpers/fake-github/index.js';
import { pullJson } from '../../helpers/fake-github/rest/pulls.js';

export async function withPullsList(fake: FakeGitHub): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', fake.url);
    if (req.method === 'GET' && url.pathname === `/repos/${fake.state.fullName}/pulls`) {
      const head = url.searchParams.get('head');
      const state = url.searchParams.get('state') ?? 'open';
      const pulls = fake.state.pullRequests.filter(
        (pull) => (state === 'all' || pull.state === state) && (!head || `${pull.head.repoFullName.split('/')[0]}:${pull.head.ref}` === head),
      );
      const body = JSON.stringify(pulls.map((pull) => pullJson(pull, { state: fake.state, apiUrl: fake.url, serverUrl: fake.serverUrl })));
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(body);
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => name !== 'host' && name !== 'content-length').map(([name, value]) => [name, String(value)]));
    const upstream = await fetch(url, { method: req.method ?? 'GET', headers, body: chunks.length ? Buffer.concat(chunks) : undefined, redirect: 'manual' });
    const responseHeaders: Record<string, string> = {};
    upstream.headers.forEach((value, name) => {
      if (name !== 'content-encoding' && name !== 'content-length' && name !== 'transfer-encoding') responseHeaders[name] = value;
    });
    const payload = Buffer.from(await upstream.arrayBuffer());
    res.writeHead(upstream.status, { ...responseHeaders, 'content-length': String(payload.length) });
    res.end(payload);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
