import { timestamp, uuid } from 'drizzle-orm/pg-core';
import { organs } from './org';
import { cadres } from './people';

/** X6: every tenant table carries organ_id (the distribution key on a distributed engine). */
export const organRef = () =>
  uuid('organ_id')
    .notNull()
    .references(() => organs.id);

export const cadreRef = () =>
  uuid('cadre_id')
    .notNull()
    .references(() => cadres.id);

export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
