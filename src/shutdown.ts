import type { FastifyInstance } from 'fastify';
import type { Server } from 'node:http';
import type { Socket } from 'node:net';

export interface DrainOptions {
  /** How long the listener stays open answering /readyz 503, so probes and load balancers see it. */
  delayMs: number;
  /** How long requests in flight may take to finish once the listener is closed. */
  graceMs: number;
}

/**
 * The sockets of `server`, so that a drain can close them: idle ones (connected but silent, or
 * kept alive after a response; server.close() leaves the first kind open until a timeout) at once,
 * busy ones as their response ends.
 */
export function trackSockets(server: Server) {
  const idle = new Set<Socket>();
  let draining = false;
  server.on('connection', (socket: Socket) => {
    idle.add(socket);
    socket.once('close', () => idle.delete(socket));
  });
  server.on('request', (request, response) => {
    const socket = request.socket as Socket;
    idle.delete(socket);
    response.once('finish', () => {
      if (draining) socket.destroySoon();
      else if (!socket.destroyed) idle.add(socket);
    });
  });
  return {
    /** From now on every socket closes when its response ends; idle ones close now. */
    closeIdle() {
      draining = true;
      for (const socket of idle) socket.destroy();
      idle.clear();
    },
  };
}

/**
 * Turns the app unready (/readyz answers 503, new work 503 with Connection: close), closes idle
 * sockets and each kept-alive socket as its response ends, keeps listening for `delayMs` so that a
 * probe can see the 503, then closes the listener, lets in-flight requests finish, closes the
 * database, and resolves with the exit code: 0 when it drained within `graceMs`.
 */
export async function drainAndClose(app: FastifyInstance, options: DrainOptions): Promise<number> {
  app.draining = true;
  app.sockets.closeIdle();
  if (options.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, options.delayMs));

  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<number>((resolve) => {
    timer = setTimeout(() => {
      app.log.error(`shutdown: requests still running after ${options.graceMs} ms; exiting anyway`);
      resolve(1);
    }, options.graceMs);
    timer.unref();
  });
  const closed = app.close().then(() => 0, (error: unknown) => {
    app.log.error({ err: error }, 'shutdown: error while closing');
    return 1;
  });
  // Sockets that connected during the delay and never sent a request.
  app.sockets.closeIdle();
  const code = await Promise.race([closed, timedOut]);
  clearTimeout(timer);
  return code;
}
