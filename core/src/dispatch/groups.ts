import { matchCounties, type CountyBook } from './counties';
import { packSlots, type Slot } from './pack';
import type { DispatchCadre, DispatchRules } from './schema';
import { CENTRAL, RANKS, rankAtLeast } from './types';
import { compareStrings } from './util';

export interface CarvedGroup {
  prefecture: string;
  leader: DispatchCadre;
  members: DispatchCadre[];
}

export interface PlacedGroup extends CarvedGroup {
  countyOf: Map<string, string>;
}

const isCentral = (c: DispatchCadre): boolean => c.organ === CENTRAL;

// D5: a cadre whose native or past county lies in the prefecture is better put in another group.
function conflicts(book: CountyBook, c: DispatchCadre, prefecture: string): boolean {
  const codes =
    c.nativeCountyCode === null ? c.previousCountyCodes : [c.nativeCountyCode, ...c.previousCountyCodes];
  return codes.some((code) => book.prefectureOf(code) === prefecture);
}

// D6: fill the slots — one 正处+ leader each, central cadres one per group while any group lacks one,
// departments dealt round-robin so a group mixes them — steering cadres away from their home prefecture.
function carveIntoSlots(
  members: DispatchCadre[],
  slots: Slot[],
  book: CountyBook,
  rules: DispatchRules,
): CarvedGroup[] | null {
  const g = slots.length;
  const seniority = (c: DispatchCadre): number => RANKS.indexOf(c.rank);
  const leaders = members
    .filter((c) => rankAtLeast(c.rank, rules.leaderMinRank))
    .sort((a, b) => Number(isCentral(a)) - Number(isCentral(b)) || seniority(a) - seniority(b))
    .slice(0, g);
  if (leaders.length < g) return null;
  const groups: (CarvedGroup | null)[] = slots.map(() => null);
  for (const leader of leaders) {
    const free = slots.map((s, i) => ({ s, i })).filter(({ i }) => groups[i] === null);
    const pick = free.find(({ s }) => !conflicts(book, leader, s.prefecture)) ?? free[0];
    if (pick) groups[pick.i] = { prefecture: pick.s.prefecture, leader, members: [leader] };
  }
  const carved = groups.filter((x): x is CarvedGroup => x !== null);
  const room = (i: number): boolean => (carved[i]?.members.length ?? Infinity) < (slots[i]?.size ?? 0);
  const centralsIn = (x: CarvedGroup): number => x.members.filter(isCentral).length;
  const used = new Set(leaders.map((c) => c.id));
  const rest = members
    .filter((c) => !used.has(c.id))
    .sort(
      (a, b) => Number(isCentral(b)) - Number(isCentral(a)) || compareStrings(a.department, b.department),
    );
  let next = 0;
  for (const c of rest) {
    let order = Array.from({ length: g }, (_, k) => (next + k) % g).filter(room);
    if (isCentral(c)) {
      // D6 spread first: only the groups with the fewest central cadres qualify.
      const fewest = Math.min(...order.map((k) => centralsIn(carved[k] as CarvedGroup)));
      order = order.filter((k) => centralsIn(carved[k] as CarvedGroup) === fewest);
    }
    const i = order.find((k) => !conflicts(book, c, carved[k]?.prefecture ?? '')) ?? order[0];
    if (i === undefined) return null;
    carved[i]?.members.push(c);
    if (!isCentral(c)) next = i + 1;
  }
  return carved;
}

function role(group: CarvedGroup, c: DispatchCadre): string {
  return `${String(group.leader.id === c.id)}|${String(isCentral(c))}`;
}

function swapMember(group: CarvedGroup, out: DispatchCadre, inn: DispatchCadre): void {
  group.members = group.members.map((c) => (c.id === out.id ? inn : c));
  if (group.leader.id === out.id) group.leader = inn;
}

// D5: a group whose members cannot all avoid their native/past counties in its prefecture trades one
// member (same role: leader for leader, central for central) with another group of the batch.
function placeBySwap(
  group: CarvedGroup,
  all: CarvedGroup[],
  placed: Map<CarvedGroup, Map<string, string>>,
  book: CountyBook,
  batch: number,
): Map<string, string> | null {
  for (const x of group.members) {
    for (const other of all) {
      if (other === group) continue;
      for (const y of other.members) {
        if (role(group, x) !== role(other, y)) continue;
        const otherCounties = placed.get(other);
        if (otherCounties) book.release(batch, other.prefecture, otherCounties.values());
        swapMember(group, x, y);
        swapMember(other, y, x);
        const mine = matchCounties(book, batch, group.prefecture, group.members);
        if (mine) {
          book.take(batch, group.prefecture, mine.values());
          if (!otherCounties) return mine;
          const theirs = matchCounties(book, batch, other.prefecture, other.members);
          if (theirs) {
            book.take(batch, other.prefecture, theirs.values());
            placed.set(other, theirs);
            return mine;
          }
          book.release(batch, group.prefecture, mine.values());
        }
        swapMember(group, y, x);
        swapMember(other, x, y);
        if (otherCounties) book.take(batch, other.prefecture, otherCounties.values());
      }
    }
  }
  return null;
}

// D5/D6: form g groups from the members in the given prefectures (one province, or anywhere for
// central-only groups): pack slots, carve, then give every member a distinct county it may take.
export function formGroups(
  members: DispatchCadre[],
  g: number,
  prefectures: readonly string[],
  book: CountyBook,
  batch: number,
  rules: DispatchRules,
): { placed: PlacedGroup[]; failed: DispatchCadre[][] } {
  if (g === 0) return { placed: [], failed: members.length > 0 ? [members] : [] };
  const slots = packSlots(book.rooms(batch, prefectures), members.length, g, rules);
  const carved = slots ? carveIntoSlots(members, slots, book, rules) : null;
  if (!carved) return { placed: [], failed: [members] };
  const placed = new Map<CarvedGroup, Map<string, string>>();
  const failed: CarvedGroup[] = [];
  for (const group of carved) {
    let countyOf = matchCounties(book, batch, group.prefecture, group.members);
    if (countyOf) book.take(batch, group.prefecture, countyOf.values());
    else countyOf = placeBySwap(group, carved, placed, book, batch);
    if (!countyOf) {
      // Last resort: whichever prefecture of the area has enough free counties.
      for (const p of prefectures) {
        if (book.freeCount(batch, p) < group.members.length) continue;
        const m = matchCounties(book, batch, p, group.members);
        if (!m) continue;
        group.prefecture = p;
        book.take(batch, p, m.values());
        countyOf = m;
        break;
      }
    }
    if (countyOf) placed.set(group, countyOf);
    else failed.push(group);
  }
  return {
    placed: [...placed].map(([group, countyOf]) => ({ ...group, countyOf })),
    failed: failed.map((x) => x.members),
  };
}
