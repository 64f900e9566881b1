-- Impact-ordered postings beside the FTS5 index, so that a search for frequent words reads its
-- best matches from an index instead of scoring every match (src/queries/search-top-k.ts).
-- Filled by the loader (src/corpus/search-postings.ts); WITHOUT ROWID is beyond drizzle-kit.
CREATE TABLE `search_terms` (
	`id` integer PRIMARY KEY NOT NULL,
	`term` text NOT NULL UNIQUE,
	`documents` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `search_words` (
	`word` text PRIMARY KEY NOT NULL,
	`term_id` integer NOT NULL REFERENCES `search_terms`(`id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `search_postings` (
	`term_id` integer NOT NULL REFERENCES `search_terms`(`id`),
	`row_id` integer NOT NULL,
	`impact` real NOT NULL,
	PRIMARY KEY(`term_id`, `row_id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `search_postings_impact_idx` ON `search_postings` (`term_id`, `impact` DESC, `row_id`);
