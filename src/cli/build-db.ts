import { loadConfig } from '../config.js';
import { buildDatabase, formatSeedIssue, SeedInvalidError } from '../corpus/build-database.js';

const config = loadConfig();
try {
  const started = performance.now();
  buildDatabase({
    seedDir: config.SEED_DIR,
    migrationsDir: config.MIGRATIONS_DIR,
    outFile: config.DATABASE_PATH,
    log: (line) => console.log(`db:build: ${line}`),
  });
  console.log(`db:build: done in ${Math.round(performance.now() - started)} ms`);
} catch (error) {
  if (error instanceof SeedInvalidError) {
    for (const issue of error.issues) console.error(formatSeedIssue(issue));
  }
  console.error(`db:build failed: ${(error as Error).message}; the previous database, if any, is untouched`);
  process.exitCode = 1;
}
