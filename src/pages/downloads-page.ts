import type { FastifyInstance } from 'fastify';
import { html, type Html } from './html.js';
import { page } from './layout.js';

export const DOWNLOADS = {
  sqlite: { path: '/downloads/corpus.sqlite', file: 'sco-asean-corpus.sqlite', type: 'application/vnd.sqlite3' },
  zip: { path: '/downloads/corpus-csv.zip', file: 'sco-asean-corpus-csv.zip', type: 'application/zip' },
} as const;

export function downloadsPage(app: FastifyInstance): Html {
  const body = html`<h1>Downloads</h1>
<p>Everything the pages and the API show comes from one SQLite database built from the curated seed files. Take it whole:</p>
<ul class="downloads">
<li><a href="${DOWNLOADS.sqlite.path}" download="${DOWNLOADS.sqlite.file}">The SQLite database</a> (${DOWNLOADS.sqlite.file}): open it with <code>sqlite3</code>, Datasette or any SQLite client.</li>
<li><a href="${DOWNLOADS.zip.path}" download="${DOWNLOADS.zip.file}">CSV files with a data package</a> (${DOWNLOADS.zip.file}): one CSV per table and a <code>datapackage.json</code> (Frictionless Data Package) describing every table and field, for spreadsheets, R or pandas.</li>
<li>Any list as CSV or NDJSON: the links under each list, or <code>?format=csv</code> on <a href="/docs">the API</a>.</li>
</ul>
<p>Corpus version <code>${app.corpusMeta.corpus_version}</code>. The curated data is licensed CC BY 4.0.</p>`;
  return page({ title: 'Downloads', section: 'downloads', corpusVersion: app.corpusMeta.corpus_version, body });
}
