import { parseArgs, type ParseArgsConfig } from 'node:util';

/** parseArgs that turns a usage mistake into a message and exit code 2 instead of a stack trace. */
export function parseOrExplain<T extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: T,
  usage: string,
) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : String(e)}\n\n${usage}`);
    return null;
  }
}
