import { buildApp } from '../src/app.js';
import { configSchema } from '../src/config.js';

/** The API on a given database, rate limit and logs off, reporting its port to the parent. */
const config = { ...configSchema.parse({ RESPONSE_CACHE_MAX_BYTES: process.env.RESPONSE_CACHE_MAX_BYTES }), DATABASE_PATH: process.env.DATABASE_PATH!, LOG_LEVEL: 'silent' as const, RATE_LIMIT_MAX: 0 };
const app = await buildApp(config);
await app.listen({ port: 0, host: '127.0.0.1' });
process.send?.({ port: (app.server.address() as { port: number }).port });
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
