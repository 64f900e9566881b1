-- Full-text index over the searchable text of documents, meetings, activities and organizations.
-- drizzle-kit cannot express FTS5 virtual tables, so this migration is written by hand.
-- Columns are weighted at query time (bm25): title and aliases above the body.
CREATE VIRTUAL TABLE `search_index` USING fts5(
  `kind` UNINDEXED,
  `id` UNINDEXED,
  `title`,
  `aliases`,
  `body`,
  tokenize = 'porter unicode61 remove_diacritics 2',
  prefix = '2 3'
);
