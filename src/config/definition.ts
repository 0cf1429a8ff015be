/** The fields of the config file (docs/config.md), described once for the validator and the schema. */

import { CHECK_FAMILIES, EDGES, FAIL_ON, HTTP_METHODS, IP_ADDRESS_TYPES, PROTOCOL_POLICIES, SSL_PROTOCOLS } from './types.js'
import { FINDING_CODES } from '../findings/catalogue.js'
import type { Field, IntegerField, ObjectField } from './fields.js'
import { EDGE_FUNCTION } from './edge-function-fields.js'

const PORT_RANGES = [
  [80, 80],
  [443, 443],
  [1024, 65535],
] as const

function port(description: string, defaultPort: number): IntegerField {
  return { kind: 'integer', ranges: PORT_RANGES, description, default: defaultPort }
}

/** RFC 9110 `token`: what a header field name may contain. */
const HEADER_NAME = {
  source: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$",
  message: "is not a valid header name (letters, digits and !#$%&'*+-.^_`|~ only)",
}

const HEALTH: ObjectField = {
  kind: 'object',
  optIn: true,
  description: 'One HTTP exchange with the origin, made as the edge would make it. Omit to skip the HTTP check.',
  fields: {
    path: {
      kind: 'string',
      pattern: { source: '^/\\S*$', message: 'must start with "/" and contain no spaces' },
      description: 'Request path, e.g. /healthz. Required when health is set (here or in defaults).',
    },
    method: { kind: 'enum', values: HTTP_METHODS, default: 'GET', description: 'Request method.' },
    'expect-status': {
      kind: 'list',
      items: { kind: 'integer', ranges: [[100, 599]], description: 'An HTTP status code.' },
      minItems: 1,
      unique: true,
      default: [200],
      description: 'Status codes that count as healthy.',
    },
    headers: {
      kind: 'map',
      keys: HEADER_NAME,
      caseInsensitiveKeys: true,
      values: {
        kind: 'string',
        pattern: { source: '^[^\\r\\n]*$', message: 'must not contain a line break' },
        description: 'Header value; ${VAR} reads the environment and the value is masked in every output.',
      },
      default: {},
      description: 'Custom headers the edge adds to origin requests (e.g. a shared secret).',
    },
  },
}

/** Fields an origin may set, and `defaults` may set for every origin. */
const SHARED_ORIGIN_FIELDS: Record<string, Field> = {
  edge: {
    kind: 'enum',
    values: EDGES,
    default: 'cloudfront',
    description: 'Whose rules and limits apply: the ClientHello, trust store and timeouts of this edge.',
  },
  'protocol-policy': {
    kind: 'enum',
    values: PROTOCOL_POLICIES,
    default: 'https-only',
    description: 'Which ports the edge uses: http-only (http-port), https-only (https-port), match-viewer (both).',
  },
  'ssl-protocols': {
    kind: 'list',
    items: { kind: 'enum', values: SSL_PROTOCOLS, description: 'A protocol version.' },
    minItems: 1,
    unique: true,
    default: ['TLSv1.2'],
    description: 'Protocol versions the edge may use to the origin. CloudFront does not use TLSv1.3 to origins.',
  },
  'http-port': port('Port the edge uses for HTTP to the origin.', 80),
  'https-port': port('Port the edge uses for HTTPS to the origin.', 443),
  'ip-address-type': {
    kind: 'enum',
    values: IP_ADDRESS_TYPES,
    default: 'ipv4',
    description: 'Address families the edge connects over; only those are probed.',
  },
  certificate: {
    kind: 'object',
    description: 'When an expiring certificate is reported.',
    fields: {
      'warn-days': {
        kind: 'integer',
        ranges: [[0, Number.MAX_SAFE_INTEGER]],
        default: 30,
        description: 'CERT_EXPIRES_SOON is a warning below this many days left.',
      },
      'fail-days': {
        kind: 'integer',
        ranges: [[0, Number.MAX_SAFE_INTEGER]],
        default: 7,
        description: 'CERT_EXPIRES_SOON is an error below this many days left; at most warn-days.',
      },
    },
  },
  timeouts: {
    kind: 'object',
    description: "Probe deadlines; the edge's own timeouts are the natural values.",
    fields: {
      'connect-ms': {
        kind: 'integer',
        ranges: [[1, 60_000]],
        default: 3000,
        description: 'TCP connect deadline in milliseconds.',
      },
      'read-ms': {
        kind: 'integer',
        ranges: [[1, 300_000]],
        default: 10_000,
        description: 'Deadline for each read (handshake, response) in milliseconds.',
      },
      'connect-attempts': {
        kind: 'integer',
        ranges: [[1, 3]],
        default: 3,
        description:
          "Connection attempts before a refused or timed-out connect is a finding, each within connect-ms: CloudFront's ConnectionAttempts (1-3, default 3). An origin that answers only after failed attempts is PORT_FLAKY.",
      },
      'keep-alive-ms': {
        kind: 'integer',
        ranges: [[1000, 4_000_000]],
        description:
          "How long the edge keeps an idle connection to the origin for reuse, in milliseconds: CloudFront's origin keep-alive timeout (default 5000), the ALB or CLB idle timeout (default 60000). Default: the edge's. The origin must keep idle connections open longer (HTTP_KEEPALIVE_TOO_SHORT).",
      },
    },
  },
  'fail-on': {
    kind: 'enum',
    values: FAIL_ON,
    default: 'error',
    description: 'Lowest severity that fails the gate for this origin.',
  },
  health: HEALTH,
  checks: {
    kind: 'object',
    description: 'Which checks run; by default every check that applies.',
    fields: {
      skip: {
        kind: 'list',
        items: { kind: 'enum', values: CHECK_FAMILIES, description: 'A check family.' },
        unique: true,
        default: [],
        description: 'Check families not to run.',
      },
    },
  },
}

/** Fields that identify one origin and so cannot be shared through `defaults`. */
const ORIGIN_ONLY_FIELDS: Record<string, Field> = {
  name: {
    kind: 'string',
    pattern: {
      source: '^[A-Za-z0-9._-]+$|^[^/\\s][^\\r\\n\\t]*/[^\\r\\n\\t]*\\S$',
      message: 'may contain only letters, digits, ".", "_" and "-" (or be the <container>/<origin id> name of an origin read from sources)',
    },
    description:
      'Unique name of the origin; what reports show. ' +
      'An origin read from sources is named <container>/<origin id>: an entry of that name refines it.',
  },
  domain: {
    kind: 'hostname',
    description: 'The origin domain name: what the edge resolves and connects to.',
  },
  'host-header': {
    kind: 'list',
    single: true,
    items: { kind: 'hostname', description: 'A Host name the edge may forward.' },
    minItems: 1,
    unique: true,
    description: 'The Host the edge forwards, also its SNI: one name, or a list of every name the edge may forward. Defaults to domain.',
  },
  addresses: {
    kind: 'list',
    items: { kind: 'ip', description: 'An IPv4 or IPv6 address.' },
    minItems: 1,
    unique: true,
    description: 'Connect to these addresses instead of resolving domain (split horizon, labs).',
  },
}

export const ORIGIN: ObjectField = {
  kind: 'object',
  expandsVariables: true,
  description: 'One origin behind the edge. domain is required unless the name is an origin read from sources.',
  required: ['name'],
  fields: { ...ORIGIN_ONLY_FIELDS, ...SHARED_ORIGIN_FIELDS },
}

export const DEFAULTS: ObjectField = {
  kind: 'object',
  expandsVariables: true,
  description: "Values for every origin; an origin's own value wins, and certificate, timeouts, health and checks merge per key.",
  fields: SHARED_ORIGIN_FIELDS,
  refused: Object.fromEntries(Object.keys(ORIGIN_ONLY_FIELDS).map((key) => [key, 'cannot be set in defaults: set it on each origin'])),
}

export const OVERRIDES: ObjectField = {
  kind: 'object',
  description: 'For labs, tests and private networks. Every override in use is printed at the top of every report.',
  fields: {
    'trust-roots': {
      kind: 'list',
      items: { kind: 'string', minLength: 1, description: 'Path of a PEM file, relative to this config file.' },
      unique: true,
      description: 'Also trust the root certificates in these PEM files (paths relative to the config file).',
    },
    'dns-roots': {
      kind: 'list',
      items: { kind: 'ip', description: 'An IPv4 or IPv6 address.' },
      minItems: 1,
      unique: true,
      description: 'Start the authoritative DNS walk at these servers instead of the IANA root servers.',
    },
    'dns-port': {
      kind: 'integer',
      ranges: [[1, 65535]],
      description: 'Port every name server is asked on.',
    },
    'dns-timeout-ms': {
      kind: 'integer',
      ranges: [[50, 10000]],
      description: 'Deadline of each DNS query of the authoritative walk (two UDP tries, then TCP). Default 2000.',
    },
  },
}

/** A path or a glob (`*`, `**`, `?`) relative to the repository root. */
function sourcePath(description: string): Field {
  return { kind: 'string', minLength: 1, description }
}

export const SOURCE: ObjectField = {
  kind: 'object',
  description: "One source of origins: a CloudFormation (or CDK) template, a Terraform plan, or CloudFront's own JSON.",
  exactlyOne: ['cloudformation', 'terraform-plan', 'cloudfront-config'],
  fields: {
    cloudformation: sourcePath(
      'A CloudFormation template (YAML or JSON; CDK: the synthesized cdk.out/*.template.json): ' +
        'a path or a glob relative to the repository root.',
    ),
    parameters: {
      kind: 'map',
      keys: { source: '^[A-Za-z0-9:]+$', message: 'is not a template parameter name (letters, digits, "::" for AWS::Region ...)' },
      values: { kind: 'string', description: 'The value the stack is deployed with; ${VAR} reads the environment.' },
      description:
        "cloudformation only: values of the template's Parameters (else their Default); AWS::Region and other pseudo-parameters too.",
    },
    'terraform-plan': sourcePath(
      'A Terraform plan as JSON (terraform show -json plan.bin): a path or a glob relative to the repository root.',
    ),
    'terraform-dir': sourcePath(
      "terraform-plan only: the plan's root module folder, where the .tf lines are found (default: the plan file's folder).",
    ),
    'cloudfront-config': sourcePath(
      'The output of aws cloudfront get-distribution-config or get-distribution: a path or a glob relative to the repository root.',
    ),
  },
  expandsVariables: true,
}

/** Codes about the config file itself: there is nothing to accept in them, only something to fix. */
const NOT_ACCEPTABLE: readonly string[] = ['CONFIG_INVALID', 'ACCEPTANCE_EXPIRED', 'ACCEPTANCE_UNUSED']

/** How far ahead `until` may be: an acceptance is a decision to revisit, not a way to forget. */
export const MAX_ACCEPT_DAYS = 180

export const ACCEPTANCE: ObjectField = {
  kind: 'object',
  description: 'Findings of one code the team has decided to live with until a date: still reported, never failing the gate.',
  required: ['code', 'reason', 'until'],
  fields: {
    code: {
      kind: 'enum',
      values: FINDING_CODES.filter((code) => !NOT_ACCEPTABLE.includes(code)),
      description: 'The finding code accepted.',
    },
    origin: {
      kind: 'string',
      pattern: {
        source: '^[A-Za-z0-9._*?-]+$',
        message: 'may contain only letters, digits, ".", "_", "-" and the wildcards "*" and "?"',
      },
      description: 'Only origins whose name matches this pattern ("*" any characters, "?" one). Default: every origin.',
    },
    address: { kind: 'ip', description: 'Only findings about this address.' },
    port: { kind: 'integer', ranges: [[1, 65535]], description: 'Only findings about this port.' },
    name: { kind: 'hostname', description: 'Only findings about this SNI / Host name.' },
    reason: { kind: 'string', minLength: 1, description: 'Why the finding is accepted: shown beside it in every report.' },
    until: {
      kind: 'string',
      pattern: { source: '^\\d{4}-\\d{2}-\\d{2}$', message: 'must be a date written YYYY-MM-DD' },
      description: `The last day (UTC) the entry applies, YYYY-MM-DD, at most ${MAX_ACCEPT_DAYS} days ahead; then it counts again.`,
    },
  },
}

export const CONFIG: ObjectField = {
  kind: 'object',
  description: 'Origins to check before the edge answers 502, and how the edge talks to them.',
  required: ['version'],
  atLeastOne: ['origins', 'sources'],
  fields: {
    version: { kind: 'integer', ranges: [[1, 1]], description: 'Version of this file format.' },
    defaults: DEFAULTS,
    sources: {
      kind: 'list',
      items: SOURCE,
      minItems: 1,
      description: 'Infrastructure code the origins are read from; an origins: entry of the same name refines one.',
    },
    origins: {
      kind: 'list',
      items: ORIGIN,
      minItems: 1,
      description: 'The origins to check, and refinements of the origins read from sources.',
    },
    overrides: OVERRIDES,
    'run-deadline-ms': {
      kind: 'integer',
      ranges: [[1000, 86_400_000]],
      description:
        "The whole run's deadline in ms; origins not finished by then are reported unchecked (never passed). " +
        'Default: derived from the timeouts and the number of origins.',
    },
    'edge-functions': {
      kind: 'list',
      items: EDGE_FUNCTION,
      description: "Code that runs at the edge: each function is run against the requests the edge sends and judged by CloudFront's rules.",
    },
    accept: {
      kind: 'list',
      items: ACCEPTANCE,
      description: 'Findings the team has decided to live with, for a while: reported, marked accepted, never failing the gate.',
    },
  },
}
