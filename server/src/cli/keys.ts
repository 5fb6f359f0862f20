import { randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config';
import { databaseTarget, openDatabase } from '../db/client';
import { createFieldCipher } from '../platform/crypto';
import { resolveDataKey } from '../platform/data-key';
import { rotateDataKey } from '../platform/key-rotation';
import { parseOrExplain } from './args';

const usage = [
  'Usage: grassroots keys rotate [--new-key HEX]',
  '  Re-encrypts sensitive fields (phones) from the current data key (GRASSROOTS_DATA_KEY or',
  '  DATA_DIR/secrets/data.key) to a new one (64 hex characters; generated when omitted), in one',
  '  transaction. Stop the server first; afterwards set GRASSROOTS_DATA_KEY to the new key (when the',
  '  key lives in DATA_DIR/secrets/data.key, the file is replaced for you).',
].join('\n');

/** S8: `grassroots keys rotate`. */
export async function run(args: string[]): Promise<number> {
  const parsed = parseOrExplain(
    args.slice(1),
    { 'new-key': { type: 'string' }, help: { type: 'boolean' } },
    usage,
  );
  if (args[0] !== 'rotate' || !parsed || parsed.values.help) {
    console.log(usage);
    return args[0] === 'rotate' && parsed?.values.help ? 0 : 2;
  }
  const newKey = (parsed.values['new-key'] ?? randomBytes(32).toString('hex')).toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(newKey)) {
    console.error('--new-key must be 64 hex characters (32 bytes)');
    return 2;
  }
  const config = loadConfig();
  const current = resolveDataKey(config.dataKey, config.dataDir);
  if (current.key === newKey) {
    console.error('The new key equals the current one.');
    return 2;
  }
  const database = await openDatabase(databaseTarget(config));
  try {
    const counts = await rotateDataKey(
      database.db,
      createFieldCipher(current.key),
      createFieldCipher(newKey),
      new Date(),
    );
    console.log(`Re-encrypted ${counts.cadres} cadre and ${counts.youth} youth phone numbers.`);
  } finally {
    await database.close();
  }
  const keyFile = path.join(config.dataDir, 'secrets', 'data.key');
  if (!config.dataKey && existsSync(keyFile)) {
    writeFileSync(keyFile, newKey, { mode: 0o600 });
    console.log(`The new key is in ${keyFile}.`);
  } else {
    console.log(`Set GRASSROOTS_DATA_KEY=${newKey} before the next start.`);
  }
  return 0;
}
