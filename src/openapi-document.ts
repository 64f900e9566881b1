import { buildApp } from './app.js';
import { loadConfig, testConfig } from './config.js';
import { ensureDatabase } from './corpus/ensure-database.js';

export const OPENAPI_PATH = 'openapi/openapi.json';

/** Boots the app on the corpus and prints its OpenAPI document, as fastify-cli does. */
export async function generateOpenApiDocument(): Promise<string> {
  const env = loadConfig();
  const config = testConfig({ DATABASE_PATH: env.DATABASE_PATH, SEED_DIR: env.SEED_DIR, MIGRATIONS_DIR: env.MIGRATIONS_DIR });
  ensureDatabase({ seedDir: config.SEED_DIR, migrationsDir: config.MIGRATIONS_DIR, databasePath: config.DATABASE_PATH });
  const app = await buildApp(config);
  try {
    return `${JSON.stringify(app.swagger(), null, 2)}\n`;
  } finally {
    await app.close();
  }
}
