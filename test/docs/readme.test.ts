import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';
import { useServer } from '../helpers/server.js';

/** Every curl line of the README, run against a live server: the examples cannot rot. */
const server = useServer();

interface Example { line: string; url: string; headers: Record<string, string>; expected: number }

/** The subset of curl the README uses: -s, -H 'Name: value', a quoted URL, and `# expect NNN`. */
function parseCurl(line: string): Example {
  const [command, comment = ''] = line.split(/\s+#\s*/, 2);
  const tokens = [...command!.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2]!);
  const headers: Record<string, string> = {};
  let url = '';
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token === '-s') continue;
    if (token === '-H') {
      const [name, ...value] = tokens[++i]!.split(':');
      headers[name!.trim()] = value.join(':').trim();
    } else if (token.startsWith('http')) url = token;
    else throw new Error(`unsupported curl argument ${token} in: ${line}`);
  }
  const expected = Number(/expect (\d{3})/.exec(comment)?.[1] ?? 200);
  return { line, url, headers, expected };
}

const readme = readFileSync(`${ROOT}/README.md`, 'utf8');
const examples = readme.split('\n').filter((l) => l.startsWith('curl ')).map(parseCurl);

describe('README examples', () => {
  it('has a cookbook covering every /v1 route', () => {
    const spec = JSON.parse(readFileSync(`${ROOT}/openapi/openapi.json`, 'utf8')) as { paths: Record<string, unknown> };
    const routes = Object.keys(spec.paths).filter((p) => p.startsWith('/v1/'));
    const pattern = (route: string) => new RegExp(`^http://localhost:3000${route.replace(/\{[^}]+\}/g, '[^/?]+')}(\\?|$)`);
    for (const route of routes) expect(examples.some((e) => pattern(route).test(e.url)), route).toBe(true);
  });

  it.each(examples.map((e) => [e.line, e] as const))('%s', async (_line, example) => {
    expect(example.url).toMatch(/^http:\/\/localhost:3000\//);
    const res = await fetch(example.url.replace('http://localhost:3000', server.url), { headers: example.headers });
    const body = await res.text();
    expect(res.status, body.slice(0, 300)).toBe(example.expected);
    expect(body.length).toBeGreaterThan(0);
  });
});

describe('README TypeScript example', () => {
  it('compiles against the generated client types and runs against a live server', async () => {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const ts = (await import('typescript')).default;
    const snippet = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(snippet).toBeDefined();
    mkdirSync(`${ROOT}/.tmp/readme`, { recursive: true });
    const file = `${ROOT}/.tmp/readme/snippet.ts`;
    writeFileSync(file, `${snippet!.replace("'../openapi/schema.js'", "'../../openapi/schema.js'")}\nexport {};\n`);
    const program = ts.createProgram([file], {
      strict: true, noEmit: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022, skipLibCheck: true, types: ['node'],
    });
    expect(ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
    const runnable = `${ROOT}/.tmp/readme/snippet-live.ts`;
    writeFileSync(runnable, snippet!.replace("'../openapi/schema.js'", "'../../openapi/schema.js'").replace('http://localhost:3000', server.url));
    const lines: string[] = [];
    const log = console.log;
    console.log = (...args: unknown[]) => { lines.push(args.join(' ')); };
    try {
      await import(runnable);
    } finally {
      console.log = log;
    }
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.startsWith('2016'))).toBe(true);
  });
});
