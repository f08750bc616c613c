// Opens the embedded database in DATA_DIR and holds it until killed: another process for the lock tests.
import { readFileSync } from 'node:fs';
import { openDatabase } from '../src/database/open-database.ts';

const [dataDir, templatePath] = process.argv.slice(2);
await openDatabase({ dataDir, pgliteTemplate: new Blob([readFileSync(templatePath!)]) });
process.stdout.write('ready\n');
setInterval(() => undefined, 60_000);
