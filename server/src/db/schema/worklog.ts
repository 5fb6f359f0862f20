import type { DispatchTask, EntryMode, EntryType, SupervisionItem, TaskItem } from '@grassroots/core';
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
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
import { cadres } from './people';
import { users } from './platform';
import { organRef, createdAt } from './columns';

// Y1/Y2: a youth contact belongs to one cadre; the phone is sealed (S8) and blind-indexed (Y5).
export const youthContacts = pgTable(
  'youth_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organId: organRef(),
    cadreId: uuid('cadre_id')
      .notNull()
      .references(() => cadres.id),
    name: text('name').notNull(),
    gender: text('gender').$type<'男' | '女'>(),
    birthYear: integer('birth_year'),
    phoneEnc: text('phone_enc'),
    phoneHash: text('phone_hash'),
    group: text('youth_group').notNull().default('other'),
    countyCode: text('county_code'),
    organization: text('organization').notNull().default(''),
    notes: text('notes').notNull().default(''),
    relation: text('relation').$type<'friend' | 'help_pair'>().notNull().default('friend'),
    difficultyType: text('difficulty_type'),
    helpPlan: text('help_plan').notNull().default(''),
    helpOutcome: text('help_outcome').notNull().default(''),
    guardianConsent: boolean('guardian_consent').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    index('youth_cadre_idx').on(t.organId, t.cadreId),
    index('youth_phone_hash_idx').on(t.organId, t.phoneHash),
  ],
);

// C4: league cadres talked with; the organ level decides 下跨一级.
export const leaguePartners = pgTable(
  'league_partners',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organId: organRef(),
    cadreId: uuid('cadre_id')
      .notNull()
      .references(() => cadres.id),
    name: text('name').notNull(),
    unit: text('unit').notNull().default(''),
    organLevel: smallint('organ_level').notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique('league_partners_identity').on(t.cadreId, t.name, t.unit, t.organLevel)],
);

// L1/L4: the work log. Nothing is hard-deleted; withdrawal keeps the row.
export const worklogEntries = pgTable(
  'worklog_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organId: organRef(),
    cadreId: uuid('cadre_id')
      .notNull()
      .references(() => cadres.id),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    dateFrom: date('date_from', { mode: 'string' }).notNull(),
    dateTo: date('date_to', { mode: 'string' }).notNull(),
    type: text('type').$type<EntryType>().notNull(),
    mode: text('mode').$type<EntryMode>().notNull(),
    onSite: boolean('on_site').notNull().default(true),
    countyCode: text('county_code'),
    grassrootsOrgId: uuid('grassroots_org_id'),
    place: text('place').notNull().default(''),
    content: text('content').notNull(),
    thoughts: text('thoughts').notNull().default(''),
    audience: integer('audience'),
    taskItems: text('task_items')
      .array()
      .$type<TaskItem[]>()
      .notNull()
      .default(sql`'{}'::text[]`),
    dispatchTasks: text('dispatch_tasks')
      .array()
      .$type<DispatchTask[]>()
      .notNull()
      .default(sql`'{}'::text[]`),
    supervisionItems: text('supervision_items')
      .array()
      .$type<SupervisionItem[]>()
      .notNull()
      .default(sql`'{}'::text[]`),
    youthIds: uuid('youth_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    partnerIds: uuid('partner_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    late: boolean('late').notNull().default(false),
    status: text('status').$type<'active' | 'withdrawn'>().notNull().default('active'),
    withdrawReason: text('withdraw_reason'),
    proposedCase: boolean('proposed_case').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('worklog_cadre_date_idx').on(t.organId, t.cadreId, t.dateFrom),
    index('worklog_thoughts_trgm').using('gin', sql`${t.thoughts} gin_trgm_ops`),
  ],
);

// L4: the text an amendment replaced, kept and shown to supervisors.
export const entryRevisions = pgTable('entry_revisions', {
  id: uuid('id').primaryKey().defaultRandom(),
  organId: organRef(),
  entryId: uuid('entry_id')
    .notNull()
    .references(() => worklogEntries.id),
  version: integer('version').notNull(),
  before: jsonb('before').$type<Record<string, unknown>>().notNull(),
  reason: text('reason').notNull().default(''),
  revisedBy: text('revised_by').notNull(),
  revisedAt: timestamp('revised_at', { withTimezone: true }).notNull(),
});

// L5: supervisors' comments.
export const entryComments = pgTable('entry_comments', {
  id: uuid('id').primaryKey().defaultRandom(),
  organId: organRef(),
  entryId: uuid('entry_id')
    .notNull()
    .references(() => worklogEntries.id),
  authorId: uuid('author_id').notNull(),
  authorName: text('author_name').notNull(),
  body: text('body').notNull(),
  createdAt: createdAt(),
});

// L6: files live in storage under random keys; the row holds what was checked.
export const attachments = pgTable('attachments', {
  id: uuid('id').primaryKey().defaultRandom(),
  organId: organRef(),
  ownerId: uuid('owner_id').notNull(),
  entryId: uuid('entry_id').references(() => worklogEntries.id),
  storageKey: text('storage_key').notNull(),
  fileName: text('file_name').notNull(),
  mime: text('mime').notNull(),
  size: integer('size').notNull(),
  createdAt: createdAt(),
});

// L3: idempotency key → the stored answer, so a resent offline entry is created once.
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    organId: organRef(),
    userId: uuid('user_id').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    statusCode: integer('status_code'),
    response: jsonb('response').$type<unknown>(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);

// L7: per-cadre per-year counters, updated in the entry's transaction (core counter-state JSON).
export const cadreCounters = pgTable(
  'cadre_counters',
  {
    organId: organRef(),
    cadreId: uuid('cadre_id')
      .notNull()
      .references(() => cadres.id),
    year: integer('year').notNull(),
    state: jsonb('state').$type<unknown>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.cadreId, t.year] })],
);
