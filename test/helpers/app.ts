import type { FastifyInstance } from 'fastify';
import supertest from 'supertest';
import { afterAll, beforeAll, expect } from 'vitest';
import { buildApp } from '../../src/app.js';
import { testConfig, type Config } from '../../src/config.js';
import { TEST_DATABASE } from './paths.js';

/** An app on the test database for the tests of one file, closed after them. */
export function useApp(overrides: Partial<Config> = {}) {
  const holder: { app?: FastifyInstance } = {};
  beforeAll(async () => {
    holder.app = await buildApp(testConfig({ DATABASE_PATH: TEST_DATABASE, ...overrides }));
  });
  afterAll(async () => {
    await holder.app?.close();
  });
  return {
    get app() {
      if (!holder.app) throw new Error('app not built yet');
      return holder.app;
    },
    request() {
      return supertest(this.app.server);
    },
  };
}

/** The one error shape: RFC 9457 problem+json naming the parameter at fault. */
export function expectProblem(response: { status: number; headers: Record<string, string>; body: Record<string, unknown> }, status: number, parameter?: string) {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ status, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
  if (parameter !== undefined) expect(response.body.parameter).toBe(parameter);
  const text = JSON.stringify(response.body);
  expect(text).not.toMatch(/\bat .+\.(?:ts|js):\d+/);
  expect(text).not.toMatch(/SQLITE|SELECT |\/work\//);
}
