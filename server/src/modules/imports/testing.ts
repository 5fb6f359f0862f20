import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import type { ImportReply } from '@grassroots/core';
import type { Client } from '../../../test/factories';

/** A multipart/form-data body with one file part (tests only; browsers build this themselves). */
export function multipart(
  bytes: Buffer,
  fileName: string,
  field = 'file',
  type = 'application/octet-stream',
) {
  const boundary = `----grassroots${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, bytes, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** POST a file to an import endpoint as the signed-in client. */
export function upload(
  client: Client,
  url: string,
  bytes: Buffer,
  fileName: string,
  opts: { field?: string; lang?: string } = {},
): Promise<LightMyRequestResponse> {
  const body = multipart(bytes, fileName, opts.field);
  return client.request({
    method: 'POST',
    url,
    payload: body.payload,
    headers: { ...body.headers, ...(opts.lang ? { 'accept-language': opts.lang } : {}) },
  });
}

export const replyOf = (res: LightMyRequestResponse): ImportReply => res.json<ImportReply>();
export const errorOf = (res: LightMyRequestResponse) =>
  res.json<{ error: { code: string; message: string } }>().error;

let gbkTable: Map<string, number[]> | undefined;
/** GBK bytes of a text (tests only: Node decodes GBK but has no encoder). */
export function gbk(text: string): Buffer {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(Uint8Array.of(lead, trail));
        if (ch.length === 1 && !gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
      }
    }
  }
  const table = gbkTable;
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const found = code < 0x80 ? [code] : table.get(ch);
    if (!found) throw new Error(`not in GBK: ${ch}`);
    bytes.push(...found);
  }
  return Buffer.from(bytes);
}
