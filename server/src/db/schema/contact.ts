import {
  boolean,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

import { departments, grassrootsOrgs } from './org';
import { organRef, cadreRef } from './columns';

// C3/C4/C5: an organ's documents for a year — the rule set and the 单位指 assignment — one row per kind,
// with the version an update must name (S6). Absent rule set = the seed's defaults.
export const contactYearDocs = pgTable(
  'contact_year_docs',
  {
    organId: organRef(),
    year: integer('year').notNull(),
    kind: text('kind').$type<'rule_set' | 'assignment'>().notNull(),
    doc: jsonb('doc').$type<unknown>().notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organId, t.year, t.kind] })],
);

// C1: a department's decision on an attached or part-time cadre (full-time cadres take part by default).
export const contactInclusions = pgTable(
  'contact_inclusions',
  {
    organId: organRef(),
    year: integer('year').notNull(),
    cadreId: cadreRef(),
    included: boolean('included').notNull(),
    decidedBy: text('decided_by').notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.cadreId, t.year] })],
);

// C2: 3–4 fixed contact points per participant, with where the choice came from.
export const contactPoints = pgTable(
  'contact_points',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organId: organRef(),
    year: integer('year').notNull(),
    cadreId: cadreRef(),
    grassrootsOrgId: uuid('grassroots_org_id')
      .notNull()
      .references(() => grassrootsOrgs.id),
    source: text('source').$type<'department' | 'individual' | 'city_recommended' | 'dispatch'>().notNull(),
    sort: smallint('sort').notNull().default(0),
  },
  (t) => [unique('contact_points_once').on(t.cadreId, t.year, t.grassrootsOrgId)],
);

// C3: the four-item task list — 单位指、个人提、共同定; locked once approved; history kept.
export const taskLists = pgTable(
  'task_lists',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organId: organRef(),
    year: integer('year').notNull(),
    cadreId: cadreRef(),
    status: text('status').$type<'draft' | 'proposed' | 'approved' | 'returned'>().notNull().default('draft'),
    proposal: jsonb('proposal').$type<unknown>().notNull(),
    reviewComment: text('review_comment'),
    approvedBy: text('approved_by'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('task_lists_once').on(t.cadreId, t.year)],
);

export const taskListHistory = pgTable('task_list_history', {
  id: uuid('id').primaryKey().defaultRandom(),
  organId: organRef(),
  taskListId: uuid('task_list_id')
    .notNull()
    .references(() => taskLists.id),
  version: integer('version').notNull(),
  status: text('status').notNull(),
  proposal: jsonb('proposal').$type<unknown>().notNull(),
  action: text('action').notNull(),
  actorName: text('actor_name').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull(),
  comment: text('comment'),
});

// C9: a department's plan submission (participants and their contact points) for the year.
export const departmentPlans = pgTable(
  'department_plans',
  {
    organId: organRef(),
    year: integer('year').notNull(),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    submittedBy: text('submitted_by').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    snapshot: jsonb('snapshot').$type<unknown>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.departmentId, t.year] })],
);

// C4/C7: the research report (one topic a year), reviewed and possibly awarded.
export const researchReports = pgTable(
  'research_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organId: organRef(),
    year: integer('year').notNull(),
    cadreId: cadreRef(),
    topic: text('topic').notNull(),
    summary: text('summary').notNull().default(''),
    attachmentId: uuid('attachment_id'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    review: text('review'),
    award: text('award'),
    version: integer('version').notNull().default(1),
  },
  (t) => [unique('research_reports_once').on(t.cadreId, t.year)],
);
