import { z } from 'zod';
import type { Label } from './worklog';

/** C7: rating grades as used by the API (`优|良|中|差`), best first. */
export const grades = ['优', '良', '中', '差'] as const;
/** C7: zod schema of a rating grade. */
export const gradeSchema = z.enum(grades);
export type Grade = z.infer<typeof gradeSchema>;

/** C7: labels of the grades. */
export const gradeLabels: Readonly<Record<Grade, Label>> = {
  优: { zh: '优秀', en: 'Excellent' },
  良: { zh: '良好', en: 'Good' },
  中: { zh: '中等', en: 'Fair' },
  差: { zh: '较差', en: 'Poor' },
};

/** C7: capped grades and their share of rated participants, in whole percent (exact integer maths). */
export const ratingCapPercent = { 优: 30, 良: 50 } as const;
export type CappedGrade = keyof typeof ratingCapPercent;
const cappedGrades: readonly CappedGrade[] = ['优', '良'];

/** C7: the most participants a capped grade may hold in a department of `rated` people: floor(n × share). */
export function ratingCapLimit(grade: CappedGrade, rated: number): number {
  if (!Number.isInteger(rated) || rated < 0)
    throw new RangeError(`Rated count must be a whole number: ${rated}`);
  return Math.floor((rated * ratingCapPercent[grade]) / 100);
}

/** C7: the caps of a department of `rated` people, for showing "at most X" while rating. */
export function ratingCaps(rated: number): Record<CappedGrade, number> {
  return { 优: ratingCapLimit('优', rated), 良: ratingCapLimit('良', rated) };
}

/** C7: one broken cap, with what the user must change. */
export interface RatingCapViolation {
  readonly grade: CappedGrade;
  readonly percent: number;
  readonly rated: number;
  readonly allowed: number;
  readonly actual: number;
  readonly excess: number;
  readonly message: Label;
}

/** C7: the caps a department's rating table breaks (empty when it may be submitted). */
export function checkRatingCaps(ratings: readonly Grade[]): RatingCapViolation[] {
  const rated = ratings.length;
  const violations: RatingCapViolation[] = [];
  for (const grade of cappedGrades) {
    const allowed = ratingCapLimit(grade, rated);
    const actual = ratings.filter((g) => g === grade).length;
    if (actual <= allowed) continue;
    const percent = ratingCapPercent[grade];
    const excess = actual - allowed;
    violations.push({
      grade,
      percent,
      rated,
      allowed,
      actual,
      excess,
      message: {
        zh: `${gradeLabels[grade].zh}等次不得超过${percent}%（最多${allowed}人），当前${actual}人，超出${excess}人`,
        en:
          `Grade ${grade} (${gradeLabels[grade].en.toLowerCase()}) may go to at most ${percent}% of the ` +
          `${rated} rated (at most ${allowed}); ${actual} given, ${excess} over the cap`,
      },
    });
  }
  return violations;
}
