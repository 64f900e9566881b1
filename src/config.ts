import { z } from 'zod';

/** The one place that reads process.env: every setting, validated, with its default. */
const IP_OR_CIDR = /^(?:\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?|[0-9a-f:]*:[0-9a-f:.]*(?:\/\d{1,3})?|loopback|linklocal|uniquelocal)$/i;

/**
 * Which hops of X-Forwarded-For to believe: `false` (none), a hop count (the proxies in front of
 * this server), or the proxies' addresses and CIDR ranges. `true` would believe every hop, so a
 * client could pick its own address by prepending one: refused.
 */
export const trustProxySchema = z.string().trim().transform((raw, ctx): false | number | string[] => {
  if (raw === 'false' || raw === '0' || raw === '') return false;
  if (/^\d+$/.test(raw)) return Number(raw);
  const ranges = raw.split(',').map((r) => r.trim()).filter(Boolean);
  if (raw !== 'true' && ranges.length && ranges.every((r) => IP_OR_CIDR.test(r))) return ranges;
  ctx.addIssue({
    code: 'custom',
    message: raw === 'true'
      ? 'true would trust every X-Forwarded-For hop, so clients could choose their own address; give the number of proxies in front of the server (e.g. 1) or their addresses/CIDR ranges'
      : 'expected false, a hop count (e.g. 1), or comma-separated proxy addresses/CIDR ranges (e.g. 10.0.0.0/8)',
  });
  return z.NEVER;
});

/** An origin the links are built on, such as https://api.example.org: no path, query or fragment. */
export const publicUrlSchema = z.string().trim().transform((raw, ctx): string | undefined => {
  if (raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    ctx.addIssue({ code: 'custom', message: `"${raw}" is not a URL: give the origin clients use, e.g. https://api.example.org` });
    return z.NEVER;
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash || url.username) {
    ctx.addIssue({ code: 'custom', message: `"${raw}" must be an http(s) origin with no path, query or credentials, e.g. https://api.example.org` });
    return z.NEVER;
  }
  return url.origin;
});

export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_PATH: z.string().min(1).default('data/corpus.sqlite'),
  SEED_DIR: z.string().min(1).default('seed'),
  MIGRATIONS_DIR: z.string().min(1).default('migrations'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CORS_ORIGINS: z.string().default('*'),
  RATE_LIMIT_MAX: z.coerce.number().int().min(0).default(600),
  RATE_LIMIT_WINDOW_MS: z.coerce.number().int().positive().default(60_000),
  TRUST_PROXY: trustProxySchema.default(false),
  PUBLIC_URL: publicUrlSchema.optional(),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  CONNECTION_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(16_384),
  MAX_URL_LENGTH: z.coerce.number().int().positive().default(4096),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().positive().default(10_000),
  SHUTDOWN_DELAY_MS: z.coerce.number().int().min(0).default(5_000),
  WORKERS: z.coerce.number().int().min(0).max(256).default(0),
  RESPONSE_CACHE_MAX_BYTES: z.coerce.number().int().min(0).default(64 * 1024 * 1024),
});

export type Config = z.infer<typeof configSchema>;

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** For entry points: the configuration, or its problems printed and exit 1. */
export function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

/** Defaults for tests and tools: the real database, quiet logs, no rate limit. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...configSchema.parse({}), LOG_LEVEL: 'silent', RATE_LIMIT_MAX: 0, ...overrides };
}
