// One error shape for every refusal: {error, message, problems?}. Bad input is always a 4xx
// that names the JSON pointer; only a fault of the service itself is a 500, and even then the
// client sees no stack trace.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { Problem } from '../../core/index.js';
import { AuthError } from '../auth/oidc.js';

export interface ErrorBody {
  error: string;
  message: string;
  problems?: { pointer: string; message: string }[];
}

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly problems?: ErrorBody['problems'],
  ) {
    super(message);
  }
}

export function invalidReport(problems: Problem[]): HttpError {
  const brokenJson = problems.some((problem) => problem.message.startsWith('not valid JSON'));
  const list = problems.map((problem) => ({ pointer: problem.pointer ?? '', message: problem.message }));
  return new HttpError(brokenJson ? 400 : 422, brokenJson ? 'invalid_json' : 'invalid_report', `request body: ${list[0]?.message ?? 'invalid report'}`, list);
}

function validationProblems(error: FastifyError): ErrorBody['problems'] {
  return (error.validation ?? []).map((issue) => {
    const missing = issue.keyword === 'required' ? `/${(issue.params as { missingProperty?: string }).missingProperty ?? ''}` : '';
    const pointer = `/${error.validationContext ?? 'request'}${issue.instancePath}${missing}`;
    return { pointer, message: `${pointer} ${issue.message ?? 'is invalid'}` };
  });
}

export function toErrorReply(error: FastifyError | HttpError | AuthError, request: FastifyRequest): { status: number; body: ErrorBody } {
  if (error instanceof HttpError) return { status: error.statusCode, body: { error: error.code, message: error.message, ...(error.problems && { problems: error.problems }) } };
  if (error instanceof AuthError) {
    const code = error.statusCode === 403 ? 'forbidden' : error.statusCode === 503 ? 'issuer_unavailable' : 'unauthorized';
    return { status: error.statusCode, body: { error: code, message: error.message } };
  }
  if ('validation' in error && error.validation) {
    const problems = validationProblems(error) ?? [];
    return { status: 400, body: { error: 'invalid_request', message: problems.map((p) => p.message).join('; '), problems } };
  }
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return { status: 413, body: { error: 'body_too_large', message: error.message, problems: [{ pointer: '', message: 'the request body is larger than the service accepts' }] } };
  }
  const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
  if (status >= 400 && status < 500) return { status, body: { error: error.code ?? 'bad_request', message: error.message, problems: [{ pointer: '', message: error.message }] } };
  request.log.error({ err: error }, 'request failed');
  return { status: 500, body: { error: 'internal', message: 'internal error: see the service log' } };
}

export function sendError(reply: FastifyReply, status: number, body: ErrorBody): FastifyReply {
  if (status === 401) reply.header('www-authenticate', 'Bearer realm="memleak"');
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}
