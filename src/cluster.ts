import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import { loadConfigOrExit } from './config.js';

/**
 * One server per core on one machine: `node dist/cluster.js` (or `npm run start:cluster`). The
 * workers share the port through node:cluster; WORKERS sets their number (0: one per core). A
 * worker that dies after it listened is replaced; one that dies before stops the whole (its
 * failure would only repeat). SIGTERM and SIGINT are passed on, and each worker drains as
 * server.ts does; the exit code is the worst of theirs.
 */
if (cluster.isPrimary) {
  const config = loadConfigOrExit();
  const count = config.WORKERS || availableParallelism();
  const listened = new WeakSet<Worker>();
  let stopping = false;
  let exitCode = 0;

  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  cluster.on('listening', (worker, address) => {
    listened.add(worker);
    if (Object.values(cluster.workers ?? {}).every((w) => w && listened.has(w))) {
      console.log(`cluster: ${count} worker${count === 1 ? '' : 's'} listening on ${address.address ?? config.HOST}:${address.port}`);
    }
  });
  cluster.on('exit', (worker, code, signal) => {
    exitCode = Math.max(exitCode, code ?? 1);
    if (!stopping && listened.has(worker)) {
      console.error(`cluster: worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
      cluster.fork();
      return;
    }
    if (!stopping) {
      console.error(`cluster: worker ${worker.process.pid} failed to start; stopping`);
      stop('SIGTERM');
    }
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(exitCode);
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => stop(signal));
  for (let i = 0; i < count; i++) cluster.fork();
} else {
  await import('./server.js');
}
