import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import newman from 'newman';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { documentsOn } from '../../examples/client.js';
import { ROOT } from '../helpers/paths.js';
import { useServer } from '../helpers/server.js';

const server = useServer();
const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, encoding: 'utf8' });

describe('generated artefacts match the OpenAPI document', () => {
  it('the committed Postman collection is what npm run postman writes', () => {
    const result = run('scripts/postman.ts', '--check');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('the committed client types are what npm run client:types writes', () => {
    const result = run('scripts/client-types.ts', '--check');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('the OpenAPI document passes Redocly lint (recommended) without errors or warnings', () => {
    const result = spawnSync(process.execPath, [`${ROOT}/node_modules/@redocly/cli/bin/cli.js`, 'lint', 'openapi/openapi.json'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout + result.stderr).toMatch(/Your API description is valid/);
    expect(result.stdout + result.stderr).not.toMatch(/You have \d+ warning/);
  });
});

describe('Postman collection', () => {
  const collection = JSON.parse(readFileSync(`${ROOT}/openapi/postman-collection.json`, 'utf8')) as { item: { name: string; item: unknown[] }[]; variable: { key: string }[] };

  it('has a folder per resource, a request per operation and a baseUrl variable', () => {
    const spec = JSON.parse(readFileSync(`${ROOT}/openapi/openapi.json`, 'utf8')) as { paths: Record<string, Record<string, unknown>> };
    const operations = Object.values(spec.paths).reduce((n, p) => n + Object.keys(p).length, 0);
    expect(collection.item.map((f) => f.name)).toEqual(expect.arrayContaining(['documents', 'meetings', 'activities', 'organizations', 'search', 'analysis', 'taxonomy']));
    expect(collection.item.reduce((n, f) => n + f.item.length, 0)).toBe(operations);
    expect(collection.variable.map((v) => v.key)).toContain('baseUrl');
  });

  const runAgainst = (baseUrl: string) => new Promise<newman.NewmanRunSummary>((resolve, reject) => {
    newman.run({ collection: collection as never, envVar: [{ key: 'baseUrl', value: baseUrl }], reporters: [] }, (error, result) => (error ? reject(error) : resolve(result)));
  });

  it('runs green under newman against a live server, every request checking its status and body', async () => {
    const summary = await runAgainst(server.url);
    expect(summary.run.failures.map((f) => `${f.source?.name}: ${f.error?.message?.slice(0, 300)}`)).toEqual([]);
    const operations = collection.item.reduce((n, f) => n + f.item.length, 0);
    expect(summary.run.stats.assertions.total).toBeGreaterThan(operations);
    const executions = summary.run.executions;
    expect(executions.length).toBe(collection.item.reduce((n, f) => n + f.item.length, 0));
    for (const execution of executions) {
      expect(execution.response?.code, execution.item.name).toBeGreaterThanOrEqual(200);
      expect(execution.response?.code, execution.item.name).toBeLessThan(300);
    }
  }, 60_000);

  it('fails under newman against a wrong base URL', async () => {
    const summary = await runAgainst(`${server.url}/not-the-api`);
    expect(summary.run.failures.length).toBeGreaterThanOrEqual(collection.item.reduce((n, f) => n + f.item.length, 0));
  }, 60_000);
});

describe('typed client', () => {
  it('compiles against the generated types', () => {
    const program = ts.createProgram([`${ROOT}/examples/client.ts`], {
      strict: true, noEmit: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022, skipLibCheck: true, types: [],
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  });

  it('lists documents by threat and year from a live server', async () => {
    const documents = await documentsOn(server.url, 'drugs', 2016);
    expect(documents.length).toBeGreaterThan(0);
    expect(documents.every((d) => d.date.startsWith('2016'))).toBe(true);
    expect(documents.map((d) => d.id)).toContain('asean-work-plan-illicit-drugs-2016-2025');
  });
});
