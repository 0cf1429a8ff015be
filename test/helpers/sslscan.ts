/** sslscan (Debian package) as the reference for the cipher cross-check and the bench. */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'

export const SSLSCAN = '/usr/bin/sslscan'
export const HAS_SSLSCAN = existsSync(SSLSCAN)

/** Accepted suites per version (our names: `TLSv1`, `TLSv1.1`, ...), as IANA code points. */
export type AcceptedSuites = Map<string, Set<number>>

export interface SslscanRun {
  accepted: AcceptedSuites
  ms: number
}

/** sslscan prints `TLSv1.0`; the config and the report say `TLSv1`. */
function versionName(sslscanVersion: string): string {
  return sslscanVersion === 'TLSv1.0' ? 'TLSv1' : sslscanVersion
}

/** Every `<cipher status="accepted|preferred" sslversion=... id="0x...">` of sslscan's XML. */
export function parseSslscanXml(xml: string): AcceptedSuites {
  const accepted: AcceptedSuites = new Map()
  for (const match of xml.matchAll(/<cipher\s+status="(accepted|preferred)"\s+sslversion="([^"]+)"[^>]*\sid="0x([0-9A-Fa-f]+)"/g)) {
    const version = versionName(match[2] as string)
    const set = accepted.get(version) ?? new Set<number>()
    set.add(parseInt(match[3] as string, 16))
    accepted.set(version, set)
  }
  return accepted
}

/** Runs sslscan on `host:port` with extra options, XML on stdout; rejects on a non-zero exit. */
export function runSslscan(target: string, options: readonly string[] = [], timeoutMs = 600_000): Promise<SslscanRun> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    execFile(
      SSLSCAN,
      ['--xml=-', '--no-colour', ...options, target],
      { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout) => {
        if (error) return reject(new Error(error.message, { cause: error }))
        resolve({ accepted: parseSslscanXml(stdout), ms: performance.now() - started })
      },
    )
  })
}
