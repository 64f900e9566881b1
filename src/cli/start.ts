import { loadConfig } from '../config.js';
import { formatSeedIssue, SeedInvalidError } from '../corpus/build-database.js';
import { ensureDatabase } from '../corpus/ensure-database.js';

/** `npm start`: build the database when it is missing or older than the seed, then serve. */
const config = loadConfig();
try {
  ensureDatabase({
    seedDir: config.SEED_DIR,
    migrationsDir: config.MIGRATIONS_DIR,
    databasePath: config.DATABASE_PATH,
    log: (line) => console.log(`start: ${line}`),
  });
} catch (error) {
  if (error instanceof SeedInvalidError) for (const issue of error.issues) console.error(formatSeedIssue(issue));
  console.error(`start: could not build the database: ${(error as Error).message}`);
  process.exit(1);
}
await import('../server.js');
