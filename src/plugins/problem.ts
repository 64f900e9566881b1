import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { slugify } from '../domain/slug.js';
import { ApiError } from '../errors.js';
import { errorPage, isApiPath, prefersPage } from '../pages/error-page.js';
import { validationProblem } from '../routes/validation-problem.js';
import type { problemSchema } from '../schemas/common.js';

const PROBLEM_TYPE_BASE = 'https://sco-asean-corpus.example/problems/';

export type Problem = z.infer<typeof problemSchema>;

const TITLES: Record<number, string> = {
  400: 'Bad Request', 404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable', 413: 'Content Too Large',
  414: 'URI Too Long', 415: 'Unsupported Media Type', 429: 'Too Many Requests', 500: 'Internal Server Error', 503: 'Service Unavailable',
};

type ProblemInput = Omit<Problem, 'type' | 'instance'> & { type?: string };

export function problemBody(problem: ProblemInput, instance?: string): Problem {
  return { type: problem.type ?? `${PROBLEM_TYPE_BASE}${slugify(problem.title)}`, ...problem, ...(instance ? { instance } : {}) };
}

/**
 * The problem as problem+json, or, outside /v1 to a client that prefers HTML (a browser that
 * followed a link), as a page in the site's layout saying `pageDetail` (the detail by default).
 */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: ProblemInput, pageDetail: string = problem.detail) {
  const path = request.url.split('?')[0]!;
  reply.code(problem.status);
  if (!isApiPath(path)) reply.header('vary', 'Accept');
  if (prefersPage(path, request.headers.accept)) {
    return reply.type('text/html; charset=utf-8').send(errorPage(request.server.corpusMeta.corpus_version, problem.status, pageDetail).text);
  }
  const body = problemBody(problem, path.length > 200 ? undefined : path);
  return reply.type('application/problem+json; charset=utf-8').send(body);
}


/**
 * One mapping from every error to RFC 9457 problem+json. Client errors keep their message and
 * name the parameter; server errors are logged and say only "Internal Server Error".
 */
export const problemPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ApiError) {
      return sendProblem(request, reply, { status: error.status, title: error.title, detail: error.message, ...error.extra });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      return sendProblem(request, reply, { status: 400, title: 'Invalid request parameter', ...validationProblem(request, error.validation, error.validationContext) });
    }
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return sendProblem(request, reply, { status: 500, title: 'Internal Server Error', detail: 'The server failed to answer this request; it has been logged.' });
    }
    return sendProblem(request, reply, { status, title: TITLES[status] ?? 'Bad Request', detail: clientMessage(error, status) });
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]!;
    if (request.method !== 'GET' && request.method !== 'HEAD' && app.findRoute({ method: 'GET', url: path })) {
      reply.header('allow', 'GET, HEAD, OPTIONS');
      return sendProblem(request, reply, { status: 405, title: 'Method Not Allowed', detail: `${request.method} is not allowed here: this API is read-only`, parameter: 'method' },
        `${request.method} is not allowed at ${path.length > 200 ? `${path.slice(0, 200)}…` : path}: this site is read-only; follow a link or send a search instead.`);
    }
    const shown = path.length > 200 ? `${path.slice(0, 200)}…` : path;
    return sendProblem(request, reply, { status: 404, title: 'Not Found', detail: `no route ${request.method} ${shown}; see /openapi.json` }, `There is no page at ${shown}.`);
  });
});

/** Fastify's own client errors (bad JSON, body too large, …) carry safe messages; keep them short. */
function clientMessage(error: FastifyError, status: number): string {
  if (status === 413) return 'the request body is larger than this API accepts';
  if (status === 415) return 'this API takes no request bodies of that media type';
  return error.message.split('\n')[0]!.slice(0, 300);
}
