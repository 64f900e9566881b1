/** What the yaml library's error codes mean for someone editing a seed file by hand. */
const HINTS: Record<string, string> = {
  BAD_INDENT: 'this line does not start at the same column as the lines it belongs with: align it with them',
  BLOCK_AS_IMPLICIT_KEY: 'a line below this one is indented further than this one, so YAML cannot tell where this field ends: give the fields of one record the same indentation',
  MULTILINE_IMPLICIT_KEY: 'a line below this one is indented further than this one, so YAML cannot tell where this field ends: give the fields of one record the same indentation',
  DUPLICATE_KEY: 'this field is written twice in the same record: keep one',
  TAB_AS_INDENT: 'a tab is used for indentation: indent with spaces',
  MISSING_CHAR: 'a closing quote or bracket is missing',
  BAD_DQ_ESCAPE: 'a backslash inside double quotes starts an escape: write the text in single quotes or double the backslash',
  UNEXPECTED_TOKEN: 'a character YAML did not expect here: text with ": " or " #" must be put in quotes',
};

export function yamlErrorMessage(error: { code: string; message: string }, moreErrors: number, ids: number): string {
  const hint = HINTS[error.code];
  const what = hint ? `${hint} (YAML: ${error.message})` : `YAML: ${error.message}`;
  const more = moreErrors ? ` The ${moreErrors} other YAML error${moreErrors === 1 ? '' : 's'} in this file usually follow from this one.` : '';
  return `not valid YAML: ${what}. Until it is fixed, no record of this file is checked and references to its ${ids} id${ids === 1 ? '' : 's'} are not reported as unknown.${more}`;
}
