/** What the DNS probes observe: facts about packets and servers, never a verdict. */

export interface DnsTarget {
  address: string
  port: number
}

/** One resource record, its data rendered as text (SOA: `mname rname serial refresh retry expire minimum`). */
export interface DnsRecord {
  name: string
  type: string
  ttl: number
  data: string
}

export interface DnsResponse {
  rcode: string
  aa: boolean
  tc: boolean
  answers: DnsRecord[]
  authorities: DnsRecord[]
  additionals: DnsRecord[]
}

export type DnsTransport = 'udp' | 'tcp'

export type DnsFailureKind =
  | 'timeout' // no matching answer within the deadline
  | 'refused' // ICMP port unreachable (UDP) or RST (TCP): nothing listens
  | 'unreachable' // no route to the server
  | 'closed' // TCP closed before a whole message arrived
  | 'malformed' // bytes that do not decode as the answer to our question
  | 'too-large' // a message over the byte budget

export interface DnsFailure {
  kind: DnsFailureKind
  detail: string
}

/** The outcome of one question to one server, after retries and any TCP fallback. */
export type DnsExchange =
  | { ok: true; response: DnsResponse; transport: DnsTransport; ms: number; sent: number; udpFailure?: DnsFailure; tcpFailure?: DnsFailure }
  | { ok: false; failure: DnsFailure; ms: number; sent: number; tcpFailure?: DnsFailure }
