import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { Config, S3Config } from '../config';

/** L6: where attachment bytes live. Keys are random; names and types stay in the database. */
export interface Storage {
  put: (bytes: Buffer) => Promise<string>;
  get: (key: string) => Promise<Buffer>;
}

const newKey = () => randomBytes(24).toString('base64url');

/** Local disk under DATA_DIR/files (outside any web root), sharded by the key's first two characters. */
export function diskStorage(root: string): Storage {
  const fileOf = (key: string) => {
    if (!/^[A-Za-z0-9_-]{20,64}$/.test(key)) throw new Error('bad storage key');
    return path.join(root, key.slice(0, 2), key);
  };
  return {
    async put(bytes) {
      const key = newKey();
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, bytes, { flag: 'wx', mode: 0o600 });
      return key;
    },
    get: (key) => readFile(fileOf(key)),
  };
}

/** S3-compatible object storage (MinIO, Ceph, a cloud's OSS/COS…), path-style addressing. */
export function s3Storage(cfg: S3Config): Storage {
  const client = new S3Client({
    endpoint: cfg.endpoint,
    region: cfg.region,
    forcePathStyle: true,
    credentials: { accessKeyId: cfg.accessKeyId, secretAccessKey: cfg.secretAccessKey },
  });
  return {
    async put(bytes) {
      const key = newKey();
      await client.send(new PutObjectCommand({ Bucket: cfg.bucket, Key: key, Body: bytes }));
      return key;
    },
    async get(key) {
      const reply = await client.send(new GetObjectCommand({ Bucket: cfg.bucket, Key: key }));
      if (!reply.Body) throw new Error(`storage object ${key} has no body`);
      return Buffer.from(await reply.Body.transformToByteArray());
    },
  };
}

/** L6: the storage the configuration selects — S3 when configured, else DATA_DIR/files. */
export function storageFor(config: Pick<Config, 's3' | 'dataDir'>): Storage {
  return config.s3 ? s3Storage(config.s3) : diskStorage(path.join(config.dataDir, 'files'));
}
