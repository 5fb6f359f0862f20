// `npm run bench`: benchmarks, not tests — each prints its figures. Pick some with BENCH=import,worklog.
export {};
const all: Record<string, () => Promise<{ run: () => Promise<void> }>> = {
  import: async () => ({ run: (await import('./import/bench')).runImportBench }),
  worklog: async () => ({ run: (await import('./worklog/bench')).runWorklogBench }),
  dispatch: async () => ({ run: (await import('./dispatch/bench')).runDispatchBench }),
};

const chosen = (process.env.BENCH ?? Object.keys(all).join(',')).split(',').map((s) => s.trim());
for (const name of chosen) {
  const load = all[name];
  if (!load) {
    console.error(`unknown benchmark ${name}; choose from ${Object.keys(all).join(', ')}`);
    process.exit(2);
  }
  console.log(`\n== ${name}`);
  const { run } = await load();
  await run();
}
