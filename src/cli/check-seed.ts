import { checkSeedCommand } from './check-seed-command.js';

/** `npm run seed:check`: see check-seed-command.ts for the options and exit codes. */
process.exitCode = await checkSeedCommand(process.argv.slice(2), { out: (line) => console.log(line), err: (line) => console.error(line) });
