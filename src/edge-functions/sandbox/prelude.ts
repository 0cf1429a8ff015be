/* eslint-disable
  @typescript-eslint/no-explicit-any,
  @typescript-eslint/no-unsafe-assignment,
  @typescript-eslint/no-unsafe-call,
  @typescript-eslint/no-unsafe-member-access,
  @typescript-eslint/no-unsafe-return,
  @typescript-eslint/no-unsafe-argument
  -- runs from its source text in another realm or thread: its values are untyped by nature */
/**
 * The sandbox's side: this function is compiled from its source text INSIDE the sandbox's realm, so
 * every object it builds (event, modules, Buffer, console, promises) belongs to the sandbox. The host's
 * functions it receives (hash, random, timer) stay in its closure, take and return only strings and
 * numbers and never throw: no object of the host's realm ever reaches the function's code, so neither
 * `x.constructor.constructor` nor a caught error leads out of the sandbox.
 *
 * It must stay self-contained: no imports, no reference to anything outside its own body.
 */
export function sandboxPrelude(
  settingsJson: string,
  hostHash: (algorithm: string, keyBase64: string, dataBase64: string, encoding: string) => string,
  hostRandom: (bytes: number) => string,
  hostTimer: (id: number, ms: number) => void,
): void {
  'use strict'
  const settings: {
    kind: 'cloudfront-function' | 'lambda-edge'
    runtime: string
    files: string[]
    handler: string
    kvs: Record<string, string> | null
    functionName: string
    memoryMb: number
  } = JSON.parse(settingsJson)
  const g: any = globalThis
  const NativeError = Error
  const lambda = settings.kind === 'lambda-edge'
  const v1 = settings.runtime === 'cloudfront-js-1.0'
  const MAX_WRITES = 2000

  // ---- what the run records ----
  let writes: any[] = []
  let calls: any[] = []
  let denied: any[] = []
  let kvsMissing: string[] = []
  let logCount = 0
  const kvsErrors = new WeakSet<object>()
  const deniedErrors = new WeakSet<object>()

  function site(): any {
    const stack = new NativeError().stack
    if (typeof stack !== 'string') return {}
    for (const line of stack.split('\n')) {
      for (const file of settings.files) {
        const i = line.lastIndexOf(file + ':')
        if (i === -1) continue
        const m = /^(\d+):(\d+)/.exec(line.slice(i + file.length + 1))
        if (m) return { file, line: Number(m[1]) }
      }
    }
    return {}
  }

  function note(op: string, path: string[]): void {
    if (writes.length < MAX_WRITES) writes.push({ op, path, ...site() })
  }

  // Writes to the event's request and response are watched, to name the line that made each change.
  const proxies = new WeakMap<object, object>()
  const isProxy = new WeakSet<object>()
  function track(target: any, path: string[]): any {
    if (target === null || typeof target !== 'object' || isProxy.has(target)) return target
    const known = proxies.get(target)
    if (known) return known
    const proxy = new Proxy(target, {
      get(t, key, receiver) {
        const value = Reflect.get(t, key, receiver)
        return typeof key === 'string' && value !== null && typeof value === 'object' ? track(value, [...path, key]) : value
      },
      set(t, key, value) {
        if (typeof key === 'string') note('set', [...path, key])
        return Reflect.set(t, key, value)
      },
      deleteProperty(t, key) {
        if (typeof key === 'string') note('delete', [...path, key])
        return Reflect.deleteProperty(t, key)
      },
      defineProperty(t, key, descriptor) {
        if (typeof key === 'string') note('set', [...path, key])
        return Reflect.defineProperty(t, key, descriptor)
      },
    })
    proxies.set(target, proxy)
    isProxy.add(proxy)
    return proxy
  }

  // ---- bytes: what Buffer and the byte-string helpers stand on ----
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  function toBase64(bytes: ArrayLike<number>, url: boolean): string {
    let out = ''
    for (let i = 0; i < bytes.length; i += 3) {
      const a = bytes[i] as number
      const b = i + 1 < bytes.length ? (bytes[i + 1] as number) : -1
      const c = i + 2 < bytes.length ? (bytes[i + 2] as number) : -1
      out += B64[a >> 2]! + B64[((a & 3) << 4) | (b < 0 ? 0 : b >> 4)]!
      out += b < 0 ? (url ? '' : '=') : B64[((b & 15) << 2) | (c < 0 ? 0 : c >> 6)]!
      out += c < 0 ? (url ? '' : '=') : B64[c & 63]!
    }
    return url ? out.replace(/\+/g, '-').replace(/\//g, '_') : out
  }
  function fromBase64(text: string): number[] {
    const clean = String(text)
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .replace(/[^A-Za-z0-9+/]/g, '')
    const out: number[] = []
    let buffer = 0
    let bits = 0
    for (const ch of clean) {
      buffer = (buffer << 6) | B64.indexOf(ch)
      bits += 6
      if (bits >= 8) {
        bits -= 8
        out.push((buffer >> bits) & 255)
      }
    }
    return out
  }
  function utf8Bytes(text: string): number[] {
    const latin = unescape(encodeURIComponent(String(text).replace(/[\ud800-\udfff](?![\udc00-\udfff])/g, '\ufffd')))
    const out: number[] = []
    for (let i = 0; i < latin.length; i++) out.push(latin.charCodeAt(i))
    return out
  }
  function latin1(bytes: ArrayLike<number>): string {
    let out = ''
    for (let i = 0; i < bytes.length; i++) out += String.fromCharCode(bytes[i] as number)
    return out
  }
  function utf8Text(bytes: ArrayLike<number>): string | null {
    try {
      return decodeURIComponent(escape(latin1(bytes)))
    } catch {
      return null
    }
  }
  function encode(text: string, encoding: string | undefined): number[] {
    const enc = String(encoding ?? 'utf8').toLowerCase()
    if (enc === 'base64' || enc === 'base64url') return fromBase64(text)
    if (enc === 'hex') {
      const out: number[] = []
      for (let i = 0; i + 1 < text.length; i += 2) {
        const byte = parseInt(text.slice(i, i + 2), 16)
        if (Number.isNaN(byte)) break
        out.push(byte)
      }
      return out
    }
    if (enc === 'latin1' || enc === 'binary' || enc === 'ascii') return Array.from(String(text), (c) => c.charCodeAt(0) & 255)
    return utf8Bytes(text)
  }
  function decode(bytes: ArrayLike<number>, encoding: string | undefined): string {
    const enc = String(encoding ?? 'utf8').toLowerCase()
    if (enc === 'base64') return toBase64(bytes, false)
    if (enc === 'base64url') return toBase64(bytes, true)
    if (enc === 'hex') return Array.from(bytes, (b) => (b < 16 ? '0' : '') + b.toString(16)).join('')
    if (enc === 'latin1' || enc === 'binary' || enc === 'ascii') return latin1(bytes)
    return utf8Text(bytes) ?? latin1(bytes).replace(/[\x80-\xff]/g, '\ufffd')
  }

  class SandboxBuffer extends Uint8Array {
    static override from(value: any, encodingOrOffset?: any, length?: number): SandboxBuffer {
      if (typeof value === 'string') return new SandboxBuffer(encode(value, encodingOrOffset))
      if (value instanceof ArrayBuffer) return new SandboxBuffer(value, encodingOrOffset ?? 0, length)
      return new SandboxBuffer(Array.from(value as ArrayLike<number>))
    }
    static alloc(size: number, fill?: number): SandboxBuffer {
      const buffer = new SandboxBuffer(size)
      if (typeof fill === 'number') buffer.fill(fill)
      return buffer
    }
    static byteLength(value: any, encoding?: string): number {
      return typeof value === 'string' ? encode(value, encoding).length : (value as Uint8Array).byteLength
    }
    static concat(list: Uint8Array[]): SandboxBuffer {
      const out: number[] = []
      for (const part of list) for (const byte of part) out.push(byte)
      return new SandboxBuffer(out)
    }
    static isBuffer(value: unknown): boolean {
      return value instanceof SandboxBuffer
    }
    override toString(encoding?: string, start?: number, end?: number): string {
      return decode(this.subarray(start ?? 0, end ?? this.length), encoding)
    }
    equals(other: Uint8Array): boolean {
      return other.length === this.length && this.every((b, i) => b === other[i])
    }
    toJSON(): any {
      return { type: 'Buffer', data: Array.from(this) }
    }
  }

  // ---- denied capabilities: a module the sandbox cannot offer answers every use with a marked error ----
  function deny(capability: string, what: string): never {
    const error = new NativeError(`${what} is not available while checking (${capability})`)
    deniedErrors.add(error)
    if (denied.length < 50) denied.push({ capability, what, ...site() })
    throw error
  }
  function deniedModule(capability: string, name: string): any {
    const thrower = (member: string) =>
      function () {
        return deny(capability, `${name}.${member}`)
      }
    return new Proxy(Object.create(null), {
      get(_t, key) {
        if (key === '__esModule' || typeof key === 'symbol') return undefined
        return thrower(String(key))
      },
    })
  }

  // ---- built-in modules ----
  function digestOf(algorithm: string, key: number[] | null, chunks: number[][], encoding: string | undefined): any {
    const data: number[] = []
    for (const chunk of chunks) for (const byte of chunk) data.push(byte)
    const answer = hostHash(String(algorithm), key ? toBase64(key, false) : '', toBase64(data, false), encoding ? String(encoding) : '')
    if (answer[0] !== '=') throw new NativeError(answer.slice(1))
    const value = answer.slice(1)
    if (encoding) return value
    const bytes = fromBase64(value)
    return v1 ? latin1(bytes) : new SandboxBuffer(bytes)
  }
  function hasher(algorithm: string, key: any) {
    const keyBytes = key === null ? null : typeof key === 'string' ? utf8Bytes(key) : Array.from(key as ArrayLike<number>)
    const chunks: number[][] = []
    const object = {
      update(data: any, encoding?: string) {
        chunks.push(typeof data === 'string' ? encode(data, encoding) : Array.from(data as ArrayLike<number>))
        return object
      },
      digest(encoding?: string) {
        return digestOf(algorithm, keyBytes, chunks, encoding)
      },
    }
    return object
  }
  const cryptoModule: any = {
    createHash: (algorithm: string) => hasher(algorithm, null),
    createHmac: (algorithm: string, key: any) => hasher(algorithm, key),
  }
  if (lambda) {
    cryptoModule.randomBytes = (n: number) => SandboxBuffer.from(fromBase64(hostRandom(Math.max(0, Math.min(65536, Number(n) | 0)))))
    cryptoModule.randomUUID = () => {
      const b = fromBase64(hostRandom(16))
      b[6] = (b[6]! & 15) | 64
      b[8] = (b[8]! & 63) | 128
      const hex = decode(b, 'hex')
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
    }
    cryptoModule.timingSafeEqual = (a: Uint8Array, b: Uint8Array) => {
      if (a.length !== b.length) throw new RangeError('Input buffers must have the same byte length')
      let diff = 0
      for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!
      return diff === 0
    }
  }
  const cryptoExport = new Proxy(cryptoModule, {
    get(t, key) {
      if (typeof key === 'symbol' || key in t || key === '__esModule' || key === 'then') return t[key as string]
      return function () {
        return deny('module', `crypto.${String(key)}`)
      }
    },
  })

  function qsUnescape(text: string): string {
    try {
      return decodeURIComponent(text)
    } catch {
      return text
    }
  }
  const querystringModule: any = {
    escape: (text: string) => encodeURIComponent(String(text)),
    unescape: qsUnescape,
    parse(text: any, sep?: string, eq?: string, options?: any) {
      const out: any = {}
      if (typeof text !== 'string' || text === '') return out
      const decodeOne = options && typeof options.decodeURIComponent === 'function' ? options.decodeURIComponent : qsUnescape
      const max = options && typeof options.maxKeys === 'number' ? options.maxKeys : 1000
      let parts = text.split(sep ?? '&')
      if (max > 0) parts = parts.slice(0, max)
      for (const part of parts) {
        if (part === '') continue
        const at = part.indexOf(eq ?? '=')
        const k = decodeOne((at === -1 ? part : part.slice(0, at)).replace(/\+/g, ' '))
        const v = at === -1 ? '' : decodeOne(part.slice(at + (eq ?? '=').length).replace(/\+/g, ' '))
        if (!Object.prototype.hasOwnProperty.call(out, k)) out[k] = v
        else if (Array.isArray(out[k])) out[k].push(v)
        else out[k] = [out[k], v]
      }
      return out
    },
    stringify(object: any, sep?: string, eq?: string, options?: any) {
      if (object === null || typeof object !== 'object') return ''
      const enc = options && typeof options.encodeURIComponent === 'function' ? options.encodeURIComponent : querystringModule.escape
      const out: string[] = []
      for (const key of Object.keys(object)) {
        const value = object[key]
        const values = Array.isArray(value) ? value : [value]
        for (const v of values)
          out.push(enc(key) + (eq ?? '=') + enc(v === undefined || v === null || typeof v === 'object' ? '' : String(v)))
      }
      return out.join(sep ?? '&')
    },
  }
  querystringModule.decode = querystringModule.parse
  querystringModule.encode = querystringModule.stringify

  // ---- CloudFront Functions 2.0: the `cloudfront` module (key-value stores, origin selection) ----
  const cloudfrontModule = {
    kvs(id?: string) {
      void id
      const store = settings.kvs ?? {}
      const lookup = (key: string) => {
        if (Object.prototype.hasOwnProperty.call(store, key)) return store[key] as string
        if (kvsMissing.length < 50) kvsMissing.push(String(key))
        const error = new NativeError(`Key ${String(key)} not found`)
        kvsErrors.add(error)
        throw error
      }
      return {
        // Promises, as the store's are: a missing key rejects.
        get(key: string, options?: { format?: string }) {
          return new Promise((resolve) => {
            const value = lookup(String(key))
            const format = options?.format ?? 'string'
            if (format === 'json') resolve(JSON.parse(value))
            else if (format === 'bytes') resolve(new SandboxBuffer(utf8Bytes(value)))
            else resolve(value)
          })
        },
        exists(key: string) {
          return Promise.resolve(Object.prototype.hasOwnProperty.call(store, String(key)))
        },
        meta() {
          return Promise.resolve({
            creationDateTime: '2025-01-01T00:00:00Z',
            lastUpdatedDateTime: '2025-01-01T00:00:00Z',
            keyCount: Object.keys(store).length,
          })
        },
      }
    },
    updateRequestOrigin(params: any) {
      calls.push({ helper: 'updateRequestOrigin', ...site() })
      void params
    },
    selectRequestOriginById(id: any) {
      calls.push({ helper: 'selectRequestOriginById', ...site() })
      void id
    },
    createRequestOriginGroup(params: any) {
      calls.push({ helper: 'createRequestOriginGroup', ...site() })
      void params
      return {}
    },
  }

  const pathModule = {
    sep: '/',
    basename(p: string, ext?: string) {
      const base = String(p).replace(/\/+$/, '').split('/').pop() ?? ''
      return ext && base.endsWith(ext) ? base.slice(0, -ext.length) : base
    },
    dirname(p: string) {
      const parts = String(p).replace(/\/+$/, '').split('/')
      parts.pop()
      return parts.length === 0 ? '.' : parts.join('/') || '/'
    },
    extname(p: string) {
      const base = pathModule.basename(p)
      const dot = base.lastIndexOf('.')
      return dot <= 0 ? '' : base.slice(dot)
    },
    normalize(p: string) {
      const absolute = String(p).startsWith('/')
      const out: string[] = []
      for (const part of String(p).split('/')) {
        if (part === '' || part === '.') continue
        if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop()
        else if (part !== '..' || !absolute) out.push(part)
      }
      const joined = (absolute ? '/' : '') + out.join('/')
      return joined === '' ? '.' : String(p).endsWith('/') && joined !== '/' ? joined + '/' : joined
    },
    join(...parts: string[]) {
      return pathModule.normalize(parts.filter((x) => x !== '').join('/'))
    },
  }
  ;(pathModule as any).posix = pathModule

  const NETWORK = ['http', 'https', 'http2', 'net', 'tls', 'dns', 'dgram', 'undici']
  const FILES = ['fs', 'fs/promises']
  const PROCESSES = ['child_process', 'cluster', 'worker_threads', 'vm', 'v8', 'inspector']

  function builtin(name: string): any {
    const bare = name.startsWith('node:') ? name.slice(5) : name
    if (!lambda) {
      if (bare === 'crypto') return cryptoExport
      if (bare === 'querystring') return querystringModule
      if (bare === 'cloudfront' && !v1) return cloudfrontModule
      throw new NativeError(`Cannot find module '${name}'`)
    }
    if (bare === 'crypto') return cryptoExport
    if (bare === 'querystring') return querystringModule
    if (bare === 'buffer') return { Buffer: SandboxBuffer }
    if (bare === 'path') return pathModule
    if (NETWORK.includes(bare)) return deniedModule('network', bare)
    if (FILES.includes(bare)) return deniedModule('file-system', bare)
    if (PROCESSES.includes(bare)) return deniedModule('process', bare)
    if (bare === 'aws-sdk' || bare.startsWith('@aws-sdk/')) return deniedModule('network', bare)
    return deniedModule('module', bare)
  }

  // ---- Lambda@Edge: CommonJS modules of the function's own files ----
  const definitions: Record<string, (...args: any[]) => any> = {}
  const modules: Record<string, { exports: any; ready: any }> = {}
  function resolve(from: string, spec: string): string | null {
    const dir = from.split('/').slice(0, -1).join('/')
    const joined = pathModule.normalize(spec.startsWith('/') ? spec : (dir === '' ? '' : dir + '/') + spec).replace(/^\.\//, '')
    for (const candidate of [joined, joined + '.js', joined + '.cjs', joined + '.mjs', joined + '.json', joined + '/index.js']) {
      if (Object.prototype.hasOwnProperty.call(definitions, candidate)) return candidate
    }
    return null
  }
  function requireFrom(from: string) {
    return function require(spec: string): any {
      spec = String(spec)
      if (!(spec.startsWith('./') || spec.startsWith('../') || spec.startsWith('/'))) {
        const own = resolve('', 'node_modules/' + spec)
        return own === null ? builtin(spec) : load(own).exports
      }
      const id = resolve(from, spec)
      if (id === null) {
        const error: any = new NativeError(`Cannot find module '${spec}'`)
        error.code = 'MODULE_NOT_FOUND'
        throw error
      }
      return load(id).exports
    }
  }
  function load(id: string) {
    const existing = modules[id]
    if (existing) return existing
    const module: any = { exports: {}, id, filename: id, loaded: false }
    const record = { exports: undefined as any, ready: undefined as any }
    modules[id] = record
    Object.defineProperty(record, 'exports', { get: () => module.exports })
    const dir = id.split('/').slice(0, -1).join('/')
    record.ready = definitions[id]!.call(module.exports, module.exports, requireFrom(id), module, id, dir, dynamicImport(id))
    return record
  }
  function dynamicImport(from: string) {
    return (spec: string) =>
      new Promise((resolveImport) => {
        const exports = requireFrom(from)(spec)
        resolveImport(exports && exports.__esModule ? exports : { ...exports, default: exports })
      })
  }

  function hide(name: string, value: unknown) {
    Object.defineProperty(g, name, { value, configurable: true, enumerable: false, writable: true })
  }

  // ---- globals each runtime offers ----
  for (const name of ['console']) delete g[name]
  const log = () => {
    logCount++
  }
  hide('console', { log, info: log, warn: log, error: log, debug: log, trace: log })
  if (lambda || !v1) hide('Buffer', SandboxBuffer)
  if (!lambda && v1) {
    const bytesOf = (s: string, start?: number, end?: number) => String(s).slice(start ?? 0, end)
    const proto: any = String.prototype
    proto.toUTF8 = function (start?: number, end?: number) {
      return latin1(utf8Bytes(bytesOf(this, start, end)))
    }
    proto.fromUTF8 = function (start?: number, end?: number) {
      return utf8Text(encode(bytesOf(this, start, end), 'latin1'))
    }
    proto.toBytes = function (start?: number, end?: number) {
      const text = bytesOf(this, start, end)
      return /[^\x00-\xff]/.test(text) ? null : text
    }
    proto.fromBytes = function (start?: number, end?: number) {
      return bytesOf(this, start, end)
    }
    ;(String as any).bytesFrom = (value: any, encoding?: string) =>
      typeof value === 'string' ? latin1(encode(value, encoding ?? 'utf8')) : latin1(Array.from(value as ArrayLike<number>))
  }

  let nextTimer = 1
  const timers: Record<number, { fn: any; args: any[]; every: number }> = {}
  if (lambda) {
    const schedule = (fn: any, ms: any, args: any[], repeat: boolean) => {
      const id = nextTimer++
      const delay = Math.max(0, Number(ms) || 0)
      timers[id] = { fn, args, every: repeat ? Math.max(1, delay) : -1 }
      hostTimer(id, delay)
      return id
    }
    const cancel = (id: any) => {
      const key = Number(id)
      if (timers[key]) {
        delete timers[key]
        hostTimer(key, -1)
      }
    }
    hide('setTimeout', (fn: any, ms: any, ...args: any[]) => schedule(fn, ms, args, false))
    hide('setInterval', (fn: any, ms: any, ...args: any[]) => schedule(fn, ms, args, true))
    hide('setImmediate', (fn: any, ...args: any[]) => schedule(fn, 0, args, false))
    hide('clearTimeout', cancel)
    hide('clearInterval', cancel)
    hide('clearImmediate', cancel)
    hide('queueMicrotask', (fn: any) => void Promise.resolve().then(fn))
    hide('atob', (text: string) => latin1(fromBase64(text)))
    hide('btoa', (text: string) => toBase64(encode(text, 'latin1'), false))
    hide('global', g)
    hide('process', {
      env: {},
      version: 'v20.0.0',
      versions: { node: '20.0.0' },
      platform: 'linux',
      nextTick: (fn: any, ...args: any[]) => void Promise.resolve().then(() => fn(...args)),
    })
  }
  hide('__fire', (id: number) => {
    const timer = timers[id]
    if (!timer) return
    if (timer.every < 0) delete timers[id]
    else hostTimer(id, timer.every)
    timer.fn(...timer.args)
  })

  // ---- loading the function ----
  let handler: any
  let initError: any = null
  let initDone = false
  hide('__defaultOf', (exports: any) => (exports && exports.__esModule && 'default' in exports ? exports.default : exports))
  hide('__define', (id: string, definition: any) => {
    definitions[id] = definition
  })
  hide('__boot', (wrapper: any) => {
    try {
      handler = wrapper(builtin, dynamicImport(settings.files[0]!))
    } catch (error) {
      initError = error
    }
    initDone = true
  })
  hide('__start', (mainId: string) => {
    try {
      const record = load(mainId)
      Promise.resolve(record.ready).then(
        () => {
          handler = record.exports ? record.exports[settings.handler] : undefined
          initDone = true
        },
        (error: any) => {
          initError = error
          initDone = true
        },
      )
    } catch (error) {
      initError = error
      initDone = true
    }
  })

  // ---- one invocation ----
  let outcome: any = null
  let waitingForCallback = false

  function describe(error: any): any {
    const isError = error instanceof NativeError || (error !== null && typeof error === 'object' && typeof error.stack === 'string')
    let where: any = {}
    if (isError && typeof error.stack === 'string') {
      for (const line of error.stack.split('\n').slice(1)) {
        for (const file of settings.files) {
          const i = line.lastIndexOf(file + ':')
          if (i === -1) continue
          const m = /^(\d+):(\d+)/.exec(line.slice(i + file.length + 1))
          if (m && where.file === undefined) where = { file, line: Number(m[1]) }
        }
      }
    }
    return {
      name: isError ? String(error.name) : typeof error,
      message: isError ? String(error.message).slice(0, 300) : String(error).slice(0, 300),
      kvsMissingKey: error !== null && typeof error === 'object' && kvsErrors.has(error),
      denied: error !== null && typeof error === 'object' && deniedErrors.has(error),
      ...where,
    }
  }

  function settle(kind: string, value: any): void {
    if (outcome !== null) return
    waitingForCallback = false
    if (kind === 'returned') {
      let json: string | undefined
      try {
        json = value === undefined ? undefined : JSON.stringify(value)
      } catch (error) {
        outcome = { outcome: 'unserialisable', error: describe(error) }
        return
      }
      outcome =
        json === undefined
          ? { outcome: 'returned' }
          : { outcome: 'returned', json: json.length > 8_000_000 ? json.slice(0, 8_000_000) : json }
    } else {
      outcome = { outcome: kind, error: describe(value) }
    }
  }

  hide('__run', (eventJson: string, watched: boolean) => {
    writes = []
    calls = []
    denied = []
    kvsMissing = []
    outcome = null
    waitingForCallback = false
    if (initError !== null) {
      outcome = { outcome: 'init-threw', error: describe(initError) }
      return
    }
    if (typeof handler !== 'function') {
      outcome = { outcome: 'no-handler' }
      return
    }
    const event = JSON.parse(eventJson)
    if (!watched) {
      // timing only
    } else if (lambda) {
      const cf = event.Records[0].cf
      cf.request = track(cf.request, ['request'])
      if (cf.response) cf.response = track(cf.response, ['response'])
    } else {
      event.request = track(event.request, ['request'])
      if (event.response) event.response = track(event.response, ['response'])
    }
    const callback = (error: any, value: any) => (error ? settle('callback-error', error) : settle('returned', value))
    const context = {
      functionName: settings.functionName,
      functionVersion: '1',
      invokedFunctionArn: `arn:aws:lambda:us-east-1:123456789012:function:${settings.functionName}:1`,
      memoryLimitInMB: String(settings.memoryMb),
      awsRequestId: '8c9f2d3e-0000-4000-8000-000000000000',
      logGroupName: `/aws/lambda/us-east-1.${settings.functionName}`,
      callbackWaitsForEmptyEventLoop: true,
      getRemainingTimeInMillis: () => 1000,
      succeed: (value: any) => settle('returned', value),
      fail: (error: any) => settle('callback-error', error),
      done: callback,
    }
    let result: any
    try {
      result = lambda ? handler(event, context, callback) : handler(event)
    } catch (error) {
      settle('threw', error)
      return
    }
    if (result !== null && (typeof result === 'object' || typeof result === 'function') && typeof result.then === 'function') {
      result.then(
        (value: any) => settle('returned', value),
        (error: any) => settle('rejected', error),
      )
    } else if (!lambda) {
      settle('returned', result)
    } else if (outcome === null) {
      waitingForCallback = true
    }
  })

  hide('__state', () =>
    JSON.stringify({
      initDone,
      settled: outcome !== null,
      pendingTimers: Object.keys(timers).length,
      waitingForCallback,
    }),
  )
  hide('__result', () => JSON.stringify({ ...(outcome ?? { outcome: 'pending' }), writes, calls, denied, kvsMissing, logCount }))
}
