import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, TEST_DATABASE } from '../helpers/paths.js';

/**
 * What the Docker image runs, without Docker: the runtime stage's files (package.json, production
 * node_modules, dist/ compiled by tsc, data/), its CMD and its HEALTHCHECK, read from the Dockerfile.
 */
const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
const runtimeStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
const jsonArray = (pattern: RegExp) => JSON.parse(pattern.exec(runtimeStage)![1]!) as string[];
const command = jsonArray(/^CMD (\[.*\])$/m);
const healthcheck = jsonArray(/^HEALTHCHECK .*CMD (\[.*\])$/m);
const imageEnv = Object.fromEntries([...(/^ENV (.*)$/m.exec(runtimeStage)?.[1] ?? '').matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1]!, m[2]!]));

const app = join(mkdtempSync(join(tmpdir(), 'image-')), 'app');

/** The top-level packages `npm ci --omit=dev` installs, linked from this checkout's node_modules. */
function productionNodeModules(target: string): string[] {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
  const names = Object.entries(lock.packages)
    .filter(([path, entry]) => path.startsWith('node_modules/') && !path.slice('node_modules/'.length).includes('node_modules/') && !entry.dev)
    .map(([path]) => path.slice('node_modules/'.length))
    .filter((name) => existsSync(join(ROOT, 'node_modules', name)));
  for (const name of names) {
    mkdirSync(dirname(join(target, name)), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', name), join(target, name), 'dir');
  }
  return names;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const run = (argv: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, argv.slice(1), { cwd: app, encoding: 'utf8', env: { PATH: process.env.PATH!, ...imageEnv, ...env }, timeout: 20_000 });

let packages: string[] = [];

beforeAll(() => {
  const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', join(app, 'dist'), '--tsBuildInfoFile', join(app, 'dist/.tsbuildinfo')], { cwd: ROOT, encoding: 'utf8' });
  expect(tsc.stdout + tsc.stderr).toBe('');
  const info = spawnSync(process.execPath, [join(app, 'dist/cli/finish-build.js'), join(app, 'dist')], { cwd: ROOT, encoding: 'utf8' });
  expect(info.status, info.stderr).toBe(0);
  copyFileSync(join(ROOT, 'package.json'), join(app, 'package.json'));
  mkdirSync(join(app, 'data'));
  copyFileSync(TEST_DATABASE, join(app, 'data/corpus.sqlite'));
  packages = productionNodeModules(join(app, 'node_modules'));
}, 240_000);

describe('the Docker image', () => {
  it('is built on Node 24 LTS, Debian bookworm slim, and runs compiled JavaScript without tsx', () => {
    expect([...dockerfile.matchAll(/^FROM (\S+)/gm)].map((m) => m[1])).toEqual(['node:24-bookworm-slim', 'node:24-bookworm-slim']);
    expect(command).toEqual(['node', 'dist/server.js']);
    expect(runtimeStage).not.toMatch(/tsx|src\//);
    expect(dockerfile).toMatch(/node dist\/cli\/check-seed\.js/);
    expect(packages).toContain('fastify');
    for (const devOnly of ['tsx', 'typescript', 'vitest']) expect(packages).not.toContain(devOnly);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string }; dependencies: Record<string, string> };
    expect(pkg.dependencies.tsx).toBeUndefined();
    expect(pkg.engines.node).toBe('>=22');
  });

  it('serves from dist on production dependencies alone, and its HEALTHCHECK follows PORT', async () => {
    const port = await freePort();
    const env = { HOST: '127.0.0.1', PORT: String(port), DATABASE_PATH: join(app, 'data/corpus.sqlite'), LOG_LEVEL: 'warn' };
    expect(run(healthcheck, env).status).toBe(1); // nothing listens yet
    const server = spawn(process.execPath, command.slice(1), { cwd: app, env: { PATH: process.env.PATH!, ...imageEnv, ...env }, stdio: 'pipe' });
    let stderr = '';
    server.stderr.on('data', (chunk) => { stderr += String(chunk); });
    const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
    try {
      let ready = false;
      for (let attempt = 0; attempt < 150 && !ready && server.exitCode === null; attempt++) {
        ready = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);
        if (!ready) await new Promise((r) => setTimeout(r, 100));
      }
      expect(ready, stderr).toBe(true);
      expect((await fetch(`http://127.0.0.1:${port}/v1/documents/sco-charter-2002`)).status).toBe(200);
      // The pages' stylesheet, which tsc does not emit, is copied into dist by the build.
      const css = await fetch(`http://127.0.0.1:${port}/assets/explorer.css`);
      expect(css.status).toBe(200);
      expect(await css.text()).toBe(readFileSync(join(ROOT, 'src/pages/assets/explorer.css'), 'utf8'));
      const healthy = run(healthcheck, env);
      expect(healthy.status, healthy.stderr).toBe(0);
      // The image listens on 0.0.0.0; the check then asks through loopback.
      expect(run(healthcheck, { ...env, HOST: '0.0.0.0' }).status).toBe(0);
      expect(run(healthcheck, { ...env, PORT: String(port === 3000 ? 3001 : 3000) }).status).toBe(1);
    } finally {
      server.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  });
});

afterAll(() => {
  // Nothing to stop: the server is stopped in its test; the temporary directory stays for inspection.
});
