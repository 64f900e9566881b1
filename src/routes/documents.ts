import type { FastifyInstance } from 'fastify';
import { documentDetailResponseSchema, documentItemSchema, documentSchema } from '../schemas/records.js';
import { registerRecordRoutes } from './record-routes.js';

export async function documentRoutes(app: FastifyInstance) {
  registerRecordRoutes(app, {
    kind: 'document',
    exampleId: 'sco-charter-2002',
    plural: 'documents',
    tag: 'Documents',
    listSummary: 'List documents',
    listDescription: 'Charters, conventions, declarations, MOUs, plans of action and other instruments, filtered and paginated. Default order: date, then id.',
    getSummary: 'Get a document',
    getDescription: 'A document with its organizations and roles, threats, phases, adopting meeting, relations and citations.',
    filters: ['org', 'threat', 'phase', 'type', 'year', 'from', 'to', 'series', 'meeting', 'q'],
    stored: documentSchema,
    item: documentItemSchema,
    detail: documentDetailResponseSchema,
  });
}
