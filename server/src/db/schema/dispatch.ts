import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { cadres } from './people';
import { users } from './platform';
import { organRef } from './columns';

// D1: a two-year round of four batches (dates editable), planned by one organ.
export const dispatchRounds = pgTable('dispatch_rounds', {
  id: uuid('id').primaryKey().defaultRandom(),
  organId: organRef(),
  name: text('name').notNull(),
  startYear: integer('start_year').notNull(),
  batches: jsonb('batches').$type<unknown>().notNull(),
  rules: jsonb('rules').$type<unknown>().notNull(),
  status: text('status').$type<'planning' | 'published'>().notNull().default('planning'),
  publishedVersion: integer('published_version'),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

// D7: every saved plan (solver output or a hand edit) is a version; none is overwritten.
export const dispatchPlanVersions = pgTable(
  'dispatch_plan_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organId: organRef(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => dispatchRounds.id),
    version: integer('version').notNull(),
    plan: jsonb('plan').$type<unknown>().notNull(),
    problem: jsonb('problem').$type<unknown>().notNull(),
    violations: integer('violations').notNull(),
    source: text('source').$type<'solver' | 'edit'>().notNull(),
    note: text('note').notNull().default(''),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('dispatch_plan_version').on(t.roundId, t.version)],
);

// D7/D8: the published assignments; the county is the cadre's contact point for two years (D8),
// and a dispatch in a year credits that year's research (D15).
export const dispatchAssignments = pgTable(
  'dispatch_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organId: organRef(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => dispatchRounds.id),
    cadreId: uuid('cadre_id')
      .notNull()
      .references(() => cadres.id),
    batch: integer('batch').notNull(),
    countyCode: text('county_code').notNull(),
    groupKey: text('group_key').notNull(),
    leader: boolean('leader').notNull().default(false),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    contactUntil: date('contact_until', { mode: 'string' }).notNull(),
  },
  (t) => [
    unique('dispatch_assignment_once').on(t.roundId, t.cadreId),
    index('dispatch_assignment_group').on(t.roundId, t.groupKey),
  ],
);

// X3: in-app notifications (deadlines, approvals, comments, published plans).
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organId: organRef(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    link: text('link'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt)],
);
