import { buildDatabase } from '../../src/corpus/build-database.js';
import { MIGRATIONS_DIR, SEED_DIR, TEST_DATABASE } from './paths.js';

/** Every API test reads the same database, built here from the real seed before any test runs. */
export default function setup() {
  buildDatabase({ seedDir: SEED_DIR, migrationsDir: MIGRATIONS_DIR, outFile: TEST_DATABASE });
}
