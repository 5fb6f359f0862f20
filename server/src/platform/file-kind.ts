// L6: the kind of an uploaded file is read from its first bytes; the name and the declared type are
// not trusted. Only these kinds are accepted as attachments.
const signatures: { mime: string; ext: string; test: (b: Buffer) => boolean }[] = [
  { mime: 'image/jpeg', ext: 'jpg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    mime: 'image/png',
    ext: 'png',
    test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  {
    mime: 'image/gif',
    ext: 'gif',
    test: (b) =>
      b.subarray(0, 6).toString('latin1') === 'GIF87a' || b.subarray(0, 6).toString('latin1') === 'GIF89a',
  },
  {
    mime: 'image/webp',
    ext: 'webp',
    test: (b) =>
      b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
  { mime: 'application/pdf', ext: 'pdf', test: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
  // .docx / .xlsx / .pptx are zip containers; a zip without an Office part is refused below.
  {
    mime: 'application/zip-office',
    ext: 'zip',
    test: (b) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04,
  },
];

const officeTypes: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

/** The accepted kind of these bytes, or null. Office files must also say so in their name. */
export function detectFileKind(bytes: Buffer, fileName: string): { mime: string } | null {
  const sig = signatures.find((s) => s.test(bytes));
  if (!sig) return null;
  if (sig.mime !== 'application/zip-office') return { mime: sig.mime };
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  const mime = officeTypes[ext];
  return mime && bytes.includes(Buffer.from('[Content_Types].xml')) ? { mime } : null;
}
