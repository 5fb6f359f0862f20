import { sql } from 'drizzle-orm';
import type { GrassrootsOrgType } from '@grassroots/core';
import {
  boolean,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

// R1: reference data (not a tenant table; replicated on a distributed engine).
export const divisions = pgTable(
  'divisions',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    level: smallint('level').notNull(), // 1 province, 2 prefecture, 3 county
    parentCode: text('parent_code'),
    provinceCode: text('province_code').notNull(),
  },
  (t) => [index('divisions_parent_idx').on(t.parentCode)],
);

// R2: the organ tree. organ_id of an organ is its own id.
export const organs = pgTable('organs', {
  id: uuid('id').primaryKey().defaultRandom(),
  parentId: uuid('parent_id'),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  level: smallint('level').notNull(),
  seatCountyCode: text('seat_county_code'),
  provinceCode: text('province_code'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const departments = pgTable(
  'departments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organId: uuid('organ_id')
      .notNull()
      .references(() => organs.id),
    name: text('name').notNull(),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [unique('departments_organ_name').on(t.organId, t.name)],
);

// R3: grassroots organizations; (organ, county, name) identifies one for re-imports.
export const grassrootsOrgs = pgTable(
  'grassroots_orgs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organId: uuid('organ_id')
      .notNull()
      .references(() => organs.id),
    name: text('name').notNull(),
    type: text('type').$type<GrassrootsOrgType>().notNull(),
    countyCode: text('county_code').notNull(),
    address: text('address').notNull().default(''),
    twoNew: boolean('two_new').notNull().default(false),
    contactPerson: text('contact_person').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('grassroots_orgs_identity').on(t.organId, t.countyCode, t.name),
    index('grassroots_orgs_name_trgm').using('gin', sql`${t.name} gin_trgm_ops`),
  ],
);
