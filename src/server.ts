import { buildApp } from './app.js';
import { loadConfigOrExit } from './config.js';
import { checkDatabase } from './db/check-database.js';
import { drainAndClose } from './shutdown.js';

/**
 * The only file that listens. SIGTERM (an orchestrator): turn unready, keep listening
 * SHUTDOWN_DELAY_MS so that probes see it, drain, exit 0. SIGINT (a person at a terminal): the same
 * without the delay.
 */
const config = loadConfigOrExit();
const problem = checkDatabase(config.DATABASE_PATH);
if (problem) {
  console.error(`cannot start: ${problem}; rebuild it with: npm run db:build`);
  process.exit(1);
}
const app = await buildApp(config);
await app.listen({ port: config.PORT, host: config.HOST });

let closing = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'draining and shutting down');
    const delayMs = signal === 'SIGTERM' ? config.SHUTDOWN_DELAY_MS : 0;
    void drainAndClose(app, { delayMs, graceMs: config.SHUTDOWN_GRACE_MS }).then((code) => process.exit(code));
  });
}
