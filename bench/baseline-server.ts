import Fastify from 'fastify';
import { readFileSync } from 'node:fs';

/**
 * The ceiling: plain Fastify routes returning static JSON objects. /static is a small object;
 * /payload/:name returns a copy of a real API response, so that a scenario can also be compared
 * with a server doing no work but sending the same bytes.
 */
const app = Fastify({ logger: false });
const small = { data: [{ id: 'static', title: 'A static JSON object' }], meta: { total: 1 } };
const payloads = process.env.PAYLOADS ? (JSON.parse(readFileSync(process.env.PAYLOADS, 'utf8')) as Record<string, unknown>) : {};
app.get('/static', async () => small);
app.get<{ Params: { name: string } }>('/payload/:name', async (request) => payloads[request.params.name] ?? small);
await app.listen({ port: 0, host: '127.0.0.1' });
process.send?.({ port: (app.server.address() as { port: number }).port });
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
