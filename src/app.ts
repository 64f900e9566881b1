import fastifyCompress from '@fastify/compress';
import fastifyCors from '@fastify/cors';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { Server } from 'node:http';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { codeVersion } from './code-version.js';
import type { Config } from './config.js';
import { openStore, type Store } from './db/store.js';
import { etagPlugin } from './plugins/etag.js';
import { clientErrorHandler, frameworkErrors } from './plugins/framework-errors.js';
import { openapiPlugin } from './plugins/openapi.js';
import { problemPlugin } from './plugins/problem.js';
import { rateLimitPlugin } from './plugins/rate-limit.js';
import { requestGuardsPlugin } from './plugins/request-guards.js';
import { responseCachePlugin } from './plugins/response-cache.js';
import { securityHeadersPlugin } from './plugins/security-headers.js';
import { corpusMeta, knownIds, type KnownIds } from './queries/taxonomy.js';
import { activityRoutes } from './routes/activities.js';
import { documentRoutes } from './routes/documents.js';
import { healthRoutes } from './routes/health.js';
import { meetingRoutes } from './routes/meetings.js';
import { organizationRoutes } from './routes/organizations.js';
import { analysisRoutes } from './routes/analysis.js';
import { documentLinkRoutes } from './routes/document-links.js';
import { pageRoutes } from './pages/routes.js';
import { representationPlugin } from './routes/representation.js';
import { searchRoutes } from './routes/search.js';
import { seriesRoutes } from './routes/series.js';
import { taxonomyRoutes } from './routes/taxonomy.js';
import { trackSockets } from './shutdown.js';

declare module 'fastify' {
  interface FastifyInstance {
    store: Store;
    knownIds: KnownIds;
    corpusMeta: ReturnType<typeof corpusMeta>;
    draining: boolean;
    sockets: ReturnType<typeof trackSockets>;
  }
  interface FastifyRequest {
    /**
     * The origin of every link, ETag and cache key: PUBLIC_URL when set, else the one the client
     * reached (X-Forwarded-Proto and -Host count when TRUST_PROXY is on).
     */
    publicOrigin: string;
  }
}

export interface BuildAppOptions {
  /** An already opened store (tests share one); by default the app opens config.DATABASE_PATH. */
  store?: Store;
  /** The code version ETags are derived from; by default the running code's (code-version.ts). */
  codeVersion?: string;
}

/** Builds a ready-to-listen app: compilers, cross-cutting plugins, then routes, in that order. */
export async function buildApp(config: Config, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.LOG_LEVEL === 'silent' ? false : { level: config.LOG_LEVEL },
    trustProxy: trustProxyOption(config.TRUST_PROXY),
    connectionTimeout: config.CONNECTION_TIMEOUT_MS,
    requestTimeout: config.REQUEST_TIMEOUT_MS,
    bodyLimit: config.BODY_LIMIT_BYTES,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    frameworkErrors,
    clientErrorHandler,
    // Draining is answered by our own hook below, as problem+json.
    return503OnClosing: false,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const store = options.store ?? openStore(config.DATABASE_PATH);
  app.decorate('store', store);
  app.decorate('knownIds', knownIds(store));
  app.decorate('corpusMeta', corpusMeta(store));
  app.decorate('draining', false);
  app.decorate('sockets', trackSockets(app.server as Server));
  const publicUrl = config.PUBLIC_URL;
  app.decorateRequest('publicOrigin', {
    getter(this: FastifyRequest) {
      return publicUrl ?? `${this.protocol}://${this.host}`;
    },
  });
  if (!options.store) app.addHook('onClose', async () => store.close());

  await app.register(problemPlugin);
  // The response cache answers a hit from the first hook when no rate limit has to count it
  // first; it is registered before compression, so that it keeps the uncompressed payload.
  await app.register(responseCachePlugin, { maxBytes: config.RESPONSE_CACHE_MAX_BYTES, rateLimited: config.RATE_LIMIT_MAX > 0 });
  await app.register(representationPlugin);
  await app.register(securityHeadersPlugin, {
    // TLS is terminated in front of the service, if at all: a browser told to upgrade requests
    // would break Swagger UI served over plain HTTP on any host but localhost.
    contentSecurityPolicy: { directives: { 'upgrade-insecure-requests': null } },
  });
  await app.register(fastifyCors, {
    origin: config.CORS_ORIGINS === '*' ? '*' : config.CORS_ORIGINS.split(',').map((o) => o.trim()),
    methods: ['GET', 'HEAD', 'OPTIONS'],
    strictPreflight: false,
    exposedHeaders: ['ETag', 'Link', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'Retry-After'],
  });
  if (config.RATE_LIMIT_MAX > 0) await app.register(rateLimitPlugin, { max: config.RATE_LIMIT_MAX, windowMs: config.RATE_LIMIT_WINDOW_MS });
  // After the rate limit, so that what the guards refuse is counted too.
  await app.register(requestGuardsPlugin, { maxUrlLength: config.MAX_URL_LENGTH });
  await app.register(etagPlugin, { corpusVersion: app.corpusMeta.corpus_version, codeVersion: options.codeVersion ?? codeVersion() });
  await app.register(fastifyCompress, { threshold: 2048 });
  await app.register(openapiPlugin);

  await app.register(healthRoutes);
  await app.register(documentRoutes);
  await app.register(meetingRoutes);
  await app.register(activityRoutes);
  await app.register(organizationRoutes);
  await app.register(taxonomyRoutes);
  await app.register(seriesRoutes);
  await app.register(searchRoutes);
  await app.register(documentLinkRoutes);
  await app.register(analysisRoutes);
  await app.register(pageRoutes);

  await app.ready();
  return app;
}

/**
 * A hop count trusts that many addresses from the right of X-Forwarded-For (the ones our own
 * proxies appended); Fastify's own number option trusts none, so it is given as a function.
 */
function trustProxyOption(trust: Config['TRUST_PROXY']) {
  return typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust;
}
