import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { filterComponents } from '../schemas/filter-params.js';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

export const API_VERSION = '1.0.0';

type OpenApiObject = ReturnType<typeof jsonSchemaTransformObject> & { components?: { schemas?: Record<string, unknown> }; paths?: unknown };

/**
 * The Zod registry yields an input and an output variant of every named schema; keep only the
 * components that the paths (or other kept components) refer to.
 */
function withoutUnusedSchemas(document: OpenApiObject): OpenApiObject {
  const schemas = { ...(document.components?.schemas ?? {}) } as Record<string, unknown>;
  const refsIn = (value: unknown) => [...JSON.stringify(value).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
  const used = new Set<string>();
  const queue = refsIn(document.paths);
  while (queue.length) {
    const name = queue.pop()!;
    if (used.has(name)) continue;
    used.add(name);
    queue.push(...refsIn(schemas[name]));
  }
  const kept = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
  return { ...document, components: { ...document.components, schemas: kept } } as OpenApiObject;
}

/** The OpenAPI 3.1 document, generated from the routes' Zod schemas, and Swagger UI at /docs. */
export const openapiPlugin = fp(async (app: FastifyInstance) => {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'SCO–ASEAN Security Cooperation Corpus API',
        version: API_VERSION,
        description: 'A curated corpus of the policy documents, meetings, bodies and activities of regional security cooperation between the Shanghai Cooperation Organization and ASEAN, 2001–2022, tagged by organization, threat domain and historical phase. Every record cites the passage of the source thesis it comes from.',
        license: { name: 'CC BY 4.0 (curated data); MIT (code)', identifier: 'MIT' },
      },
      servers: [{ url: '/', description: 'The server that serves this document' }],
      // The enums of filter values, from the corpus: a typed client rejects threat: 'drug'.
      components: { schemas: filterComponents(app.knownIds) },
      // A public, read-only API: no operation needs credentials.
      security: [],
      tags: [
        { name: 'documents', description: 'Charters, conventions, declarations, MOUs, plans of action' },
        { name: 'meetings', description: 'Summits and meetings, with what they adopted' },
        { name: 'activities', description: 'Exercises, operations and campaigns' },
        { name: 'organizations', description: 'Organizations, bodies and memberships' },
        { name: 'search', description: 'Full-text search across the corpus' },
        { name: 'series', description: 'Meeting series and how complete the corpus is for each' },
        { name: 'analysis', description: 'Timeline and SCO–ASEAN comparison' },
        { name: 'taxonomy', description: 'Threat domains and historical phases' },
        { name: 'meta', description: 'Corpus version and counts' },
        { name: 'health', description: 'Liveness and readiness probes' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: (document) => withoutUnusedSchemas(jsonSchemaTransformObject(document)),
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
});
