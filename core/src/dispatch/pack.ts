import type { DispatchRules } from './schema';

export interface PrefectureRoom {
  prefecture: string;
  free: number;
  // groups this round already sent here: later batches prefer other prefectures
  use: number;
}

export interface Slot {
  prefecture: string;
  size: number;
}

interface State extends PrefectureRoom {
  groups: number;
}

type Sizes = Pick<DispatchRules, 'groupMin' | 'groupMax'>;

// Members k groups can hold in a prefecture with `free` counties (each member needs its own county).
function hold(free: number, k: number, r: Sizes): number {
  return k * r.groupMin > free ? -1 : Math.min(k * r.groupMax, free);
}

// The marginal gain of one more group is non-increasing in a prefecture, so adding groups greedily
// by gain maximizes capacity; ties go to the prefecture with fewer groups and less past use (spread).
function addGroups(states: State[], g: number, r: Sizes): boolean {
  for (let i = 0; i < g; i++) {
    let best: State | null = null;
    let bestGain = -1;
    for (const s of states) {
      const next = hold(s.free, s.groups + 1, r);
      if (next < 0) continue;
      const gain = next - hold(s.free, s.groups, r);
      if (
        best === null ||
        gain > bestGain ||
        (gain === bestGain && (s.groups < best.groups || (s.groups === best.groups && s.use < best.use)))
      ) {
        best = s;
        bestGain = gain;
      }
    }
    if (!best) return false;
    best.groups++;
  }
  return true;
}

// D6: the most members g groups can hold, for g = 0, 1, … until no prefecture can take another group.
export function packingCapacity(free: readonly number[], r: Sizes): number[] {
  const states: State[] = free.map((f, i) => ({ prefecture: String(i), free: f, use: 0, groups: 0 }));
  const out = [0];
  while (addGroups(states, 1, r)) out.push(states.reduce((sum, s) => sum + hold(s.free, s.groups, r), 0));
  return out;
}

// D6: choose where g groups holding m members go — prefecture and size of each group — keeping
// spare counties where possible so members can avoid their native and past counties (D5).
export function packSlots(rooms: readonly PrefectureRoom[], m: number, g: number, r: Sizes): Slot[] | null {
  if (g === 0) return m === 0 ? [] : null;
  const states: State[] = rooms.map((x) => ({ ...x, groups: 0 }));
  if (!addGroups(states, g, r)) return null;
  const used = states.filter((s) => s.groups > 0);
  if (used.reduce((sum, s) => sum + hold(s.free, s.groups, r), 0) < m || m < g * r.groupMin) return null;
  const members = new Map(used.map((s) => [s, s.groups * r.groupMin]));
  for (let left = m - g * r.groupMin; left > 0; left--) {
    let best: State | null = null;
    for (const s of used) {
      const now = members.get(s) ?? 0;
      if (now >= hold(s.free, s.groups, r)) continue;
      if (!best || s.free - now > best.free - (members.get(best) ?? 0)) best = s;
    }
    if (!best) return null;
    members.set(best, (members.get(best) ?? 0) + 1);
  }
  const slots: Slot[] = [];
  for (const s of used) {
    const total = members.get(s) ?? 0;
    const base = Math.floor(total / s.groups);
    for (let i = 0; i < s.groups; i++) {
      slots.push({ prefecture: s.prefecture, size: base + (i < total % s.groups ? 1 : 0) });
    }
  }
  return slots;
}
