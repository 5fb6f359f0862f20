CREATE TABLE "attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organ_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"entry_id" uuid,
	"storage_key" text NOT NULL,
	"file_name" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cadre_counters" (
	"organ_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"state" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cadre_counters_cadre_id_year_pk" PRIMARY KEY("cadre_id","year")
);
--> statement-breakpoint
CREATE TABLE "entry_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organ_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"author_name" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entry_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organ_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"before" jsonb NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"revised_by" text NOT NULL,
	"revised_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"organ_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"status_code" integer,
	"response" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_user_id_key_pk" PRIMARY KEY("user_id","key")
);
--> statement-breakpoint
CREATE TABLE "league_partners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organ_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"name" text NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"organ_level" smallint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "league_partners_identity" UNIQUE("cadre_id","name","unit","organ_level")
);
--> statement-breakpoint
CREATE TABLE "worklog_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organ_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"date_from" date NOT NULL,
	"date_to" date NOT NULL,
	"type" text NOT NULL,
	"mode" text NOT NULL,
	"on_site" boolean DEFAULT true NOT NULL,
	"county_code" text,
	"grassroots_org_id" uuid,
	"place" text DEFAULT '' NOT NULL,
	"content" text NOT NULL,
	"thoughts" text DEFAULT '' NOT NULL,
	"audience" integer,
	"task_items" text[] DEFAULT '{}'::text[] NOT NULL,
	"dispatch_tasks" text[] DEFAULT '{}'::text[] NOT NULL,
	"youth_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"partner_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"late" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"withdraw_reason" text,
	"proposed_case" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "youth_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organ_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"name" text NOT NULL,
	"gender" text,
	"birth_year" integer,
	"phone_enc" text,
	"phone_hash" text,
	"youth_group" text DEFAULT 'other' NOT NULL,
	"county_code" text,
	"organization" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"relation" text DEFAULT 'friend' NOT NULL,
	"difficulty_type" text,
	"help_plan" text DEFAULT '' NOT NULL,
	"help_outcome" text DEFAULT '' NOT NULL,
	"guardian_consent" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_organ_id_organs_id_fk" FOREIGN KEY ("organ_id") REFERENCES "public"."organs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_entry_id_worklog_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."worklog_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadre_counters" ADD CONSTRAINT "cadre_counters_organ_id_organs_id_fk" FOREIGN KEY ("organ_id") REFERENCES "public"."organs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadre_counters" ADD CONSTRAINT "cadre_counters_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entry_comments" ADD CONSTRAINT "entry_comments_organ_id_organs_id_fk" FOREIGN KEY ("organ_id") REFERENCES "public"."organs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entry_comments" ADD CONSTRAINT "entry_comments_entry_id_worklog_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."worklog_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entry_revisions" ADD CONSTRAINT "entry_revisions_organ_id_organs_id_fk" FOREIGN KEY ("organ_id") REFERENCES "public"."organs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entry_revisions" ADD CONSTRAINT "entry_revisions_entry_id_worklog_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."worklog_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_organ_id_organs_id_fk" FOREIGN KEY ("organ_id") REFERENCES "public"."organs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "league_partners" ADD CONSTRAINT "league_partners_organ_id_organs_id_fk" FOREIGN KEY ("organ_id") REFERENCES "public"."organs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "league_partners" ADD CONSTRAINT "league_partners_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worklog_entries" ADD CONSTRAINT "worklog_entries_organ_id_organs_id_fk" FOREIGN KEY ("organ_id") REFERENCES "public"."organs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worklog_entries" ADD CONSTRAINT "worklog_entries_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worklog_entries" ADD CONSTRAINT "worklog_entries_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth_contacts" ADD CONSTRAINT "youth_contacts_organ_id_organs_id_fk" FOREIGN KEY ("organ_id") REFERENCES "public"."organs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth_contacts" ADD CONSTRAINT "youth_contacts_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "worklog_cadre_date_idx" ON "worklog_entries" USING btree ("organ_id","cadre_id","date_from");--> statement-breakpoint
CREATE INDEX "worklog_thoughts_trgm" ON "worklog_entries" USING gin ("thoughts" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "youth_cadre_idx" ON "youth_contacts" USING btree ("organ_id","cadre_id");--> statement-breakpoint
CREATE INDEX "youth_phone_hash_idx" ON "youth_contacts" USING btree ("organ_id","phone_hash");