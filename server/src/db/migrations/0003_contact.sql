CREATE TABLE "contact_assignments" (
	"organ_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"assignment" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contact_assignments_organ_id_year_pk" PRIMARY KEY("organ_id","year")
);
--> statement-breakpoint
CREATE TABLE "contact_inclusions" (
	"organ_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"cadre_id" uuid NOT NULL,
	"included" boolean NOT NULL,
	"decided_by" text NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	CONSTRAINT "contact_inclusions_cadre_id_year_pk" PRIMARY KEY("cadre_id","year")
);
--> statement-breakpoint
CREATE TABLE "contact_points" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organ_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"cadre_id" uuid NOT NULL,
	"grassroots_org_id" uuid NOT NULL,
	"source" text NOT NULL,
	"sort" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "contact_points_once" UNIQUE("cadre_id","year","grassroots_org_id")
);
--> statement-breakpoint
CREATE TABLE "contact_rule_sets" (
	"organ_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"rule_set" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contact_rule_sets_organ_id_year_pk" PRIMARY KEY("organ_id","year")
);
--> statement-breakpoint
CREATE TABLE "department_plans" (
	"organ_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"department_id" uuid NOT NULL,
	"submitted_by" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"snapshot" jsonb NOT NULL,
	CONSTRAINT "department_plans_department_id_year_pk" PRIMARY KEY("department_id","year")
);
--> statement-breakpoint
CREATE TABLE "research_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organ_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"cadre_id" uuid NOT NULL,
	"topic" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"attachment_id" uuid,
	"submitted_at" timestamp with time zone NOT NULL,
	"review" text,
	"award" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "research_reports_once" UNIQUE("cadre_id","year")
);
--> statement-breakpoint
CREATE TABLE "task_list_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organ_id" uuid NOT NULL,
	"task_list_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"proposal" jsonb NOT NULL,
	"action" text NOT NULL,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"comment" text
);
--> statement-breakpoint
CREATE TABLE "task_lists" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organ_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"cadre_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"proposal" jsonb NOT NULL,
	"review_comment" text,
	"approved_by" text,
	"approved_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "task_lists_once" UNIQUE("cadre_id","year")
);
--> statement-breakpoint
ALTER TABLE "worklog_entries" ADD COLUMN "supervision_items" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "contact_assignments" ADD CONSTRAINT "contact_assignments_organ_id_organs_id_fk" FOREIGN KEY ("organ_id") REFERENCES "public"."organs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_inclusions" ADD CONSTRAINT "contact_inclusions_organ_id_organs_id_fk" FOREIGN KEY ("organ_id") REFERENCES "public"."organs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_inclusions" ADD CONSTRAINT "contact_inclusions_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_points" ADD CONSTRAINT "contact_points_organ_id_organs_id_fk" FOREIGN KEY ("organ_id") REFERENCES "public"."organs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_points" ADD CONSTRAINT "contact_points_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_points" ADD CONSTRAINT "contact_points_grassroots_org_id_grassroots_orgs_id_fk" FOREIGN KEY ("grassroots_org_id") REFERENCES "public"."grassroots_orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_rule_sets" ADD CONSTRAINT "contact_rule_sets_organ_id_organs_id_fk" FOREIGN KEY ("organ_id") REFERENCES "public"."organs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "department_plans" ADD CONSTRAINT "department_plans_organ_id_organs_id_fk" FOREIGN KEY ("organ_id") REFERENCES "public"."organs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "department_plans" ADD CONSTRAINT "department_plans_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_reports" ADD CONSTRAINT "research_reports_organ_id_organs_id_fk" FOREIGN KEY ("organ_id") REFERENCES "public"."organs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_reports" ADD CONSTRAINT "research_reports_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_list_history" ADD CONSTRAINT "task_list_history_organ_id_organs_id_fk" FOREIGN KEY ("organ_id") REFERENCES "public"."organs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_list_history" ADD CONSTRAINT "task_list_history_task_list_id_task_lists_id_fk" FOREIGN KEY ("task_list_id") REFERENCES "public"."task_lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_lists" ADD CONSTRAINT "task_lists_organ_id_organs_id_fk" FOREIGN KEY ("organ_id") REFERENCES "public"."organs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_lists" ADD CONSTRAINT "task_lists_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;