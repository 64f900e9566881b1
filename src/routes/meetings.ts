import type { FastifyInstance } from 'fastify';
import { meetingDetailResponseSchema, meetingItemSchema, meetingSchema } from '../schemas/records.js';
import { registerRecordRoutes } from './record-routes.js';

export async function meetingRoutes(app: FastifyInstance) {
  registerRecordRoutes(app, {
    kind: 'meeting',
    exampleId: 'asean-summit-12',
    plural: 'meetings',
    tag: 'Meetings',
    listSummary: 'List meetings',
    listDescription: 'Summits, ministerial, senior-officials and secretaries-general meetings. Default order: date, then id.',
    getSummary: 'Get a meeting',
    getDescription: 'A meeting with its organizations, threats, phases, the documents it adopted, and citations.',
    filters: ['org', 'threat', 'phase', 'type', 'year', 'from', 'to', 'series', 'q'],
    stored: meetingSchema,
    item: meetingItemSchema,
    detail: meetingDetailResponseSchema,
  });
}
