import { desc, eq } from 'drizzle-orm';
import {
  entryIdsFor,
  organLevelSchema,
  summarize,
  yearRange,
  type CountKey,
  type CountsView,
} from '@grassroots/core';
import type { Db } from '../../db/client';
import { organs, worklogEntries } from '../../db/schema';
import { cadreScope, requirePermission, type Actor } from '../../platform/access';
import { AppError, notFound } from '../../platform/errors';
import { findCadre } from '../people/people.repo';
import { listOwn } from '../youth/youth.repo';
import { readCounters } from './counters';
import { entriesOfCadreIn, entryDetails, toCountable } from './worklog.repo';

async function countContext(db: Db, actor: Actor, cadreId: string | undefined) {
  const id = cadreId ?? actor.cadreId;
  if (!id) throw new AppError('NOT_A_CADRE');
  const cadre = await findCadre(db, cadreScope(actor), id);
  if (!cadre) throw notFound();
  const [organ] = await db.select({ level: organs.level }).from(organs).where(eq(organs.id, cadre.organId));
  const youth = await listOwn(db, id, {});
  return {
    cadreId: id,
    context: {
      ownOrganLevel: organLevelSchema.parse(organ?.level ?? 2),
      helpPairs: youth.filter((y) => y.relation === 'help_pair').length,
      friendIds: youth.filter((y) => y.relation === 'friend').map((y) => y.id),
    },
  };
}

/** L7/C4/D10: a cadre's counts for a year, read from the incrementally kept counters. */
export async function cadreCounts(
  db: Db,
  actor: Actor,
  cadreId: string | undefined,
  year: number,
): Promise<CountsView> {
  requirePermission(actor, 'worklog.read');
  const { cadreId: id, context } = await countContext(db, actor, cadreId);
  const counts = summarize(await readCounters(db, id, year), context);
  return { cadreId: id, year, counts };
}

/** L7: the entries behind one count (the dashboard number opens to them). */
export async function entryIdsBehind(
  db: Db,
  actor: Actor,
  cadreId: string | undefined,
  year: number,
  key: CountKey,
): Promise<string[]> {
  const { cadreId: id, context } = await countContext(db, actor, cadreId);
  const period = yearRange(year);
  const rows = await entriesOfCadreIn(db, id, period.from, period.to);
  return entryIdsFor(await toCountable(db, rows), period, context, key);
}

/** L2: recent places and people first, from the cadre's last entries. */
export async function recent(db: Db, actor: Actor) {
  requirePermission(actor, 'worklog.write');
  if (!actor.cadreId) throw new AppError('NOT_A_CADRE');
  const rows = await db
    .select()
    .from(worklogEntries)
    .where(eq(worklogEntries.cadreId, actor.cadreId))
    .orderBy(desc(worklogEntries.createdAt))
    .limit(50);
  const d = await entryDetails(db, rows, false);
  const places = new Map<
    string,
    {
      countyCode: string | null;
      countyName: string | null;
      grassrootsOrgId: string | null;
      grassrootsOrgName: string | null;
    }
  >();
  const youth = new Map<string, { id: string; name: string }>();
  const partners = new Map<
    string,
    { id: string; name: string; unit: string; organLevel: 1 | 2 | 3 | 4 | 5 }
  >();
  for (const r of rows) {
    const key = `${r.countyCode ?? ''}|${r.grassrootsOrgId ?? ''}`;
    if ((r.countyCode || r.grassrootsOrgId) && !places.has(key)) {
      places.set(key, {
        countyCode: r.countyCode,
        countyName: r.countyCode ? (d.counties.get(r.countyCode) ?? null) : null,
        grassrootsOrgId: r.grassrootsOrgId,
        grassrootsOrgName: r.grassrootsOrgId ? (d.orgs.get(r.grassrootsOrgId) ?? null) : null,
      });
    }
    for (const y of r.youthIds) if (!youth.has(y)) youth.set(y, { id: y, name: d.youth.get(y) ?? '' });
    for (const p of r.partnerIds) {
      const row = d.partners.get(p);
      if (row && !partners.has(p))
        partners.set(p, {
          id: p,
          name: row.name,
          unit: row.unit,
          organLevel: organLevelSchema.parse(row.organLevel),
        });
    }
  }
  return {
    places: [...places.values()].slice(0, 10),
    youth: [...youth.values()].slice(0, 30),
    partners: [...partners.values()].slice(0, 20),
  };
}
