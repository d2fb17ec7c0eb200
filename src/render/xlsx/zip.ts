/**
 * Reproducible zip: exceljs (through JSZip) stamps every entry with the time of writing, so the same
 * workbook written a minute later has different bytes. We set the DOS date and time of every entry,
 * in the local headers and in the central directory, to a fixed moment. The CRCs and sizes do not
 * cover these fields, so nothing else changes.
 */

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;

/** MS-DOS date and time fields for a moment (read as UTC, so the result does not depend on the machine's zone). */
export function dosDateTime(date: Date): { date: number; time: number } {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  return {
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
  };
}

/** Returns a copy of the zip with every entry dated `when`. Throws if the bytes are not a zip it understands. */
export function normalizeZipTimestamps(zip: Uint8Array, when: Date): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const { date, time } = dosDateTime(when);

  // The end-of-central-directory record: at the end, after an optional comment of up to 64 KiB.
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === END_OF_CENTRAL_DIRECTORY) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file: no end of central directory');
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);

  for (let n = 0; n < entries; n++) {
    if (view.getUint32(p, true) !== CENTRAL_HEADER) throw new Error(`zip: bad central directory entry ${n}`);
    view.setUint16(p + 12, time, true);
    view.setUint16(p + 14, date, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    if (view.getUint32(local, true) !== LOCAL_HEADER) throw new Error(`zip: bad local header for entry ${n}`);
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, date, true);
    if (extraLength > 0 || view.getUint16(local + 28, true) > 0) {
      // Extended timestamps (0x5455) would carry the time too; JSZip writes none, and we refuse to guess.
      assertNoTimestampExtra(view, p + 46 + nameLength, extraLength);
      assertNoTimestampExtra(view, local + 30 + view.getUint16(local + 26, true), view.getUint16(local + 28, true));
    }
    p += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

function assertNoTimestampExtra(view: DataView, start: number, length: number): void {
  for (let q = start; q + 4 <= start + length; ) {
    const id = view.getUint16(q, true);
    const size = view.getUint16(q + 2, true);
    if (id === 0x5455 || id === 0x000a) throw new Error('zip: entry carries an extended timestamp');
    q += 4 + size;
  }
}
