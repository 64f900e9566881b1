import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../../src/app.js';
import { testConfig } from '../../src/config.js';
import { TEST_DATABASE } from './paths.js';

/** A real server on a free loopback port, for tools that speak HTTP themselves (newman, fetch). */
export function useServer() {
  const holder: { app?: FastifyInstance; url?: string } = {};
  beforeAll(async () => {
    holder.app = await buildApp(testConfig({ DATABASE_PATH: TEST_DATABASE }));
    await holder.app.listen({ port: 0, host: '127.0.0.1' });
    holder.url = `http://127.0.0.1:${(holder.app.server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await holder.app?.close();
  });
  return {
    get url() {
      if (!holder.url) throw new Error('server not started yet');
      return holder.url;
    },
  };
}
