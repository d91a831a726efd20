// The example's HTTP service on a real socket (127.0.0.1, a free port), and a keep-alive client
// for it: one request per operation, as a load test would send them.
import { Agent, request as httpRequest } from 'node:http';
import { after, before } from 'node:test';
import type { AddressInfo } from 'node:net';
import { startServer } from '../app/server.js';

export function serve(audited: boolean): { get(path: string): Promise<number> } {
  const server = startServer(audited);
  // One connection for the whole test: the server must not close it while the collector reads
  // memory between batches (Node's default keep-alive timeout is 5 s, which a loaded machine
  // can exceed, and a reused socket closing under a request reads as ECONNRESET).
  server.keepAliveTimeout = 0;
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  before(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)));
  after(() => {
    agent.destroy();
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return {
    get: (path) =>
      new Promise((resolve, reject) => {
        const { port } = server.address() as AddressInfo;
        httpRequest({ host: '127.0.0.1', port, path, agent }, (response) => {
          response.resume();
          response.on('end', () => resolve(response.statusCode ?? 0));
        }).on('error', reject).end();
      }),
  };
}
