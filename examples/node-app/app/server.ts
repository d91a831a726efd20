// An HTTP service on node:http.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

const seen: { url: string; agent: string }[] = [];

/** Leak: the handler keeps every request's details "for the audit log". */
function auditedHandler(request: IncomingMessage, response: ServerResponse): void {
  seen.push({ url: `${request.url}`, agent: `${request.headers['user-agent']}:${seen.length}` }); // memleak: leak
  response.end('ok');
}

/** Clean: the same handler without the audit list. */
function plainHandler(request: IncomingMessage, response: ServerResponse): void {
  response.end(request.url === '/' ? 'ok' : 'not found');
}

export function startServer(audited: boolean): Server {
  return createServer(audited ? auditedHandler : plainHandler);
}
