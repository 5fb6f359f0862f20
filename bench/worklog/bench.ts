import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { z } from 'zod';
import { buildApp } from '../../server/src/app';
import type { Config } from '../../server/src/config';
import { openDatabase } from '../../server/src/db/client';
import { cadres, departments, organs, users } from '../../server/src/db/schema';
import { hashPassword } from '../../server/src/modules/auth/auth.service';
import { storedCadre } from '../../server/src/modules/people/people.service';
import { createFieldCipher } from '../../server/src/platform/crypto';
import { freshPostgres, percentile } from '../support/postgres';

const ENTRIES = Number(process.env.BENCH_WORKLOG_ENTRIES ?? 2000);
const CONCURRENCY = 8;
const KEY = '00112233445566778899aabbccddeeff0123456789abcdef0123456789abcdef';

/**
 * Issue 3 #6: entries written per second through the HTTP API (session, CSRF, validation, audit chain,
 * counters, idempotency key) on PostgreSQL, beside the raw rate of the same INSERTs through `pg` in one loop.
 */
export async function runWorklogBench(): Promise<void> {
  const pgdb = await freshPostgres('worklog');
  const database = await openDatabase({ kind: 'postgres', url: pgdb.url, max: 10 });
  try {
    await database.migrate();
    const cipher = createFieldCipher(KEY);
    const db = database.db;
    const [organ] = await db
      .insert(organs)
      .values({ code: 'bench', name: '基准测试机关', level: 2, provinceCode: '43' })
      .returning();
    if (!organ) throw new Error('no organ');
    const [dept] = await db.insert(departments).values({ organId: organ.id, name: '组织部' }).returning();
    if (!dept) throw new Error('no department');
    const cadreFields = {
      name: '测试干部',
      gender: null,
      departmentId: dept.id,
      rank: '科员' as const,
      postType: 'full_time' as const,
      internalPost: false,
      hireDate: null,
      probationEnd: null,
      grassrootsMonths: 0,
      nativeCountyCode: null,
      previousCountyCodes: [],
      phone: '13900000000',
      status: 'active' as const,
    };
    // One cadre per client: cadres log at the same time, each into their own counters.
    const made = await db
      .insert(cadres)
      .values(
        Array.from({ length: CONCURRENCY }, (_, i) => ({
          organId: organ.id,
          ...storedCadre({ ...cadreFields, phone: `1390000000${i}` }, cipher),
        })),
      )
      .returning();
    const password = 'Bench#Pass2026';
    const passwordHash = await hashPassword(password);
    await db.insert(users).values(
      made.map((c, i) => ({
        organId: organ.id,
        username: `bench${i}`,
        displayName: `bench${i}`,
        roles: ['cadre' as const],
        cadreId: c.id,
        passwordHash,
      })),
    );
    const cadre = made[0];
    if (!cadre) throw new Error('no cadre');

    const config: Config = {
      port: 0,
      host: '127.0.0.1',
      dataDir: '/tmp',
      databaseUrl: pgdb.url,
      adminPassword: undefined,
      demo: false,
      dataKey: KEY,
      secureCookies: false,
      loginRateLimit: 1000,
      s3: undefined,
    };
    const app = await buildApp({ db, config, now: () => new Date(), cipher }, { serveWeb: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const sessions = await Promise.all(
      made.map(async (_, i) => {
        const login = await fetch(`${base}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: `bench${i}`, password }),
        });
        const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
        const { csrfToken } = z.object({ csrfToken: z.string() }).parse(await login.json());
        return { cookie, csrfToken };
      }),
    );

    const body = (i: number) =>
      JSON.stringify({
        dateFrom: `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
        type: i % 3 === 0 ? 'lecture' : 'visit',
        mode: 'face_to_face',
        content: `基准测试日志 ${i}`,
        audience: i % 3 === 0 ? 30 : null,
      });
    const latencies: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      sessions.map(async ({ cookie, csrfToken }) => {
        while (next < ENTRIES) {
          const i = next++;
          const t0 = performance.now();
          const res = await fetch(`${base}/api/v1/logs`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              cookie,
              'x-csrf-token': csrfToken,
              'idempotency-key': randomUUID(),
            },
            body: body(i),
          });
          if (res.status !== 200) throw new Error(`POST /logs answered ${res.status}: ${await res.text()}`);
          await res.arrayBuffer();
          latencies.push(performance.now() - t0);
        }
      }),
    );
    const apiSeconds = (performance.now() - started) / 1000;
    await app.close();

    const client = new pg.Client({ connectionString: pgdb.url });
    await client.connect();
    const rawStarted = performance.now();
    for (let i = 0; i < ENTRIES; i++) {
      await client.query(
        `insert into worklog_entries (organ_id, cadre_id, author_id, date_from, date_to, type, mode, content) select $1, $2, id, $3, $3, 'visit', 'face_to_face', $4 from users where username = 'bench0'`,
        [organ.id, cadre.id, '2026-03-01', `raw ${i}`],
      );
    }
    const rawSeconds = (performance.now() - rawStarted) / 1000;
    await client.end();

    latencies.sort((a, b) => a - b);
    const apiRate = ENTRIES / apiSeconds;
    const rawRate = ENTRIES / rawSeconds;
    console.log(
      `worklog  API (PostgreSQL, ${CONCURRENCY} cadres logging at once, auth+validation+audit+counters+idempotency): ${ENTRIES} entries in ${apiSeconds.toFixed(2)} s = ${apiRate.toFixed(0)} entries/s, p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms`,
    );
    console.log(
      `worklog  raw INSERT through pg, one loop: ${ENTRIES} rows in ${rawSeconds.toFixed(2)} s = ${rawRate.toFixed(0)} rows/s`,
    );
    console.log(`worklog  ratio API / raw: ${(apiRate / rawRate).toFixed(2)}`);
  } finally {
    await database.close();
    await pgdb.drop();
  }
}
