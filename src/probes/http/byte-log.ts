/** Every byte received on one connection, in one growing buffer: offsets stay valid for evidence. */
export class ByteLog {
  private buffer = Buffer.alloc(4096)
  private used = 0

  append(chunk: Uint8Array): void {
    if (this.used + chunk.length > this.buffer.length) {
      const grown = Buffer.alloc(Math.max(this.buffer.length * 2, this.used + chunk.length))
      this.buffer.copy(grown, 0, 0, this.used)
      this.buffer = grown
    }
    this.buffer.set(chunk, this.used)
    this.used += chunk.length
  }

  get length(): number {
    return this.used
  }

  /** The bytes received so far (a view: valid until the next append). */
  view(): Buffer {
    return this.buffer.subarray(0, this.used)
  }
}
