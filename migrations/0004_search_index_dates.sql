-- The search index carries each record's date (unindexed), so a search answers without joining
-- the three record tables. The index is filled by the loader, so it is recreated empty here.
DROP TABLE `search_index`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_index` USING fts5(
  `kind` UNINDEXED,
  `id` UNINDEXED,
  `date` UNINDEXED,
  `title`,
  `aliases`,
  `body`,
  tokenize = 'porter unicode61 remove_diacritics 2',
  prefix = '2 3'
);
