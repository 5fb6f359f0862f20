import { compareStrings } from './util';
import { packingCapacity, type PrefectureRoom } from './pack';
import type { DispatchCadre, DispatchCounty, DispatchRules } from './schema';

// D5/D6: which counties are still free in a batch, and how often a county or prefecture has been
// used this round so later batches spread over the province instead of returning to the same places.
export class CountyBook {
  readonly prefecturesByProvince = new Map<string, string[]>();
  private readonly countiesByPrefecture = new Map<string, DispatchCounty[]>();
  // per batch id, the county codes already given to a cadre
  private readonly taken = new Map<number, Set<string>>();
  private readonly countyUse = new Map<string, number>();
  private readonly prefectureUses = new Map<string, number>();
  private readonly prefectureOfCounty = new Map<string, string>();
  private readonly capacityCache = new Map<string, number[]>();

  constructor(counties: readonly DispatchCounty[]) {
    const sorted = [...counties].sort((a, b) => compareStrings(a.code, b.code));
    for (const c of sorted) {
      this.prefectureOfCounty.set(c.code, c.prefectureCode);
      const list = this.countiesByPrefecture.get(c.prefectureCode);
      if (list) list.push(c);
      else {
        this.countiesByPrefecture.set(c.prefectureCode, [c]);
        const prefs = this.prefecturesByProvince.get(c.provinceCode);
        if (prefs) prefs.push(c.prefectureCode);
        else this.prefecturesByProvince.set(c.provinceCode, [c.prefectureCode]);
      }
    }
  }

  allPrefectures(): string[] {
    return [...this.countiesByPrefecture.keys()];
  }

  countiesOf(prefecture: string): readonly DispatchCounty[] {
    return this.countiesByPrefecture.get(prefecture) ?? [];
  }

  prefectureOf(countyCode: string): string | undefined {
    return this.prefectureOfCounty.get(countyCode);
  }

  // D6: the most members g groups can hold in a province, indexed by g (see packingCapacity).
  provinceCapacity(province: string, rules: DispatchRules): number[] {
    let cap = this.capacityCache.get(province);
    if (!cap) {
      const sizes = (this.prefecturesByProvince.get(province) ?? []).map((p) => this.countiesOf(p).length);
      cap = packingCapacity(sizes, rules);
      this.capacityCache.set(province, cap);
    }
    return cap;
  }

  rooms(batch: number, prefectures: readonly string[]): PrefectureRoom[] {
    return prefectures.map((prefecture) => ({
      prefecture,
      free: this.freeCount(batch, prefecture),
      use: this.prefectureUse(prefecture),
    }));
  }

  isFree(batch: number, code: string): boolean {
    return this.taken.get(batch)?.has(code) !== true;
  }

  private takenIn(batch: number): Set<string> {
    let set = this.taken.get(batch);
    if (!set) {
      set = new Set();
      this.taken.set(batch, set);
    }
    return set;
  }

  freeCount(batch: number, prefecture: string): number {
    let n = 0;
    for (const c of this.countiesOf(prefecture)) if (this.isFree(batch, c.code)) n++;
    return n;
  }

  prefectureUse(prefecture: string): number {
    return this.prefectureUses.get(prefecture) ?? 0;
  }

  take(batch: number, prefecture: string, codes: Iterable<string>): void {
    for (const code of codes) {
      this.takenIn(batch).add(code);
      this.countyUse.set(code, (this.countyUse.get(code) ?? 0) + 1);
    }
    this.prefectureUses.set(prefecture, this.prefectureUse(prefecture) + 1);
  }

  release(batch: number, prefecture: string, codes: Iterable<string>): void {
    for (const code of codes) {
      this.takenIn(batch).delete(code);
      this.countyUse.set(code, (this.countyUse.get(code) ?? 1) - 1);
    }
    this.prefectureUses.set(prefecture, this.prefectureUse(prefecture) - 1);
  }

  // D5: the free counties a cadre may take in a prefecture, least used first.
  optionsFor(batch: number, prefecture: string, cadre: DispatchCadre): string[] {
    const out: string[] = [];
    for (const c of this.countiesOf(prefecture)) {
      if (!this.isFree(batch, c.code)) continue;
      if (c.code === cadre.nativeCountyCode || cadre.previousCountyCodes.includes(c.code)) continue;
      out.push(c.code);
    }
    return out.sort((a, b) => (this.countyUse.get(a) ?? 0) - (this.countyUse.get(b) ?? 0));
  }
}

// D5: give each member a distinct county of the prefecture (bipartite matching; groups are tiny).
export function matchCounties(
  book: CountyBook,
  batch: number,
  prefecture: string,
  members: readonly DispatchCadre[],
): Map<string, string> | null {
  const options = members.map((m) => book.optionsFor(batch, prefecture, m));
  const holder = new Map<string, number>();
  const tryAssign = (i: number, seen: Set<string>): boolean => {
    for (const code of options[i] ?? []) {
      if (seen.has(code)) continue;
      seen.add(code);
      const other = holder.get(code);
      if (other === undefined || tryAssign(other, seen)) {
        holder.set(code, i);
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < members.length; i++) if (!tryAssign(i, new Set())) return null;
  const result = new Map<string, string>();
  for (const [code, i] of holder) {
    const m = members[i];
    if (m) result.set(m.id, code);
  }
  return result;
}
