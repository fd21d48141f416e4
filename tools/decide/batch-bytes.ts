// The bytes batches travel in. A batch's input is decoded to text once; its output is written
// straight into bytes, never built as one long string: for a full trace (2.7 KB a line) building
// and then encoding that string cost as much as deciding did. The buffers are reused from batch to
// batch (see decide-stream.ts), since fresh memory for each batch cost as much again in page faults.

import { isAscii } from "node:buffer";

/** The text of UTF-8 bytes, as Buffer's UTF-8 decoder gives it (a byte order mark is kept). */
export function textOf(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // For ASCII, Latin-1 is the same characters and a plain copy, where UTF-8 is decoded byte by byte.
  return buffer.toString(isAscii(buffer) ? "latin1" : "utf8");
}

const SHORT = 64;

/** A batch's output as it is written: UTF-8 bytes in memory of their own (transferable, reusable). */
export class OutputBytes {
  buffer: Buffer;
  length = 0;

  constructor(buffer: ArrayBuffer | null, initialSize = 1 << 20) {
    this.buffer = buffer ? Buffer.from(buffer) : Buffer.allocUnsafeSlow(initialSize);
  }

  /** Room for `n` more bytes. */
  reserve(n: number): void {
    if (this.length + n <= this.buffer.length) return;
    const bigger = Buffer.allocUnsafeSlow(Math.max(this.buffer.length * 2, this.length + n));
    this.buffer.copy(bigger, 0, 0, this.length);
    this.buffer = bigger;
  }

  writeText(text: string): void {
    this.reserve(text.length * 3);
    if (text.length <= SHORT) {
      // A short ASCII text (a decision's head, {"id":"...",) is copied here: cheaper than the call
      // into Buffer's encoder, which cost half a microsecond a line.
      const { buffer } = this;
      let at = this.length;
      let i = 0;
      for (; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0x80) break;
        buffer[at++] = c;
      }
      if (i === text.length) {
        this.length = at;
        return;
      }
    }
    this.length += this.buffer.write(text, this.length, "utf8");
  }

  writeBytes(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  writeByte(byte: number): void {
    this.reserve(1);
    this.buffer[this.length++] = byte;
  }

  /** The bytes written, a view of the buffer (which the caller may now transfer). */
  written(): Uint8Array {
    return new Uint8Array(this.buffer.buffer, this.buffer.byteOffset, this.length);
  }
}
