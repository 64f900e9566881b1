-- Counts of records holding two values of one organization, threat or phase dimension, per type
-- and year ('' or year 0 for "any"): the facet of a dimension under a filter on that same
-- dimension (facets=threat&threat=terrorism) is then an index range too
-- (src/queries/filter-counts.ts). Filled by the loader (src/corpus/record-counts.ts).
CREATE TABLE `record_pair_counts` (
	`kind` text NOT NULL,
	`dimension` text NOT NULL,
	`value` text NOT NULL,
	`other` text NOT NULL,
	`type` text NOT NULL,
	`year` integer NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`kind`, `dimension`, `value`, `type`, `year`, `other`)
) WITHOUT ROWID;
