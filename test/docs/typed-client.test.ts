import { mkdirSync, writeFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { documentsOn } from '../../examples/client.js';
import { ROOT } from '../helpers/paths.js';
import { useServer } from '../helpers/server.js';

const server = useServer();

/** Type-checks a snippet against the generated client types; returns the compiler's messages. */
function compile(name: string, body: string): string[] {
  mkdirSync(`${ROOT}/.tmp/typed-client`, { recursive: true });
  const file = `${ROOT}/.tmp/typed-client/${name}.ts`;
  writeFileSync(file, `import { corpusClient } from '../../examples/client.js';\nconst api = corpusClient('http://localhost:3000');\n${body}\nexport {};\n`);
  const program = ts.createProgram([file], {
    strict: true, noEmit: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022, skipLibCheck: true, types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('typed client from the generated OpenAPI types', () => {
  it('rejects a threat outside the corpus vocabulary at compile time, and accepts lists and negations', () => {
    expect(compile('bad-threat', `await api.GET('/v1/documents', { params: { query: { threat: 'drug' } } });`).join('\n')).toMatch(/"drug"/);
    expect(compile('bad-series', `await api.GET('/v1/meetings', { params: { query: { series: 'asean-summits' } } });`)).not.toEqual([]);
    expect(compile('good', `await api.GET('/v1/documents', { params: { query: { threat: ['drugs', 'trafficking'], org: '!asean', type: 'convention', year: 2016 } } });`)).toEqual([]);
  });

  it('keeps every field of a list item required when fields= is not used', () => {
    const body = `const { data } = await api.GET('/v1/documents', { params: { query: { limit: 1 } } });
const title: string = data!.data[0]!.title;
const summary: string = data!.data[0]!.summary;
const self: string = data!.data[0]!.links.self;
console.log(title, summary, self);`;
    expect(compile('required-fields', body)).toEqual([]);
  });

  it('sends lists as comma lists to a live server', async () => {
    const documents = await documentsOn(server.url, ['drugs', 'trafficking'], 2016);
    expect(documents.length).toBeGreaterThan(0);
    expect(documents.every((d) => d.date.startsWith('2016') && d.url.startsWith(server.url))).toBe(true);
  });
});
