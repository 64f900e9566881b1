/** The years the corpus covers: a series' completeness is counted over them. */
export const CORPUS_YEARS = { from: 2001, to: 2022 } as const;
