import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { createReadStream, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { ApiError } from '../errors.js';
import { idParams } from '../schemas/common.js';
import { sortParam } from '../schemas/records.js';
import { browsePage } from './browse-page.js';
import { comparePage } from './compare-page.js';
import { dataPackageZip } from './data-package.js';
import { databaseFile, tableRows } from './data.js';
import { DOWNLOADS, downloadsPage } from './downloads-page.js';
import { errorPage } from './error-page.js';
import { homePage } from './home-page.js';
import type { Html } from './html.js';
import { PLURAL } from './links.js';
import { organizationPage, organizationsPage } from './organization-page.js';
import { recordPage } from './record-page.js';
import { searchPage } from './search-page.js';
import { seriesListPage, seriesPage } from './series-page.js';
import { timelinePage } from './timeline-page.js';

const ASSETS: Record<string, string> = { 'explorer.css': 'text/css; charset=utf-8', 'explorer.js': 'text/javascript; charset=utf-8' };
const assetFiles = Object.fromEntries(Object.keys(ASSETS).map((name) => [name, readFileSync(resolve(import.meta.dirname, 'assets', name), 'utf8')]));

const pageLimit = z.coerce.number().int().min(1).max(500).optional().describe('Page size, 1–500');
// Form values arrive as text; data.ts reads the filters with the same Zod parameters as /v1.
const text = z.string().max(2000).optional();
const filterFields = { org: text, threat: text, phase: text, type: text, year: text, from: text, to: text, meeting: text, series: text, q: text };
const listQuery = z.object({ ...filterFields, sort: sortParam, cursor: z.string().max(500).optional(), limit: pageLimit });
const searchQuery = z.object({ ...filterFields, kind: text, cursor: z.string().max(500).optional(), limit: pageLimit });
const timelineQuery = z.object({ org: text, threat: text, series: text, from: text, to: text, q: text });
const compareQuery = z.object({ threat: text });

const sendHtml = (reply: FastifyReply, body: Html, status = 200) => reply.code(status).type('text/html; charset=utf-8').send(body.text);

/**
 * Pages for people, on the same query functions as /v1 (through ./data.ts) and validated by the
 * same Zod schemas. Registered as an encapsulated plugin, so its error handler answers these
 * routes with an HTML page while /v1 keeps problem+json.
 */
export async function pageRoutes(app: FastifyInstance) {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  // A GET form sends every field, the empty ones too: an empty field means "no filter".
  app.addHook('preValidation', async (request) => {
    const query = request.query as Record<string, unknown> | undefined;
    if (query) for (const key of Object.keys(query)) if (query[key] === '') delete query[key];
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    let status = 500;
    let detail = 'The server failed to answer this request; it has been logged.';
    if (error instanceof ApiError) {
      status = error.status;
      detail = error.message;
    } else if (hasZodFastifySchemaValidationErrors(error)) {
      status = 400;
      detail = error.validation.map((v) => `${v.instancePath.replace(/^\//, '') || error.validationContext}: ${v.message}`).join('; ');
    } else if ((error.statusCode ?? 500) < 500) {
      status = error.statusCode!;
      detail = error.message.split('\n')[0]!.slice(0, 300);
    } else {
      request.log.error({ err: error }, 'page failed');
    }
    return sendHtml(reply, errorPage(app.corpusMeta.corpus_version, status, detail), status);
  });

  const hidden = { hide: true } as const;

  routes.get('/assets/:name', { schema: { ...hidden, params: z.object({ name: z.enum(Object.keys(ASSETS) as [string, ...string[]]) }) } }, async (request, reply) =>
    reply.type(ASSETS[request.params.name]!).send(assetFiles[request.params.name]));

  routes.get('/', { schema: hidden }, async (_request, reply) => sendHtml(reply, homePage(app)));

  for (const kind of ['document', 'meeting', 'activity'] as const) {
    routes.get(`/${PLURAL[kind]}`, { schema: { ...hidden, querystring: listQuery } }, async (request, reply) =>
      sendHtml(reply, browsePage(app, kind, request.query)));
    routes.get(`/${PLURAL[kind]}/:id`, { schema: { ...hidden, params: idParams('x') } }, async (request, reply) =>
      sendHtml(reply, recordPage(app, kind, request.params.id)));
  }

  routes.get('/organizations', { schema: hidden }, async (_request, reply) => sendHtml(reply, organizationsPage(app)));
  routes.get('/organizations/:id', { schema: { ...hidden, params: idParams('x') } }, async (request, reply) =>
    sendHtml(reply, organizationPage(app, request.params.id)));

  routes.get('/series', { schema: hidden }, async (_request, reply) => sendHtml(reply, seriesListPage(app)));
  routes.get('/series/:id', { schema: { ...hidden, params: idParams('x') } }, async (request, reply) =>
    sendHtml(reply, seriesPage(app, request.params.id)));

  routes.get('/search', { schema: { ...hidden, querystring: searchQuery } }, async (request, reply) =>
    sendHtml(reply, searchPage(app, request.query)));

  routes.get('/timeline', { schema: { ...hidden, querystring: timelineQuery } }, async (request, reply) =>
    sendHtml(reply, timelinePage(app, request.query)));

  routes.get('/compare', { schema: { ...hidden, querystring: compareQuery } }, async (request, reply) =>
    sendHtml(reply, comparePage(app, request.query.threat)));

  routes.get('/downloads', { schema: hidden }, async (_request, reply) => sendHtml(reply, downloadsPage(app)));

  routes.get(DOWNLOADS.sqlite.path, { schema: hidden }, async (_request, reply) =>
    reply.type(DOWNLOADS.sqlite.type).header('content-disposition', `attachment; filename="${DOWNLOADS.sqlite.file}"`).send(createReadStream(databaseFile(app))));

  // The corpus cannot change while the server runs: the zip is made once, on first request.
  let zip: Buffer | undefined;
  routes.get(DOWNLOADS.zip.path, { schema: hidden }, async (_request, reply) => {
    zip ??= Buffer.from(dataPackageZip(tableRows(app), app.corpusMeta.corpus_version, app.corpusMeta.built_at));
    return reply.type(DOWNLOADS.zip.type).header('content-disposition', `attachment; filename="${DOWNLOADS.zip.file}"`).send(zip);
  });
}
