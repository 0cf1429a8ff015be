/** The strict response reader on recorded byte strings: each defect, its code's kind and the escaped evidence. */
import { describe, expect, it } from 'vitest'
import { MAX_HEADER_BLOCK_BYTES } from '../../../../src/probes/http/reader.js'
import { defectsOf, proseOf, read, whatOf } from './read.js'

const CLOSED = { cause: 'closed' } as const

describe('well-formed responses', () => {
  it.each([
    ['Content-Length', 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok', 'length', 2],
    [
      'chunked, with an extension and a trailer',
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2;name=v\r\nok\r\n1\r\n!\r\n0\r\nChecksum: x\r\n\r\n',
      'chunked',
      3,
    ],
    ['identical Content-Length values', 'HTTP/1.1 200 OK\r\nContent-Length: 2, 2\r\nContent-Length: 2\r\n\r\nok', 'length', 2],
    ['204 without a body', 'HTTP/1.1 204 No Content\r\nServer: x\r\n\r\n', 'none', 0],
    ['an interim 100 before the response', 'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok', 'length', 2],
    ['a reason phrase with obs-text and no reason at all', 'HTTP/1.1 200 \xe9t\xe9\r\nContent-Length: 0\r\n\r\n', 'length', 0],
  ])('%s: done, reusable, no defect (whole and byte by byte)', (_, response, framing, bodyBytes) => {
    for (const byteByByte of [false, true]) {
      const reader = read(response, { byteByByte })
      expect(reader.defects).toEqual([])
      expect(reader.phase).toBe('done')
      expect(reader.framing).toBe(framing)
      expect(reader.bodyBytes).toBe(bodyBytes)
      expect(reader.persistent).toBe(true)
    }
  })

  it('reads no body for HEAD even with a Content-Length', () => {
    const reader = read('HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n\r\n', { method: 'HEAD' })
    expect(reader.phase).toBe('done')
    expect(reader.framing).toBe('none')
    expect(reader.defects).toEqual([])
  })

  it('tells reusable connections from closing ones, and reads Keep-Alive: timeout', () => {
    expect(read('HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n').persistent).toBe(false)
    expect(read('HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n').persistent).toBe(false)
    const kept = read('HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nKeep-Alive: timeout=5, max=100\r\nContent-Length: 0\r\n\r\n')
    expect(kept.persistent).toBe(true)
    expect(kept.announcedTimeoutMs).toBe(5000)
    const closeDelimited = read('HTTP/1.1 200 OK\r\n\r\n', { end: CLOSED })
    expect(closeDelimited.persistent).toBe(false)
    expect(closeDelimited.defects).toEqual([])
  })

  it('keeps the Location, escaped, for a redirect', () => {
    const reader = read('HTTP/1.1 301 Moved\r\nLocation: https://other.example/\x01x\r\nContent-Length: 0\r\n\r\n')
    expect(reader.location).toBe('https://other.example/\x01x')
    expect(reader.head?.location).toBe('https://other.example/\\x01x')
  })
})

describe('status line and header syntax (HTTP_MALFORMED_RESPONSE)', () => {
  it.each([
    ['a status line without a code', 'HTTP/1.1 OK\r\nContent-Length: 0\r\n\r\n', 'status-line: HTTP/1.1 OK\\r\\n'],
    ['two spaces', 'HTTP/1.1  200 OK\r\n\r\n', 'status-line: HTTP/1.1  200 OK\\r\\n'],
    ['lower-case protocol', 'http/1.1 200 OK\r\n\r\n', 'status-line: http/1.1 200 OK\\r\\n'],
    ['HTTP/2.0 to an HTTP/1.1 request', 'HTTP/2.0 200 OK\r\nContent-Length: 0\r\n\r\n', 'status-line: HTTP/2.0 200 OK\\r\\n'],
    ['a status of 600', 'HTTP/1.1 600 Odd\r\nContent-Length: 0\r\n\r\n', 'status-line: HTTP/1.1 600 Odd\\r\\n'],
    ['a line without a colon', 'HTTP/1.1 200 OK\r\nX-Flag\r\nContent-Length: 0\r\n\r\n', 'field-syntax: X-Flag\\r\\n'],
    ['whitespace before the colon', 'HTTP/1.1 200 OK\r\nX-A : 1\r\nContent-Length: 0\r\n\r\n', 'field-syntax: X-A : 1\\r\\n'],
    ['a field name outside the token set', 'HTTP/1.1 200 OK\r\nX(A): 1\r\nContent-Length: 0\r\n\r\n', 'field-syntax: X(A): 1\\r\\n'],
    ['an empty field name', 'HTTP/1.1 200 OK\r\n: 1\r\nContent-Length: 0\r\n\r\n', 'field-syntax: : 1\\r\\n'],
    ['obs-fold', 'HTTP/1.1 200 OK\r\nX-Trace: a\r\n\tb\r\nContent-Length: 0\r\n\r\n', 'obs-fold: X-Trace: a\\r\\n\\tb\\r\\n'],
    [
      'whitespace before the first field',
      'HTTP/1.1 200 OK\r\n X-A: 1\r\nContent-Length: 0\r\n\r\n',
      'obs-fold: HTTP/1.1 200 OK\\r\\n X-A: 1\\r\\n',
    ],
    ['a bare CR inside a value', 'HTTP/1.1 200 OK\r\nX-A: 1\r2\r\nContent-Length: 0\r\n\r\n', 'control-character: X-A: 1\\r2\\r\\n'],
    ['a NUL inside a value', 'HTTP/1.1 200 OK\r\nX-A: 1\x002\r\nContent-Length: 0\r\n\r\n', 'control-character: X-A: 1\\x002\\r\\n'],
    ['a line ending in LF alone', 'HTTP/1.1 200 OK\nContent-Length: 0\r\n\r\n', 'bare-lf: HTTP/1.1 200 OK\\n'],
    [
      'an empty line before the status line',
      '\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n',
      'leading-empty-line: \\r\\nHTTP/1.1 200 OK\\r\\n',
    ],
    [
      'Transfer-Encoding that does not end in chunked',
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked, gzip\r\n\r\nx',
      'transfer-encoding: Transfer-Encoding: chunked, gzip\\r\\n',
    ],
  ])('%s', (_, response, expected) => {
    for (const byteByByte of [false, true]) expect(defectsOf(read(response, { byteByByte, end: CLOSED }))).toEqual([expected])
  })

  it('stops at a header block over 32 KiB, with or without its end, within the budget', () => {
    const cookie = `Set-Cookie: s=${'x'.repeat(MAX_HEADER_BLOCK_BYTES)}\r\n`
    for (const response of [`HTTP/1.1 200 OK\r\n${cookie}\r\n`, `HTTP/1.1 200 OK\r\n${cookie}${cookie}`]) {
      const reader = read(response)
      expect(reader.phase).toBe('ended')
      expect(reader.defects).toHaveLength(1)
      expect(reader.defects[0]).toMatchObject({ kind: 'header-block-too-large', problem: 'header-block-too-large', limit: 32768 })
      expect(whatOf(reader.defects[0])).toBe('the header block is over 32768 bytes')
      expect(reader.defects[0]?.bytes).toMatch(/^HTTP\/1\.1 200 OK\\r\\nSet-Cookie: s=x+$/)
    }
    // Status line (17) + "A: " (3) + value + CRLF + the empty line: exactly 32 KiB passes, one byte more does not.
    const block = (valueBytes: number) => `HTTP/1.1 200 OK\r\nA: ${'x'.repeat(valueBytes)}\r\n\r\n`
    expect(read(block(MAX_HEADER_BLOCK_BYTES - 24), { end: CLOSED }).defects).toEqual([])
    expect(defectsOf(read(block(MAX_HEADER_BLOCK_BYTES - 23), { end: CLOSED }))[0]).toMatch(/^header-block-too-large/)
  })
})

describe('empty lines and stray CRLFs in the header block (HTTP_EXTRA_CRLF_IN_HEADERS)', () => {
  it.each([
    [
      'between two fields',
      'HTTP/1.1 200 OK\r\nX-A: 1\r\n\r\nContent-Length: 2\r\n\r\nok',
      CLOSED,
      'X-A: 1\\r\\n\\r\\nContent-Length: 2\\r\\n\\r\\n',
    ],
    [
      'right after the status line',
      'HTTP/1.1 200 OK\r\n\r\nContent-Length: 2\r\n\r\nok',
      CLOSED,
      'HTTP/1.1 200 OK\\r\\n\\r\\nContent-Length: 2\\r\\n\\r\\n',
    ],
    [
      'several, after Content-Length: 0',
      'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n\r\nX-B: 2\r\n\r\n',
      undefined,
      'Content-Length: 0\\r\\n\\r\\n\\r\\nX-B: 2\\r\\n\\r\\n',
    ],
    [
      'before the fields of a chunked response',
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nX-B: 2\r\n\r\n2\r\nok\r\n0\r\n\r\n',
      undefined,
      'Transfer-Encoding: chunked\\r\\n\\r\\nX-B: 2\\r\\n\\r\\n',
    ],
  ])('%s', (_, response, end, bytes) => {
    const reader = read(response, { end })
    expect(defectsOf(reader)).toEqual([`empty-line-in-headers: ${bytes}`])
  })

  it('a line of stray CRs between fields', () => {
    expect(defectsOf(read('HTTP/1.1 200 OK\r\nX-A: 1\r\n\r\r\nContent-Length: 0\r\n\r\n'))).toEqual([
      'empty-line-in-headers: X-A: 1\\r\\n\\r\\r\\n',
    ])
  })

  it('never blames a correctly framed body that looks like header lines', () => {
    const body = 'X-Not-A-Header: 1\r\n\r\n'
    expect(read(`HTTP/1.1 200 OK\r\nContent-Length: ${body.length}\r\n\r\n${body}`).defects).toEqual([])
  })
})

describe('Content-Length (HTTP_CONTENT_LENGTH_INVALID) and Transfer-Encoding (HTTP_CL_AND_TE)', () => {
  it.each([
    ['3abc', 'cl-not-integer', 'a Content-Length that is not an integer'],
    ['+3', 'cl-not-integer', 'a Content-Length that is not an integer'],
    ['3.0', 'cl-not-integer', 'a Content-Length that is not an integer'],
    ['-1', 'cl-negative', 'a negative Content-Length'],
    ['', 'cl-empty', 'an empty Content-Length'],
    ['99999999999999999999', 'cl-too-large', 'a Content-Length too large to be real'],
  ])('Content-Length: %s', (value, problem, words) => {
    const reader = read(`HTTP/1.1 200 OK\r\nContent-Length: ${value}\r\n\r\nabc`, { end: CLOSED })
    expect(reader.defects).toEqual([
      { kind: 'content-length-invalid', problem, value, bytes: `Content-Length: ${value}\\r\\n`, offset: 17 },
    ])
    expect(whatOf(reader.defects[0])).toBe(words)
    expect(reader.framing).toBe('unknown')
  })

  it('several values that differ, on two lines or in one list', () => {
    expect(read('HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabc', { end: CLOSED }).defects).toEqual([
      {
        kind: 'content-length-conflict',
        problem: 'cl-conflict',
        value: '3, 4',
        bytes: 'Content-Length: 3\\r\\nContent-Length: 4\\r\\n',
        offset: 17,
      },
    ])
    expect(defectsOf(read('HTTP/1.1 200 OK\r\nContent-Length: 3, 4\r\n\r\nabc', { end: CLOSED }))).toEqual([
      'content-length-conflict: Content-Length: 3, 4\\r\\n',
    ])
  })

  it('both Content-Length and Transfer-Encoding: reported, and the body read as chunked', () => {
    const reader = read('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nX: y\r\nContent-Length: 2\r\n\r\n2\r\nok\r\n0\r\n\r\n')
    expect(defectsOf(reader)).toEqual(['cl-and-te: Transfer-Encoding: chunked\\r\\nX: y\\r\\nContent-Length: 2\\r\\n'])
    expect(reader.framing).toBe('chunked')
    expect(reader.phase).toBe('done')
  })
})

describe('chunked bodies (HTTP_BAD_CHUNKING)', () => {
  const chunked = (body: string) => `HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n${body}`
  it.each([
    ['a size that is not hexadecimal', 'zz\r\nok\r\n0\r\n\r\n', 'chunk-size: zz\\r\\n'],
    ['a 0x prefix', '0x2\r\nok\r\n0\r\n\r\n', 'chunk-size: 0x2\\r\\n'],
    ['a space before the size', ' 2\r\nok\r\n0\r\n\r\n', 'chunk-size:  2\\r\\n'],
    ['an empty size line', '\r\nok\r\n0\r\n\r\n', 'chunk-size: \\r\\n'],
    ['a size line ending in LF alone', '2\nok\r\n0\r\n\r\n', 'chunk-size: 2\\n'],
    ['more data than the size says', '2\r\nokay\r\n0\r\n\r\n', 'chunk-data-end: ay'],
    ['a trailer line that is not a field', '2\r\nok\r\n0\r\nnot a field\r\n\r\n', 'chunk-trailer: not a field\\r\\n'],
    ['bytes after the last chunk', '2\r\nok\r\n0\r\n\r\nEXTRA', 'after-last-chunk: EXTRA'],
  ])('%s', (_, body, expected) => {
    for (const byteByByte of [false, true]) expect(defectsOf(read(chunked(body), { byteByByte }))).toEqual([expected])
  })

  it('a connection closed before the last chunk', () => {
    expect(read(chunked('2\r\nok\r\n'), { end: CLOSED }).defects).toEqual([
      {
        kind: 'incomplete-chunked',
        problem: 'ended-in-chunks',
        end: 'closed',
        bytesReceived: 54,
        bodyBytes: 2,
        bytes: '2\\r\\nok\\r\\n',
        offset: 47,
      },
    ])
    expect(whatOf(read(chunked('2\r\nok\r\n'), { end: CLOSED }).defects[0])).toBe('the origin closed the connection before the last chunk')
  })
})

describe('body length (HTTP_BODY_EXCEEDS_CONTENT_LENGTH, HTTP_NO_FRAMING, HTTP_NO_RESPONSE)', () => {
  it('bytes beyond Content-Length, in the same packet or later, counted as they come', () => {
    expect(read('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokEXTRA').defects).toEqual([
      { kind: 'body-exceeds-content-length', problem: 'bytes-beyond-length', extraBytes: 5, contentLength: 2, bytes: 'EXTRA', offset: 40 },
    ])
    expect(whatOf(read('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokEXTRA', { byteByByte: true }).defects[0])).toBe(
      '5 bytes beyond the announced 2',
    )
    expect(whatOf(read('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokX').defects[0])).toBe('1 byte beyond the announced 2')
  })

  it('a body on a response to HEAD or a 304', () => {
    expect(read('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok', { method: 'HEAD' }).defects).toEqual([
      {
        kind: 'body-exceeds-content-length',
        problem: 'body-not-allowed',
        method: 'HEAD',
        status: 200,
        extraBytes: 2,
        contentLength: 0,
        bytes: 'ok',
        offset: 38,
      },
    ])
    const head = read('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok', { method: 'HEAD' }).defects[0]!
    expect(proseOf(head, 'HEAD').message).toBe(
      'The response from 127.0.0.1:8080 to HEAD / sends more than the announced 0 body bytes: a body (2 bytes) on a response to HEAD, which has none ("ok").',
    )
    expect(whatOf(read('HTTP/1.1 304 Not Modified\r\n\r\nstale').defects[0])).toBe('a body (5 bytes) on a 304 response, which has none')
  })

  it('no framing: a body ended by the close, or one that never ends', () => {
    expect(read('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nhello\n', { end: CLOSED }).defects).toEqual([
      { kind: 'no-framing', problem: 'unframed-body-close', end: 'closed', bytesReceived: 51, bodyBytes: 6, bytes: 'hello\\n', offset: 45 },
    ])
    expect(whatOf(read('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nhello\n', { end: CLOSED }).defects[0])).toBe(
      'the 6-byte body ends only where the connection closes',
    )
    const endless = read('HTTP/1.1 200 OK\r\n\r\n', { end: { cause: 'timeout', afterMs: 3000 } }).defects[0]
    expect(endless).toMatchObject({ kind: 'no-framing', problem: 'unframed-body-timeout', end: 'timeout', afterMs: 3000, bodyBytes: 0 })
    expect(whatOf(endless)).toBe('no Content-Length or Transfer-Encoding, and the body had not ended after 3000 ms (0 bytes)')
  })

  it('fewer body bytes than announced', () => {
    expect(read('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nok', { end: { cause: 'reset' } }).defects).toEqual([
      { kind: 'incomplete-body', problem: 'ended-in-body', end: 'reset', bytesReceived: 41, bodyBytes: 2, contentLength: 10 },
    ])
    expect(whatOf(read('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nok', { end: CLOSED }).defects[0])).toBe(
      'the origin closed the connection after 2 of 10 announced body bytes',
    )
    expect(proseOf(read('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nok', { end: { cause: 'reset' } }).defects[0]!).message).toBe(
      '127.0.0.1:8080 reset the connection (TCP RST) in the middle of its response to GET /: after 2 of 10 announced body bytes.',
    )
  })

  it('no response: nothing, or a header block cut short', () => {
    const closed = read('', { end: CLOSED }).defects
    expect(closed).toEqual([{ kind: 'no-response', problem: 'ended-before-any-byte', stage: 'response', end: 'closed', bytesReceived: 0 }])
    expect(proseOf(closed[0]!).message).toBe(
      '127.0.0.1:8080 gave no complete response to GET /: the origin closed the connection before sending a byte.',
    )
    expect(whatOf(read('', { end: { cause: 'timeout', afterMs: 2500 } }).defects[0])).toBe(
      'nothing arrived within the read timeout of 2500 ms',
    )
    const partial = read('HTT', { end: { cause: 'timeout', afterMs: 3000 } }).defects
    expect(partial).toEqual([
      {
        kind: 'no-response',
        problem: 'partial-head-before-timeout',
        stage: 'response',
        end: 'timeout',
        afterMs: 3000,
        bytesReceived: 3,
        bytes: 'HTT',
        offset: 0,
      },
    ])
    expect(whatOf(partial[0])).toBe('only 3 bytes arrived within the read timeout of 3000 ms, and the header block had not ended')
    expect(whatOf(read('H', { end: { cause: 'timeout', afterMs: 3000 } }).defects[0])).toBe(
      'only 1 byte arrived within the read timeout of 3000 ms, and the header block had not ended',
    )
    expect(whatOf(read('HTTP/1.1 200 OK\r\nX', { end: CLOSED }).defects[0])).toBe(
      'the origin closed the connection after 18 bytes, before the header block ended',
    )
    const reset = read('HTTP/1.1 200 OK\r\nX', { end: { cause: 'reset' } }).defects
    expect(reset).toEqual([
      {
        kind: 'no-response',
        problem: 'ended-in-head',
        stage: 'response',
        end: 'reset',
        bytesReceived: 18,
        bytes: 'HTTP/1.1 200 OK\\r\\nX',
        offset: 0,
      },
    ])
    expect(proseOf(reset[0]!).message).toBe(
      '127.0.0.1:8080 reset the connection (TCP RST) in the middle of its response to GET /: after 18 bytes, before the header block ended.',
    )
    // A reset before any byte is still no response at all.
    expect(proseOf(read('', { end: { cause: 'reset' } }).defects[0]!).message).toBe(
      '127.0.0.1:8080 gave no complete response to GET /: the origin reset the connection before sending a byte.',
    )
  })

  it('a reset cuts short a body that only a clean close could end, even an empty one', () => {
    const unframed = 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n'
    for (const body of ['', 'hel']) {
      const [defect, ...rest] = read(unframed + body, { end: { cause: 'reset' } }).defects
      expect(rest).toEqual([])
      expect(defect).toMatchObject({ kind: 'incomplete-body', problem: 'unframed-body-reset', end: 'reset', bodyBytes: body.length })
      expect(proseOf(defect!).message).toBe(
        `127.0.0.1:8080 reset the connection (TCP RST) in the middle of its response to GET /: after ${body.length} body bytes of a body only a clean close could end.`,
      )
    }
    expect(
      proseOf(read('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n', { end: { cause: 'reset' } }).defects[0]!).message,
    ).toMatch(/: after 2 body bytes, before the last chunk\.$/)
  })

  it('stops reading a body over its byte budget, and says it went unread', () => {
    const reader = read(`HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n${'x'.repeat(60)}`, { maxBodyBytes: 50 })
    expect(reader.phase).toBe('ended')
    expect(reader.defects).toEqual([
      { kind: 'body-unread', problem: 'body-over-byte-budget', framing: 'length', contentLength: 100, bodyBytes: 60, limit: 50 },
    ])
    expect(proseOf(reader.defects[0]!).message).toBe(
      '127.0.0.1:8080 was still sending the body of Content-Length 100 for GET / when the reading stopped at its bound of 50 bytes: 60 body bytes read; whether the body ends, and ends where announced, went unchecked.',
    )
    const chunks = read(`HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n${'10\r\nxxxxxxxxxxxxxxxx\r\n'.repeat(5)}`, {
      maxBodyBytes: 50,
    })
    expect(chunks.defects).toEqual([
      { kind: 'body-unread', problem: 'body-over-byte-budget', framing: 'chunked', bodyBytes: 80, limit: 50 },
    ])
  })

  it('a chunked or sized body still arriving at the deadline went unread; one that had stalled is incomplete', () => {
    const chunked = 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n'
    const arriving = read(chunked, { end: { cause: 'timeout', afterMs: 3000, quietMs: 20 } }).defects
    expect(arriving).toEqual([
      {
        kind: 'body-unread',
        problem: 'body-over-time-budget',
        framing: 'chunked',
        end: 'timeout',
        afterMs: 3000,
        bytesReceived: 54,
        bodyBytes: 2,
      },
    ])
    expect(proseOf(arriving[0]!).message).toMatch(
      /^127\.0\.0\.1:8080 was still sending the chunked body for GET \/ when the read timeout of 3000 ms passed: 2 body bytes read;/,
    )
    expect(defectsOf(read(chunked, { end: { cause: 'timeout', afterMs: 3000, quietMs: 2000 } }))).toEqual([
      'incomplete-chunked: 2\\r\\nok\\r\\n',
    ])
    expect(
      read('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nok', { end: { cause: 'timeout', afterMs: 3000, quietMs: 10 } }).defects[0],
    ).toMatchObject({ kind: 'body-unread', contentLength: 10 })
  })
})

describe('evidence', () => {
  it('escapes CR, LF, tab, backslash and other bytes, and cuts long evidence with an ellipsis', () => {
    const reader = read(`HTTP/1.1 200 OK\r\nX-A\\: \t\xff\r\nContent-Length: 0\r\n\r\n`)
    expect(defectsOf(reader)).toEqual(['field-syntax: X-A\\\\: \\t\\xff\\r\\n'])
    const long = read(`HTTP/1.1 200 OK\r\nX-Long ${'y'.repeat(300)}\r\nContent-Length: 0\r\n\r\n`)
    expect(long.defects[0]?.bytes).toBe(`X-Long ${'y'.repeat(113)}…`)
  })

  it("masks the config's header values, even where the cut falls inside one", () => {
    const secret = 'S3cr3t-Origin-Verify'
    const echoed = read(`HTTP/1.1 200 OK\r\nX-Echo: ${secret}\r\n more\r\nContent-Length: 0\r\n\r\n`, { secrets: [secret] })
    expect(echoed.defects[0]?.bytes).toBe('X-Echo: ***\\r\\n more\\r\\n')
    const cut = read(`HTTP/1.1 200 OK\r\nX-Long ${'y'.repeat(105)}${secret}\r\nContent-Length: 0\r\n\r\n`, { secrets: [secret] })
    expect(cut.defects[0]?.bytes).toBe(`X-Long ${'y'.repeat(105)}***…`)
    expect(JSON.stringify(cut.defects)).not.toContain('S3cr')
  })
})
