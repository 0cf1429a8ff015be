/** Encoding and bounds-checked decoding of TLS wire vectors (RFC 8446 section 3), shared by every TLS message. */

export function u16(value: number): Buffer {
  const out = Buffer.alloc(2)
  out.writeUInt16BE(value)
  return out
}

export function u24(value: number): Buffer {
  return Buffer.from([(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff])
}

export function vector8(data: Buffer): Buffer {
  return Buffer.concat([Buffer.from([data.length]), data])
}

export function vector16(data: Buffer): Buffer {
  return Buffer.concat([u16(data.length), data])
}

export function vector24(data: Buffer): Buffer {
  return Buffer.concat([u24(data.length), data])
}

/** Bounds-checked reading: any overrun sets `failed` and yields undefined from then on. */
export class Cursor {
  private at = 0
  failed = false

  constructor(private readonly data: Buffer) {}

  get atEnd(): boolean {
    return this.at >= this.data.length
  }

  u8(): number | undefined {
    return this.bytes(1)?.[0]
  }

  u16(): number | undefined {
    return this.bytes(2)?.readUInt16BE(0)
  }

  bytes(length: number | undefined): Buffer | undefined {
    if (this.failed || length === undefined || this.at + length > this.data.length) {
      this.failed = true
      return undefined
    }
    const out = this.data.subarray(this.at, this.at + length)
    this.at += length
    return out
  }

  vector8(): Buffer | undefined {
    return this.bytes(this.u8())
  }

  vector16(): Buffer | undefined {
    return this.bytes(this.u16())
  }

  vector24(): Buffer | undefined {
    const header = this.bytes(3)
    return header === undefined ? undefined : this.bytes(header.readUIntBE(0, 3))
  }
}
