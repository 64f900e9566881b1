CREATE TABLE `record_organization_ancestors` (
	`record_kind` text NOT NULL,
	`organization_id` text NOT NULL,
	`record_id` text NOT NULL,
	PRIMARY KEY(`record_kind`, `organization_id`, `record_id`),
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `record_threat_ancestors` (
	`record_kind` text NOT NULL,
	`threat_id` text NOT NULL,
	`record_id` text NOT NULL,
	PRIMARY KEY(`record_kind`, `threat_id`, `record_id`),
	FOREIGN KEY (`threat_id`) REFERENCES `threats`(`id`) ON UPDATE no action ON DELETE no action
);
