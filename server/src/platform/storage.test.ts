import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CreateBucketCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { loadConfig } from '../config';
import { attachments } from '../db/schema';
import { createTestContext, type TestContext } from '../../test/context';
import { createTenant, createUser, login } from '../../test/factories';
import { s3Storage, storageFor } from './storage';

// L6: attachments in S3-compatible storage, against s3rver — an S3 protocol server on local disk.
const bucket = 'grassroots-files';
let server: S3rver;
let endpoint: string;
let ctx: TestContext;
beforeAll(async () => {
  server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory: mkdtempSync(path.join(os.tmpdir(), 'grassroots-s3-')),
  });
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
  const s3 = { endpoint, bucket, region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  await new S3Client({ endpoint, region: s3.region, forcePathStyle: true, credentials: s3 }).send(
    new CreateBucketCommand({ Bucket: bucket }),
  );
  ctx = await createTestContext({ s3 });
  ctx.deps.storage = s3Storage(s3);
});
afterAll(async () => {
  await ctx.close();
  await server.close();
});

describe('S3-compatible attachment storage (L6)', () => {
  it('is selected by configuration', () => {
    const config = loadConfig({
      GRASSROOTS_S3_ENDPOINT: 'http://127.0.0.1:9000',
      GRASSROOTS_S3_BUCKET: bucket,
      GRASSROOTS_S3_ACCESS_KEY_ID: 'a',
      GRASSROOTS_S3_SECRET_ACCESS_KEY: 'b',
    });
    expect(config.s3).toMatchObject({ endpoint: 'http://127.0.0.1:9000', bucket, region: 'us-east-1' });
    expect(loadConfig({}).s3).toBeUndefined();
    expect(() => loadConfig({ GRASSROOTS_S3_BUCKET: bucket })).toThrow(/GRASSROOTS_S3_ENDPOINT/);
    expect(storageFor({ s3: undefined, dataDir: '/tmp' })).toBeDefined();
  });

  it('stores an uploaded photo as an object and serves it back after the access check', async () => {
    const tenant = await createTenant(ctx, { departments: 1, cadresPerDepartment: 1 });
    const cadre = await login(
      ctx.app,
      (await createUser(ctx, tenant, ['cadre'], { cadreId: tenant.cadres[0]?.id })).username,
    );
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(32, 7),
    ]);
    const form = new FormData();
    form.append('file', new Blob([png]), 'site.png');
    const res = await cadre.request({ method: 'POST', url: '/api/v1/attachments', payload: form });
    expect(res.statusCode).toBe(200);
    const { id } = res.json<{ id: string }>();
    const [row] = await ctx.deps.db.select().from(attachments).where(eq(attachments.id, id));
    const object = await new S3Client({
      endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    }).send(new GetObjectCommand({ Bucket: bucket, Key: row?.storageKey ?? '' }));
    expect(Buffer.from((await object.Body?.transformToByteArray()) ?? []).equals(png)).toBe(true);
    const back = await cadre.get(`/api/v1/attachments/${id}`);
    expect(back.rawPayload.equals(png)).toBe(true);
  });
});
