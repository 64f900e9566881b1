-- Each record's organizations and threats in one seek, for facet counts over a filtered set of
-- records (src/queries/facets.ts); the primary keys lead with the organization or threat.
CREATE INDEX `record_organization_ancestors_record_idx` ON `record_organization_ancestors` (`record_kind`,`record_id`,`organization_id`);--> statement-breakpoint
CREATE INDEX `record_threat_ancestors_record_idx` ON `record_threat_ancestors` (`record_kind`,`record_id`,`threat_id`);