// Cuts a byte stream into batches of whole lines for decide-stream.ts. Works on bytes, never text:
// a batch ends just after a "\n" byte, which is never part of a multi-byte UTF-8 character, so each
// batch decodes to exactly the text the whole input would. Each batch owns its memory (no pooled
// Buffer), so it can be transferred to a worker thread without a copy, and is handed back to be
// reused (recycle) once decided.

export interface LineBatch {
  /** Whole lines, each ending in "\n", except perhaps the input's last line. */
  readonly bytes: Buffer;
  /** The input line number (1-based; blank lines count) of the batch's first line. */
  readonly firstLine: number;
}

const NEWLINE = 0x0a;

function countNewlines(bytes: Buffer, end: number): number {
  let n = 0;
  for (let i = bytes.indexOf(NEWLINE); i !== -1 && i < end; i = bytes.indexOf(NEWLINE, i + 1)) n++;
  return n;
}

export class LineBatcher {
  private buffer: Buffer;
  private used = 0;
  private nextLine = 1;
  private readonly spare: ArrayBuffer[] = [];

  /** `size`: bytes a batch gathers before it is cut at its last "\n". */
  constructor(private readonly size: number) {
    this.buffer = Buffer.allocUnsafeSlow(size);
  }

  /** Take in a chunk of input; returns the batches it completes (often none). */
  push(chunk: Uint8Array): LineBatch[] {
    const batches: LineBatch[] = [];
    let offset = 0;
    while (offset < chunk.length) {
      const n = Math.min(chunk.length - offset, this.buffer.length - this.used);
      this.buffer.set(chunk.subarray(offset, offset + n), this.used);
      this.used += n;
      offset += n;
      if (this.used === this.buffer.length) {
        const batch = this.cut();
        if (batch) batches.push(batch);
      }
    }
    return batches;
  }

  /** The end of the input: what is left, a last line perhaps without its "\n". */
  end(): LineBatch | null {
    if (this.used === 0) return null;
    const batch = { bytes: this.buffer.subarray(0, this.used), firstLine: this.nextLine };
    this.buffer = Buffer.alloc(0);
    this.used = 0;
    return batch;
  }

  /** A batch's memory, decided and done with. */
  recycle(buffer: ArrayBuffer): void {
    if (buffer.byteLength === this.size) this.spare.push(buffer);
  }

  private fresh(size: number): Buffer {
    const reused = size <= this.size ? this.spare.pop() : undefined;
    return reused ? Buffer.from(reused) : Buffer.allocUnsafeSlow(size);
  }

  private cut(): LineBatch | null {
    const full = this.buffer;
    const last = full.lastIndexOf(NEWLINE, this.used - 1);
    if (last === -1) {
      // One line longer than the buffer: keep gathering it (as a line-by-line reader must).
      this.buffer = Buffer.allocUnsafeSlow(full.length * 2);
      full.copy(this.buffer, 0, 0, this.used);
      return null;
    }
    const length = last + 1;
    const rest = this.used - length;
    this.buffer = this.fresh(Math.max(this.size, rest * 2));
    full.copy(this.buffer, 0, length, this.used);
    this.used = rest;
    const batch = { bytes: full.subarray(0, length), firstLine: this.nextLine };
    this.nextLine += countNewlines(full, length);
    return batch;
  }
}
