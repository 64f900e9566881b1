CREATE TABLE `activities` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`aliases` text DEFAULT '[]' NOT NULL,
	`type` text NOT NULL,
	`date` text NOT NULL,
	`date_precision` text NOT NULL,
	`date_start` text NOT NULL,
	`date_end` text NOT NULL,
	`year` integer NOT NULL,
	`end_date` text,
	`place` text,
	`participants` text DEFAULT '[]' NOT NULL,
	`url` text,
	`source_entries` text DEFAULT '[]' NOT NULL,
	`summary` text NOT NULL,
	`note` text
);
--> statement-breakpoint
CREATE INDEX `activities_order_idx` ON `activities` (`date_start`,`id`);--> statement-breakpoint
CREATE INDEX `activities_year_idx` ON `activities` (`year`);--> statement-breakpoint
CREATE INDEX `activities_type_idx` ON `activities` (`type`);--> statement-breakpoint
CREATE TABLE `characterizations` (
	`id` text PRIMARY KEY NOT NULL,
	`organization_id` text NOT NULL,
	`threat_id` text NOT NULL,
	`statement` text NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`threat_id`) REFERENCES `threats`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `citations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`owner_kind` text NOT NULL,
	`owner_id` text NOT NULL,
	`position` integer NOT NULL,
	`section` text NOT NULL,
	`footnotes` text DEFAULT '[]' NOT NULL,
	`source_entry` integer,
	`url` text,
	`quote` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `citations_owner_idx` ON `citations` (`owner_kind`,`owner_id`,`position`);--> statement-breakpoint
CREATE TABLE `corpus_meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `document_relations` (
	`source_id` text NOT NULL,
	`type` text NOT NULL,
	`target_id` text NOT NULL,
	PRIMARY KEY(`source_id`, `type`, `target_id`),
	FOREIGN KEY (`source_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`target_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `document_relations_target_idx` ON `document_relations` (`target_id`);--> statement-breakpoint
CREATE TABLE `documents` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`abbreviation` text,
	`aliases` text DEFAULT '[]' NOT NULL,
	`type` text NOT NULL,
	`date` text NOT NULL,
	`date_precision` text NOT NULL,
	`date_start` text NOT NULL,
	`date_end` text NOT NULL,
	`year` integer NOT NULL,
	`period_from` integer,
	`period_to` integer,
	`place` text,
	`adopted_at` text,
	`url` text,
	`source_entries` text DEFAULT '[]' NOT NULL,
	`summary` text NOT NULL,
	`note` text,
	FOREIGN KEY (`adopted_at`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `documents_order_idx` ON `documents` (`date_start`,`id`);--> statement-breakpoint
CREATE INDEX `documents_year_idx` ON `documents` (`year`);--> statement-breakpoint
CREATE INDEX `documents_type_idx` ON `documents` (`type`,`date_start`);--> statement-breakpoint
CREATE INDEX `documents_adopted_at_idx` ON `documents` (`adopted_at`);--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`aliases` text DEFAULT '[]' NOT NULL,
	`series` text NOT NULL,
	`ordinal` integer,
	`type` text NOT NULL,
	`date` text NOT NULL,
	`date_precision` text NOT NULL,
	`date_start` text NOT NULL,
	`date_end` text NOT NULL,
	`year` integer NOT NULL,
	`end_date` text,
	`place` text,
	`format` text NOT NULL,
	`url` text,
	`source_entries` text DEFAULT '[]' NOT NULL,
	`summary` text NOT NULL,
	`note` text
);
--> statement-breakpoint
CREATE INDEX `meetings_order_idx` ON `meetings` (`date_start`,`id`);--> statement-breakpoint
CREATE INDEX `meetings_year_idx` ON `meetings` (`year`);--> statement-breakpoint
CREATE INDEX `meetings_type_idx` ON `meetings` (`type`);--> statement-breakpoint
CREATE TABLE `memberships` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` text NOT NULL,
	`state` text NOT NULL,
	`status` text NOT NULL,
	`from_date` text NOT NULL,
	`from_precision` text NOT NULL,
	`from_start` text NOT NULL,
	`to_date` text,
	`to_precision` text,
	`to_end` text,
	`note` text,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `memberships_org_status_idx` ON `memberships` (`organization_id`,`status`,`from_start`);--> statement-breakpoint
CREATE TABLE `organization_closure` (
	`ancestor_id` text NOT NULL,
	`descendant_id` text NOT NULL,
	PRIMARY KEY(`ancestor_id`, `descendant_id`),
	FOREIGN KEY (`ancestor_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`descendant_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `organization_closure_descendant_idx` ON `organization_closure` (`descendant_id`);--> statement-breakpoint
CREATE TABLE `organizations` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`abbreviation` text,
	`aliases` text DEFAULT '[]' NOT NULL,
	`kind` text NOT NULL,
	`parent_id` text,
	`founded` text,
	`founded_precision` text,
	`headquarters` text,
	`url` text,
	`summary` text NOT NULL,
	`note` text,
	FOREIGN KEY (`parent_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `organizations_parent_idx` ON `organizations` (`parent_id`);--> statement-breakpoint
CREATE TABLE `phases` (
	`id` text PRIMARY KEY NOT NULL,
	`organization_id` text NOT NULL,
	`ordinal` integer NOT NULL,
	`name` text NOT NULL,
	`start_year` integer NOT NULL,
	`end_year` integer NOT NULL,
	`description` text NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `phases_org_idx` ON `phases` (`organization_id`,`ordinal`);--> statement-breakpoint
CREATE TABLE `record_organizations` (
	`record_kind` text NOT NULL,
	`record_id` text NOT NULL,
	`organization_id` text NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`record_kind`, `record_id`, `organization_id`, `role`),
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `record_organizations_org_idx` ON `record_organizations` (`organization_id`,`record_kind`,`record_id`);--> statement-breakpoint
CREATE TABLE `record_phases` (
	`record_kind` text NOT NULL,
	`record_id` text NOT NULL,
	`phase_id` text NOT NULL,
	PRIMARY KEY(`record_kind`, `record_id`, `phase_id`),
	FOREIGN KEY (`phase_id`) REFERENCES `phases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `record_phases_phase_idx` ON `record_phases` (`phase_id`,`record_kind`,`record_id`);--> statement-breakpoint
CREATE TABLE `record_threats` (
	`record_kind` text NOT NULL,
	`record_id` text NOT NULL,
	`threat_id` text NOT NULL,
	PRIMARY KEY(`record_kind`, `record_id`, `threat_id`),
	FOREIGN KEY (`threat_id`) REFERENCES `threats`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `record_threats_threat_idx` ON `record_threats` (`threat_id`,`record_kind`,`record_id`);--> statement-breakpoint
CREATE TABLE `threat_closure` (
	`ancestor_id` text NOT NULL,
	`descendant_id` text NOT NULL,
	PRIMARY KEY(`ancestor_id`, `descendant_id`),
	FOREIGN KEY (`ancestor_id`) REFERENCES `threats`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`descendant_id`) REFERENCES `threats`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `threat_closure_descendant_idx` ON `threat_closure` (`descendant_id`);--> statement-breakpoint
CREATE TABLE `threats` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`parent_id` text,
	`description` text NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `threats`(`id`) ON UPDATE no action ON DELETE no action
);
