import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
let t = Date.now();
const db = new PGlite({ extensions: { pg_trgm } });
await db.waitReady; console.log('ready', Date.now() - t); t = Date.now();
await db.exec('create extension if not exists pg_trgm'); console.log('ext', Date.now() - t); t = Date.now();
const dump = await db.dumpDataDir('gzip'); console.log('dump', Date.now() - t, dump.size); t = Date.now();
const db2 = new PGlite({ extensions: { pg_trgm }, loadDataDir: dump }); await db2.waitReady; console.log('load', Date.now() - t);
