import type { Config } from './config';
import type { Db } from './db/client';
import type { FieldCipher } from './platform/crypto';
import type { Storage } from './platform/storage';

/** What route modules are handed; each passes on only what a service function needs. */
export interface AppDeps {
  db: Db;
  config: Config;
  now: () => Date;
  cipher: FieldCipher;
  /** Attachment storage; local disk under DATA_DIR/files when not given. */
  storage?: Storage;
}
