-- Counts of records per kind and combination of organization, threat, phase, type and year, with
-- '' (or year 0) for "any": a total or a facet under those filters is then an index lookup
-- (src/queries/filter-counts.ts). Filled by the loader (src/corpus/record-counts.ts).
CREATE TABLE `record_counts` (
	`kind` text NOT NULL,
	`org` text NOT NULL,
	`threat` text NOT NULL,
	`phase` text NOT NULL,
	`type` text NOT NULL,
	`year` integer NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`kind`, `org`, `threat`, `phase`, `type`, `year`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `record_counts_by_org_idx` ON `record_counts` (`kind`, `threat`, `phase`, `type`, `year`, `org`);
--> statement-breakpoint
CREATE INDEX `record_counts_by_threat_idx` ON `record_counts` (`kind`, `org`, `phase`, `type`, `year`, `threat`);
--> statement-breakpoint
CREATE INDEX `record_counts_by_phase_idx` ON `record_counts` (`kind`, `org`, `threat`, `type`, `year`, `phase`);
--> statement-breakpoint
CREATE INDEX `record_counts_by_type_idx` ON `record_counts` (`kind`, `org`, `threat`, `phase`, `year`, `type`);
