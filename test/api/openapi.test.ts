import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useApp } from '../helpers/app.js';
import { ROOT } from '../helpers/paths.js';

const api = useApp();

describe('OpenAPI', () => {
  it('serves an OpenAPI 3.1 document with every route and an operationId on each', async () => {
    const res = await api.request().get('/openapi.json').expect(200);
    expect(res.body.openapi).toBe('3.1.0');
    const operations = Object.values(res.body.paths as Record<string, Record<string, { operationId?: string }>>).flatMap((p) => Object.values(p));
    expect(operations.length).toBeGreaterThanOrEqual(14);
    expect(operations.every((o) => typeof o.operationId === 'string')).toBe(true);
  });

  it('matches the committed openapi/openapi.json (run npm run openapi after changing a route)', async () => {
    const committed = JSON.parse(readFileSync(`${ROOT}/openapi/openapi.json`, 'utf8'));
    expect(api.app.swagger()).toEqual(committed);
  });

  it('serves Swagger UI at /docs', async () => {
    const res = await api.request().get('/docs/').redirects(1);
    expect(res.status).toBe(200);
    expect(res.text).toMatch(/swagger/i);
  });
});
