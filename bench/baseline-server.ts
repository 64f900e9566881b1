import Fastify from 'fastify';

/** The ceiling: a plain Fastify route that returns a static JSON object. */
const app = Fastify({ logger: false });
const body = { data: [{ id: 'static', title: 'A static JSON object' }], meta: { total: 1 } };
app.get('/static', async () => body);
await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
process.send?.({ port: (app.server.address() as { port: number }).port });
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
