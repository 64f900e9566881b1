const OVER_INDENTED = 'this line is indented further than the field above it, so YAML reads both as one: give the fields of one record the same indentation';

/** What the yaml library's error codes mean for someone editing a seed file by hand. */
const HINTS: Record<string, string> = {
  BAD_INDENT: 'this line does not start at the same column as the lines it belongs with: align it with them',
  BLOCK_AS_IMPLICIT_KEY: OVER_INDENTED,
  MULTILINE_IMPLICIT_KEY: OVER_INDENTED,
  DUPLICATE_KEY: 'this field is written twice in the same record: keep one',
  TAB_AS_INDENT: 'a tab is used for indentation: indent with spaces',
  MISSING_CHAR: 'a closing quote or bracket is missing',
  BAD_DQ_ESCAPE: 'a backslash inside double quotes starts an escape: write the text in single quotes or double the backslash',
  UNEXPECTED_TOKEN: 'a character YAML did not expect here: text with ": " or " #" must be put in quotes',
};

export interface YamlError { line: number; code: string; message: string }

/**
 * The first YAML error of a file in a curator's words, on the line to fix. The parser reports an
 * over-indented field on the line above it (where the value it would extend starts): move down.
 */
export function describeYamlError(error: YamlError, text: string, moreErrors: number, ids: number): { line: number; message: string } {
  const hint = HINTS[error.code];
  const line = hint === OVER_INDENTED ? overIndentedLine(text, error.line) : error.line;
  const what = hint ? `${hint} (YAML: ${error.message})` : `YAML: ${error.message}`;
  const more = moreErrors === 1 ? ' The other YAML error in this file usually follows from this one.'
    : moreErrors > 1 ? ` The ${moreErrors} other YAML errors in this file usually follow from this one.` : '';
  return {
    line,
    message: `not valid YAML: ${what}. Until it is fixed, no record of this file is checked${ids ? ` and references to its ${ids} id${ids === 1 ? '' : 's'} are not reported as unknown` : ''}.${more}`,
  };
}

function overIndentedLine(text: string, line: number): number {
  const lines = text.split('\n');
  const indent = (l: string) => l.length - l.trimStart().length;
  const base = indent(lines[line - 1] ?? '');
  for (let i = line; i < Math.min(lines.length, line + 5); i++) {
    if (lines[i]!.trim() && indent(lines[i]!) > base) return i + 1;
  }
  return line;
}
