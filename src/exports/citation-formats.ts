import type { DocumentSummary } from '../queries/documents.js';
import { MEDIA_TYPES } from '../schemas/media-types.js';

/** Reference-manager renderings of documents: BibTeX, RIS and CSL-JSON, with their media types. */
export const CITATION_FORMATS = {
  bibtex: MEDIA_TYPES.bibtex,
  ris: MEDIA_TYPES.ris,
  'csl-json': MEDIA_TYPES['csl-json'],
} as const;
export type CitationFormat = keyof typeof CITATION_FORMATS;

const CSL_TYPE: Record<string, string> = {
  charter: 'treaty', convention: 'treaty', treaty: 'treaty', agreement: 'treaty', protocol: 'treaty', mou: 'treaty',
  resolution: 'legislation', report: 'report',
};
const RIS_TYPE: Record<string, string> = { treaty: 'TREATY', legislation: 'LEGAL', report: 'RPRT' };

function authorsOf(doc: DocumentSummary): string[] {
  const issuers = doc.organizations.filter((o) => o.role === 'issuer' || o.role === 'party');
  return (issuers.length ? issuers : doc.organizations).map((o) => o.name);
}

function dateParts(date: string): number[] {
  return date.split('-').map(Number);
}

export function toCslJson(doc: DocumentSummary) {
  return {
    id: doc.id,
    type: CSL_TYPE[doc.type] ?? 'document',
    title: doc.title,
    ...(doc.abbreviation ? { 'title-short': doc.abbreviation } : {}),
    author: authorsOf(doc).map((literal) => ({ literal })),
    issued: { 'date-parts': [dateParts(doc.date)] },
    ...(doc.place ? { 'publisher-place': doc.place } : {}),
    ...(doc.url ? { URL: doc.url } : {}),
    genre: doc.type,
  };
}

const BIBTEX_SPECIAL = /[\\{}&%$#_~^]/g;
function bibtexEscape(text: string): string {
  return text.replace(BIBTEX_SPECIAL, (c) => ({ '\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' } as Record<string, string>)[c] ?? `\\${c}`);
}

export function toBibtex(doc: DocumentSummary): string {
  const [year, month, day] = dateParts(doc.date);
  const fields: [string, string][] = [
    ['title', `{${bibtexEscape(doc.title)}}`],
    ['author', authorsOf(doc).map((a) => `{${bibtexEscape(a)}}`).join(' and ')],
    ['year', String(year)],
    ...(month ? [['month', String(month)] as [string, string]] : []),
    ...(day ? [['date', doc.date] as [string, string]] : []),
    ...(doc.place ? [['address', bibtexEscape(doc.place)] as [string, string]] : []),
    ...(doc.url ? [['url', doc.url.replace(/[{}\\]/g, '')] as [string, string]] : []),
    ['note', bibtexEscape(`${doc.type}${doc.abbreviation ? `, ${doc.abbreviation}` : ''}`)],
  ];
  return `@misc{${doc.id},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}\n`;
}

function risLine(tag: string, value: string): string {
  return `${tag}  - ${value.replace(/[\r\n]+/g, ' ')}`;
}

export function toRis(doc: DocumentSummary): string {
  const cslType = CSL_TYPE[doc.type] ?? 'document';
  const [year, month, day] = dateParts(doc.date);
  const lines = [
    risLine('TY', RIS_TYPE[cslType] ?? 'GEN'),
    risLine('ID', doc.id),
    risLine('TI', doc.title),
    ...authorsOf(doc).map((a) => risLine('AU', a)),
    risLine('PY', String(year)),
    risLine('DA', `${year}/${month ? String(month).padStart(2, '0') : ''}/${day ? String(day).padStart(2, '0') : ''}/`),
    ...(doc.place ? [risLine('CY', doc.place)] : []),
    ...(doc.url ? [risLine('UR', doc.url)] : []),
    ...(doc.abbreviation ? [risLine('J2', doc.abbreviation)] : []),
    risLine('N1', doc.type),
    'ER  - ',
  ];
  return `${lines.join('\r\n')}\r\n`;
}

export function renderCitations(docs: DocumentSummary[], format: CitationFormat): string {
  if (format === 'csl-json') return JSON.stringify(docs.map(toCslJson), null, 2);
  return docs.map(format === 'bibtex' ? toBibtex : toRis).join(format === 'bibtex' ? '\n' : '\r\n');
}
