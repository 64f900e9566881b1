import { loadConfig } from '../config.js';

/**
 * The image's HEALTHCHECK: asks this container's server whether it is ready, on the PORT and HOST
 * it was started with (a wildcard HOST is reached through loopback). Exit 0 ready, 1 not.
 */
const WILDCARDS = new Set(['0.0.0.0', '::', '[::]']);

let exitCode = 1;
try {
  const config = loadConfig();
  const host = WILDCARDS.has(config.HOST) ? '127.0.0.1' : config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
  const response = await fetch(`http://${host}:${config.PORT}/readyz`, { signal: AbortSignal.timeout(2_000) });
  if (response.ok) exitCode = 0;
  else console.error(`healthcheck: /readyz answered ${response.status}`);
} catch (error) {
  console.error(`healthcheck: ${(error as Error).message}`);
}
process.exit(exitCode);
