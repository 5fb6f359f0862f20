import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CENTRAL, eligibilityOf, planSchema, problemSchema } from '@grassroots/core/dispatch/index';
import { generateProblem, loadDivisions } from '../../../bench/dispatch/generate';
import { run, type Io } from './dispatch';

function capture(): Io & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l) };
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'grassroots-dispatch-'));
const problemPath = path.join(dir, 'problem.json');
const planPath = path.join(dir, 'plan.json');
writeFileSync(problemPath, JSON.stringify(generateProblem(loadDivisions(), { scale: 1 })));

describe('grassroots dispatch (§11, D7)', () => {
  it('solves the national 1,600-cadre round and the plan checks clean', async () => {
    const solveIo = capture();
    expect(await run(['solve', '--in', problemPath, '--out', planPath], solveIo)).toBe(0);
    const checkIo = capture();
    expect(await run(['check', '--in', problemPath, '--plan', planPath], checkIo)).toBe(0);
    expect(checkIo.lines).toEqual(['校验通过：没有违反硬性规则 / OK: no hard violation']);

    const problem = problemSchema.parse(JSON.parse(readFileSync(problemPath, 'utf8')));
    const plan = planSchema.parse(JSON.parse(readFileSync(planPath, 'utf8')));
    expect(problem.cadres).toHaveLength(1600);
    const assigned = new Set(plan.assignments.map((a) => a.cadreId));
    const eligibleLeft = problem.cadres.filter(
      (c) => eligibilityOf(c, problem.batches) === 'eligible' && !assigned.has(c.id),
    );
    expect(eligibleLeft).toEqual([]);
    const central = new Set(problem.cadres.filter((c) => c.organ === CENTRAL).map((c) => c.id));
    const centralAssigned = plan.assignments.filter((a) => central.has(a.cadreId)).length;
    expect(plan.stats.mixedGroups).toBe(Math.min(plan.stats.groups, centralAssigned));
    expect(solveIo.lines.at(-1)).toContain(`mixed ${plan.stats.mixedGroups}`);
  });

  it('check exits 1 with one violation per line when a plan breaks rules', async () => {
    const plan = planSchema.parse(JSON.parse(readFileSync(planPath, 'utf8')));
    const [a, b] = plan.assignments;
    if (!a || !b) throw new Error('empty plan');
    b.batch = a.batch;
    b.countyCode = a.countyCode;
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify(plan));
    const io = capture();
    expect(await run(['check', '--in', problemPath, '--plan', broken], io)).toBe(1);
    expect(io.lines.length).toBeGreaterThan(0);
    for (const line of io.lines) expect(line).toMatch(/^\[D[1-6]\] \S/);
    expect(io.lines.some((l) => l.startsWith('[D5]') && l.includes('同时派驻'))).toBe(true);
  });

  it('explains a missing or invalid file in Chinese and English and exits 2', async () => {
    const missing = capture();
    expect(await run(['check', '--in', path.join(dir, 'nope.json'), '--plan', planPath], missing)).toBe(2);
    expect(missing.errors.join('\n')).toMatch(/找不到问题文件.*problem file not found/);

    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '{ "batches": ');
    const invalidJson = capture();
    expect(await run(['solve', '--in', bad, '--out', planPath + '.x'], invalidJson)).toBe(2);
    expect(invalidJson.errors.join('\n')).toMatch(/不是有效的 JSON.*not valid JSON/);

    writeFileSync(bad, JSON.stringify({ batches: [], cadres: [{ id: 'c1' }], counties: [] }));
    const invalidShape = capture();
    expect(await run(['solve', '--in', bad], invalidShape)).toBe(2);
    expect(invalidShape.errors.join('\n')).toContain('cadres.0.name');

    const usage = capture();
    expect(await run(['frobnicate'], usage)).toBe(2);
    expect(await run(['check', '--in', problemPath], usage)).toBe(2);
    const help = capture();
    expect(await run(['--help'], help)).toBe(0);
    expect(help.lines.join('\n')).toContain('grassroots dispatch solve --in problem.json --out plan.json');
  });
});
