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
  /** Deadline of each attempt. */
  timeoutMs: number
  /** From the first attempt to the outcome. */
  ms: number
  /** Connects made, the outcome's included (stalled attempts, which prove nothing, are not counted). */
  attempts: number
  /** Connects the edge would make before giving up (its ConnectionAttempts). */
  budget: number
  /** Attempts that were refused or timed out before the outcome, in order. */
  failures: TcpAttemptFailure[]
}

export interface TcpAttemptFailure {
  outcome: TcpOutcome
  errorCode?: string
  ms: number
}
