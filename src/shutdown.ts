import type { FastifyInstance } from 'fastify';

/**
 * Turns the app unready (so /readyz answers 503 and load balancers stop sending), lets in-flight
 * requests finish, closes the database, and resolves with the exit code: 0 when it drained in time.
 */
export async function drainAndClose(app: FastifyInstance, graceMs: number): Promise<number> {
  app.draining = true;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<number>((resolve) => {
    timer = setTimeout(() => {
      app.log.error(`shutdown: requests still running after ${graceMs} ms; exiting anyway`);
      resolve(1);
    }, graceMs);
    timer.unref();
  });
  const closed = app.close().then(() => 0, (error: unknown) => {
    app.log.error({ err: error }, 'shutdown: error while closing');
    return 1;
  });
  const code = await Promise.race([closed, timedOut]);
  clearTimeout(timer);
  return code;
}
