import { loadConfig } from '../config';
import { databaseTarget, openDatabase } from '../db/client';
import { verifyAudit, type BrokenLink } from '../platform/audit';

export function describeBroken(b: BrokenLink): string {
  return `BROKEN chain ${b.chain} at row seq ${b.seq}${b.id === null ? '' : ` (audit_log.id ${b.id})`}: ${b.problem}`;
}

/** X2/S5: `grassroots audit verify` — exit 0 when every chain holds, 1 naming the first broken row. */
export async function run(args: string[]): Promise<number> {
  if (args[0] !== 'verify') {
    console.log('Usage: grassroots audit verify   — check the SM3 hash chain of the audit log');
    return args[0] === '--help' || args[0] === undefined ? 0 : 2;
  }
  const database = await openDatabase(databaseTarget(loadConfig()));
  try {
    const result = await verifyAudit(database.db);
    if (result.firstBroken) {
      console.log(describeBroken(result.firstBroken));
      return 1;
    }
    console.log(`OK: ${result.checked} audit rows checked, every chain intact.`);
    return 0;
  } finally {
    await database.close();
  }
}
