CREATE TABLE `series` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`body_id` text NOT NULL,
	`numbered` integer NOT NULL,
	`expected` integer,
	`expected_basis` text,
	`gaps` text DEFAULT '[]' NOT NULL,
	FOREIGN KEY (`body_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_citations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`owner_kind` text NOT NULL,
	`owner_id` text NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`section` text,
	`footnotes` text DEFAULT '[]' NOT NULL,
	`source_entry` integer,
	`url` text,
	`quote` text,
	`publisher` text,
	`title` text,
	`supports` text,
	`confirms` text DEFAULT '[]' NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_citations`("id", "owner_kind", "owner_id", "position", "kind", "section", "footnotes", "source_entry", "url", "quote") SELECT "id", "owner_kind", "owner_id", "position", 'thesis', "section", "footnotes", "source_entry", "url", "quote" FROM `citations`;--> statement-breakpoint
DROP TABLE `citations`;--> statement-breakpoint
ALTER TABLE `__new_citations` RENAME TO `citations`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `citations_owner_idx` ON `citations` (`owner_kind`,`owner_id`,`position`);--> statement-breakpoint
ALTER TABLE `meetings` ADD `series_id` text REFERENCES series(id);--> statement-breakpoint
CREATE INDEX `meetings_series_idx` ON `meetings` (`series_id`,`date_start`);--> statement-breakpoint
ALTER TABLE `meetings` DROP COLUMN `series`;