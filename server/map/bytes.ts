/** A growable little-endian byte buffer with LEB128 varints, for the map encoder. */
export class ByteWriter {
  private buf: Uint8Array;
  private length = 0;

  constructor(capacity = 1024) {
    this.buf = new Uint8Array(Math.max(16, capacity));
  }

  private ensure(extra: number): void {
    if (this.length + extra <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.length + extra));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  varint(value: number): void {
    this.ensure(5);
    let v = value >>> 0;
    while (v >= 0x80) {
      this.buf[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buf[this.length++] = v;
  }

  u32(value: number): void {
    this.ensure(4);
    new DataView(this.buf.buffer).setUint32(this.length, value, true);
    this.length += 4;
  }

  raw(bytes: Uint8Array): void {
    this.ensure(bytes.length);
    this.buf.set(bytes, this.length);
    this.length += bytes.length;
  }

  align4(): void {
    const pad = (4 - (this.length % 4)) % 4;
    this.ensure(pad);
    for (let i = 0; i < pad; i++) this.buf[this.length++] = 0;
  }

  bytes(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}
