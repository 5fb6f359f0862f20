import { loadConfig } from '../config';
import { openRuntime } from '../runtime';

const usage =
  'Usage: grassroots seed demo   — load the demo organization into an empty database (GRASSROOTS_DEMO=1)';

export async function run(args: string[]): Promise<number> {
  if (args[0] !== 'demo') {
    console.log(usage);
    return args[0] === '--help' || args[0] === undefined ? 0 : 2;
  }
  const { database, seeded } = await openRuntime({ ...loadConfig(), demo: true });
  try {
    if (!seeded) {
      console.log('The database already holds organizations; nothing seeded.');
      return 0;
    }
    console.log('Demo organization loaded: 团湖南省委机关 under 团中央机关.');
    for (const [user, pw] of Object.entries(seeded.passwords ?? {}))
      console.log(`  ${user.padEnd(12)} ${pw}`);
    return 0;
  } finally {
    await database.close();
  }
}
