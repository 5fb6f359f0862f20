import { sql } from 'drizzle-orm';
import type { CadreStatus, Gender, PostType, Rank } from '@grassroots/core';
import { boolean, date, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { departments, organs } from './org';

// R4: cadres. The phone is SM4-encrypted (S8); phone_hash (keyed HMAC-SM3) identifies a cadre on re-import.
export const cadres = pgTable(
  'cadres',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organId: uuid('organ_id')
      .notNull()
      .references(() => organs.id),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    name: text('name').notNull(),
    gender: text('gender').$type<Gender>(),
    rank: text('rank').$type<Rank>().notNull(),
    postType: text('post_type').$type<PostType>().notNull().default('full_time'),
    internalPost: boolean('internal_post').notNull().default(false),
    hireDate: date('hire_date', { mode: 'string' }),
    probationEnd: date('probation_end', { mode: 'string' }),
    grassrootsMonths: integer('grassroots_months').notNull().default(0),
    nativeCountyCode: text('native_county_code'),
    previousCountyCodes: text('previous_county_codes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    phoneEnc: text('phone_enc').notNull(),
    phoneHash: text('phone_hash').notNull(),
    status: text('status').$type<CadreStatus>().notNull().default('active'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('cadres_identity').on(t.organId, t.phoneHash),
    index('cadres_department_idx').on(t.organId, t.departmentId),
    index('cadres_name_trgm').using('gin', sql`${t.name} gin_trgm_ops`),
  ],
);

// R4/C1: an exemption is a record with reason, approver and approval date, not a bare flag.
export const exemptions = pgTable('exemptions', {
  id: uuid('id').primaryKey().defaultRandom(),
  organId: uuid('organ_id')
    .notNull()
    .references(() => organs.id),
  cadreId: uuid('cadre_id')
    .notNull()
    .references(() => cadres.id),
  scope: text('scope').$type<'dispatch' | 'contact' | 'all'>().notNull().default('all'),
  reason: text('reason').notNull(),
  approver: text('approver').notNull(),
  approvedOn: date('approved_on', { mode: 'string' }).notNull(),
  year: integer('year'),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});
