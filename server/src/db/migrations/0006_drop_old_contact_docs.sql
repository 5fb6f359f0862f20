DROP TABLE "contact_assignments" CASCADE;--> statement-breakpoint
DROP TABLE "contact_rule_sets" CASCADE;