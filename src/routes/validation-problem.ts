import type { FastifyRequest } from 'fastify';
import type { FastifySchemaValidationError } from 'fastify/types/schema.js';
import { nearest } from '../corpus/suggest.js';

interface ValidationProblem {
  detail: string;
  parameter: string;
  allowed?: string[];
  suggestions?: string[];
}

/** The keys a route's Zod querystring declares. */
function declaredParameters(request: FastifyRequest): string[] {
  const schema = request.routeOptions.schema?.querystring as { shape?: Record<string, unknown> } | undefined;
  return Object.keys(schema?.shape ?? {});
}

/**
 * A 400 from the first validation issue, naming its parameter. An undeclared query parameter
 * lists the ones this endpoint takes, nearest first; an unknown value lists the allowed values
 * and the nearest ones (both ranked by edit distance).
 */
export function validationProblem(request: FastifyRequest, issues: FastifySchemaValidationError[], context: string | undefined): ValidationProblem {
  const first = issues[0]!;
  const params = (first.params ?? {}) as { keys?: string[]; values?: unknown[]; params?: { allowed?: string[]; suggestions?: string[] } };
  if (first.keyword === 'unrecognized_keys' && params.keys?.length) {
    const declared = declaredParameters(request);
    const unknown = params.keys[0]!;
    const suggestions = nearest(unknown, declared);
    const hint = suggestions.length ? ` (did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?)` : '';
    const others = params.keys.length > 1 ? ` (and ${params.keys.slice(1).map((k) => `"${k}"`).join(', ')})` : '';
    return {
      detail: `unknown query parameter "${unknown}"${hint}${others}; this endpoint takes: ${declared.join(', ') || 'no parameters'}`,
      parameter: unknown,
      allowed: declared,
      suggestions,
    };
  }
  const parameter = first.instancePath.replace(/^\//, '').split('/')[0] || context || 'request';
  // Our own checks (custom issues) write messages that name the parameter already.
  const details = issues.map((v) => (v.keyword === 'custom' ? v.message : `${v.instancePath.replace(/^\//, '').replace(/\//g, '.') || context}: ${v.message}`));
  const allowed = params.params?.allowed ?? (Array.isArray(params.values) ? params.values.map(String) : undefined);
  return { detail: details.join('; '), parameter, allowed, suggestions: params.params?.suggestions };
}
