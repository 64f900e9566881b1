import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { configSchema } from '../../src/config.js';
import { ROOT } from '../helpers/paths.js';

/**
 * deploy/kubernetes against the Kubernetes API schemas as the kubernetes-models package ships them:
 * its ajv validators (types, enums, required fields) and its TypeScript types (which, unlike the
 * schemas, reject a misspelt field), then what the manifests must say about this API.
 */
const DIR = join(ROOT, 'deploy/kubernetes');
type Manifest = { apiVersion: string; kind: string; metadata: { name: string }; spec: Record<string, any> };

const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml').sort();
const manifests = files.flatMap((file) => parseAllDocuments(readFileSync(join(DIR, file), 'utf8')).map((d) => ({ file, manifest: d.toJS() as Manifest })));
const find = (kind: string) => manifests.find((m) => m.manifest.kind === kind)!.manifest;

function modelOf({ apiVersion, kind }: Manifest) {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') as [string, string] : ['core', apiVersion];
  const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
  return {
    schema: `kubernetes-models/_schemas/IoK8sApi${cap(group.split('.')[0]!)}${cap(version)}${kind}`,
    type: `kubernetes-models/${group === 'core' ? '' : `${group}/`}${version}/${kind}`,
    interface: `I${kind}`,
  };
}

async function schemaErrors(manifest: Manifest): Promise<unknown[]> {
  const { validate } = await import(modelOf(manifest).schema) as { validate: ((data: unknown) => boolean) & { errors?: unknown[] } };
  return validate(manifest) ? [] : validate.errors ?? ['invalid'];
}

function typeErrors(items: Manifest[]): string[] {
  const dir = join(ROOT, '.tmp/deploy-check');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'manifests.ts');
  writeFileSync(file, items.map((m, i) => {
    const model = modelOf(m);
    return `import type { ${model.interface} as T${i} } from '${model.type}';\nexport const m${i}: T${i} = ${JSON.stringify(m, null, 2)};\n`;
  }).join('\n'));
  const program = ts.createProgram([file], {
    strict: true, noEmit: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022, skipLibCheck: true, types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('Kubernetes manifests', () => {
  it('ship a Deployment, a Service, a PodDisruptionBudget and a HorizontalPodAutoscaler, all in the kustomization', () => {
    expect(manifests.map((m) => m.manifest.kind).sort()).toEqual(['Deployment', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'Service']);
    const kustomization = parse(readFileSync(join(DIR, 'kustomization.yaml'), 'utf8')) as { resources: string[] };
    expect([...kustomization.resources].sort()).toEqual(files);
  });

  it.each(manifests.map((m) => [`${m.file} (${m.manifest.apiVersion} ${m.manifest.kind})`, m.manifest] as const))('%s is valid against the Kubernetes schema', async (_name, manifest) => {
    expect(await schemaErrors(manifest)).toEqual([]);
  });

  it('use no field the Kubernetes types lack', () => {
    expect(typeErrors(manifests.map((m) => m.manifest))).toEqual([]);
  }, 60_000);

  it('fail both checks when a field is misspelt or mistyped', async () => {
    const deployment = structuredClone(find('Deployment'));
    const container = deployment.spec.template.spec.containers[0];
    container.readinesProbe = container.readinessProbe;
    expect(typeErrors([deployment]).join('\n')).toMatch(/readinesProbe/);
    container.ports[0].containerPort = 'three thousand';
    expect(await schemaErrors(deployment)).not.toEqual([]);
  }, 60_000);

  it('run the image as this API needs: probes, resources, non-root, read-only, a preStop pause', () => {
    const deployment = find('Deployment');
    const pod = deployment.spec.template.spec;
    const [container] = pod.containers;
    const env = Object.fromEntries(container.env.map((e: { name: string; value: string }) => [e.name, e.value]));
    const config = configSchema.parse(env);
    expect(config.HOST).toBe('0.0.0.0');
    expect(container.ports).toEqual([{ name: 'http', containerPort: config.PORT }]);
    expect(readFileSync(join(ROOT, 'Dockerfile'), 'utf8')).toMatch(new RegExp(`^EXPOSE ${config.PORT}$`, 'm'));
    expect(container.readinessProbe.httpGet).toEqual({ path: '/readyz', port: 'http' });
    expect(container.livenessProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
    expect(container.resources.requests).toMatchObject({ cpu: expect.any(String), memory: expect.any(String) });
    expect(container.resources.limits).toMatchObject({ memory: expect.any(String) });
    expect(pod.securityContext.runAsNonRoot).toBe(true);
    expect(container.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } });
    const pauseSeconds = Number(container.lifecycle.preStop.exec.command[1]);
    expect(container.lifecycle.preStop.exec.command[0]).toBe('sleep');
    // The pause, the readiness delay and the drain fit in the grace period the kubelet allows.
    expect(pauseSeconds * 1000 + config.SHUTDOWN_DELAY_MS + config.SHUTDOWN_GRACE_MS).toBeLessThan(pod.terminationGracePeriodSeconds * 1000);
    // A readiness probe period that sees the 503 within the readiness delay.
    expect(container.readinessProbe.periodSeconds * 1000).toBeLessThanOrEqual(pauseSeconds * 1000 + config.SHUTDOWN_DELAY_MS);
    expect(deployment.spec.strategy.rollingUpdate.maxUnavailable).toBe(0);
  });

  it('tie the Service, the budget and the autoscaler to the Deployment', () => {
    const deployment = find('Deployment');
    const labels = deployment.spec.template.metadata.labels;
    expect(deployment.spec.selector.matchLabels).toEqual(labels);
    const service = find('Service');
    expect(service.spec.selector).toEqual(labels);
    expect(deployment.spec.template.spec.containers[0].ports.map((p: { name: string }) => p.name)).toContain(service.spec.ports[0].targetPort);
    expect(find('PodDisruptionBudget').spec.selector.matchLabels).toEqual(labels);
    const hpa = find('HorizontalPodAutoscaler');
    expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: deployment.metadata.name });
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
    expect(deployment.spec.replicas).toBeUndefined();
  });
});
