import { z } from 'zod';
import { problemResponse } from './common.js';

/** The JSON schema of a route's 200 answer beside its CSV and NDJSON renderings, named by `row`'s columns. */
export function tabularContent(description: string, json: z.ZodType, row: z.ZodObject) {
  const columns = Object.keys(row.shape).join(', ');
  return {
    description,
    content: {
      'application/json': { schema: json },
      'text/csv': { schema: z.string().describe(`RFC 4180 CSV with a header row: ${columns}`) },
      'application/x-ndjson': { schema: z.string().describe(`One JSON object per line: ${columns}`) },
    },
  };
}

export const tabular406 = { 406: problemResponse('The Accept header or format allows none of JSON, CSV and NDJSON') };
