import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { checkDatabase } from './db/check-database.js';

/** The only file that listens. SIGTERM/SIGINT: turn unready, drain in-flight requests, exit 0. */
const config = loadConfig();
const problem = checkDatabase(config.DATABASE_PATH);
if (problem) {
  console.error(`cannot start: ${problem}. Rebuild it with: npm run db:build`);
  process.exit(1);
}
const app = await buildApp(config);
await app.listen({ port: config.PORT, host: config.HOST });

let closing = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    app.draining = true;
    app.log.info({ signal }, 'draining and shutting down');
    const force = setTimeout(() => {
      app.log.error('shutdown grace period elapsed; exiting');
      process.exit(1);
    }, config.SHUTDOWN_GRACE_MS);
    force.unref();
    app.close().then(() => process.exit(0), (error) => {
      app.log.error({ err: error }, 'error while closing');
      process.exit(1);
    });
  });
}
