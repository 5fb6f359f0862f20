import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importKind, type ImportReply } from '@grassroots/core';
import { importIntoOrgan, mappingIdFor, organForCli } from '../modules/imports/imports.service';
import { cadreForCli, importIntoCadre } from '../modules/imports/youth-import.service';
import { AppError } from '../platform/errors';
import { translate, type Lang } from '../platform/i18n';
import { openRuntime } from '../runtime';
import { parseOrExplain } from './args';

const usage = [
  'Usage: grassroots import cadres|grassroots-orgs FILE [--organ CODE] [--dry-run] [--mapping NAME|ID] [--lang en]',
  '       grassroots import youth FILE --cadre CADRE_ID [--dry-run] [--lang en]',
  '  FILE       .xlsx or .csv (UTF-8 or GBK) with the template headers (download from the web app)',
  '  --organ    organ code (default: the only provincial organ, else the demo organ 43)',
  '  --dry-run  check and count without writing anything',
  '  --mapping  a saved column mapping of that organ, for files exported by other systems (X8)',
  '  --cadre    youth only: the cadre (id) whose own contacts the file goes into (Y4)',
  'Exit code: 0 when every row was imported, 1 when some rows had errors or the file was refused, 2 on usage errors.',
].join('\n');

/** R5/X5: the operator's import, through the same services as the web upload; audited as actor "cli". */
export async function run(args: string[]): Promise<number> {
  const parsed = parseOrExplain(
    args,
    {
      organ: { type: 'string' },
      'dry-run': { type: 'boolean' },
      mapping: { type: 'string' },
      cadre: { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean' },
    },
    usage,
  );
  if (!parsed) return 2;
  const [kindArg, file, ...extra] = parsed.positionals;
  if (parsed.values.help) {
    console.log(usage);
    return 0;
  }
  const kind = importKind.safeParse(kindArg);
  const youth = kind.success && kind.data === 'youth';
  const misplaced = youth
    ? parsed.values.cadre === undefined ||
      parsed.values.organ !== undefined ||
      parsed.values.mapping !== undefined
    : parsed.values.cadre !== undefined;
  if (!kind.success || file === undefined || extra.length > 0 || misplaced) {
    console.error(usage);
    return 2;
  }
  const lang: Lang = parsed.values.lang === 'en' ? 'en' : 'zh-CN';
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    console.error(`Cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  const dryRun = parsed.values['dry-run'] === true;
  const dryNote = dryRun ? ' [dry run: nothing written]' : '';
  const { deps, database } = await openRuntime();
  try {
    let reply: ImportReply;
    if (kind.data === 'youth') {
      // Y4: the operator names the cadre; the contacts become that cadre's own, audited as actor "cli".
      const cadre = await cadreForCli(deps.db, parsed.values.cadre ?? '');
      if (!cadre) {
        console.error(`No cadre with id ${parsed.values.cadre ?? ''}.`);
        return 2;
      }
      const who = { organId: cadre.organId, cadreId: cadre.id, user: null };
      const input = { bytes, fileName: path.basename(file), dryRun };
      reply = await importIntoCadre(deps.db, deps.cipher, who, input, lang, deps.now());
      console.log(`youth contacts of cadre ${cadre.id} ← ${file}${dryNote}`);
    } else {
      const organ = await organForCli(deps.db, parsed.values.organ);
      if (!organ) {
        console.error(
          parsed.values.organ
            ? `No organ with code ${parsed.values.organ}.`
            : 'Name the organ with --organ CODE.',
        );
        return 2;
      }
      let mappingId: string | undefined;
      if (parsed.values.mapping !== undefined) {
        mappingId = await mappingIdFor(deps.db, organ.id, kind.data, parsed.values.mapping);
        if (!mappingId) {
          console.error(`No ${kind.data} column mapping "${parsed.values.mapping}" in organ ${organ.code}.`);
          return 2;
        }
      }
      const input = { kind: kind.data, bytes, fileName: path.basename(file), dryRun, mappingId };
      const who = { organId: organ.id, user: null };
      reply = await importIntoOrgan(deps.db, deps.cipher, who, input, lang, deps.now());
      console.log(`${organ.name} (${organ.code}) ← ${file}${dryNote}`);
    }
    console.log(
      `created ${reply.created}, updated ${reply.updated}, unchanged ${reply.unchanged}, rejected ${reply.rejected}`,
    );
    for (const e of reply.errors) console.log(`  row ${e.row} ${e.column}: ${e.message}`);
    if (reply.errorsTruncated) console.log(`  … (only the first ${reply.errors.length} errors are listed)`);
    return reply.errors.length === 0 ? 0 : 1;
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    console.error(translate(e.code, lang, e.params));
    return 1;
  } finally {
    await database.close();
  }
}
