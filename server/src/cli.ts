export {};
// `grassroots` operator command (SPEC X5). Each command lives in src/cli/<name>.ts and exports run(args).
const commands: Record<
  string,
  { summary: string; load: () => Promise<{ run: (args: string[]) => Promise<number> }> }
> = {
  db: { summary: 'db migrate — apply migrations', load: () => import('./cli/db') },
  seed: { summary: 'seed demo — load the demo organization', load: () => import('./cli/seed') },
  import: {
    summary: 'import cadres|grassroots-orgs|youth FILE [--organ CODE] [--dry-run]',
    load: () => import('./cli/import'),
  },
  audit: { summary: 'audit verify — check the SM3 audit chain', load: () => import('./cli/audit') },
  backup: { summary: 'backup --out FILE | restore --in FILE', load: () => import('./cli/backup') },
  restore: { summary: 'restore --in FILE', load: () => import('./cli/backup') },
  keys: {
    summary: 'keys rotate [--new-key HEX] — re-encrypt sensitive fields under a new data key',
    load: () => import('./cli/keys'),
  },
  dispatch: {
    summary: 'dispatch solve|check — the round solver and validator on files',
    load: () => import('./cli/dispatch'),
  },
};

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return ['Usage: grassroots <command> [options]', '', 'Commands:', ...lines].join('\n');
}

const [name, ...rest] = process.argv.slice(2);
const command = name === undefined ? undefined : commands[name];
if (!command || name === '--help' || name === '-h') {
  console.log(usage());
  process.exit(command || name === undefined || name === '--help' || name === '-h' ? 0 : 2);
} else {
  const mod = await command.load();
  const args = name === 'restore' ? ['restore', ...rest] : rest;
  process.exitCode = await mod.run(args);
}
