import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { Socket } from 'node:net';
import { problemBody, sendProblem } from './problem.js';

/** Errors Fastify's router raises before a route runs (bad percent-encoding, over-long id). */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return sendProblem(request, reply, { status: 414, title: 'URI Too Long', detail: 'a path segment of this URL is too long', parameter: 'id' });
  }
  return sendProblem(request, reply, { status: 400, title: 'Bad Request', detail: 'the URL is not validly percent-encoded' });
}

/**
 * Errors Node's HTTP parser raises before Fastify sees a request (headers or URL over the size
 * limit, malformed requests, timeouts): answered as problem+json on the raw socket, then closed.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, title, detail] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'Request Timeout', 'the request took too long to arrive']
    : error.code === 'HPE_HEADER_OVERFLOW' ? [431, 'Request Header Fields Too Large', 'the request line or headers are larger than this server accepts']
    : [400, 'Bad Request', 'the request is not valid HTTP'];
  const body = JSON.stringify(problemBody({ status, title, detail }));
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  }
  socket.destroy(error);
}
