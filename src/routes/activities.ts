import type { FastifyInstance } from 'fastify';
import { activityDetailResponseSchema, activityItemSchema, activitySchema } from '../schemas/records.js';
import { registerRecordRoutes } from './record-routes.js';

export async function activityRoutes(app: FastifyInstance) {
  registerRecordRoutes(app, {
    kind: 'activity',
    exampleId: 'coalition-2003',
    plural: 'activities',
    tag: 'Activities',
    listSummary: 'List activities',
    listDescription: 'Exercises, operations and campaigns (Coalition 2003, Peace Mission, Spider Web, …). Default order: date, then id.',
    getSummary: 'Get an activity',
    getDescription: 'An activity with its organizations, participants, threats, phases and citations.',
    filters: ['org', 'threat', 'phase', 'type', 'year', 'from', 'to', 'q'],
    stored: activitySchema,
    item: activityItemSchema,
    detail: activityDetailResponseSchema,
  });
}
