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
  };
}
