import Database from 'better-sqlite3';
import { corpusReport, formatSummary } from '../src/corpus/corpus-report.js';
import {
  ACTIVITY_TYPES, DATE_PRECISIONS, DOCUMENT_TYPES, MEETING_FORMATS, MEETING_TYPES, MEMBERSHIP_STATUSES,
  ORGANIZATION_KINDS, RELATION_TYPES, ROLES_OF, SOURCE_FACTS,
} from '../src/domain/vocabulary.js';

/**
 * The generated blocks of the documentation, each between `<!-- NAME:start … -->` and
 * `<!-- NAME:end -->` in its file. `npm run docs` rewrites them; a test fails when one is stale.
 */
export interface DocBlock {
  file: string;
  name: string;
  render(databasePath: string): string;
}

export const DOC_BLOCKS: DocBlock[] = [
  {
    file: 'README.md',
    name: 'corpus-report',
    render(databasePath) {
      const db = new Database(databasePath, { readonly: true, fileMustExist: true });
      try {
        return `\`\`\`text\n${formatSummary(corpusReport(db))}\n\`\`\``;
      } finally {
        db.close();
      }
    },
  },
  {
    file: 'seed/README.md',
    name: 'vocabulary',
    render: () => {
      const rows: [string, readonly string[]][] = [
        ['document `type`', DOCUMENT_TYPES],
        ['meeting `type`', MEETING_TYPES],
        ['meeting `format`', MEETING_FORMATS],
        ['activity `type`', ACTIVITY_TYPES],
        ['organization `kind`', ORGANIZATION_KINDS],
        ['`role` of an organization on a document', ROLES_OF.document],
        ['`role` of an organization on a meeting or an activity', ROLES_OF.meeting],
        ['`relations[].type`', RELATION_TYPES],
        ['membership `status`', MEMBERSHIP_STATUSES],
        ['`date_precision` (and `from_precision`, …)', DATE_PRECISIONS],
        ['`sources[].confirms`', SOURCE_FACTS],
      ];
      return ['| field | allowed values |', '| --- | --- |', ...rows.map(([field, values]) => `| ${field} | ${values.map((v) => `\`${v}\``).join(', ')} |`)].join('\n');
    },
  },
];

/** `text` with the block `name` holding `content`; throws when the markers are missing. */
export function replaceBlock(text: string, name: string, content: string): string {
  const pattern = new RegExp(`(<!-- ${name}:start[^>]*-->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`);
  if (!pattern.test(text)) throw new Error(`no <!-- ${name}:start --> … <!-- ${name}:end --> markers`);
  return text.replace(pattern, (_, start: string, end: string) => `${start}${content}\n${end}`);
}

/** Every documentation file with its generated blocks rendered from the database at `databasePath`. */
export function renderDocs(readFile: (path: string) => string, databasePath: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const block of DOC_BLOCKS) {
    const text = files.get(block.file) ?? readFile(block.file);
    files.set(block.file, replaceBlock(text, block.name, block.render(databasePath)));
  }
  return files;
}
