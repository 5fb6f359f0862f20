import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * S8: the data key comes from configuration (GRASSROOTS_DATA_KEY), never from code. Without it, a key is
 * generated once into DATA_DIR/secrets/data.key (mode 0600) so an embedded install still encrypts.
 */
export function resolveDataKey(
  configured: string | undefined,
  dataDir: string,
): { key: string; source: string } {
  if (configured) return { key: configured.toLowerCase(), source: 'GRASSROOTS_DATA_KEY' };
  const file = path.join(dataDir, 'secrets', 'data.key');
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  const key = readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-f]{64}$/.test(key)) throw new Error(`${file} does not hold a 64-hex-character key`);
  return { key, source: file };
}
