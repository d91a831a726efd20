// A stand-in for the Azure Blob Storage account behind GitHub's artifacts: SAS-style signed
// URLs, block uploads (Put Block + Put Block List, what @azure/storage-blob's uploadStream sends),
// single-shot Put Blob, and downloads. Like Azure, it refuses a request that carries an
// Authorization header next to a SAS signature, so a client leaking its GitHub token
// through the artifact redirect fails here as it would in production.
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Faults } from './faults.js';
import { headerValue, readBody, requestUrl } from './http.js';
import { describeRequest, type LoggedRequest } from './request-log.js';
import type { FakeState } from './state.js';

const AZURE_VERSION = '2025-01-05';

export class BlobSigner {
  private readonly secret = randomBytes(32);
  origin = '';

  constructor(private readonly now: () => Date) {}

  /** A SAS-like URL: `sp` the permissions (r read, c create, w write), `se` the expiry, `sig` an HMAC over them. */
  sign(path: string, permissions: string, lifetimeSeconds: number, contentDisposition?: string): string {
    const url = new URL(path, this.origin);
    url.searchParams.set('sv', AZURE_VERSION);
    url.searchParams.set('sr', 'b');
    url.searchParams.set('sp', permissions);
    url.searchParams.set('se', new Date(this.now().getTime() + lifetimeSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'));
    if (contentDisposition) url.searchParams.set('rscd', contentDisposition);
    url.searchParams.set('sig', this.signature(url.pathname, url.searchParams));
    return url.href;
  }

  /** Returns why the URL's signature does not grant `needed`, or undefined when it does. */
  refuse(url: URL, needed: string): string | undefined {
    const sig = url.searchParams.get('sig');
    if (!sig) return 'Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.';
    const expected = Buffer.from(this.signature(url.pathname, url.searchParams));
    const given = Buffer.from(sig);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      return 'Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.';
    }
    if (new Date(url.searchParams.get('se') ?? 0).getTime() < this.now().getTime()) return 'Signed expiry time has passed. Signature not valid in the specified time frame.';
    if (![...needed].every((permission) => url.searchParams.get('sp')?.includes(permission))) return 'This request is not authorized to perform this operation using this permission.';
    return undefined;
  }

  private signature(path: string, params: URLSearchParams): string {
    const signed = ['sv', 'sr', 'sp', 'se', 'rscd'].map((name) => params.get(name) ?? '').join('\n');
    return createHmac('sha256', this.secret).update(`${path}\n${signed}`).digest('base64');
  }
}

interface BlobServerDeps {
  state: FakeState;
  signer: BlobSigner;
  faults: Faults;
  log: LoggedRequest[];
}

export function blobHandler({ state, signer, faults, log }: BlobServerDeps) {
  /** Blocks staged with Put Block and not yet committed, per blob path. */
  const staged = new Map<string, Map<string, Buffer>>();

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = requestUrl(req);
    const body = await readBody(req);
    const method = req.method ?? 'GET';
    const comp = url.searchParams.get('comp');
    const route = `${method} /blob${comp ? `?comp=${comp}` : ''}`;
    const requestId = randomUUID();
    let status = 0;

    const reply = (code: number, headers: Record<string, string>, content: Buffer | string = '') => {
      status = code;
      res.writeHead(code, { 'x-ms-request-id': requestId, 'x-ms-version': AZURE_VERSION, date: new Date().toUTCString(), 'content-length': String(Buffer.byteLength(content)), ...headers });
      res.end(method === 'HEAD' ? undefined : content);
    };
    const fail = (code: number, errorCode: string, message: string) =>
      reply(
        code,
        { 'content-type': 'application/xml', 'x-ms-error-code': errorCode },
        `<?xml version="1.0" encoding="utf-8"?><Error><Code>${errorCode}</Code><Message>${message}\nRequestId:${requestId}\nTime:${new Date().toISOString()}</Message></Error>`,
      );

    const fault = faults.take(route);
    if (fault) {
      fail(fault.kind === 429 ? 503 : typeof fault.kind === 'number' ? fault.kind : 503, 'ServerBusy', 'The server is busy.');
    } else if (req.headers.authorization !== undefined) {
      fail(400, 'InvalidAuthenticationInfo', 'Authentication information is not given in the correct format. Check the value of Authorization header.');
    } else {
      const blobPath = url.pathname;
      const needed = method === 'GET' || method === 'HEAD' ? 'r' : 'w';
      const refusal = signer.refuse(url, needed);
      if (refusal) {
        fail(403, refusal.includes('permission') ? 'AuthorizationPermissionMismatch' : 'AuthenticationFailed', refusal);
      } else if (method === 'GET' || method === 'HEAD') {
        const blob = state.blobs.get(blobPath);
        if (!blob) fail(404, 'BlobNotFound', 'The specified blob does not exist.');
        else {
          const disposition = url.searchParams.get('rscd');
          reply(
            200,
            {
              'content-type': blob.contentType,
              'x-ms-blob-type': 'BlockBlob',
              etag: `"0x${blob.bytes.length.toString(16).toUpperCase()}"`,
              'accept-ranges': 'bytes',
              ...(disposition ? { 'content-disposition': disposition } : {}),
            },
            blob.bytes,
          );
        }
      } else if (method === 'PUT' && comp === 'block') {
        const blockId = url.searchParams.get('blockid');
        if (!blockId) fail(400, 'InvalidQueryParameterValue', 'Value for one of the query parameters specified in the request URI is invalid.');
        else {
          const blocks = staged.get(blobPath) ?? new Map<string, Buffer>();
          blocks.set(blockId, body);
          staged.set(blobPath, blocks);
          reply(201, { 'x-ms-request-server-encrypted': 'true' });
        }
      } else if (method === 'PUT' && comp === 'blocklist') {
        const ids = [...body.toString('utf8').matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g)].map((match) => match[2]!);
        const blocks = staged.get(blobPath) ?? new Map<string, Buffer>();
        if (ids.some((id) => !blocks.has(id))) fail(400, 'InvalidBlockList', 'The specified block list is invalid.');
        else {
          state.blobs.set(blobPath, { bytes: Buffer.concat(ids.map((id) => blocks.get(id)!)), contentType: headerValue(req, 'x-ms-blob-content-type') ?? 'application/octet-stream' });
          staged.delete(blobPath);
          reply(201, { etag: `"0x${randomBytes(8).toString('hex').toUpperCase()}"`, 'last-modified': new Date().toUTCString(), 'x-ms-request-server-encrypted': 'true' });
        }
      } else if (method === 'PUT' && !comp) {
        if (headerValue(req, 'x-ms-blob-type') !== 'BlockBlob') fail(400, 'MissingRequiredHeader', 'An HTTP header that\'s mandatory for this request is not specified.');
        else {
          state.blobs.set(blobPath, { bytes: body, contentType: headerValue(req, 'x-ms-blob-content-type') ?? headerValue(req, 'content-type') ?? 'application/octet-stream' });
          reply(201, { etag: `"0x${randomBytes(8).toString('hex').toUpperCase()}"`, 'last-modified': new Date().toUTCString(), 'x-ms-request-server-encrypted': 'true' });
        }
      } else {
        fail(400, 'UnsupportedHttpVerb', 'The resource doesn\'t support specified Http Verb.');
      }
    }
    log.push({ service: 'blob', ...describeRequest(req, url), route, body: `<${body.length} bytes>`, status, at: new Date() });
  };
}
