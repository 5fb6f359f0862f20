import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** L6: where attachment bytes live. Keys are random; names and types stay in the database. */
export interface Storage {
  put: (bytes: Buffer) => Promise<string>;
  get: (key: string) => Promise<Buffer>;
}

/** Local disk under DATA_DIR/files (outside any web root), sharded by the key's first two characters. */
export function diskStorage(root: string): Storage {
  const fileOf = (key: string) => {
    if (!/^[A-Za-z0-9_-]{20,64}$/.test(key)) throw new Error('bad storage key');
    return path.join(root, key.slice(0, 2), key);
  };
  return {
    async put(bytes) {
      const key = randomBytes(24).toString('base64url');
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, bytes, { flag: 'wx', mode: 0o600 });
      return key;
    },
    get: (key) => readFile(fileOf(key)),
  };
}
