import Database from 'better-sqlite3';
import { loadConfig } from '../config.js';
import { corpusReport, formatReport, formatSummary } from '../corpus/corpus-report.js';
import { ensureDatabase } from '../corpus/ensure-database.js';

/**
 * `npm run corpus:report`: counts, source-entry coverage and corrections; exit 1 if an entry is
 * uncovered. `--summary` prints the short form the README quotes, `--json` the whole report.
 */
const config = loadConfig();
ensureDatabase({ seedDir: config.SEED_DIR, migrationsDir: config.MIGRATIONS_DIR, databasePath: config.DATABASE_PATH, log: (l) => console.error(l) });
const db = new Database(config.DATABASE_PATH, { readonly: true, fileMustExist: true });
const report = corpusReport(db);
db.close();
if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
else if (process.argv.includes('--summary')) console.log(formatSummary(report));
else console.log(formatReport(report));
if (report.sourceEntries.some((e) => e.records.length === 0)) process.exitCode = 1;
