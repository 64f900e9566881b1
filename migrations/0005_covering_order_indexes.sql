DROP INDEX `activities_order_idx`;--> statement-breakpoint
CREATE INDEX `activities_order_idx` ON `activities` (`date_start`,`id`,`date_end`);--> statement-breakpoint
DROP INDEX `documents_order_idx`;--> statement-breakpoint
CREATE INDEX `documents_order_idx` ON `documents` (`date_start`,`id`,`date_end`);--> statement-breakpoint
DROP INDEX `meetings_order_idx`;--> statement-breakpoint
CREATE INDEX `meetings_order_idx` ON `meetings` (`date_start`,`id`,`date_end`);