CREATE TABLE `record_json` (
	`kind` text NOT NULL,
	`id` text NOT NULL,
	`item` text NOT NULL,
	`detail` text NOT NULL,
	PRIMARY KEY(`kind`, `id`)
);
