import { randomBytes, timingSafeEqual } from 'node:crypto';
import smCrypto from 'sm-crypto';

const { sm3, sm4 } = smCrypto;

/** SM3 digest of a UTF-8 string, hex (X2 audit chain). */
export function sm3Hex(input: string): string {
  return sm3(input);
}

/** HMAC-SM3 with a hex key, hex output. */
export function hmacSm3(input: string, keyHex: string): string {
  return sm3(input, { key: keyHex, mode: 'hmac' });
}

export interface FieldCipher {
  encrypt: (plain: string) => string;
  decrypt: (sealed: string) => string;
  /** A keyed hash for equality lookups without plaintext (Y5, re-import identity). */
  blindIndex: (normalised: string) => string;
}

/**
 * S8: SM4-CBC with a random IV and an HMAC-SM3 tag over version, IV and ciphertext (encrypt-then-MAC).
 * The 32-byte data key splits into the SM4 key and the MAC key; the blind-index key is derived from both.
 * Sealed form: `v1:<iv hex>:<ciphertext hex>:<tag hex>`.
 */
export function createFieldCipher(dataKeyHex: string): FieldCipher {
  if (!/^[0-9a-fA-F]{64}$/.test(dataKeyHex)) throw new Error('data key must be 64 hex characters');
  const encKey = dataKeyHex.slice(0, 32).toLowerCase();
  const macKey = dataKeyHex.slice(32).toLowerCase();
  const indexKey = sm3(`grassroots-blind-index:${dataKeyHex.toLowerCase()}`);
  return {
    encrypt(plain) {
      const iv = randomBytes(16).toString('hex');
      const ct = sm4.encrypt(plain, encKey, { mode: 'cbc', iv });
      const tag = hmacSm3(`v1:${iv}:${ct}`, macKey);
      return `v1:${iv}:${ct}:${tag}`;
    },
    decrypt(sealed) {
      const [version, iv, ct, tag] = sealed.split(':');
      if (version !== 'v1' || !iv || !ct || !tag) throw new Error('sealed value is malformed');
      const expected = Buffer.from(hmacSm3(`v1:${iv}:${ct}`, macKey), 'hex');
      const given = Buffer.from(tag, 'hex');
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
        throw new Error('sealed value failed its integrity check');
      }
      return sm4.decrypt(ct, encKey, { mode: 'cbc', iv });
    },
    blindIndex(normalised) {
      return hmacSm3(normalised, indexKey);
    },
  };
}

/** Normalise a Chinese mobile number for hashing: digits only, without a +86/86 prefix. */
export function normalisePhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length === 13 && digits.startsWith('86') ? digits.slice(2) : digits;
}

/** Mask for lists and exports (Y4): 138****1234. */
export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
