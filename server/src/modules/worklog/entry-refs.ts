import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { EntryBody } from '@grassroots/core';
import type { Db } from '../../db/client';
import { attachments, grassrootsOrgs, leaguePartners, youthContacts } from '../../db/schema';
import type { Actor } from '../../platform/access';
import { AppError } from '../../platform/errors';
import { countiesExist } from '../org/org.repo';

/** Everything an entry references must belong to the author (youth, partners, files) or the organ. */
export async function checkReferences(
  tx: Db,
  actor: Actor,
  cadreId: string,
  refs: {
    youthIds: string[];
    partnerIds: string[];
    attachmentIds?: string[];
    grassrootsOrgId: string | null;
    countyCode: string | null;
  },
) {
  const unknown = (what: string) => new AppError('UNKNOWN_REFERENCE', { what }, undefined, 400);
  if (refs.youthIds.length) {
    const found = await tx
      .select({ id: youthContacts.id })
      .from(youthContacts)
      .where(and(eq(youthContacts.cadreId, cadreId), inArray(youthContacts.id, refs.youthIds)));
    if (found.length !== new Set(refs.youthIds).size) throw unknown('青年联系人');
  }
  if (refs.partnerIds.length) {
    const found = await tx
      .select({ id: leaguePartners.id })
      .from(leaguePartners)
      .where(and(eq(leaguePartners.cadreId, cadreId), inArray(leaguePartners.id, refs.partnerIds)));
    if (found.length !== new Set(refs.partnerIds).size) throw unknown('谈话对象');
  }
  if (refs.attachmentIds?.length) {
    const found = await tx
      .select({ id: attachments.id })
      .from(attachments)
      .where(
        and(
          eq(attachments.ownerId, actor.userId),
          inArray(attachments.id, refs.attachmentIds),
          isNull(attachments.entryId),
        ),
      );
    if (found.length !== new Set(refs.attachmentIds).size) throw unknown('附件');
  }
  if (refs.grassrootsOrgId) {
    const [org] = await tx
      .select({ id: grassrootsOrgs.id })
      .from(grassrootsOrgs)
      .where(and(eq(grassrootsOrgs.id, refs.grassrootsOrgId), eq(grassrootsOrgs.organId, actor.organId)));
    if (!org) throw unknown('基层组织');
  }
  if (refs.countyCode && !(await countiesExist(tx, [refs.countyCode])).has(refs.countyCode))
    throw new AppError('UNKNOWN_COUNTY', { code: refs.countyCode });
}

/** L1: league cadres talked with, added inline: created once per cadre, then picked from recent. */
export async function partnerRows(
  tx: Db,
  actor: Actor,
  cadreId: string,
  inputs: EntryBody['newPartners'],
): Promise<string[]> {
  const ids: string[] = [];
  for (const p of inputs) {
    await tx
      .insert(leaguePartners)
      .values({ organId: actor.organId, cadreId, ...p })
      .onConflictDoNothing();
    const [row] = await tx
      .select({ id: leaguePartners.id })
      .from(leaguePartners)
      .where(
        and(
          eq(leaguePartners.cadreId, cadreId),
          eq(leaguePartners.name, p.name),
          eq(leaguePartners.unit, p.unit),
          eq(leaguePartners.organLevel, p.organLevel),
        ),
      );
    if (row) ids.push(row.id);
  }
  return ids;
}
