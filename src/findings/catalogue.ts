/**
 * The finding catalogue: every code, its default severity and its prose. Codes are a stable contract
 * (spec/findings.md): add freely, never rename or repurpose. `{placeholders}` name fields of the
 * finding (`origin`, `address`, `port`, `name`) or keys of its `details`.
 */
export type Severity = 'error' | 'warning' | 'notice'

/** Most severe first: the order of every report, annotation and verdict. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice']

/** For sorting, most severe first; stable sorts keep the checks' order within a severity. */
export function bySeverity(a: { severity: Severity }, b: { severity: Severity }): number {
  return SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity)
}

export interface CatalogueEntry {
  severity: Severity
  /** Severities a check may choose between; absent: only `severity`. */
  allowed?: readonly Severity[]
  /** causes.md section, or '-' */
  cause: string
  title: string
  message: string
  remedy: string
}

const entries = {
  CONFIG_INVALID: {
    severity: 'error', cause: '-', title: 'The config file is invalid',
    message: '{file}:{line}:{col} {path}: {problem}',
    remedy: 'Fix the config file; nothing was probed.',
  },
  DNS_NXDOMAIN: {
    severity: 'error', cause: 'C5', title: 'The origin name does not exist',
    message: '{query} does not exist (NXDOMAIN from {resolver}).',
    remedy: 'Create the record for {query}, or correct the origin domain in the config and the distribution.',
  },
  DNS_NO_ADDRESS: {
    severity: 'error', cause: 'C5', title: 'The origin name has no address',
    message: '{query} exists but has no A or AAAA record ({resolver}).',
    remedy: 'Publish an A (and, for IPv6 edges, AAAA) record for {query}.',
  },
  DNS_SERVFAIL: {
    severity: 'error', cause: 'C5', title: 'A name server failed to answer',
    message: '{resolver} answered {rcode} for {query}.',
    remedy: 'Repair the authoritative name servers of the zone that holds {query}.',
  },
  DNS_NS_UNREACHABLE: {
    severity: 'error', allowed: ['error', 'warning'], cause: 'C5', title: 'A name server does not answer',
    message: 'Name server {server} ({address}) of {zone} does not answer over UDP or TCP.',
    remedy: 'Bring {server} back, or remove it from the delegation of {zone} at the parent and in the zone.',
  },
  DNS_LAME_DELEGATION: {
    severity: 'error', allowed: ['error', 'warning'], cause: 'C5', title: 'Lame delegation',
    message: 'Name server {server} ({address}) is delegated {zone} but does not answer authoritatively.',
    remedy: 'Load {zone} on {server}, or remove {server} from the delegation.',
  },
  DNS_DELEGATION_MISMATCH: {
    severity: 'warning', cause: 'C5', title: 'Parent and child NS sets differ',
    message: 'The parent delegates {zone} to {parentNs}; the zone itself lists {childNs}.',
    remedy: 'Make the NS records at the parent and in {zone} the same.',
  },
  DNS_SOA_SERIAL_MISMATCH: {
    severity: 'warning', cause: 'C5', title: 'SOA serials differ',
    message: 'The name servers of {zone} serve different SOA serials: {serials}.',
    remedy: 'Fix zone transfers so every name server of {zone} serves the same version.',
  },
  DNS_INCONSISTENT_ANSWERS: {
    severity: 'warning', cause: 'C5', title: 'Name servers disagree',
    message: 'The name servers of {zone} give different answers for {query}: {answers}.',
    remedy: 'Make every name server of {zone} serve the same records.',
  },
  DNS_CNAME_DANGLING: {
    severity: 'error', cause: 'C5', title: 'Dangling CNAME',
    message: '{query} is a CNAME to {target}, which does not exist.',
    remedy: 'Point the CNAME at an existing name, or create {target}.',
  },
  DNS_CNAME_LOOP: {
    severity: 'error', cause: 'C5', title: 'CNAME loop',
    message: 'The CNAME chain from {query} loops or exceeds 8 links: {chain}.',
    remedy: 'Break the loop so the chain ends at an address record.',
  },
  DNS_MISSING_GLUE: {
    severity: 'error', cause: 'C5', title: 'Missing glue',
    message: 'Name server {server} is inside {zone} but the parent gives no glue address for it.',
    remedy: 'Register glue (A/AAAA) for {server} at the parent of {zone}.',
  },
  DNS_TCP_UNSUPPORTED: {
    severity: 'warning', cause: 'C5', title: 'No DNS over TCP',
    message: 'Name server {server} ({address}) of {zone} does not answer over TCP.',
    remedy: 'Allow DNS over TCP (port 53) to {server}; large answers need it.',
  },
  DNS_DNSSEC_BOGUS: {
    severity: 'warning', cause: 'C5', title: 'DNSSEC does not validate',
    message: 'DNSSEC for {zone} does not validate: {reason} ({server}, {address}, {query}); validating resolvers answer SERVFAIL.',
    remedy: 'Publish at the parent of {zone} the DS of a DNSKEY the zone serves, or re-sign the zone; or remove the DS to turn DNSSEC off.',
  },
  PORT_REFUSED: {
    severity: 'error', cause: 'C4', title: 'Connection refused',
    message: '{address} refused a TCP connection on port {port}.',
    remedy: 'Start the service on {address}:{port}, or fix the port in the distribution and the config; every address the edge may pick must serve.',
  },
  PORT_TIMEOUT: {
    severity: 'error', cause: 'C4', title: 'Connection timed out',
    message: 'A TCP connection to {address}:{port} timed out after {timeoutMs} ms (filtered?).',
    remedy: 'Open {port} to the edge in the firewall or security group. If the origin only admits the edge\'s address ranges it also blocks this runner: skip the network checks for it (checks.skip: [ports, tls, certificate, http]).',
  },
  PORT_UNREACHABLE: {
    severity: 'error', cause: 'C4', title: 'Address unreachable',
    message: 'TCP to {address}:{port} failed: {error}.',
    remedy: 'Check routing to {address} and that the host is up.',
  },
  TLS_HANDSHAKE_FAILED: {
    severity: 'error', cause: 'C2/C3', title: 'TLS handshake fails',
    message: 'The handshake the edge would make with {address}:{port} (SNI {name}) fails: {reason}.',
    remedy: 'Make the origin accept the edge\'s ClientHello: {hint}',
  },
  TLS_NO_COMMON_PROTOCOL: {
    severity: 'error', cause: 'C2', title: 'No common TLS version',
    message: '{address}:{port} (SNI {name}) accepts none of {offered}: {reason}.',
    remedy: 'Make the origin and the edge share a version: {hint}',
  },
  TLS_NO_COMMON_CIPHER: {
    severity: 'error', cause: 'C2', title: 'No common cipher suite',
    message: '{address}:{port} (SNI {name}) accepts {protocols} but none of the edge\'s cipher suites (given a wider choice it picks {originChose}).',
    remedy: 'Enable one of the edge\'s suites on the origin, such as {suggested}.',
  },
  TLS_WEAK_PROTOCOL_ONLY: {
    severity: 'warning', cause: 'C2', title: 'Only deprecated TLS versions in common',
    message: '{address}:{port} only shares {protocols} with the edge.',
    remedy: 'Enable TLSv1.2 on the origin and in the edge\'s origin SSL protocols.',
  },
  TLS_SNI_REQUIRED: {
    severity: 'notice', cause: 'C1', title: 'Certificate depends on SNI',
    message: '{address}:{port} serves {withSni} for SNI {name} but {withoutSni} without SNI.',
    remedy: 'Nothing to do for an edge that sends SNI (CloudFront does); clients without SNI get the other certificate.',
  },
  CERT_NAME_MISMATCH: {
    severity: 'error', cause: 'C1', title: 'Certificate does not cover the origin',
    message: 'The certificate from {address}:{port} covers {certificateNames}; the edge needs one of {requiredNames}.',
    remedy: 'Issue a certificate whose SAN covers {requiredNames} (a wildcard covers exactly one label), or point the origin at a name it covers.',
  },
  CERT_EXPIRED: {
    severity: 'error', cause: 'C3', title: 'Certificate expired',
    message: 'The {position} certificate {subject} from {address}:{port} expired on {notAfter}.',
    remedy: 'Renew the certificate and install it with its full chain.',
  },
  CERT_NOT_YET_VALID: {
    severity: 'error', cause: 'C3', title: 'Certificate not yet valid',
    message: 'The {position} certificate {subject} from {address}:{port} is valid only from {notBefore}.',
    remedy: 'Install a certificate that is valid now, or fix the clock of whatever issued it.',
  },
  CERT_EXPIRES_SOON: {
    severity: 'warning', allowed: ['warning', 'error'], cause: 'C3', title: 'Certificate expires soon',
    message: 'The {position} certificate {subject} from {address}:{port} expires in {days} days ({notAfter}).',
    remedy: 'Renew the certificate before {notAfter}.',
  },
  CERT_SELF_SIGNED: {
    severity: 'error', cause: 'C3', title: 'Self-signed certificate',
    message: '{address}:{port} presents a self-signed certificate ({subject}).',
    remedy: 'Install a certificate issued by a CA in Mozilla\'s root store, with its intermediates.',
  },
  CERT_UNTRUSTED_ROOT: {
    severity: 'error', cause: 'C3', title: 'Untrusted root',
    message: 'The chain from {address}:{port} ends at {root}: {reason}.',
    remedy: 'Use a certificate that chains to a CA in Mozilla\'s root store, and send every intermediate up to that root.',
  },
  CERT_CHAIN_INCOMPLETE: {
    severity: 'error', cause: 'C3', title: 'Intermediate missing',
    message: '{address}:{port} does not send the issuer of {subject} ({issuer}); the edge does not fetch it.',
    remedy: 'Configure the origin to send the full chain (leaf, then each intermediate).',
  },
  CERT_CHAIN_ORDER: {
    severity: 'error', cause: 'C3', title: 'Chain out of order',
    message: '{address}:{port} sends its chain out of order: {sent}.',
    remedy: 'Send the leaf first, then each certificate\'s issuer in turn ({expected}).',
  },
  CERT_KEY_UNSUPPORTED: {
    severity: 'error', cause: 'C3', title: 'Key the edge does not accept',
    message: 'The certificate from {address}:{port} has an {key} key; the edge accepts {accepted}.',
    remedy: 'Reissue the certificate with a key the edge accepts ({accepted}).',
  },
  CERT_SIGNATURE_WEAK: {
    severity: 'warning', cause: 'C3', title: 'Weak signature',
    message: 'The {position} certificate {subject} from {address}:{port} is signed with {algorithm}.',
    remedy: 'Reissue it with a SHA-256 (or stronger) signature.',
  },
  HTTP_NO_RESPONSE: {
    severity: 'error', cause: 'C6', title: 'No HTTP response',
    message: '{address}:{port} gave no complete response to {method} {path}: {reason}.',
    remedy: 'Make the origin answer {path} within the edge\'s response timeout, whole and on every address.',
  },
  HTTP_MALFORMED_RESPONSE: {
    severity: 'error', cause: 'C6', title: 'Malformed response',
    message: 'The response from {address}:{port} to {method} {path} is malformed: {reason} ("{bytes}").',
    remedy: 'Fix the origin\'s status line and header fields: CRLF line ends, "Name: value" fields, no folded lines, under 32 KiB in all.',
  },
  HTTP_EXTRA_CRLF_IN_HEADERS: {
    severity: 'error', cause: 'C6', title: 'Extra CRLF in headers',
    message: 'The response from {address}:{port} to {method} {path} has an empty line inside its headers ("{bytes}").',
    remedy: 'Remove the stray line break from the origin\'s headers (often a header value that ends in a newline).',
  },
  HTTP_CONTENT_LENGTH_INVALID: {
    severity: 'error', cause: 'C6', title: 'Invalid Content-Length',
    message: 'The response from {address}:{port} to {method} {path} has {reason}: Content-Length {value}.',
    remedy: 'Send one non-negative integer Content-Length that matches the body.',
  },
  HTTP_BODY_EXCEEDS_CONTENT_LENGTH: {
    severity: 'error', cause: 'C6', title: 'Body longer than Content-Length',
    message: 'The response from {address}:{port} to {method} {path} sends more than the announced {contentLength} body bytes: {reason} ("{bytes}").',
    remedy: 'Make Content-Length match the body, and send nothing after it.',
  },
  HTTP_NO_FRAMING: {
    severity: 'warning', cause: 'C6', title: 'No framing',
    message: 'The response from {address}:{port} to {method} {path} has neither Content-Length nor Transfer-Encoding: {reason}.',
    remedy: 'Send Content-Length or chunked encoding, so the body\'s end is known without closing the connection.',
  },
  HTTP_CL_AND_TE: {
    severity: 'error', cause: 'C6', title: 'Content-Length and Transfer-Encoding',
    message: 'The response from {address}:{port} to {method} {path} has both Content-Length and Transfer-Encoding ("{bytes}").',
    remedy: 'Send only one of them: drop Content-Length from chunked responses.',
  },
  HTTP_BAD_CHUNKING: {
    severity: 'error', cause: 'C6', title: 'Bad chunked encoding',
    message: 'The chunked body from {address}:{port} for {method} {path} is invalid: {reason} ("{bytes}").',
    remedy: 'Fix the origin\'s chunked encoding: hexadecimal sizes, CRLF after each chunk, a final 0-size chunk and an empty line.',
  },
  HTTP_BACKEND_5XX: {
    severity: 'error', cause: 'C6', title: 'Backend answers 5xx',
    message: '{address}:{port} answered {status} to {method} {path}{note}.',
    remedy: 'Fix the backend behind {path}: the edge passes its error on to viewers.',
  },
  HTTP_UNEXPECTED_STATUS: {
    severity: 'warning', cause: 'C6', title: 'Unexpected status',
    message: '{address}:{port} answered {status} to {method} {path}; expected {expected}{note}.',
    remedy: 'Fix the health path or the origin, or list the status in health.expect-status.',
  },
  HTTP_KEEPALIVE_TOO_SHORT: {
    severity: 'warning', cause: 'C8', title: 'Keep-alive too short',
    message: '{address}:{port} closes idle connections after {closedAfterMs} ms ({source}); the edge reuses them for up to {edgeMs} ms ({edgeWindowFrom}).',
    remedy: 'Raise the origin\'s keep-alive (idle) timeout above {edgeMs} ms, or lower the edge\'s keep-alive or idle timeout below the origin\'s.',
  },
  PROBE_ERROR: {
    severity: 'error', cause: '-', title: 'Check could not run',
    message: 'The {step} step could not run: {error}.',
    remedy: 'This is a fault of the gate or of the machine running it, not a verdict on the origin; report it if it persists.',
  },
  PROBE_UNAVAILABLE: {
    severity: 'notice', cause: '-', title: 'Probe unavailable here',
    message: '{unchecked} was not checked: {reason}.',
    remedy: 'It stays unchecked until {until}.',
  },
  SOURCE_UNRESOLVED: {
    severity: 'notice', cause: '-', title: 'Known only after deploy',
    message: '{setting} of {origin} is {expression} ({reason}): known only after deploy; not checked: {unchecked}.',
    remedy: 'Give the value to the gate (sources[].parameters, or an origins: entry of this name), or check this origin once deployed.',
  },
  SOURCE_INVALID: {
    severity: 'error', allowed: ['error', 'warning'], cause: '-', title: 'Source does not read cleanly',
    message: 'The {format} source does not read cleanly ({problem}) at line {line}.',
    remedy: 'Fix the file so its own tools accept it: a key written twice is read last-wins, a file that does not parse is not read at all.',
  },
  SOURCE_SKIPPED: {
    severity: 'notice', cause: '-', title: 'Origin not probed',
    message: 'Origin {originId} is not probed ({reason}).',
    remedy: 'Nothing to change: CloudFront signs its own requests to S3, reaches VPC origins only from inside the VPC, and never contacts an origin no cache behaviour targets.',
  },
  EDGE_SETTING_INVALID: {
    severity: 'error', allowed: ['error', 'warning'], cause: '-', title: 'Setting CloudFront refuses',
    message: '{setting} is {value}; CloudFront accepts {allowed}.',
    remedy: 'Change {setting} to a value CloudFront accepts; values above 60 s need a quota increase first.',
  },
} as const satisfies Record<string, CatalogueEntry>

export type FindingCode = keyof typeof entries
export const CATALOGUE: Readonly<Record<FindingCode, CatalogueEntry>> = entries
export const FINDING_CODES = Object.keys(entries) as FindingCode[]

export function isFindingCode(value: string): value is FindingCode {
  return Object.hasOwn(entries, value)
}
