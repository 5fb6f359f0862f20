import type { Role } from '@grassroots/core';
import {
  bigint,
  bigserial,
  boolean,
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
import { organs } from './org';

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  organId: uuid('organ_id')
    .notNull()
    .references(() => organs.id),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  roles: text('roles').array().$type<Role[]>().notNull(),
  cadreId: uuid('cadre_id').references(() => cadres.id),
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  failedCount: integer('failed_count').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  disabled: boolean('disabled').notNull().default(false),
  lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

// S1/S2: server-side sessions; the cookie holds a random token, the table its SHA-256.
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    organId: uuid('organ_id').notNull(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

// X2/S5: append-only audit log, one SM3 hash chain per organ; audit_heads anchors each chain's end
// so that deleting the newest row is detected too.
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    chain: text('chain').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    organId: uuid('organ_id'),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    ip: text('ip'),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    outcome: text('outcome').$type<'success' | 'failure' | 'denied'>().notNull(),
    details: jsonb('details').$type<Record<string, unknown>>(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [unique('audit_chain_seq').on(t.chain, t.seq), index('audit_organ_at_idx').on(t.organId, t.at)],
);

export const auditHeads = pgTable('audit_heads', {
  chain: text('chain').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});

// X8: saved column mappings for spreadsheets exported by other systems.
export const columnMappings = pgTable(
  'column_mappings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organId: uuid('organ_id')
      .notNull()
      .references(() => organs.id),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    columns: jsonb('columns').$type<Record<string, string>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('column_mappings_name').on(t.organId, t.kind, t.name)],
);
