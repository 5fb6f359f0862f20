import { buildApp } from './app';
import { openRuntime } from './runtime';

const { deps, database, seeded } = await openRuntime();
if (seeded?.passwords) {
  // Printed once; each account must change it at first sign-in (SPEC §11).
  console.log('\nFirst start: accounts created with one-time passwords (change them at first login):');
  for (const [user, pw] of Object.entries(seeded.passwords)) console.log(`  ${user.padEnd(12)} ${pw}`);
  console.log('');
}
const app = await buildApp(deps, { logger: true });
const close = async () => {
  await app.close();
  await database.close();
  process.exit(0);
};
process.on('SIGTERM', () => void close());
process.on('SIGINT', () => void close());
await app.listen({ port: deps.config.port, host: deps.config.host });
console.log(
  `Grassroots is serving at http://${deps.config.host === '0.0.0.0' ? 'localhost' : deps.config.host}:${deps.config.port} (${database.kind})`,
);
