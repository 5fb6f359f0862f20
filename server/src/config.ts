import path from 'node:path';
import { z } from 'zod';

// SPEC §11: configuration by environment only.
const env = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  GRASSROOTS_ADMIN_PASSWORD: z.string().optional(),
  GRASSROOTS_DEMO: z.enum(['0', '1']).default('1'),
  GRASSROOTS_DATA_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, 'GRASSROOTS_DATA_KEY must be 64 hex characters (32 bytes)')
    .optional(),
  GRASSROOTS_SECURE_COOKIES: z.enum(['0', '1']).default('0'),
  GRASSROOTS_LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(30),
  NODE_ENV: z.string().default('development'),
  GRASSROOTS_S3_ENDPOINT: z.url().optional(),
  GRASSROOTS_S3_BUCKET: z.string().min(3).optional(),
  GRASSROOTS_S3_REGION: z.string().default('us-east-1'),
  GRASSROOTS_S3_ACCESS_KEY_ID: z.string().optional(),
  GRASSROOTS_S3_SECRET_ACCESS_KEY: z.string().optional(),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  adminPassword: string | undefined;
  demo: boolean;
  /** 32 bytes as hex: first half SM4 key, second half HMAC-SM3 key (S8). */
  dataKey: string | undefined;
  secureCookies: boolean;
  loginRateLimit: number;
  /** L6: attachments in S3-compatible object storage instead of DATA_DIR/files, when set. */
  s3: S3Config | undefined;
}

export interface S3Config {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = env.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    adminPassword: e.GRASSROOTS_ADMIN_PASSWORD,
    demo: e.GRASSROOTS_DEMO === '1',
    dataKey: e.GRASSROOTS_DATA_KEY,
    secureCookies: e.GRASSROOTS_SECURE_COOKIES === '1',
    loginRateLimit: e.GRASSROOTS_LOGIN_RATE_LIMIT,
    s3: s3Of(e),
  };
}

function s3Of(e: z.infer<typeof env>): S3Config | undefined {
  if (!e.GRASSROOTS_S3_ENDPOINT && !e.GRASSROOTS_S3_BUCKET) return undefined;
  const { GRASSROOTS_S3_ENDPOINT: endpoint, GRASSROOTS_S3_BUCKET: bucket } = e;
  const { GRASSROOTS_S3_ACCESS_KEY_ID: accessKeyId, GRASSROOTS_S3_SECRET_ACCESS_KEY: secretAccessKey } = e;
  if (!endpoint || !bucket || !accessKeyId || !secretAccessKey) {
    throw new Error(
      'Invalid configuration: S3 storage needs GRASSROOTS_S3_ENDPOINT, GRASSROOTS_S3_BUCKET, GRASSROOTS_S3_ACCESS_KEY_ID and GRASSROOTS_S3_SECRET_ACCESS_KEY',
    );
  }
  return { endpoint, bucket, region: e.GRASSROOTS_S3_REGION, accessKeyId, secretAccessKey };
}
