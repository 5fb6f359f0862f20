CREATE TABLE "contact_year_docs" (
	"organ_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"doc" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contact_year_docs_organ_id_year_kind_pk" PRIMARY KEY("organ_id","year","kind")
);
--> statement-breakpoint
ALTER TABLE "contact_year_docs" ADD CONSTRAINT "contact_year_docs_organ_id_organs_id_fk" FOREIGN KEY ("organ_id") REFERENCES "public"."organs"("id") ON DELETE no action ON UPDATE no action;