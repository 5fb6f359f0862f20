import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  CENTRAL,
  planSchema,
  problemSchema,
  solvePlan,
  validatePlan,
  type Plan,
  type Problem,
  type Violation,
} from '@grassroots/core/dispatch/index';
import type { z } from 'zod';

const USAGE = `用法 / Usage:
  grassroots dispatch solve --in problem.json --out plan.json
      生成轮次方案（批次、县区、工作小组）/ generate a round plan (batches, counties, work groups)
  grassroots dispatch check --in problem.json --plan plan.json
      校验方案，逐条列出违反的硬性规则 / validate a plan, one hard-rule violation per line

退出码 / exit codes: 0 无违规 no violation · 1 有违规或无法排满 violations or infeasible · 2 参数或文件错误 bad usage or file
文件格式见 / file formats: SPEC §11`;

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleIo: Io = { out: (l) => console.log(l), err: (l) => console.error(l) };

// Bad arguments (usage is shown) or a bad file (the message says enough); both exit 2.
class UsageError extends Error {
  constructor(
    message: string,
    readonly showUsage = true,
  ) {
    super(message);
  }
}

interface What {
  zh: string;
  en: string;
}
const PROBLEM: What = { zh: '问题', en: 'problem' };
const PLAN: What = { zh: '方案', en: 'plan' };

function line(v: Violation): string {
  return `[${v.rule}] ${v.message}`;
}

async function readJson(path: string, what: What): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new UsageError(`找不到${what.zh}文件：${path} / ${what.en} file not found: ${path}`, false);
    }
    const detail = code ?? (e instanceof Error ? e.message : String(e));
    throw new UsageError(
      `无法读取${what.zh}文件：${path}（${detail}）/ cannot read ${what.en} file: ${path}`,
      false,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new UsageError(
      `${what.zh}文件不是有效的 JSON：${path} / ${what.en} file is not valid JSON: ${path}\n  ${detail}`,
      false,
    );
  }
}

async function load<S extends z.ZodType>(schema: S, path: string, what: What): Promise<z.output<S>> {
  const parsed = schema.safeParse(await readJson(path, what));
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues
    .slice(0, 20)
    .map((i) => `  ${i.path.join('.') || '(根 root)'}: ${i.message}`)
    .join('\n');
  const more =
    parsed.error.issues.length > 20
      ? `\n  …共 ${parsed.error.issues.length} 处 / ${parsed.error.issues.length} issues in all`
      : '';
  throw new UsageError(
    `${what.zh}文件格式不符合 SPEC §11：${path} / invalid ${what.en} file: ${path}\n${issues}${more}`,
    false,
  );
}

function summary(problem: Problem, plan: Plan): string {
  const central = new Set(problem.cadres.filter((c) => c.organ === CENTRAL).map((c) => c.id));
  const centralAssigned = plan.assignments.filter((a) => central.has(a.cadreId)).length;
  const { assigned, groups, mixedGroups } = plan.stats;
  return (
    `已安排 ${assigned} 人，${groups} 个工作小组，其中 ${mixedGroups} 个混编（上限 ${Math.min(groups, centralAssigned)}），未安排 ${plan.unassigned.length} 人 / ` +
    `assigned ${assigned}, groups ${groups}, mixed ${mixedGroups} (bound ${Math.min(groups, centralAssigned)}), unassigned ${plan.unassigned.length}`
  );
}

async function solve(inPath: string, outPath: string | undefined, io: Io): Promise<number> {
  const problem = await load(problemSchema, inPath, PROBLEM);
  const { plan, infeasible } = solvePlan(problem);
  const violations = validatePlan(problem, plan);
  const json = JSON.stringify(plan, null, 2) + '\n';
  // With --out the plan goes to the file and the report to stdout; without, the plan owns stdout.
  const report = outPath === undefined ? io.err : io.out;
  if (outPath === undefined) io.out(json.trimEnd());
  else await writeFile(outPath, json);
  for (const e of infeasible) report(line(e));
  report(summary(problem, plan));
  return violations.length === 0 ? 0 : 1;
}

async function check(inPath: string, planPath: string, io: Io): Promise<number> {
  const problem = await load(problemSchema, inPath, PROBLEM);
  const plan = await load(planSchema, planPath, PLAN);
  const violations = validatePlan(problem, plan);
  for (const v of violations) io.out(line(v));
  if (violations.length === 0) io.out('校验通过：没有违反硬性规则 / OK: no hard violation');
  else io.err(`共 ${violations.length} 处违规 / ${violations.length} violation(s)`);
  return violations.length === 0 ? 0 : 1;
}

// D7/§11: `grassroots dispatch solve|check` — the round solver and validator on files.
export async function run(args: string[], io: Io = consoleIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        in: { type: 'string' },
        out: { type: 'string' },
        plan: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const [command, ...extra] = positionals;
    if (values.help === true || command === 'help' || command === undefined) {
      io.out(USAGE);
      return values.help === true || command === 'help' ? 0 : 2;
    }
    if (extra.length > 0) throw new UsageError(`多余的参数 / unexpected argument: ${extra.join(' ')}`);
    if (command !== 'solve' && command !== 'check') {
      throw new UsageError(`未知子命令 / unknown command: ${command}`);
    }
    if (values.in === undefined) throw new UsageError('缺少 --in problem.json / missing --in problem.json');
    if (command === 'solve') return await solve(values.in, values.out, io);
    if (values.plan === undefined) throw new UsageError('缺少 --plan plan.json / missing --plan plan.json');
    return await check(values.in, values.plan, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(e.showUsage ? `${e.message}\n\n${USAGE}` : e.message);
      return 2;
    }
    // parseArgs reports unknown options and missing values as TypeErrors carrying an ERR_PARSE_ARGS_* code.
    if (e instanceof TypeError && String((e as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS')) {
      io.err(`参数错误 / bad arguments: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
}
