// Small node:http plumbing shared by the fake's servers: listening on an ephemeral
// loopback port, reading bodies, and matching octokit-style route templates.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export interface Listening {
  server: Server;
  origin: string;
  close(): Promise<void>;
}

/** Serves `handler` on 127.0.0.1 with an OS-chosen port; each fake service gets its own origin. */
export async function listen(handler: Handler): Promise<Listening> {
  const server = createServer((req, res) => {
    handler(req, res).catch((error: unknown) => {
      // A crash in the fake must be loud in the test output, and visible to the client as a 500.
      console.error('fake-github internal error', error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('fake-github internal error');
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function requestUrl(req: IncomingMessage): URL {
  return new URL(req.url ?? '/', 'http://fake.invalid');
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) });
  res.end(text);
}

/** A route template in octokit's spelling, e.g. `GET /repos/{owner}/{repo}/issues/{issue_number}/comments`. */
export interface RouteMatch {
  route: string;
  params: Record<string, string>;
}

export class RouteTable<T> {
  private readonly entries: { route: string; method: string; pattern: RegExp; names: string[]; value: T }[] = [];

  add(route: string, value: T): void {
    const [method, template] = route.split(' ') as [string, string];
    const names: string[] = [];
    const source = template
      .split(/(\{[a-z_]+\})/)
      .map((part) => {
        const name = /^\{([a-z_]+)\}$/.exec(part)?.[1];
        if (!name) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(name);
        return '([^/]+)';
      })
      .join('');
    this.entries.push({ route, method, pattern: new RegExp(`^${source}$`), names, value });
  }

  match(method: string, path: string): (RouteMatch & { value: T }) | undefined {
    for (const entry of this.entries) {
      if (entry.method !== method) continue;
      const found = entry.pattern.exec(path);
      if (!found) continue;
      const params: Record<string, string> = {};
      entry.names.forEach((name, index) => (params[name] = decodeURIComponent(found[index + 1] ?? '')));
      return { route: entry.route, params, value: entry.value };
    }
    return undefined;
  }
}

export function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
