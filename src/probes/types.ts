/** What probes observe. Probes never judge: these are facts, with the phase timings they took. */

export type Family = 4 | 6

export interface ResolvedAddress {
  address: string
  family: Family
  source: 'config' | 'resolver'
}

export type Resolution =
  | { ok: true; addresses: ResolvedAddress[]; ms: number }
  | { ok: false; error: { code: string; message: string }; resolver: string; ms: number }

export type TcpOutcome = 'open' | 'refused' | 'timeout' | 'unreachable'

export interface TcpObservation {
  address: string
  port: number
  outcome: TcpOutcome
  /** The system error code behind a failure (ECONNREFUSED, EHOSTUNREACH, ...). */
  errorCode?: string
  timeoutMs: number
  ms: number
}
