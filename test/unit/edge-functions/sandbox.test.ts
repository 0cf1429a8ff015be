import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { check } from './harness.js'

let server: net.Server
let port = 0
let connections = 0
let dir = ''

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'edge-sandbox-'))
  server = net.createServer((socket) => {
    connections++
    socket.destroy()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as net.AddressInfo).port
})

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
  rmSync(dir, { recursive: true, force: true })
})

/** Every way out that a Node.js vm context is known to leave open, tried from inside the function. */
function escapes(target: string): string {
  return `
  const tried = [];
  const attempt = (name, fn) => {
    try { const p = fn(); if (p && typeof p === 'object' && typeof p.pid === 'number') tried.push(name); } catch (e) {}
  };
  const hostProcess = [
    () => this.constructor.constructor('return process')(),
    () => globalThis.constructor.constructor('return process')(),
    () => { try { null.x } catch (e) { return e.constructor.constructor('return process')() } },
    () => (async () => {}).constructor('return process')(),
    () => Object.getPrototypeOf(globalThis).constructor.constructor('return process')(),
    () => {
      Error.prepareStackTrace = (e, frames) => frames.map((f) => f.getThis && f.getThis()).find((t) => t && t.process);
      return new Error().stack.process;
    },
    () => typeof process !== 'undefined' && process.binding ? process : null,
    () => require('child_process') && require('child_process').execSync && process,
  ];
  hostProcess.forEach((fn, i) => attempt('process#' + i, fn));
  const sinks = [
    () => require('fs').writeFileSync(${JSON.stringify(target)}, 'x'),
    () => require('node:fs/promises').writeFile(${JSON.stringify(target)}, 'x'),
    () => require('net').connect(${port}, '127.0.0.1'),
    () => require('http').get('http://127.0.0.1:${port}/'),
    () => fetch('http://127.0.0.1:${port}/'),
    () => WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])),
  ];
  sinks.forEach((fn) => { try { const p = fn(); if (p && p.catch) p.catch(() => {}) } catch (e) {} });
  try { await import('node:fs').then((fs) => fs.writeFileSync(${JSON.stringify(target)}, 'x')) } catch (e) {}
  if (tried.length > 0) throw new Error('ESCAPED ' + tried.join(','));
`
}

describe('the sandbox', () => {
  it('lets a Lambda@Edge function reach no network and write no file', async () => {
    const target = path.join(dir, 'written-by-lambda')
    const code = `exports.handler = async function (event) {\n${escapes(target)}\n  return event.Records[0].cf.request;\n};`
    const findings = await check(code, { kind: 'lambda-edge', events: ['viewer-request'] })
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(findings.filter((f) => f.code === 'EDGE_FUNCTION_THREW')).toEqual([])
    expect(existsSync(target)).toBe(false)
    expect(connections).toBe(0)
  })

  it('lets a CloudFront Function reach no network and write no file', async () => {
    const target = path.join(dir, 'written-by-function')
    const code = `async function handler(event) {\n${escapes(target)}\n  return event.request;\n}`
    const findings = await check(code, { kind: 'cloudfront-function', events: ['viewer-request'] })
    await new Promise((resolve) => setTimeout(resolve, 100))
    // What the runtime lacks is reported; nothing escaped.
    expect(findings.filter((f) => f.code === 'EDGE_FUNCTION_THREW')).toEqual([])
    expect(findings.filter((f) => f.code === 'EDGE_FUNCTION_SYNTAX').map((f) => f.details['feature'])).toContain('dynamic-import')
    expect(existsSync(target)).toBe(false)
    expect(connections).toBe(0)
  })

  it('reports a call it could not allow as unchecked, at its line, not as a failure', async () => {
    const code =
      "const https = require('https');\nexports.handler = async (event) => {\n  await new Promise((resolve, reject) => https.get('https://auth.example.com/keys', resolve).on('error', reject));\n  return event.Records[0].cf.request;\n};"
    const findings = await check(code, { kind: 'lambda-edge', events: ['viewer-request'] })
    expect(findings).toMatchObject([{ code: 'EDGE_FUNCTION_UNCHECKED', line: 3, details: { capability: 'network', api: 'https.get' } }])
    expect(connections).toBe(0)
  })

  it('stops a function that takes all the memory it can', async () => {
    const code = 'exports.handler = async () => {\n  const hoard = [];\n  for (;;) hoard.push(new Array(1e6).fill(1));\n};'
    const findings = await check(code, { kind: 'lambda-edge', events: ['viewer-request'] }, { timeScale: 1 })
    expect(findings).toHaveLength(1)
    expect(['out-of-memory', 'timeout']).toContain(findings[0]!.details['outcome'])
  })
})
