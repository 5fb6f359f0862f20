import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRatingCaps, grades, ratingCapLimit, ratingCaps, type Grade } from './ratings';

const table = (counts: Partial<Record<Grade, number>>): Grade[] =>
  grades.flatMap((g) => Array.from({ length: counts[g] ?? 0 }, () => g));

describe('rating caps (C7)', () => {
  it('caps are floor(n × 30%) and floor(n × 50%)', () => {
    expect(ratingCaps(10)).toEqual({ 优: 3, 良: 5 });
    expect(ratingCaps(7)).toEqual({ 优: 2, 良: 3 });
    expect(ratingCaps(3)).toEqual({ 优: 0, 良: 1 });
    expect(ratingCaps(0)).toEqual({ 优: 0, 良: 0 });
    // 0.3 × 20 is 6.000000000000001 or 5.999… in floating point; the cap must be exactly 6.
    expect(ratingCapLimit('优', 20)).toBe(6);
  });

  it('a table within the caps passes', () => {
    expect(checkRatingCaps(table({ 优: 3, 良: 5, 中: 2 }))).toEqual([]);
  });

  it('names the broken cap and the excess', () => {
    const [v, ...rest] = checkRatingCaps(table({ 优: 4, 良: 4, 中: 2 }));
    expect(rest).toEqual([]);
    expect(v).toMatchObject({ grade: '优', rated: 10, allowed: 3, actual: 4, excess: 1 });
    expect(v?.message.zh).toBe('优秀等次不得超过30%（最多3人），当前4人，超出1人');
    expect(v?.message.en).toContain('at most 30%');

    const both = checkRatingCaps(table({ 优: 4, 良: 6 }));
    expect(both.map((x) => [x.grade, x.allowed, x.actual, x.excess])).toEqual([
      ['优', 3, 4, 1],
      ['良', 5, 6, 1],
    ]);
    expect(both[1]?.message.zh).toBe('良好等次不得超过50%（最多5人），当前6人，超出1人');
  });

  it('property: within caps passes; one more 优 past the cap fails naming 优 and excess 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 80 }), fc.nat(), fc.nat(), (n, a, b) => {
        const caps = ratingCaps(n);
        const excellent = a % (caps.优 + 1);
        const good = b % (Math.min(caps.良, n - excellent) + 1);
        const ok = table({ 优: excellent, 良: good, 中: n - excellent - good });
        expect(checkRatingCaps(ok)).toEqual([]);

        // At the cap the table passes; promoting one more person to 优 (n unchanged) breaks it by 1.
        const atCap = table({ 优: caps.优, 良: caps.良, 中: n - caps.优 - caps.良 });
        expect(checkRatingCaps(atCap)).toEqual([]);
        const oneMore = table({ 优: caps.优 + 1, 良: caps.良, 中: n - caps.优 - caps.良 - 1 });
        if (oneMore.length === n) {
          const broken = checkRatingCaps(oneMore);
          expect(broken).toHaveLength(1);
          expect(broken[0]).toMatchObject({
            grade: '优',
            rated: n,
            allowed: caps.优,
            actual: caps.优 + 1,
            excess: 1,
          });
        }
      }),
    );
  });
});
