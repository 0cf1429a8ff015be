export const id = 154;
export const ids = [154];
export const modules = {

/***/ 1877:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ integerRangeMessage),
/* harmony export */   j: () => (/* binding */ listInProse)
/* harmony export */ });
/**
 * A small declarative language for the config file's fields. One description drives both the
 * validator (interpret.ts) and the published JSON Schema (schema.ts), so the two cannot disagree.
 */
/** `a, b or c`, the way people list choices. */
function listInProse(items) {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
/** The message for an integer outside its ranges; ports read `must be 80, 443 or 1024-65535`. */
function integerRangeMessage(field) {
    const [only] = field.ranges;
    if (field.ranges.length === 1 && only) {
        const [min, max] = only;
        if (min === max)
            return `must be ${min}`;
        if (max === Number.MAX_SAFE_INTEGER)
            return `must be an integer >= ${min}`;
        return `must be an integer from ${min} to ${max}`;
    }
    return `must be ${listInProse(field.ranges.map(([min, max]) => (min === max ? `${min}` : `${min}-${max}`)))}`;
}


/***/ }),

/***/ 9801:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ hostnameProblem)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1877);


const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
/**
 * Why `value` is not a bare DNS hostname, or undefined when it is. URLs and `host:port` are common
 * slips (the edge's console shows them side by side), so those get a corrected value to copy.
 */
function hostnameProblem(value) {
    if (value === '')
        return 'must not be empty';
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(value) !== 0)
        return 'must be a domain name, not an IP address (list IPs under addresses)';
    const scheme = SCHEME.exec(value)?.[0] ?? '';
    let rest = value.slice(scheme.length);
    const slash = rest.indexOf('/');
    const path = slash >= 0 ? rest.slice(slash) : '';
    rest = slash >= 0 ? rest.slice(0, slash) : rest;
    const colon = rest.lastIndexOf(':');
    const port = colon >= 0 && /^\d*$/.test(rest.slice(colon + 1)) ? rest.slice(colon) : '';
    const host = rest.slice(0, rest.length - port.length);
    const extras = [scheme && 'a scheme', port && 'a port', path && 'a path'].filter((part) => part !== '');
    if (extras.length > 0 && host !== '') {
        const portHint = port ? ' (ports are set with http-port and https-port)' : '';
        return `must be a bare hostname, without ${(0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .listInProse */ .j)(extras)}: write "${host}"${portHint}`;
    }
    if (value.endsWith('.'))
        return 'must not end with "."';
    if (value.length > 253)
        return 'must be at most 253 characters long';
    for (const label of value.split('.')) {
        if (label === '')
            return 'must not contain an empty label ("..")';
        if (label.length > 63)
            return `label "${label}" is longer than 63 characters`;
        if (!LABEL.test(label)) {
            return `label "${label}" may contain only letters, digits and "-", and must not start or end with "-"`;
        }
    }
    if (/^\d+$/.test(value.split('.').pop() ?? ''))
        return 'must not end with an all-numeric label';
    return undefined;
}


/***/ }),

/***/ 7154:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadConfig: () => (/* binding */ loadConfig)
});

// UNUSED EXPORTS: parseConfig

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/report/mask.js
var mask = __webpack_require__(9672);
// EXTERNAL MODULE: ./lib/text/escape.js
var text_escape = __webpack_require__(8944);
;// CONCATENATED MODULE: ./lib/config/types.js
/** The config as the engine sees it: every default applied, every ${VAR} expanded, paths made absolute. */

const PROTOCOL_POLICIES = ['http-only', 'https-only', 'match-viewer'];
const IP_ADDRESS_TYPES = ['ipv4', 'ipv6', 'dualstack'];
const HTTP_METHODS = ['GET', 'HEAD'];

// EXTERNAL MODULE: ./lib/vocabulary.js
var vocabulary = __webpack_require__(9539);
// EXTERNAL MODULE: ./lib/findings/catalogue.js + 9 modules
var catalogue = __webpack_require__(8419);
// EXTERNAL MODULE: ./lib/edge-functions/types.js
var types = __webpack_require__(1552);
;// CONCATENATED MODULE: ./lib/config/edge-function-fields.js
/** The `edge-functions:` list: code CloudFront runs on requests and responses, checked beside the origins. */

const EDGE_FUNCTION_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const TEST_REQUEST = {
    kind: 'object',
    description: 'A request to try beside the built-in set, as a viewer sends it.',
    required: ['uri'],
    fields: {
        method: { kind: 'enum', values: EDGE_FUNCTION_METHODS, default: 'GET', description: 'Request method.' },
        uri: {
            kind: 'string',
            pattern: { source: '^/\\S*$', message: 'must start with "/" and contain no spaces' },
            description: 'Path, percent-encoding kept, without the query string.',
        },
        querystring: {
            kind: 'string',
            pattern: { source: '^[^?#\\s]*$', message: 'must not contain "?", "#" or spaces' },
            default: '',
            description: 'Query string without "?".',
        },
        headers: {
            kind: 'map',
            keys: { source: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$", message: "is not a valid header name (letters, digits and !#$%&'*+-.^_`|~ only)" },
            caseInsensitiveKeys: true,
            values: {
                kind: 'string',
                pattern: { source: '^[^\\r\\n]*$', message: 'must not contain a line break' },
                description: 'Header value.',
            },
            default: {},
            description: 'Header fields the viewer sends.',
        },
        body: { kind: 'string', description: 'Request body (Lambda@Edge with include-body sees it).' },
    },
};
const EDGE_FUNCTION = {
    kind: 'object',
    description: 'One edge function and the events it is associated with; an entry named like a function read from sources refines it ' +
        '(kind, code and events are then optional).',
    required: ['name'],
    fields: {
        name: {
            kind: 'string',
            pattern: { source: '^[A-Za-z0-9._-]+$', message: 'may contain only letters, digits, ".", "_" and "-"' },
            description: 'Unique name of the function; what reports show. The name of a function read from sources refines it.',
        },
        kind: { kind: 'enum', values: types/* EDGE_FUNCTION_KINDS */.Dz, description: 'cloudfront-function or lambda-edge: whose runtime and rules apply.' },
        runtime: {
            kind: 'enum',
            values: types/* CLOUDFRONT_RUNTIMES */.ry,
            description: 'CloudFront Functions only: the JavaScript runtime (default cloudfront-js-2.0).',
        },
        code: { kind: 'string', minLength: 1, description: 'The source file, relative to the repository root.' },
        handler: {
            kind: 'string',
            pattern: { source: '^[A-Za-z_$][A-Za-z0-9_$]*$', message: 'must be a JavaScript identifier' },
            default: 'handler',
            description: 'CloudFront Functions: the top-level function; Lambda@Edge: the export.',
        },
        events: {
            kind: 'list',
            items: { kind: 'enum', values: types/* EDGE_EVENTS */.uQ, description: 'An event type.' },
            minItems: 1,
            unique: true,
            description: 'The events the function is associated with.',
        },
        'include-body': {
            kind: 'boolean',
            default: false,
            description: 'Lambda@Edge only: IncludeBody, the request body is passed to the function.',
        },
        'key-value-store': {
            kind: 'string',
            minLength: 1,
            description: 'CloudFront Functions only: a JSON file of the keys and values its key-value store holds.',
        },
        requests: { kind: 'list', items: TEST_REQUEST, description: 'Requests to try beside the built-in set.' },
    },
};

;// CONCATENATED MODULE: ./lib/config/definition.js
/** The fields of the config file (docs/config.md), described once for the validator and the schema. */



const PORT_RANGES = [
    [80, 80],
    [443, 443],
    [1024, 65535],
];
function port(description, defaultPort) {
    return { kind: 'integer', ranges: PORT_RANGES, description, default: defaultPort };
}
/** RFC 9110 `token`: what a header field name may contain. */
const HEADER_NAME = {
    source: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$",
    message: "is not a valid header name (letters, digits and !#$%&'*+-.^_`|~ only)",
};
const HEALTH = {
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
};
/** Fields an origin may set, and `defaults` may set for every origin. */
const SHARED_ORIGIN_FIELDS = {
    edge: {
        kind: 'enum',
        values: vocabulary/* EDGES */.pC,
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
        items: { kind: 'enum', values: vocabulary/* SSL_PROTOCOLS */.BF, description: 'A protocol version.' },
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
                description: 'Connection attempts before a refused or timed-out connect is a finding, each within connect-ms: ' +
                    "CloudFront's ConnectionAttempts (1-3, default 3). An origin that answers only after failed attempts is PORT_FLAKY.",
            },
            'keep-alive-ms': {
                kind: 'integer',
                ranges: [[1000, 4_000_000]],
                description: 'How long the edge keeps an idle connection to the origin for reuse, in milliseconds: ' +
                    "CloudFront's origin keep-alive timeout (default 5000), the ALB or CLB idle timeout (default 60000). " +
                    "Default: the edge's. The origin must keep idle connections open longer (HTTP_KEEPALIVE_TOO_SHORT).",
            },
        },
    },
    'fail-on': {
        kind: 'enum',
        values: vocabulary/* FAIL_ON */.d$,
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
                items: { kind: 'enum', values: vocabulary/* CHECK_FAMILIES */.iY, description: 'A check family.' },
                unique: true,
                default: [],
                description: 'Check families not to run.',
            },
        },
    },
};
/** Fields that identify one origin and so cannot be shared through `defaults`. */
const ORIGIN_ONLY_FIELDS = {
    name: {
        kind: 'string',
        pattern: {
            source: '^[A-Za-z0-9._-]+$|^[^/\\s][^\\r\\n\\t]*/[^\\r\\n\\t]*\\S$',
            message: 'may contain only letters, digits, ".", "_" and "-" (or be the <container>/<origin id> name of an origin read from sources)',
        },
        description: 'Unique name of the origin; what reports show. ' +
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
};
const ORIGIN = {
    kind: 'object',
    expandsVariables: true,
    description: 'One origin behind the edge. domain is required unless the name is an origin read from sources.',
    required: ['name'],
    fields: { ...ORIGIN_ONLY_FIELDS, ...SHARED_ORIGIN_FIELDS },
};
const DEFAULTS = {
    kind: 'object',
    expandsVariables: true,
    description: "Values for every origin; an origin's own value wins, and certificate, timeouts, health and checks merge per key.",
    fields: SHARED_ORIGIN_FIELDS,
    refused: Object.fromEntries(Object.keys(ORIGIN_ONLY_FIELDS).map((key) => [key, 'cannot be set in defaults: set it on each origin'])),
};
const OVERRIDES = {
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
};
/** A path or a glob (`*`, `**`, `?`) relative to the repository root. */
function sourcePath(description) {
    return { kind: 'string', minLength: 1, description };
}
const SOURCE = {
    kind: 'object',
    description: "One source of origins: a CloudFormation (or CDK) template, a Terraform plan, or CloudFront's own JSON.",
    exactlyOne: ['cloudformation', 'terraform-plan', 'cloudfront-config'],
    fields: {
        cloudformation: sourcePath('A CloudFormation template (YAML or JSON; CDK: the synthesized cdk.out/*.template.json): ' +
            'a path or a glob relative to the repository root.'),
        parameters: {
            kind: 'map',
            keys: { source: '^[A-Za-z0-9:]+$', message: 'is not a template parameter name (letters, digits, "::" for AWS::Region ...)' },
            values: { kind: 'string', description: 'The value the stack is deployed with; ${VAR} reads the environment.' },
            description: "cloudformation only: values of the template's Parameters (else their Default); AWS::Region and other pseudo-parameters too.",
        },
        'terraform-plan': sourcePath('A Terraform plan as JSON (terraform show -json plan.bin): a path or a glob relative to the repository root.'),
        'terraform-dir': sourcePath("terraform-plan only: the plan's root module folder, where the .tf lines are found (default: the plan file's folder)."),
        'cloudfront-config': sourcePath('The output of aws cloudfront get-distribution-config or get-distribution: a path or a glob relative to the repository root.'),
    },
    expandsVariables: true,
};
/** Codes about the config file itself: there is nothing to accept in them, only something to fix. */
const NOT_ACCEPTABLE = ['CONFIG_INVALID', 'ACCEPTANCE_EXPIRED', 'ACCEPTANCE_UNUSED'];
/** How far ahead `until` may be: an acceptance is a decision to revisit, not a way to forget. */
const MAX_ACCEPT_DAYS = 180;
const ACCEPTANCE = {
    kind: 'object',
    description: 'Findings of one code the team has decided to live with until a date: still reported, never failing the gate.',
    required: ['code', 'reason', 'until'],
    fields: {
        code: {
            kind: 'enum',
            values: catalogue/* FINDING_CODES */.f2.filter((code) => !NOT_ACCEPTABLE.includes(code)),
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
};
const CONFIG = {
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
            description: "The whole run's deadline in ms; origins not finished by then are reported unchecked (never passed). " +
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
};

// EXTERNAL MODULE: ./lib/config/merge.js
var merge = __webpack_require__(2746);
// EXTERNAL MODULE: ./lib/config/reader.js
var config_reader = __webpack_require__(1395);
;// CONCATENATED MODULE: ./lib/config/accept.js
/** The `accept` list: each entry's date checked against today, then built for the engine. */




const DAY_MS = 86_400_000;
/** Midnight UTC of a `YYYY-MM-DD` date, or undefined when no such day exists (2027-02-30). */
function utcDay(date) {
    const time = Date.parse(`${date}T00:00:00Z`);
    return Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== date ? undefined : time;
}
/** The entries that validated, with their lines; `until` must be a real day at most MAX_ACCEPT_DAYS after `today` (UTC). */
function readAcceptances(value, reader, today) {
    if (!Array.isArray(value))
        return [];
    const latest = utcDay(today.toISOString().slice(0, 10)) + MAX_ACCEPT_DAYS * DAY_MS;
    const entries = [];
    value.forEach((entry, index) => {
        if (!(0,merge/* isFields */.Ce)(entry))
            return;
        const line = reader.positions.get(`accept[${index}]`)?.line ?? 1;
        if (!untilIsWithinReach(entry, `accept[${index}].until`, latest, reader))
            return;
        if (Object.values(entry).includes(config_reader/* INVALID */.uY))
            return;
        entries.push(toAcceptance(entry, line));
    });
    return entries;
}
function untilIsWithinReach(entry, path, latest, reader) {
    if (typeof entry.until !== 'string')
        return false;
    const position = reader.positions.get(path) ?? { line: 1, col: 1 };
    const day = utcDay(entry.until);
    if (day === undefined) {
        (0,config_reader/* report */.z8)(reader, { path, position }, `${entry.until} is not a day of the calendar`);
        return false;
    }
    if (day > latest) {
        const last = new Date(latest).toISOString().slice(0, 10);
        (0,config_reader/* report */.z8)(reader, { path, position }, `is more than ${MAX_ACCEPT_DAYS} days ahead: at most ${last} today`);
        return false;
    }
    return true;
}
/** The reason is printed beside findings in terminals and logs: control characters are shown, never obeyed. */
function toAcceptance(entry, line) {
    const acceptance = {
        code: entry.code,
        reason: (0,text_escape/* escapeControl */.hN)(entry.reason),
        until: entry.until,
        line,
    };
    if (typeof entry.origin === 'string')
        acceptance.origin = entry.origin;
    if (typeof entry.address === 'string')
        acceptance.address = entry.address;
    if (typeof entry.port === 'number')
        acceptance.port = entry.port;
    if (typeof entry.name === 'string')
        acceptance.name = entry.name;
    return acceptance;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/read-regular-file.js
var read_regular_file = __webpack_require__(2345);
;// CONCATENATED MODULE: ./lib/config/digest.js



/** Past this, a file is digested by its size alone: every file the loader reads is bounded below it. */
const MAX_DIGEST_FILE_BYTES = 64 * 1024 * 1024;
/**
 * `sha256:` and the hex digest of the config text and of every file it reads (trust roots, sources), each
 * file named relative to the config's folder. Shard reports that carry the same digest were made from the
 * same config and can be merged into one verdict; any edit, anywhere the config reads, changes it.
 */
function configDigest(text, configDirectory, inputs) {
    const hash = (0,external_node_crypto_.createHash)('sha256').update(text);
    for (const file of [...inputs].sort()) {
        hash.update(`\0${(0,external_node_path_.relative)(configDirectory, file)}\0`);
        // Regular files only, never blocking, bounded: a link to a device cannot stall even `validate`.
        const read = (0,read_regular_file/* readBounded */.C)(file, MAX_DIGEST_FILE_BYTES);
        hash.update('bytes' in read ? read.bytes : `unreadable: ${read.refused}${read.size !== undefined ? ` ${read.size}` : ''}`);
    }
    return `sha256:${hash.digest('hex')}`;
}

;// CONCATENATED MODULE: ./lib/config/build.js
/** Turns a validated, merged origin (the file's kebab-case keys) into the engine's OriginConfig. */
function toOriginConfig(value, line, fieldLines) {
    const certificate = value.certificate;
    const timeouts = value.timeouts;
    const health = value.health;
    const origin = {
        name: value.name,
        domain: value.domain,
        edge: value.edge,
        protocolPolicy: value['protocol-policy'],
        sslProtocols: value['ssl-protocols'],
        httpPort: value['http-port'],
        httpsPort: value['https-port'],
        ipAddressType: value['ip-address-type'],
        certificate: { warnDays: certificate['warn-days'], failDays: certificate['fail-days'] },
        timeouts: {
            connectMs: timeouts['connect-ms'],
            readMs: timeouts['read-ms'],
            connectAttempts: timeouts['connect-attempts'],
        },
        failOn: value['fail-on'],
        skip: value.checks.skip,
        hostHeaders: value['host-header'] ?? [],
        line,
        fieldLines,
    };
    if (timeouts['keep-alive-ms'] !== undefined)
        origin.timeouts.keepAliveMs = timeouts['keep-alive-ms'];
    if (value.addresses !== undefined)
        origin.addresses = value.addresses;
    if (health !== undefined) {
        origin.health = {
            path: health.path,
            method: health.method,
            expectStatus: health['expect-status'],
            headers: health.headers,
        };
    }
    return origin;
}

// EXTERNAL MODULE: ./lib/config/edge-function-config.js
var edge_function_config = __webpack_require__(3041);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./lib/config/expand.js
/** `${NAME}` expansion from the environment; `$${` stands for a literal `${`. */
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * Every ${VAR} value is treated as a secret and masked wherever it would appear; a value of one to three
 * characters would mask every `2` or `ab` in dates and names (and still leak by elimination), so it is refused.
 */
const MIN_SECRET_LENGTH = 4;
function expandVariables(text, env) {
    const result = { value: '', secrets: [], problems: [] };
    let i = 0;
    while (i < text.length) {
        if (text.startsWith('$${', i)) {
            result.value += '${';
            i += 3;
            continue;
        }
        if (!text.startsWith('${', i)) {
            result.value += text[i];
            i += 1;
            continue;
        }
        const close = text.indexOf('}', i + 2);
        if (close < 0) {
            result.problems.push('has "${" without a closing "}" (write "$${" for a literal "${")');
            return result;
        }
        const name = text.slice(i + 2, close);
        const value = env[name];
        if (!VARIABLE_NAME.test(name)) {
            result.problems.push(`"\${${name}}" is not a valid variable reference (write "$\${" for a literal "\${")`);
        }
        else if (value === undefined) {
            result.problems.push(`environment variable ${name} is not set`);
        }
        else if (value !== '' && value.length < MIN_SECRET_LENGTH) {
            result.problems.push(`environment variable ${name} is shorter than ${MIN_SECRET_LENGTH} characters; ` +
                'values from the environment are masked as secrets, and one this short cannot be');
        }
        else {
            result.value += value;
            if (value !== '')
                result.secrets.push(value);
        }
        i = close + 1;
    }
    return result;
}

// EXTERNAL MODULE: ./lib/config/fields.js
var fields = __webpack_require__(1877);
// EXTERNAL MODULE: ./lib/config/hostname.js
var hostname = __webpack_require__(9801);
// EXTERNAL MODULE: ./lib/config/suggest.js
var suggest = __webpack_require__(1236);
// EXTERNAL MODULE: ./lib/config/nodes.js
var nodes = __webpack_require__(591);
;// CONCATENATED MODULE: ./lib/config/interpret.js
/**
 * Validates YAML nodes against a field description, keeping every problem with its position.
 * The result is plain data with the file's own keys; a value that failed is INVALID, so later
 * rules can tell "wrong" from "absent" and stay quiet about it.
 */







function readField(node, field, place, reader) {
    if (place.path !== '')
        reader.positions.set(place.path, place.position);
    const value = (0,config_reader/* dereference */.DS)(node, place, reader);
    if (value === config_reader/* INVALID */.uY)
        return config_reader/* INVALID */.uY;
    switch (field.kind) {
        case 'object':
            return readObject(value, field, place, reader);
        case 'map':
            return readMap(value, field, place, reader);
        case 'list':
            return readList(value, field, place, reader);
        case 'integer': {
            if (!(0,nodes/* isScalar */.jn)(value) || typeof value.value !== 'number' || !Number.isInteger(value.value)) {
                return fail(reader, place, (0,config_reader/* typeMismatch */.$b)(value, 'an integer'));
            }
            const number = value.value;
            const inRange = field.ranges.some(([min, max]) => number >= min && number <= max);
            return inRange ? number : fail(reader, place, (0,fields/* integerRangeMessage */.P)(field));
        }
        case 'boolean':
            return (0,nodes/* isScalar */.jn)(value) && typeof value.value === 'boolean' ? value.value : fail(reader, place, (0,config_reader/* typeMismatch */.$b)(value, 'true or false'));
        case 'enum': {
            const text = readString(value, place, reader);
            if (text === config_reader/* INVALID */.uY || field.values.includes(text))
                return text;
            const suggestion = (0,suggest/* closestMatch */.h)(text, field.values);
            const hint = suggestion ? `; did you mean "${suggestion}"?` : '';
            return fail(reader, place, `must be one of: ${field.values.join(', ')}${hint}`);
        }
        case 'hostname': {
            const text = readString(value, place, reader);
            const problem = text === config_reader/* INVALID */.uY ? undefined : (0,hostname/* hostnameProblem */.R)(text);
            return problem ? fail(reader, place, problem) : text;
        }
        case 'ip': {
            const text = readString(value, place, reader);
            if (text === config_reader/* INVALID */.uY || (0,external_node_net_.isIP)(text) !== 0)
                return text;
            return fail(reader, place, 'must be an IPv4 or IPv6 address');
        }
        case 'string': {
            const text = readString(value, place, reader);
            if (text === config_reader/* INVALID */.uY)
                return config_reader/* INVALID */.uY;
            if (text.length < (field.minLength ?? 0))
                return fail(reader, place, 'must not be empty');
            if (field.pattern && !compiled(field.pattern.source).test(text)) {
                return fail(reader, place, field.pattern.message);
            }
            return text;
        }
    }
}
/** Each field's pattern compiled once, not once per value: a config may hold ten thousand origins. */
const patterns = new Map();
function compiled(source) {
    let pattern = patterns.get(source);
    if (!pattern)
        patterns.set(source, (pattern = new RegExp(source)));
    return pattern;
}
function fail(reader, place, message) {
    (0,config_reader/* report */.z8)(reader, place, message);
    return config_reader/* INVALID */.uY;
}
/** A string scalar, with ${VAR} expanded where the place allows it. */
function readString(node, place, reader) {
    if (!(0,nodes/* isScalar */.jn)(node) || typeof node.value !== 'string')
        return fail(reader, place, (0,config_reader/* typeMismatch */.$b)(node, 'a string'));
    if (!place.expand)
        return node.value;
    const expansion = expandVariables(node.value, reader.env);
    for (const problem of expansion.problems)
        (0,config_reader/* report */.z8)(reader, place, problem);
    for (const secret of expansion.secrets)
        reader.secrets.add(secret);
    return expansion.problems.length > 0 ? config_reader/* INVALID */.uY : expansion.value;
}
function readList(node, field, place, reader) {
    if (!(0,nodes/* isSeq */.oP)(node) && field.single && ((0,nodes/* isScalar */.jn)(node) || (0,nodes/* isMap */.jh)(node))) {
        const value = readField(node, field.items, place, reader);
        return value === config_reader/* INVALID */.uY ? config_reader/* INVALID */.uY : [value];
    }
    if (!(0,nodes/* isSeq */.oP)(node))
        return fail(reader, place, (0,config_reader/* typeMismatch */.$b)(node, 'a list'));
    if (node.items.length < (field.minItems ?? 0))
        return fail(reader, place, 'must not be empty');
    const firstLines = new Map();
    return node.items.map((item, index) => {
        const itemPlace = { ...place, path: `${place.path}[${index}]`, position: (0,config_reader/* positionOf */.df)(item, reader, place.position) };
        const value = readField(item, field.items, itemPlace, reader);
        if (!field.unique || value === config_reader/* INVALID */.uY)
            return value;
        const identity = JSON.stringify(value);
        const firstLine = firstLines.get(identity);
        if (firstLine !== undefined)
            return fail(reader, itemPlace, `repeats ${identity} (already listed on line ${firstLine})`);
        firstLines.set(identity, itemPlace.position.line);
        return value;
    });
}
/** The place of a pair's value, keyed by `keyOf(pair)`, or INVALID (reported) for `? [complex]` or non-string keys. */
function readKey(pair, place, reader) {
    const position = (0,config_reader/* positionOf */.df)(pair.key, reader, place.position);
    if (!(0,nodes/* isScalar */.jn)(pair.key) || (typeof pair.key.value !== 'string' && typeof pair.key.value !== 'number')) {
        return fail(reader, { ...place, position }, 'keys must be plain strings');
    }
    return { path: (0,config_reader/* childPath */.cm)(place.path, keyOf(pair)), position, expand: place.expand };
}
/** A key readKey accepted, as a string. */
function keyOf(pair) {
    return String(pair.key.value);
}
function readMap(node, field, place, reader) {
    if (!(0,nodes/* isMap */.jh)(node))
        return fail(reader, place, (0,config_reader/* typeMismatch */.$b)(node, 'a mapping'));
    const result = {};
    const seen = new Map();
    for (const pair of node.items) {
        const valuePlace = readKey(pair, place, reader);
        if (valuePlace === config_reader/* INVALID */.uY)
            continue;
        const key = keyOf(pair);
        if (!compiled(field.keys.source).test(key)) {
            result[key] = fail(reader, valuePlace, field.keys.message);
            continue;
        }
        const folded = field.caseInsensitiveKeys ? key.toLowerCase() : key;
        const earlier = seen.get(folded);
        if (earlier !== undefined) {
            result[key] = fail(reader, valuePlace, `duplicates "${earlier}" (names are case-insensitive)`);
            continue;
        }
        seen.set(folded, key);
        result[key] = readField(pair.value, field.values, valuePlace, reader);
    }
    return result;
}
function readObject(node, field, place, reader) {
    if (!(0,nodes/* isMap */.jh)(node))
        return fail(reader, place, (0,config_reader/* typeMismatch */.$b)(node, 'a mapping'));
    const expand = place.expand || field.expandsVariables === true;
    const keyPlace = expand === place.expand ? place : { ...place, expand };
    const result = {};
    for (const pair of node.items) {
        const valuePlace = readKey(pair, keyPlace, reader);
        if (valuePlace === config_reader/* INVALID */.uY)
            continue;
        const key = keyOf(pair);
        const child = field.fields[key];
        if (child) {
            result[key] = readField(pair.value, child, valuePlace, reader);
            continue;
        }
        const refusal = field.refused?.[key];
        const known = Object.keys(field.fields);
        const suggestion = (0,suggest/* closestMatch */.h)(key, known);
        const message = refusal ??
            (suggestion ? `unknown key "${key}"; did you mean "${suggestion}"?` : `unknown key "${key}"; expected one of: ${known.join(', ')}`);
        (0,config_reader/* report */.z8)(reader, valuePlace, message);
    }
    for (const key of field.required ?? []) {
        if (!(key in result))
            (0,config_reader/* report */.z8)(reader, { path: (0,config_reader/* childPath */.cm)(place.path, key), position: place.position }, 'is required');
    }
    const written = (keys) => keys.filter((key) => key in result);
    if (field.atLeastOne && written(field.atLeastOne).length === 0) {
        (0,config_reader/* report */.z8)(reader, place, `needs ${(0,fields/* listInProse */.j)(field.atLeastOne)}`);
    }
    if (field.exactlyOne) {
        const present = written(field.exactlyOne);
        if (present.length !== 1) {
            const found = present.length === 0 ? 'none is set' : `${present.join(' and ')} are both set`;
            (0,config_reader/* report */.z8)(reader, place, `needs exactly one of ${(0,fields/* listInProse */.j)(field.exactlyOne)}: ${found}`);
        }
    }
    return result;
}

// EXTERNAL MODULE: ./lib/edges/index.js + 5 modules
var edges = __webpack_require__(5109);
;// CONCATENATED MODULE: ./lib/config/rules.js
/**
 * Rules that involve several fields, checked on each origin after defaults are merged. A value may
 * come from the origin, from `defaults` or be built in; the problem points at where it was written.
 */




function checkOriginRules(origin, reader) {
    checkProtocolsTheEdgeSpeaks(origin, reader);
    checkExpiryThresholds(origin, reader);
    checkHealthPath(origin, reader);
}
/** Where the field at `subPath` (e.g. `certificate.fail-days`) of this origin was written. */
function sourceOf(origin, subPath, reader) {
    const own = `origins[${origin.index}].${subPath}`;
    const ownPosition = reader.positions.get(own);
    if (ownPosition)
        return { path: own, position: ownPosition, specificity: 2 };
    const shared = `defaults.${subPath}`;
    const sharedPosition = reader.positions.get(shared);
    if (sharedPosition)
        return { path: shared, position: sharedPosition, specificity: 1 };
    return { path: own, position: origin.position, specificity: 0 };
}
/**
 * Every listed version must be one the edge can speak to origins: a version it never offers could only
 * ever be skipped, and an origin whose versions all fall outside would pass without a single probe.
 */
function checkProtocolsTheEdgeSpeaks(origin, reader) {
    const protocols = origin.value['ssl-protocols'];
    const edge = origin.value.edge;
    if (!Array.isArray(protocols) || typeof edge !== 'string' || !vocabulary/* EDGES */.pC.includes(edge))
        return;
    const spoken = (0,edges/* edgeProfile */.f)(edge).protocols;
    const list = sourceOf(origin, 'ssl-protocols', reader);
    protocols.forEach((version, index) => {
        if (typeof version !== 'string' || spoken.includes(version))
            return;
        const item = `${list.path}[${index}]`;
        const why = edge === 'cloudfront' && version === 'TLSv1.3'
            ? 'CloudFront does not speak TLS 1.3 to origins'
            : `${edge} speaks only ${spoken.join(', ')} to origins`;
        (0,config_reader/* report */.z8)(reader, { path: item, position: reader.positions.get(item) ?? list.position }, `${version} cannot be used with edge ${edge}: ${why}`);
    });
}
function checkExpiryThresholds(origin, reader) {
    const certificate = origin.value.certificate;
    if (!(0,merge/* isFields */.Ce)(certificate))
        return;
    const warnDays = certificate['warn-days'];
    const failDays = certificate['fail-days'];
    if (typeof warnDays !== 'number' || typeof failDays !== 'number' || warnDays >= failDays)
        return;
    const warn = sourceOf(origin, 'certificate.warn-days', reader);
    const fail = sourceOf(origin, 'certificate.fail-days', reader);
    // Blame the more specific of the two: that is the value written with the other in view.
    if (warn.specificity > fail.specificity) {
        (0,config_reader/* report */.z8)(reader, warn, `must be at least fail-days (${failDays})`);
    }
    else {
        (0,config_reader/* report */.z8)(reader, fail, `must not be greater than warn-days (${warnDays})`);
    }
}
function checkHealthPath(origin, reader) {
    const health = origin.value.health;
    if (!(0,merge/* isFields */.Ce)(health) || health.path !== undefined)
        return;
    const source = sourceOf(origin, 'health', reader);
    const hint = source.specificity === 1 ? ': set it here or on every origin' : '';
    (0,config_reader/* report */.z8)(reader, { path: `${source.path}.path`, position: source.position }, `is required${hint}`);
}
/** Origin names are what reports and `--origin` select by, so they must be unique. */
function checkUniqueNames(origins, reader) {
    const firstLines = new Map();
    origins.forEach((origin, index) => {
        const name = (0,merge/* isFields */.Ce)(origin) ? origin.name : config_reader/* INVALID */.uY;
        if (typeof name !== 'string')
            return;
        const path = `origins[${index}].name`;
        const position = reader.positions.get(path);
        if (!position)
            return;
        const firstLine = firstLines.get(name);
        if (firstLine === undefined)
            firstLines.set(name, position.line);
        else
            (0,config_reader/* report */.z8)(reader, { path, position }, `duplicate origin name "${name}" (already used on line ${firstLine})`);
    });
}

;// CONCATENATED MODULE: ./lib/sources/edge-settings.js
/**
 * Settings CloudFront refuses at deploy although cfn-lint and the AWS provider let them through
 * (CloudFront API reference: CustomOriginConfig, Origin, OriginGroup; quotas for the timeouts).
 * Judged from the source alone, at the setting's line: EDGE_SETTING_INVALID.
 */
const CLOUDFORMATION_NAMES = {
    id: 'Id',
    domain: 'DomainName',
    originPath: 'OriginPath',
    httpPort: 'HTTPPort',
    httpsPort: 'HTTPSPort',
    protocolPolicy: 'OriginProtocolPolicy',
    sslProtocols: 'OriginSSLProtocols',
    readTimeout: 'OriginReadTimeout',
    keepAliveTimeout: 'OriginKeepaliveTimeout',
    ipAddressType: 'IpAddressType',
    connectionAttempts: 'ConnectionAttempts',
    connectionTimeout: 'ConnectionTimeout',
    headerValue: 'HeaderValue',
    aliases: 'Aliases',
    targetOriginId: 'TargetOriginId',
    members: 'Members',
    condition: 'Condition',
    originRequestPolicy: 'OriginRequestPolicyId',
};
const TERRAFORM_NAMES = {
    id: 'origin_id',
    domain: 'domain_name',
    originPath: 'origin_path',
    httpPort: 'http_port',
    httpsPort: 'https_port',
    protocolPolicy: 'origin_protocol_policy',
    sslProtocols: 'origin_ssl_protocols',
    readTimeout: 'origin_read_timeout',
    keepAliveTimeout: 'origin_keepalive_timeout',
    ipAddressType: 'ip_address_type',
    connectionAttempts: 'connection_attempts',
    connectionTimeout: 'connection_timeout',
    headerValue: 'custom_header.value',
    aliases: 'aliases',
    targetOriginId: 'target_origin_id',
    members: 'member',
    condition: 'condition',
    originRequestPolicy: 'origin_request_policy_id',
};
/** What the format itself calls a setting, for findings. */
function settingName(format, key) {
    if (format === 'terraform-plan')
        return TERRAFORM_NAMES[key];
    if (format === 'cloudfront-config' && key === 'sslProtocols')
        return 'OriginSslProtocols';
    return CLOUDFORMATION_NAMES[key];
}
const EDGE_SSL_PROTOCOLS = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2'];
const EDGE_PROTOCOL_POLICIES = ['http-only', 'https-only', 'match-viewer'];
const EDGE_IP_ADDRESS_TYPES = ['ipv4', 'ipv6', 'dualstack'];
/** An integer, from a number or a numeric string (a Number parameter arrives as a string). */
function integerOf(value) {
    if (typeof value === 'number')
        return Number.isInteger(value) ? value : undefined;
    if (typeof value === 'string' && /^-?\d+$/.test(value.trim()))
        return Number(value.trim());
    return undefined;
}
/** The problem with a numeric setting's value, or undefined when CloudFront takes it. */
function numberProblem(key, value) {
    const n = integerOf(value);
    switch (key) {
        case 'httpPort':
        case 'httpsPort': {
            const ok = n !== undefined && (n === 80 || n === 443 || (n >= 1024 && n <= 65535));
            return ok ? undefined : { severity: 'error', allowed: '80, 443, 1024-65535' };
        }
        case 'connectionAttempts':
            return n !== undefined && n >= 1 && n <= 3 ? undefined : { severity: 'error', allowed: '1-3' };
        case 'connectionTimeout':
            return n !== undefined && n >= 1 && n <= 10 ? undefined : { severity: 'error', allowed: '1-10' };
        case 'readTimeout':
        case 'keepAliveTimeout':
            if (n === undefined || n < 1 || n > 180)
                return { severity: 'error', allowed: '1-180' };
            // Above 60 s CloudFront needs a raised quota first.
            return n > 60 ? { severity: 'warning', allowed: '1-60 (61-180 with a quota increase)' } : undefined;
        default:
            return undefined;
    }
}
function enumProblem(key, value) {
    const allowed = key === 'protocolPolicy' ? EDGE_PROTOCOL_POLICIES : key === 'ipAddressType' ? EDGE_IP_ADDRESS_TYPES : EDGE_SSL_PROTOCOLS;
    return allowed.includes(value) ? undefined : { severity: 'error', allowed: allowed.join(', ') };
}

;// CONCATENATED MODULE: ./lib/config/discovered.js
/**
 * What a source declares about an origin, as the config's own fields: the layer between `defaults:` and
 * an `origins:` entry of the same name. Only values the source resolves, and CloudFront accepts, are
 * carried; the rest leaves the checks that need it unable to run.
 */




const isPort = (n) => n === 80 || n === 443 || (n >= 1024 && n <= 65535);
function sourceLayer(origin, withHealth) {
    const fields = { name: origin.name, edge: 'cloudfront' };
    const lines = {};
    const take = (key, setting, accept, as = (v) => v, always = false) => {
        if (setting.value === undefined || !accept(setting.value) || (!setting.declared && !always))
            return;
        setPath(fields, key, as(setting.value));
        if (setting.declared)
            lines[key] = setting.line;
    };
    take('domain', origin.domain, (d) => d !== '');
    take('protocol-policy', origin.protocolPolicy, (p) => PROTOCOL_POLICIES.includes(p));
    take('http-port', origin.httpPort, isPort);
    take('https-port', origin.httpsPort, isPort);
    // Omitted, CloudFront uses its own default versions: that is what the edge will offer, so it is carried.
    take('ssl-protocols', origin.sslProtocols, (list) => list.length > 0 && list.every((p) => EDGE_SSL_PROTOCOLS.includes(p)), (v) => v, true);
    take('ip-address-type', origin.ipAddressType, (t) => IP_ADDRESS_TYPES.includes(t));
    take('timeouts.connect-ms', origin.connectionTimeout, (s) => s >= 1 && s <= 10, (s) => s * 1000);
    take('timeouts.connect-attempts', origin.connectionAttempts, (n) => n >= 1 && n <= 3);
    take('timeouts.read-ms', origin.readTimeout, (s) => s >= 1 && s <= 180, (s) => s * 1000);
    take('timeouts.keep-alive-ms', origin.keepAliveTimeout, (s) => s >= 1 && s <= 180, (s) => s * 1000);
    const hosts = [...new Set(origin.hosts.flatMap((h) => (h.value === undefined ? [] : [h.value])))];
    if (hosts.length > 0 && !(hosts.length === 1 && hosts[0] === origin.domain.value)) {
        fields['host-header'] = hosts;
        const aliasLine = origin.hosts.find((h) => h.value !== origin.domain.value && h.declared)?.line;
        if (aliasLine !== undefined)
            lines['host-header'] = aliasLine;
    }
    const secrets = [];
    // Headers matter only to the HTTP exchange, which runs only where `health` is configured.
    if (withHealth) {
        const headers = {};
        for (const header of origin.customHeaders) {
            if (header.value.value === undefined)
                continue;
            headers[header.name] = header.value.value;
            lines[`health.headers.${header.name}`] = header.value.line;
            if (header.value.value !== '')
                secrets.push(header.value.value);
        }
        if (Object.keys(headers).length > 0)
            fields.health = { headers };
    }
    return { fields, lines, secrets };
}
/**
 * The families that cannot run on what the source and the refining entry say together: all of them for
 * an origin not probed, refused by CloudFront, or whose domain, ports or versions stay unknown; the HTTP
 * exchange where a header value stays unknown or CloudFront signs the requests.
 */
function blockedFamilies(origin, merged, entry, findings) {
    const all = [...vocabulary/* CHECK_FAMILIES */.iY];
    if (origin.skipped)
        return all;
    if (findings.some((f) => f.origin === origin.name && f.code === 'EDGE_SETTING_INVALID' && (f.severity ?? 'error') === 'error'))
        return all;
    if (typeof merged.domain !== 'string' || (origin.domain.value === undefined && entry?.domain === undefined))
        return all;
    const needed = [
        ['protocol-policy', origin.protocolPolicy],
        ['http-port', origin.httpPort],
        ['https-port', origin.httpsPort],
        ['ssl-protocols', origin.sslProtocols],
    ];
    if (needed.some(([key, value]) => value.unresolved !== undefined && entry?.[key] === undefined))
        return all;
    const blocked = new Set();
    if (origin.signed)
        blocked.add('http');
    const given = (0,merge/* isFields */.Ce)(entry?.health) && (0,merge/* isFields */.Ce)(entry.health.headers) ? Object.keys(entry.health.headers).map((k) => k.toLowerCase()) : [];
    if (origin.customHeaders.some((h) => h.value.unresolved && !given.includes(h.name.toLowerCase())))
        blocked.add('http');
    return all.filter((f) => blocked.has(f));
}
/** What reports show as the domain of an origin whose domain is not known: the expression. */
function displayDomain(origin) {
    return origin.domain.value || origin.domain.unresolved?.expression || '(unknown)';
}
function setPath(target, path, value) {
    const parts = path.split('.');
    let node = target;
    for (const part of parts.slice(0, -1)) {
        if (!(0,merge/* isFields */.Ce)(node[part]))
            node[part] = {};
        node = node[part];
    }
    node[parts.at(-1)] = value;
}

;// CONCATENATED MODULE: ./lib/sources/assemble.js
/**
 * From what a source says to the origins the edge really contacts: names, CloudFront's defaults for
 * omitted settings, the Host and SNI names the behaviours make it send, and the static findings
 * (unresolved values, skipped origins, settings CloudFront refuses).
 */


/** CloudFront's values for omitted settings (CloudFormation resource schema, CloudFront API reference). */
const CLOUDFRONT_DEFAULTS = {
    httpPort: 80,
    httpsPort: 443,
    /** CloudFormation's and CloudFront's default when OriginSSLProtocols is omitted. */
    sslProtocols: ['TLSv1', 'SSLv3'],
    readTimeout: 30,
    keepAliveTimeout: 5,
    connectionAttempts: 3,
    connectionTimeout: 10,
    ipAddressType: 'ipv4',
};
const NETWORK = vocabulary/* CHECK_FAMILIES */.iY;
function assemble(distributions) {
    const result = { origins: [], findings: [] };
    const taken = new Set();
    for (const distribution of distributions)
        new DistributionAssembly(distribution, taken, result).run();
    return result;
}
/** `name`, or `name#2`, `name#3` ... where it is taken. */
function uniqueName(name, taken) {
    let candidate = name;
    for (let n = 2; taken.has(candidate); n++)
        candidate = `${name}#${n}`;
    taken.add(candidate);
    return candidate;
}
class DistributionAssembly {
    d;
    taken;
    result;
    file;
    constructor(d, taken, result) {
        this.d = d;
        this.taken = taken;
        this.result = result;
        this.file = d.file;
    }
    run() {
        const names = this.d.origins.map((origin) => uniqueName(`${this.d.container}/${idText(origin.id)}`, this.taken));
        this.checkTargets();
        this.checkGroups();
        this.d.origins.forEach((origin, index) => this.result.origins.push(this.origin(origin, names[index])));
    }
    finding(code, line, details, origin, severity) {
        this.result.findings.push({ code, ...(severity ? { severity } : {}), ...(origin ? { origin } : {}), file: this.file, line, details });
    }
    setting(key) {
        return settingName(this.d.format, key);
    }
    /** A behaviour that targets neither an origin nor a group: CloudFront refuses the distribution. */
    checkTargets() {
        if (this.d.origins.some((o) => o.id.unresolved))
            return;
        const known = new Set([...this.d.origins.map((o) => o.id.value), ...this.d.groups.map((g) => g.id.value)]);
        for (const behaviour of this.d.behaviours) {
            const target = behaviour.target.value;
            if (behaviour.target.unresolved || known.has(target))
                continue;
            this.finding('EDGE_SETTING_INVALID', behaviour.target.line, {
                setting: this.setting('targetOriginId'),
                container: this.d.container,
                value: target ?? null,
                allowed: [...known].filter((k) => k !== undefined),
                pathPattern: behaviour.pathPattern,
            }, undefined, 'error');
        }
    }
    checkGroups() {
        for (const group of this.d.groups) {
            if (group.members.length === 2)
                continue;
            this.finding('EDGE_SETTING_INVALID', group.line, {
                setting: this.setting('members'),
                container: this.d.container,
                group: idText(group.id),
                value: group.members.length,
                allowed: '2',
            }, undefined, 'error');
        }
    }
    /** The behaviours that send requests to this origin, directly or through an origin group. */
    reaching(origin) {
        const groups = this.d.groups.filter((g) => g.members.some((m) => sameId(m, origin.id))).map((g) => idText(g.id));
        const behaviours = this.d.behaviours.filter((b) => {
            if (sameId(b.target, origin.id))
                return true;
            if (b.target.value !== undefined && groups.includes(b.target.value))
                return true;
            // A target known only after deploy may be this origin: never call it unused.
            return (b.target.unresolved !== undefined &&
                !this.d.origins.some((o) => sameId(b.target, o.id)) &&
                !this.d.groups.some((g) => sameId(b.target, g.id)));
        });
        return { behaviours, groups };
    }
    origin(raw, name) {
        const { behaviours, groups } = this.reaching(raw);
        const unchecked = new Set();
        const value = (rawValue, fallback) => sourceValue(rawValue, fallback, this.file, raw.line);
        const custom = raw.kind === 'custom';
        const origin = {
            name,
            container: this.d.container,
            id: value(raw.id, undefined),
            kind: raw.kind,
            file: this.file,
            line: raw.line,
            domain: value(raw.domain, undefined),
            originPath: value(raw.originPath, ''),
            httpPort: numeric(value(raw.httpPort, custom ? CLOUDFRONT_DEFAULTS.httpPort : undefined)),
            httpsPort: numeric(value(raw.httpsPort, custom ? CLOUDFRONT_DEFAULTS.httpsPort : undefined)),
            protocolPolicy: value(raw.protocolPolicy, undefined),
            sslProtocols: value(raw.sslProtocols, custom ? [...CLOUDFRONT_DEFAULTS.sslProtocols] : undefined),
            ipAddressType: value(raw.ipAddressType, CLOUDFRONT_DEFAULTS.ipAddressType),
            connectionAttempts: numeric(value(raw.connectionAttempts, CLOUDFRONT_DEFAULTS.connectionAttempts)),
            connectionTimeout: numeric(value(raw.connectionTimeout, CLOUDFRONT_DEFAULTS.connectionTimeout)),
            readTimeout: numeric(value(raw.readTimeout, custom ? CLOUDFRONT_DEFAULTS.readTimeout : undefined)),
            keepAliveTimeout: numeric(value(raw.keepAliveTimeout, custom ? CLOUDFRONT_DEFAULTS.keepAliveTimeout : undefined)),
            customHeaders: raw.headers.map((h) => ({ name: idText(h.name), value: value(h.value, undefined) })),
            hosts: [],
            hostForwarded: false,
            signed: raw.signed,
            groups,
            behaviours: behaviours.map((b) => b.pathPattern),
            unchecked: [],
        };
        if (raw.id.unresolved)
            this.unresolved(name, 'id', raw.id.line, raw.id.unresolved, []);
        for (const condition of raw.conditions.concat(this.d.conditions)) {
            this.unresolved(name, 'condition', raw.line, { expression: condition, reason: 'condition' }, []);
        }
        const skipped = raw.kind === 's3' ? 's3' : raw.kind === 'vpc' ? 'vpc' : behaviours.length === 0 ? 'not-used' : undefined;
        if (skipped) {
            origin.skipped = skipped;
            origin.unchecked = [...NETWORK];
            this.finding('SOURCE_SKIPPED', raw.line, { because: skipped, originId: idText(raw.id), ...(groups.length ? { groups } : {}) }, name);
            return origin;
        }
        this.judgeSettings(origin, raw, unchecked);
        this.resolveHosts(origin, behaviours);
        origin.unchecked = NETWORK.filter((f) => unchecked.has(f));
        return origin;
    }
    /** Unresolved values skip the checks that need them; settings CloudFront refuses skip every probe. */
    judgeSettings(origin, raw, unchecked) {
        const skipAll = () => NETWORK.forEach((f) => unchecked.add(f));
        const domain = origin.domain;
        if (domain.unresolved) {
            this.unresolved(origin.name, 'domain', domain.line, domain.unresolved, NETWORK);
            skipAll();
        }
        else if (!domain.value) {
            domain.unresolved = { expression: '""', reason: 'empty' };
            delete domain.value;
            this.unresolved(origin.name, 'domain', domain.line, domain.unresolved, NETWORK);
            skipAll();
        }
        const numbers = [
            ['httpPort', origin.httpPort],
            ['httpsPort', origin.httpsPort],
            ['connectionAttempts', origin.connectionAttempts],
            ['connectionTimeout', origin.connectionTimeout],
            ['readTimeout', origin.readTimeout],
            ['keepAliveTimeout', origin.keepAliveTimeout],
        ];
        const probeSettings = new Set(['httpPort', 'httpsPort', 'protocolPolicy', 'sslProtocols']);
        for (const [key, setting] of numbers) {
            if (setting.unresolved) {
                const needed = probeSettings.has(key);
                this.unresolved(origin.name, key, setting.line, setting.unresolved, needed ? NETWORK : []);
                if (needed)
                    skipAll();
                continue;
            }
            const problem = setting.value === undefined ? undefined : numberProblem(key, setting.value);
            if (!problem)
                continue;
            this.finding('EDGE_SETTING_INVALID', setting.line, { setting: this.setting(key), value: rawNumber(raw, key) ?? setting.value ?? null, allowed: problem.allowed }, origin.name, problem.severity);
            if (problem.severity === 'error')
                skipAll();
        }
        this.judgeEnum(origin, 'protocolPolicy', origin.protocolPolicy, skipAll, true);
        this.judgeEnum(origin, 'ipAddressType', origin.ipAddressType, skipAll, false);
        const protocols = origin.sslProtocols;
        if (protocols.unresolved) {
            this.unresolved(origin.name, 'sslProtocols', protocols.line, protocols.unresolved, NETWORK);
            skipAll();
        }
        else {
            const refused = (protocols.value ?? []).filter((p) => enumProblem('sslProtocols', p));
            if (refused.length > 0 || protocols.value?.length === 0) {
                this.finding('EDGE_SETTING_INVALID', protocols.line, { setting: this.setting('sslProtocols'), value: protocols.value ?? [], allowed: 'SSLv3, TLSv1, TLSv1.1, TLSv1.2' }, origin.name, 'error');
                skipAll();
            }
        }
        for (const header of origin.customHeaders) {
            if (!header.value.unresolved)
                continue;
            this.unresolved(origin.name, 'headerValue', header.value.line, header.value.unresolved, ['http'], { header: header.name });
            unchecked.add('http');
        }
        if (origin.signed)
            unchecked.add('http');
    }
    judgeEnum(origin, key, setting, skipAll, required) {
        if (setting.unresolved) {
            this.unresolved(origin.name, key, setting.line, setting.unresolved, NETWORK);
            skipAll();
            return;
        }
        if (setting.value === undefined && !required)
            return;
        const problem = setting.value === undefined
            ? { severity: 'error', allowed: 'http-only, https-only, match-viewer' }
            : enumProblem(key, setting.value);
        if (!problem)
            return;
        this.finding('EDGE_SETTING_INVALID', setting.line, { setting: this.setting(key), value: setting.value ?? null, allowed: problem.allowed }, origin.name, problem.severity);
        skipAll();
    }
    /** Host and SNI: the origin domain where a behaviour keeps it, every alias where one forwards the viewer's Host. */
    resolveHosts(origin, behaviours) {
        const hosts = [];
        const keepsDomain = behaviours.some((b) => !('forwarded' in b.host) || !b.host.forwarded);
        const forwards = behaviours.some((b) => 'forwarded' in b.host && b.host.forwarded);
        for (const b of behaviours) {
            if ('unresolved' in b.host) {
                this.unresolved(origin.name, 'originRequestPolicy', b.host.line, { expression: b.host.unresolved, reason: 'policy' }, [], {
                    pathPattern: b.pathPattern,
                });
            }
        }
        if (keepsDomain && origin.domain.value)
            hosts.push(origin.domain);
        origin.hostForwarded = forwards;
        if (forwards)
            hosts.push(...this.aliasHosts(origin));
        const seen = new Set();
        origin.hosts = hosts.filter((h) => (h.value === undefined ? true : !seen.has(h.value) && (seen.add(h.value), true)));
    }
    aliasHosts(origin) {
        const aliasesLine = this.d.aliasesLine ?? this.d.line;
        if (this.d.aliasesUnresolved?.unresolved) {
            this.unresolved(origin.name, 'aliases', aliasesLine, this.d.aliasesUnresolved.unresolved, []);
            return [sourceValue(this.d.aliasesUnresolved, undefined, this.file, aliasesLine)];
        }
        const aliases = this.d.aliases.map((a) => sourceValue(a, undefined, this.file, aliasesLine));
        for (const alias of aliases)
            if (alias.unresolved)
                this.unresolved(origin.name, 'aliases', alias.line, alias.unresolved, []);
        if (aliases.length > 0)
            return aliases;
        if (this.d.ownDomain)
            return [{ value: this.d.ownDomain, file: this.file, line: this.d.line, declared: true }];
        const noAlias = { expression: '*.cloudfront.net', reason: 'no-alias' };
        this.unresolved(origin.name, 'aliases', aliasesLine, noAlias, []);
        return [{ unresolved: noAlias, file: this.file, line: aliasesLine, declared: false }];
    }
    unresolved(origin, key, line, what, unchecked, extra = {}) {
        this.finding('SOURCE_UNRESOLVED', line, { setting: this.setting(key), expression: what.expression, because: what.reason, unchecked: [...unchecked], ...extra }, origin);
    }
}
function idText(id) {
    return id.value ?? id.unresolved?.partial ?? id.unresolved?.expression ?? '(unknown)';
}
function sameId(a, b) {
    if (a.value !== undefined || b.value !== undefined)
        return a.value === b.value;
    return a.unresolved !== undefined && b.unresolved !== undefined && idText(a) === idText(b);
}
function sourceValue(raw, fallback, file, originLine) {
    if (raw && (raw.value !== undefined || raw.unresolved)) {
        const value = { file, line: raw.line, declared: true };
        if (raw.value !== undefined)
            value.value = raw.value;
        if (raw.unresolved)
            value.unresolved = { expression: raw.unresolved.expression, reason: raw.unresolved.reason };
        return value;
    }
    return fallback === undefined ? { file, line: originLine, declared: false } : { value: fallback, file, line: originLine, declared: false };
}
/** Numbers written as strings ("8443") read as numbers; what is not an integer stays for the setting check. */
function numeric(value) {
    if (value.value === undefined)
        return value;
    const n = integerOf(value.value);
    return n === undefined ? value : { ...value, value: n };
}
function rawNumber(raw, key) {
    const field = raw[key];
    return field?.value;
}

;// CONCATENATED MODULE: ./lib/sources/as-text.js
/** A value from a source as text: scalars as written, anything else as JSON (never `[object Object]`). */
function asText(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined)
        return String(value);
    return JSON.stringify(value);
}

;// CONCATENATED MODULE: ./lib/sources/cloudformation-intrinsics.js
/**
 * CloudFormation's intrinsic functions, evaluated only as far as they can be before deploy: Parameters
 * (from `parameters:` or their Default), Mappings, Conditions, Fn::Sub, Fn::Join and friends resolve;
 * Fn::GetAtt, Fn::ImportValue, a resource's Ref, pseudo-parameters without a value and `{{resolve:...}}`
 * do not. What does not resolve keeps its expression, for the notice that names it.
 */

/** `Ref AWS::NoValue`: the property is left out. */
const NO_VALUE = Symbol('AWS::NoValue');
const PSEUDO_PARAMETERS = new Set([
    'AWS::AccountId',
    'AWS::NotificationARNs',
    'AWS::Partition',
    'AWS::Region',
    'AWS::StackId',
    'AWS::StackName',
    'AWS::URLSuffix',
]);
function evaluate(node, ctx) {
    switch (node.kind) {
        case 'scalar':
            return typeof node.value === 'string' ? checkDynamic(node.value) : { ok: true, value: node.value };
        case 'list': {
            const values = [];
            for (const item of node.items) {
                const result = evaluate(item, ctx);
                if (result === NO_VALUE)
                    continue;
                if (!result.ok)
                    return result;
                values.push(result.value);
            }
            return { ok: true, value: values };
        }
        case 'map': {
            const values = {};
            for (const [key, { value }] of node.entries) {
                const result = evaluate(value, ctx);
                if (result === NO_VALUE)
                    continue;
                if (!result.ok)
                    return result;
                values[key] = result.value;
            }
            return { ok: true, value: values };
        }
        case 'function':
            return evaluateFunction(node, ctx);
    }
}
function checkDynamic(text) {
    if (text.includes('{{resolve:'))
        return unresolved(text, 'dynamic-reference', text);
    return { ok: true, value: text };
}
function unresolved(expression, reason, partial) {
    return { ok: false, expression, reason, partial };
}
function cannot(node, reason, partial) {
    const expression = render(node);
    return unresolved(expression, reason, partial ?? `\${${expression}}`);
}
function evaluateFunction(node, ctx) {
    const arg = node.argument;
    switch (node.name) {
        case 'Ref':
            return evaluateRef(node, ctx);
        case 'Fn::Sub':
            return evaluateSub(node, ctx);
        case 'Fn::Join': {
            const [delimiter, list] = items(arg);
            const d = delimiter ? evaluate(delimiter, ctx) : undefined;
            if (!d || d === NO_VALUE || !d.ok || typeof d.value !== 'string' || !list)
                return cannot(node, 'function');
            const parts = partsOf(list, ctx);
            if ('failed' in parts)
                return { ...parts.failed, expression: render(node), partial: parts.partial.join(d.value) };
            return { ok: true, value: parts.values.join(d.value) };
        }
        case 'Fn::Select': {
            const [index, list] = items(arg);
            const i = index ? evaluate(index, ctx) : undefined;
            const l = list ? evaluate(list, ctx) : undefined;
            if (!i || !l || i === NO_VALUE || l === NO_VALUE)
                return cannot(node, 'function');
            if (!i.ok)
                return { ...i, expression: render(node) };
            if (!l.ok)
                return { ...l, expression: render(node) };
            const chosen = Array.isArray(l.value) ? l.value[Number(i.value)] : undefined;
            return chosen === undefined ? cannot(node, 'function') : { ok: true, value: chosen };
        }
        case 'Fn::Split': {
            const [delimiter, text] = items(arg);
            const d = delimiter ? evaluate(delimiter, ctx) : undefined;
            const t = text ? evaluate(text, ctx) : undefined;
            if (!d || !t || d === NO_VALUE || t === NO_VALUE || !d.ok)
                return cannot(node, 'function');
            if (!t.ok)
                return { ...t, expression: render(node) };
            return { ok: true, value: asText(t.value).split(asText(d.value)) };
        }
        case 'Fn::If': {
            const [condition, whenTrue, whenFalse] = items(arg);
            const name = condition?.kind === 'scalar' ? String(condition.value) : '';
            const decided = decideCondition(name, ctx);
            if (decided === 'unknown' || !whenTrue || !whenFalse)
                return cannot(node, 'condition');
            return evaluate(decided ? whenTrue : whenFalse, ctx);
        }
        case 'Fn::FindInMap': {
            const [map, top, second, fallback] = items(arg);
            const keys = [map, top, second].map((k) => (k ? evaluate(k, ctx) : undefined));
            for (const key of keys) {
                if (!key || key === NO_VALUE)
                    return cannot(node, 'function');
                if (!key.ok)
                    return { ...key, expression: render(node) };
            }
            const [m, t, s] = keys.map((k) => asText(k.value));
            const found = lookup(ctx.mappings, [m, t, s]);
            if (found)
                return evaluate(found, ctx);
            const defaultValue = fallback?.kind === 'map' ? fallback.entries.get('DefaultValue')?.value : undefined;
            return defaultValue ? evaluate(defaultValue, ctx) : cannot(node, 'mapping');
        }
        case 'Fn::Base64': {
            const inner = evaluate(arg, ctx);
            if (inner === NO_VALUE)
                return cannot(node, 'function');
            if (!inner.ok)
                return { ...inner, expression: render(node) };
            return { ok: true, value: Buffer.from(asText(inner.value)).toString('base64') };
        }
        case 'Fn::Length': {
            const inner = evaluate(arg, ctx);
            if (inner === NO_VALUE || !inner.ok || !Array.isArray(inner.value))
                return cannot(node, 'function');
            return { ok: true, value: inner.value.length };
        }
        case 'Fn::GetAtt':
            return cannot(node, 'attribute', `\${${getAttName(arg)}}`);
        case 'Fn::ImportValue':
            return cannot(node, 'import');
        case 'Fn::Equals':
        case 'Fn::Not':
        case 'Fn::And':
        case 'Fn::Or':
        case 'Condition': {
            const value = evaluateCondition(node, ctx);
            return value === 'unknown' ? cannot(node, 'condition') : { ok: true, value };
        }
        default:
            return cannot(node, 'function');
    }
}
function evaluateRef(node, ctx) {
    const name = node.argument.kind === 'scalar' ? String(node.argument.value) : '';
    if (name === 'AWS::NoValue')
        return NO_VALUE;
    const parameter = ctx.parameters.get(name);
    if (parameter) {
        if ('missing' in parameter)
            return cannot(node, parameter.missing, `\${${name}}`);
        return checkDynamicValue(parameter.value, node, name);
    }
    if (PSEUDO_PARAMETERS.has(name)) {
        const given = ctx.pseudo.get(name);
        return given === undefined ? cannot(node, 'pseudo-parameter', `\${${name}}`) : { ok: true, value: given };
    }
    return cannot(node, 'resource', `\${${name}}`);
}
function checkDynamicValue(value, node, name) {
    if (typeof value === 'string' && value.includes('{{resolve:'))
        return cannot(node, 'dynamic-reference', `\${${name}}`);
    return { ok: true, value };
}
/** `Fn::Sub`: `${Name}`, `${Resource.Attr}` and `${!Literal}`, with an optional map of variables. */
function evaluateSub(node, ctx) {
    const arg = node.argument;
    const [template, variables] = arg.kind === 'list' ? arg.items : [arg, undefined];
    if (template?.kind !== 'scalar' || typeof template.value !== 'string')
        return cannot(node, 'function');
    const text = template.value;
    let value = '';
    let partial = '';
    let failure;
    let i = 0;
    while (i < text.length) {
        const open = text.indexOf('${', i);
        if (open < 0) {
            value += text.slice(i);
            partial += text.slice(i);
            break;
        }
        value += text.slice(i, open);
        partial += text.slice(i, open);
        const close = text.indexOf('}', open + 2);
        if (close < 0) {
            value += text.slice(open);
            partial += text.slice(open);
            break;
        }
        const name = text.slice(open + 2, close).trim();
        i = close + 1;
        if (name.startsWith('!')) {
            value += `\${${name.slice(1)}}`;
            partial += `\${${name.slice(1)}}`;
            continue;
        }
        const resolved = subVariable(name, variables, ctx);
        if (resolved.ok && (typeof resolved.value === 'string' || typeof resolved.value === 'number' || typeof resolved.value === 'boolean')) {
            value += String(resolved.value);
            partial += String(resolved.value);
        }
        else {
            failure ??= resolved.ok ? cannot(node, 'function') : resolved;
            partial += resolved.ok ? `\${${name}}` : resolved.partial;
        }
    }
    if (failure && !failure.ok)
        return { ...failure, expression: render(node), partial };
    return checkDynamic(value);
}
function subVariable(name, variables, ctx) {
    const own = variables?.kind === 'map' ? variables.entries.get(name) : undefined;
    if (own) {
        const result = evaluate(own.value, ctx);
        return result === NO_VALUE ? { ok: true, value: '' } : result;
    }
    if (name.includes('.') && !PSEUDO_PARAMETERS.has(name))
        return unresolved(`!GetAtt ${name}`, 'attribute', `\${${name}}`);
    const result = evaluateRef({ kind: 'function', line: 0, name: 'Ref', argument: { kind: 'scalar', line: 0, value: name } }, ctx);
    return result === NO_VALUE ? { ok: true, value: '' } : result;
}
/** The values of a list's items; on the first that does not resolve, that failure and every part as far as known. */
function partsOf(list, ctx) {
    if (list.kind !== 'list') {
        const whole = evaluate(list, ctx);
        if (whole === NO_VALUE)
            return { values: [] };
        if (!whole.ok)
            return { failed: whole, partial: [whole.partial] };
        return { values: Array.isArray(whole.value) ? whole.value.map(String) : [asText(whole.value)] };
    }
    const values = [];
    const partial = [];
    let failed;
    for (const item of list.items) {
        const result = evaluate(item, ctx);
        if (result === NO_VALUE)
            continue;
        if (result.ok) {
            values.push(asText(result.value));
            partial.push(asText(result.value));
        }
        else {
            failed ??= result;
            partial.push(result.partial);
        }
    }
    return failed ? { failed, partial } : { values };
}
function items(node) {
    return node.kind === 'list' ? node.items : [node];
}
function lookup(mappings, keys) {
    let current = mappings;
    for (const key of keys) {
        if (current?.kind !== 'map')
            return undefined;
        current = current.entries.get(key)?.value;
    }
    return current;
}
function getAttName(arg) {
    if (arg.kind === 'scalar')
        return String(arg.value);
    if (arg.kind === 'list')
        return arg.items.map((item) => (item.kind === 'scalar' ? String(item.value) : render(item))).join('.');
    return render(arg);
}
/** A named condition of the template, decided from `parameters:` and Parameter defaults where it can be. */
function decideCondition(name, ctx) {
    const known = ctx.decided.get(name);
    if (known !== undefined)
        return known;
    const definition = ctx.conditions.get(name);
    if (!definition)
        return 'unknown';
    ctx.decided.set(name, 'unknown'); // a loop stays undecided
    const value = evaluateCondition(definition, ctx);
    ctx.decided.set(name, value);
    return value;
}
function evaluateCondition(node, ctx) {
    if (node.kind === 'scalar')
        return typeof node.value === 'boolean' ? node.value : node.value === 'true' ? true : node.value === 'false' ? false : 'unknown';
    if (node.kind !== 'function')
        return 'unknown';
    const args = items(node.argument).filter((a) => a !== undefined);
    switch (node.name) {
        case 'Condition':
            return decideCondition(node.argument.kind === 'scalar' ? String(node.argument.value) : '', ctx);
        case 'Fn::Equals': {
            const [a, b] = args.map((arg) => evaluate(arg, ctx));
            if (!a || !b || a === NO_VALUE || b === NO_VALUE || !a.ok || !b.ok)
                return 'unknown';
            return JSON.stringify(normalise(a.value)) === JSON.stringify(normalise(b.value));
        }
        case 'Fn::Not': {
            const inner = args[0] ? evaluateCondition(args[0], ctx) : 'unknown';
            return inner === 'unknown' ? 'unknown' : !inner;
        }
        case 'Fn::And': {
            const values = args.map((arg) => evaluateCondition(arg, ctx));
            if (values.includes(false))
                return false;
            return values.every((v) => v === true) ? true : 'unknown';
        }
        case 'Fn::Or': {
            const values = args.map((arg) => evaluateCondition(arg, ctx));
            if (values.includes(true))
                return true;
            return values.every((v) => v === false) ? false : 'unknown';
        }
        default:
            return 'unknown';
    }
}
/** Fn::Equals compares values as strings (a Number parameter arrives as one). */
function normalise(value) {
    if (Array.isArray(value))
        return value.map(normalise);
    return typeof value === 'number' || typeof value === 'boolean' ? String(value) : value;
}
const RENDER_LIMIT = 160;
/** The expression as a person would write it in YAML short form, bounded in length. */
function render(node) {
    const text = renderNode(node);
    return text.length > RENDER_LIMIT ? `${text.slice(0, RENDER_LIMIT - 3)}...` : text;
}
function renderNode(node) {
    switch (node.kind) {
        case 'scalar':
            return typeof node.value === 'string' && /^[\w.:/*-]+$/.test(node.value) ? node.value : JSON.stringify(node.value);
        case 'list':
            return `[${node.items.map(renderNode).join(', ')}]`;
        case 'map':
            return `{${[...node.entries].map(([key, { value }]) => `${key}: ${renderNode(value)}`).join(', ')}}`;
        case 'function': {
            const short = node.name.startsWith('Fn::') ? node.name.slice(4) : node.name;
            const arg = short === 'GetAtt' ? getAttName(node.argument) : renderNode(node.argument);
            return `!${short} ${arg}`;
        }
    }
}

;// CONCATENATED MODULE: ./lib/sources/template-functions.js
/** What the readers of a template's edge functions share: the template as read, and small helpers over it. */


/** A value's text, where it resolves to a non-empty scalar. */
function resolvedText(node, input) {
    if (!node)
        return undefined;
    const value = input.resolver.value(node);
    if (value === NO_VALUE || !value.ok || value.value === null || typeof value.value === 'object')
        return undefined;
    const text = asText(value.value);
    return text === '' ? undefined : text;
}

;// CONCATENATED MODULE: ./lib/sources/function-declaration.js
/**
 * What every source reader says of an edge function in the same way, whatever the format: the events
 * its associations name, a handler's export, and a Lambda@Edge declaration put together from the
 * associations, the settings and where its code is.
 */

/** The events a function runs on, in CloudFront's order, once each. */
function eventsOf(associations) {
    return types/* EDGE_EVENTS */.uQ.filter((event) => associations.some((a) => a.event === event));
}
/** The export a handler names: `index.handler` → `handler`. */
function handlerExport(handler) {
    if (!handler)
        return 'handler';
    const dot = handler.lastIndexOf('.');
    return dot >= 0 ? handler.slice(dot + 1) : handler;
}
function lambdaEdgeDeclaration(function_, associations, code, settings) {
    const declaration = {
        name: function_.name,
        kind: 'lambda-edge',
        file: function_.file,
        declaredAt: { file: function_.file, line: function_.line },
        handler: handlerExport(function_.handler),
        events: eventsOf(associations),
        includeBody: associations.some((a) => a.includeBody),
        associations: associations.map(({ event, file, line }) => ({ event, file, line })),
        lambda: settings,
    };
    if (code.inline)
        Object.assign(declaration, code.inline);
    else if (code.path) {
        declaration.file = code.path;
        declaration.path = code.path;
    }
    else
        declaration.codeElsewhere = code.elsewhere;
    return declaration;
}

;// CONCATENATED MODULE: ./lib/sources/block-yaml.js
/**
 * The fast path for YAML templates: block mappings and sequences, plain and quoted scalars, one-line
 * flow collections, CloudFormation's short-form tags and `|`/`>` block scalars, read line by line into
 * the positioned tree. That is how templates are written; anything else (anchors, multi-line flow or
 * plain scalars, other tags, directives) returns undefined and the general YAML reader takes over.
 */
class NotSimple extends Error {
}
function parseBlockYaml(source, shortForms, asFunction) {
    try {
        const reader = new BlockReader(source, shortForms, asFunction);
        const root = reader.document();
        return root ? { root, duplicates: reader.duplicates } : { duplicates: reader.duplicates };
    }
    catch (error) {
        if (error instanceof NotSimple)
            return undefined;
        throw error;
    }
}
function bail() {
    throw new NotSimple();
}
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** `Key: rest`: a plain key may hold `:` not followed by a space (`AWS::Region`), or the key is quoted. */
const PLAIN_KEY = /^((?:[^\s'"{}[\],&*!|>%@`#?:-]|-(?=\S))(?:[^:]|:(?=\S))*?)\s*:(?:\s+(.*))?$/;
const QUOTED_KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')\s*:(?:\s+(.*))?$/;
/** The key and the rest of a `key: rest` line, or undefined when the line is no mapping entry. */
function block_yaml_keyOf(text) {
    const plain = PLAIN_KEY.exec(text);
    if (plain)
        return { key: keyText(plain[1]), rest: plain[2] ?? '' };
    const quotedKey = QUOTED_KEY.exec(text);
    if (quotedKey)
        return { key: quoted(quotedKey[1], 0).value, rest: quotedKey[2] ?? '' };
    return undefined;
}
/** YAML 1.2 core schema, as the general reader resolves plain scalars. */
function resolvePlain(text) {
    if (text === '' || text === '~' || text === 'null' || text === 'Null' || text === 'NULL')
        return null;
    if (text === 'true' || text === 'True' || text === 'TRUE')
        return true;
    if (text === 'false' || text === 'False' || text === 'FALSE')
        return false;
    if (INT.test(text) || FLOAT.test(text))
        return Number(text);
    if (/^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/.test(text) || /^0[ox]/.test(text))
        bail();
    return text;
}
class BlockReader {
    shortForms;
    asFunction;
    duplicates = [];
    lines;
    index = 0;
    constructor(source, shortForms, asFunction) {
        this.shortForms = shortForms;
        this.asFunction = asFunction;
        this.lines = source.split('\n').map((raw, i) => {
            const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
            const indent = line.length - line.trimStart().length;
            if (line.slice(0, indent).includes('\t'))
                bail();
            return { number: i + 1, indent, text: stripComment(line.slice(indent)), raw: line };
        });
    }
    document() {
        this.skipBlank();
        const first = this.current();
        if (first && (first.text.startsWith('%') || first.text === '---' || first.text.startsWith('--- ')))
            bail();
        const root = first ? this.node(0) : undefined;
        this.skipBlank();
        if (this.current())
            bail();
        return root;
    }
    current() {
        return this.lines[this.index];
    }
    skipBlank() {
        while (this.index < this.lines.length && this.lines[this.index].text === '')
            this.index++;
    }
    /** The node starting at the current line, at `indent` or deeper. */
    node(minIndent) {
        this.skipBlank();
        const line = this.current();
        if (!line || line.indent < minIndent)
            bail();
        if (line.text === '-' || line.text.startsWith('- '))
            return this.sequence(line.indent);
        if (block_yaml_keyOf(line.text))
            return this.mapping(line.indent);
        this.index++;
        return this.inline(line.text, line, line.indent);
    }
    mapping(indent) {
        const entries = new Map();
        const line = this.current().number;
        for (;;) {
            this.skipBlank();
            const current = this.current();
            if (!current || current.indent < indent)
                break;
            if (current.indent > indent)
                bail();
            const entry = block_yaml_keyOf(current.text);
            if (!entry)
                bail();
            const { key, rest } = entry;
            this.index++;
            const value = rest === '' ? this.valueBelow(current, indent, true) : this.inline(rest, current, indent);
            const earlier = entries.get(key);
            if (earlier)
                this.duplicates.push({ key, line: current.number, firstLine: earlier.line });
            entries.set(key, { line: current.number, value });
        }
        return this.asFunction({ kind: 'map', line, entries });
    }
    sequence(indent) {
        const items = [];
        const line = this.current().number;
        for (;;) {
            this.skipBlank();
            const current = this.current();
            if (!current || current.indent < indent)
                break;
            if (current.indent > indent)
                bail();
            // A sequence written at its key's column ends where the next key of that mapping starts.
            if (!(current.text === '-' || current.text.startsWith('- ')))
                break;
            const content = current.text.slice(1).trimStart();
            if (content === '') {
                this.index++;
                items.push(this.valueBelow(current, indent, false));
                continue;
            }
            const offset = current.indent + (current.text.length - content.length);
            if (content === '-' || content.startsWith('- ') || block_yaml_keyOf(content)) {
                // A compact collection: read it as if it started on its own line at the content's column.
                this.lines[this.index] = { ...current, indent: offset, text: content };
                items.push(this.node(offset));
                continue;
            }
            this.index++;
            items.push(this.inline(content, current, indent));
        }
        return { kind: 'list', line, items };
    }
    /** The value of `key:` or `-` with nothing after it: a deeper node, a sequence at the key's column, or null. */
    valueBelow(owner, indent, isKey) {
        this.skipBlank();
        const next = this.current();
        if (next && next.indent > indent)
            return this.node(next.indent);
        if (isKey && next && next.indent === indent && (next.text === '-' || next.text.startsWith('- ')))
            return this.sequence(indent);
        return { kind: 'scalar', line: owner.number, value: null };
    }
    /** A value written after `key: ` or `- ` on `line`; `indent` is the column of its owner. */
    inline(text, line, indent) {
        const first = text[0];
        if (first === '!')
            return this.tagged(text, line, indent);
        if (first === '&' || first === '*' || first === '?' || first === '%' || first === '@' || first === '`')
            bail();
        if (first === '|' || first === '>')
            return this.blockScalar(text, line, indent);
        if (first === '[' || first === '{') {
            const flow = new FlowReader(text, line.number, this.shortForms, this.asFunction);
            const node = flow.value();
            if (!flow.atEnd())
                bail();
            return node;
        }
        if (first === '"' || first === "'") {
            const { value, end } = quoted(text, 0);
            if (text.slice(end).trim() !== '')
                bail();
            return { kind: 'scalar', line: line.number, value };
        }
        if (/:\s|:$/.test(text) || text.startsWith('- '))
            bail();
        return { kind: 'scalar', line: line.number, value: resolvePlain(text) };
    }
    tagged(text, line, indent) {
        const space = text.search(/\s/);
        const tag = space < 0 ? text : text.slice(0, space);
        const name = tag.slice(1);
        if (!this.shortForms.has(name))
            bail();
        const longName = name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
        const rest = space < 0 ? '' : text.slice(space).trim();
        if (rest === '') {
            const argument = this.valueBelow(line, indent, true);
            return {
                kind: 'function',
                line: argument.kind === 'scalar' && argument.value === null ? line.number : argument.line,
                name: longName,
                argument: argument.kind === 'scalar' && argument.value === null ? { kind: 'scalar', line: line.number, value: '' } : argument,
            };
        }
        if (rest.startsWith('!'))
            bail();
        const argument = this.inline(rest, line, indent);
        return { kind: 'function', line: line.number, name: longName, argument };
    }
    /** `|` keeps line breaks, `>` folds them; `-` strips the final break, `+` keeps trailing ones. */
    blockScalar(header, line, indent) {
        const match = /^([|>])([-+]?)$/.exec(header);
        if (!match)
            bail();
        const [, style, chomp] = match;
        const body = [];
        let blockIndent;
        while (this.index < this.lines.length) {
            const next = this.lines[this.index];
            const blank = next.raw.trim() === '';
            if (!blank) {
                if (next.indent <= indent)
                    break;
                blockIndent ??= next.indent;
                if (next.indent < blockIndent)
                    bail();
            }
            body.push(blank ? '' : next.raw.slice(blockIndent));
            this.index++;
        }
        // Trailing blank lines belong to the chomping, not to the next node.
        let trailing = 0;
        while (body.length && body[body.length - 1] === '') {
            body.pop();
            trailing++;
        }
        if (body.some((l) => /^\s/.test(l) && l !== '') && style === '>')
            bail();
        const content = style === '|' ? body.join('\n') : foldLines(body);
        const ending = body.length === 0 ? '' : chomp === '-' ? '' : chomp === '+' ? '\n'.repeat(trailing + 1) : '\n';
        return { kind: 'scalar', line: line.number, value: content + ending };
    }
}
/** Folded style: single line breaks become spaces, blank lines stay breaks. */
function foldLines(lines) {
    let text = '';
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (i === 0)
            text = line;
        else if (line === '')
            text += '\n';
        else
            text += lines[i - 1] === '' ? line : ` ${line}`;
    }
    return text;
}
function keyText(raw) {
    const key = raw.trim();
    if (key === '~' || /^(null|Null|NULL|true|True|TRUE|false|False|FALSE)$/.test(key) || (FLOAT.test(key) && !INT.test(key)))
        bail();
    return INT.test(key) ? String(Number(key)) : key;
}
/** The line without its comment: a `#` at the start or after a space, outside quotes. */
function stripComment(text) {
    let quote;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote) {
            if (c === quote) {
                if (quote === "'" && text[i + 1] === "'")
                    i++;
                else
                    quote = undefined;
            }
            else if (c === '\\' && quote === '"')
                i++;
            continue;
        }
        if ((c === '"' || c === "'") && (i === 0 || /[\s[{,:]/.test(text[i - 1])))
            quote = c;
        else if (c === '#' && (i === 0 || /\s/.test(text[i - 1])))
            return text.slice(0, i).trimEnd();
    }
    if (quote)
        bail(); // a quoted scalar over several lines
    return text.trimEnd();
}
/** A quoted scalar starting at `start`; double-quoted escapes as far as JSON shares them. */
function quoted(text, start) {
    const quote = text[start];
    let i = start + 1;
    let value = '';
    for (;;) {
        if (i >= text.length)
            bail();
        const c = text[i];
        if (quote === "'" && c === "'") {
            if (text[i + 1] === "'") {
                value += "'";
                i += 2;
                continue;
            }
            return { value, end: i + 1 };
        }
        if (quote === '"' && c === '\\') {
            const escape = text.slice(i, i + (text[i + 1] === 'u' ? 6 : 2));
            if (!/^\\(["\\/bfnrt]|u[0-9a-fA-F]{4})$/.test(escape))
                bail();
            value += JSON.parse(`"${escape}"`);
            i += escape.length;
            continue;
        }
        if (quote === '"' && c === '"')
            return { value, end: i + 1 };
        value += c;
        i++;
    }
}
/** `[a, !Ref B, {K: v}]` on one line. */
class FlowReader {
    text;
    line;
    shortForms;
    asFunction;
    position = 0;
    constructor(text, line, shortForms, asFunction) {
        this.text = text;
        this.line = line;
        this.shortForms = shortForms;
        this.asFunction = asFunction;
    }
    atEnd() {
        this.space();
        return this.position >= this.text.length;
    }
    space() {
        while (this.text[this.position] === ' ')
            this.position++;
    }
    value() {
        this.space();
        const c = this.text[this.position];
        const line = this.line;
        if (c === '[') {
            this.position++;
            const items = [];
            this.space();
            if (this.text[this.position] === ']') {
                this.position++;
                return { kind: 'list', line, items };
            }
            for (;;) {
                items.push(this.value());
                this.space();
                const next = this.text[this.position++];
                if (next === ']')
                    return { kind: 'list', line, items };
                if (next !== ',')
                    bail();
                this.space();
                if (this.text[this.position] === ']')
                    bail();
            }
        }
        if (c === '{') {
            this.position++;
            const entries = new Map();
            this.space();
            if (this.text[this.position] === '}') {
                this.position++;
                return { kind: 'map', line, entries };
            }
            for (;;) {
                this.space();
                const keyNode = this.scalar(true);
                if (keyNode.kind !== 'scalar' || keyNode.value === null)
                    bail();
                const key = String(keyNode.value);
                this.space();
                if (this.text[this.position] !== ':')
                    bail();
                this.position++;
                const value = this.value();
                if (entries.has(key))
                    bail();
                entries.set(key, { line, value });
                this.space();
                const next = this.text[this.position++];
                if (next === '}')
                    return this.asFunction({ kind: 'map', line, entries });
                if (next !== ',')
                    bail();
            }
        }
        if (c === '!') {
            const match = /^!([A-Za-z]+)\s+/.exec(this.text.slice(this.position));
            if (!match || !this.shortForms.has(match[1]))
                bail();
            this.position += match[0].length;
            const name = match[1] === 'Ref' || match[1] === 'Condition' ? match[1] : `Fn::${match[1]}`;
            return { kind: 'function', line, name, argument: this.value() };
        }
        return this.scalar(false);
    }
    scalar(isKey) {
        const c = this.text[this.position];
        if (c === '"' || c === "'") {
            const { value, end } = quoted(this.text, this.position);
            this.position = end;
            return { kind: 'scalar', line: this.line, value };
        }
        if (c === undefined || '&*?|>%@`#,[]{}!'.includes(c))
            bail();
        const start = this.position;
        while (this.position < this.text.length) {
            const ch = this.text[this.position];
            if (ch === ',' || ch === ']' || ch === '}')
                break;
            if (ch === ':' && (isKey || /[\s,\]}]/.test(this.text[this.position + 1] ?? ' ')))
                break;
            this.position++;
        }
        const text = this.text.slice(start, this.position).trim();
        if (text.includes(': ') || text.includes(' #'))
            bail();
        return { kind: 'scalar', line: this.line, value: resolvePlain(text) };
    }
}

;// CONCATENATED MODULE: ./lib/sources/json-tree.js
/**
 * The fast path for JSON sources (CDK templates, plans, CloudFront's output): one pass over the text
 * that builds the positioned tree directly, counting lines as it goes. The general YAML reader is
 * several times slower on the same text; anything this reader does not accept goes to it instead.
 */
function parseJsonTree(text, asFunction) {
    const reader = new JsonReader(text, asFunction);
    try {
        reader.space();
        const root = reader.value();
        reader.space();
        if (reader.position !== text.length)
            return undefined;
        return { root, duplicates: reader.duplicates };
    }
    catch (error) {
        if (error instanceof NotJson)
            return undefined;
        throw error;
    }
}
class NotJson extends Error {
}
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
class JsonReader {
    text;
    asFunction;
    position = 0;
    line = 1;
    duplicates = [];
    constructor(text, asFunction) {
        this.text = text;
        this.asFunction = asFunction;
    }
    space() {
        const text = this.text;
        for (;;) {
            const c = text.charCodeAt(this.position);
            if (c === 10)
                this.line++;
            else if (c !== 32 && c !== 9 && c !== 13)
                return;
            this.position++;
        }
    }
    value() {
        const c = this.text[this.position];
        const line = this.line;
        if (c === '{')
            return this.object(line);
        if (c === '[')
            return this.array(line);
        if (c === '"')
            return { kind: 'scalar', line, value: this.string() };
        return { kind: 'scalar', line, value: this.literal() };
    }
    object(line) {
        this.position++;
        const entries = new Map();
        this.space();
        if (this.text[this.position] === '}') {
            this.position++;
            return { kind: 'map', line, entries };
        }
        for (;;) {
            this.space();
            if (this.text[this.position] !== '"')
                throw new NotJson();
            const keyLine = this.line;
            const key = this.string();
            this.space();
            if (this.text[this.position] !== ':')
                throw new NotJson();
            this.position++;
            this.space();
            const value = this.value();
            const earlier = entries.get(key);
            if (earlier)
                this.duplicates.push({ key, line: keyLine, firstLine: earlier.line });
            entries.set(key, { line: keyLine, value });
            this.space();
            const next = this.text[this.position++];
            if (next === '}')
                return this.asFunction({ kind: 'map', line, entries });
            if (next !== ',')
                throw new NotJson();
        }
    }
    array(line) {
        this.position++;
        const items = [];
        this.space();
        if (this.text[this.position] === ']') {
            this.position++;
            return { kind: 'list', line, items };
        }
        for (;;) {
            this.space();
            items.push(this.value());
            this.space();
            const next = this.text[this.position++];
            if (next === ']')
                return { kind: 'list', line, items };
            if (next !== ',')
                throw new NotJson();
        }
    }
    /** A string token; escapes through JSON.parse, which knows them all. */
    string() {
        const start = this.position;
        let escaped = false;
        let i = start + 1;
        for (;;) {
            const c = this.text.charCodeAt(i);
            if (Number.isNaN(c) || c === 10 || c === 13)
                throw new NotJson();
            if (c === 92) {
                escaped = true;
                i += 2;
                continue;
            }
            if (c === 34)
                break;
            i++;
        }
        this.position = i + 1;
        const raw = this.text.slice(start + 1, i);
        return escaped ? JSON.parse(`"${raw}"`) : raw;
    }
    literal() {
        for (const [word, value] of [
            ['true', true],
            ['false', false],
            ['null', null],
        ]) {
            if (this.text.startsWith(word, this.position)) {
                this.position += word.length;
                return value;
            }
        }
        NUMBER.lastIndex = this.position;
        const match = NUMBER.exec(this.text);
        if (!match)
            throw new NotJson();
        this.position += match[0].length;
        return Number(match[0]);
    }
}

;// CONCATENATED MODULE: ./lib/sources/tree.js
/**
 * A YAML or JSON file as a small positioned tree: maps, lists, scalars and CloudFormation functions
 * (short-form tags and `{"Fn::X": ...}` alike), each with the line it starts on.
 */




/** Functions CloudFormation accepts in short form; `!Ref` and `!Condition` keep their names. */
const SHORT_FORMS = new Set([
    'Ref',
    'Condition',
    'Sub',
    'GetAtt',
    'If',
    'Join',
    'Select',
    'ImportValue',
    'FindInMap',
    'Equals',
    'Not',
    'And',
    'Or',
    'Base64',
    'Split',
    'GetAZs',
    'Cidr',
    'Transform',
    'Length',
    'ToJsonString',
    'ForEach',
]);
function longForm(short) {
    return short === 'Ref' || short === 'Condition' ? short : `Fn::${short}`;
}
/** Every short-form tag, registered so the parser neither warns nor changes the node. */
const CUSTOM_TAGS = [...SHORT_FORMS].flatMap((name) => [
    { tag: `!${name}`, resolve: (value) => value },
    { tag: `!${name}`, collection: 'seq', resolve: (value) => value },
    { tag: `!${name}`, collection: 'map', resolve: (value) => value },
]);
function parseTree(text) {
    // A byte-order mark is not part of the document.
    const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    // JSON (CDK, plans, CloudFront's output) takes the fast path; what it refuses, YAML reads and explains.
    if (/^\s*[{[]/.test(source)) {
        const json = parseJsonTree(source, asFunction);
        if (json)
            return json;
    }
    // Templates as people write them take the line reader; what it does not read, the YAML library does.
    return parseBlockYaml(source, SHORT_FORMS, asFunction) ?? parseWithYamlLibrary(source);
}
/** The general reader: every YAML construct, and the parser's own line for a file that does not parse. */
function parseWithYamlLibrary(source) {
    const lines = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(source, {
        lineCounter: lines,
        uniqueKeys: false,
        customTags: CUSTOM_TAGS,
        prettyErrors: false,
        strict: false,
    });
    const duplicates = [];
    const first = document.errors[0];
    if (first)
        return { error: { line: lines.linePos(first.pos[0]).line, code: first.code }, duplicates };
    const converter = new Converter(document, lines, duplicates);
    const root = document.contents ? converter.convert(document.contents) : undefined;
    return root ? { root, duplicates } : { duplicates };
}
class Converter {
    document;
    lines;
    duplicates;
    constructor(document, lines, duplicates) {
        this.document = document;
        this.lines = lines;
        this.duplicates = duplicates;
    }
    lineOf(node, fallback = 1) {
        const range = node?.range;
        return range ? this.lines.linePos(range[0]).line : fallback;
    }
    convert(node, fallbackLine = 1) {
        if ((0,dist/* isAlias */.Vj)(node)) {
            const target = node.resolve(this.document);
            return target
                ? this.convert(target, this.lineOf(node, fallbackLine))
                : { kind: 'scalar', line: this.lineOf(node, fallbackLine), value: null };
        }
        const line = this.lineOf(node, fallbackLine);
        const tag = node.tag;
        const converted = this.convertUntagged(node, line);
        if (tag && tag.startsWith('!') && !tag.startsWith('!!')) {
            return { kind: 'function', line, name: longForm(tag.slice(1)), argument: converted };
        }
        return converted;
    }
    convertUntagged(node, line) {
        if ((0,dist/* isMap */.jh)(node)) {
            const entries = new Map();
            for (const pair of node.items) {
                const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : String(pair.key);
                const keyLine = this.lineOf(pair.key, line);
                const earlier = entries.get(key);
                if (earlier)
                    this.duplicates.push({ key, line: keyLine, firstLine: earlier.line });
                const value = pair.value === null || pair.value === undefined
                    ? { kind: 'scalar', line: keyLine, value: null }
                    : this.convert(pair.value, keyLine);
                entries.set(key, { line: keyLine, value });
            }
            return asFunction({ kind: 'map', line, entries });
        }
        if ((0,dist/* isSeq */.oP)(node))
            return { kind: 'list', line, items: node.items.map((item) => this.convert(item, line)) };
        if ((0,dist/* isScalar */.jn)(node)) {
            const value = node.value;
            return {
                kind: 'scalar',
                line,
                value: typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
                    ? value
                    : value === null
                        ? null
                        : asText(value),
            };
        }
        return { kind: 'scalar', line, value: null };
    }
}
/** `{"Ref": "X"}`, `{"Fn::Sub": ...}`: a mapping of one function key is that function. */
function asFunction(node) {
    if (node.kind !== 'map')
        return node;
    const map = node;
    if (map.entries.size !== 1)
        return map;
    const [key, entry] = [...map.entries][0];
    if (key === 'Ref' || key === 'Condition' || (key.startsWith('Fn::') && SHORT_FORMS.has(key.slice(4)))) {
        return { kind: 'function', line: map.line, name: key, argument: entry.value };
    }
    return map;
}
/** The entry of `key` in a mapping, else undefined. */
function entry(node, key) {
    return node?.kind === 'map' ? node.entries.get(key) : undefined;
}
/** The value of the first of `keys` present in a mapping. */
function child(node, ...keys) {
    for (const key of keys) {
        const found = entry(node, key);
        if (found)
            return found.value;
    }
    return undefined;
}
/** The line of the first of `keys` present, else `fallback`. */
function keyLine(node, fallback, ...keys) {
    for (const key of keys) {
        const found = entry(node, key);
        if (found)
            return found.line;
    }
    return fallback;
}

;// CONCATENATED MODULE: ./lib/sources/source-invalid.js
/**
 * SOURCE_INVALID: a file that does not parse as its format, or that its reader failed on (error); one that
 * reads ambiguously, or names code outside the repository (warning).
 */

const WARNINGS = ['duplicate-key', 'outside-repository'];
function invalidSource(file, line, format, problem, facts = {}) {
    const severity = WARNINGS.includes(problem) ? 'warning' : 'error';
    return { code: 'SOURCE_INVALID', severity, file, line, details: { format, problem, ...facts } };
}
/** The parsed tree and its duplicate-key warnings, or the result that says the file does not parse. */
function parsedOrInvalid(text, file, format) {
    const parsed = parseTree(text);
    if (parsed.error) {
        return {
            result: { origins: [], findings: [invalidSource(file, parsed.error.line, format, 'parse', { parserCode: parsed.error.code })] },
        };
    }
    if (!parsed.root)
        return { result: { origins: [], findings: [invalidSource(file, 1, format, 'empty')] } };
    const findings = parsed.duplicates.map((d) => invalidSource(file, d.line, format, 'duplicate-key', { key: d.key, firstLine: d.firstLine }));
    return { root: parsed.root, findings };
}

;// CONCATENATED MODULE: ./lib/sources/inline-code.js
/**
 * Code written inside a template (a CloudFront Function's `FunctionCode`, a Lambda's `ZipFile`): its text,
 * and the template line its first line is on, so a finding on line 3 of the code points at the template's.
 * A `|` block scalar starts on the line after its key and keeps every line; anything else (a JSON string,
 * a quoted or folded scalar, a `!Join`) is read as sitting on one line: the value's.
 */


/** `Key: |`, `Key: |-`, `Key: !Sub |`: the code starts on the next line, line for line. */
const LITERAL_BLOCK = /:\s*(?:!(?:Sub|Fn::Sub)\s+)?\|[-+0-9]*\s*(?:#.*)?$/;
function inlineCode(setting, lines, resolver) {
    const value = resolver.value(setting.value);
    const keyText = lines[setting.line - 1] ?? '';
    const block = LITERAL_BLOCK.test(keyText.replace(/\r$/, ''));
    const placement = block ? { codeLine: setting.line + 1 } : { codeLine: setting.value.line, codeOnOneLine: true };
    if (value === NO_VALUE)
        return { expression: '(no value)', placement };
    if (!value.ok)
        return { expression: value.expression, placement };
    if (typeof value.value !== 'string')
        return { expression: asText(value.value), placement };
    return { code: value.value, placement };
}
/** A scalar's text, without evaluating anything. */
function textValue(node) {
    return node?.kind === 'scalar' && node.value !== null ? String(node.value) : undefined;
}

;// CONCATENATED MODULE: ./lib/sources/cloudformation-lambda.js
/**
 * A Lambda function a behaviour associates, read from its template resource (AWS::Lambda::Function, or
 * SAM's AWS::Serverless::Function): the deployment settings CloudFront's association rules judge, each
 * with its line, and the code: inline (`ZipFile`, `InlineCode`), a CDK asset folder beside the template
 * (`Metadata."aws:asset:path"`), or a SAM `CodeUri` folder. Code elsewhere (S3, an image) is named, not read.
 */








function readLambdaFunction(found, targets, associations, input) {
    const { resource } = found;
    const properties = input.resolver.map(child(resource, 'Properties'))?.node;
    const sam = resolvedText(child(resource, 'Type'), input) === 'AWS::Serverless::Function';
    const declaredLine = entry(input.resources, found.logicalId)?.line ?? resource.line;
    const settings = {};
    const lines = {};
    const setting = (key) => {
        const found = entry(properties, key);
        if (!found)
            return undefined;
        const value = input.resolver.value(found.value);
        return value === NO_VALUE || !value.ok || value.value === null ? undefined : { value: value.value, line: found.line };
    };
    const text = (key, source) => {
        const read = setting(source);
        if (read === undefined || typeof read.value === 'object')
            return undefined;
        lines[key] = read.line;
        return asText(read.value);
    };
    const number = (key, source) => {
        const read = setting(source);
        const n = read === undefined ? NaN : Number(read.value);
        if (!Number.isFinite(n))
            return undefined;
        lines[key] = read.line;
        return n;
    };
    // The worst qualifier any association names: one refused association fails the deployment.
    const refused = targets.find((t) => t !== undefined && t.qualifier !== undefined);
    if (refused) {
        settings.qualifier = refused.qualifier;
        lines.qualifier = { file: input.file, line: refused.arnLine };
    }
    const region = input.ctx.pseudo.get('AWS::Region');
    if (region !== undefined)
        settings.region = region;
    const runtime = text('runtime', 'Runtime');
    if (runtime !== undefined)
        settings.runtime = runtime;
    const timeout = number('timeoutSeconds', 'Timeout');
    if (timeout !== undefined)
        settings.timeoutSeconds = timeout;
    const memory = number('memoryMb', 'MemorySize');
    if (memory !== undefined)
        settings.memoryMb = memory;
    const environment = entry(properties, 'Environment');
    const variables = environment ? entry(input.resolver.map(environment.value)?.node, 'Variables') : undefined;
    const variableMap = variables ? input.resolver.map(variables.value)?.node : undefined;
    if (environment && variableMap?.kind === 'map' && variableMap.entries.size > 0) {
        settings.environment = [...variableMap.entries.keys()];
        lines.environment = environment.line;
    }
    const vpc = entry(properties, 'VpcConfig');
    const subnets = vpc ? child(input.resolver.map(vpc.value)?.node, 'SubnetIds') : undefined;
    if (vpc && subnets && hasItems(subnets, input)) {
        settings.vpc = true;
        lines.vpc = vpc.line;
    }
    const layers = entry(properties, 'Layers');
    if (layers && input.resolver.items(layers.value).length > 0) {
        settings.layers = input.resolver.items(layers.value).map(({ node }) => resolvedText(node, input) ?? '(known at deploy)');
        lines.layers = layers.line;
    }
    const architectures = setting('Architectures');
    if (architectures && Array.isArray(architectures.value)) {
        settings.architectures = architectures.value.map(asText);
        lines.architectures = architectures.line;
    }
    const packageType = text('packageType', 'PackageType');
    if (packageType !== undefined)
        settings.packageType = packageType;
    const tracingConfig = entry(properties, 'TracingConfig');
    const tracing = sam
        ? text('tracing', 'Tracing')
        : tracingConfig
            ? resolvedText(child(input.resolver.map(tracingConfig.value)?.node, 'Mode'), input)
            : undefined;
    if (tracing !== undefined) {
        settings.tracing = tracing;
        if (tracingConfig)
            lines.tracing = tracingConfig.line;
    }
    const reserved = number('reservedConcurrency', 'ReservedConcurrentExecutions');
    if (reserved !== undefined)
        settings.reservedConcurrency = reserved;
    const provisioned = targets.find((t) => t?.provisioned)?.provisioned;
    if (provisioned) {
        settings.provisionedConcurrency = provisioned.value;
        lines.provisionedConcurrency = provisioned.line;
    }
    const handler = resolvedText(child(properties, 'Handler'), input);
    const findings = [];
    const code = readCode(resource, properties, sam, handler, runtime, input);
    if (code.outside)
        findings.push(code.outside);
    if (code.bytes !== undefined) {
        settings.packageBytes = code.bytes.value;
        lines.packageBytes = code.bytes.line;
    }
    settings.lines = lines;
    const name = resolvedText(child(properties, 'FunctionName'), input) ?? found.logicalId;
    const declaration = lambdaEdgeDeclaration({ name, file: input.file, line: declaredLine, handler }, associations, code, settings);
    return { declaration, findings };
}
function readCode(resource, properties, sam, handler, runtime, input) {
    const codeEntry = entry(properties, sam ? 'CodeUri' : 'Code');
    const codeLine = codeEntry?.line ?? resource.line;
    // The checks run JavaScript: another runtime's code is named, never parsed as JavaScript.
    if (runtime !== undefined && !runtime.startsWith('nodejs'))
        return { elsewhere: `${runtime} code` };
    const inlineEntry = sam ? entry(properties, 'InlineCode') : entry(input.resolver.map(codeEntry?.value)?.node, 'ZipFile');
    if (inlineEntry) {
        const inline = inlineCode(inlineEntry, input.lines, input.resolver);
        if (inline.code === undefined)
            return { elsewhere: inline.expression ?? 'inline code' };
        return {
            inline: { code: inline.code, ...inline.placement },
            elsewhere: '',
            bytes: { value: Buffer.byteLength(inline.code), line: inlineEntry.line },
        };
    }
    const assetPath = resolvedText(child(child(resource, 'Metadata'), 'aws:asset:path'), input);
    const local = assetPath ?? (sam ? resolvedText(codeEntry?.value, input) : undefined);
    if (local !== undefined && !/^[a-z0-9]+:\/\//i.test(local)) {
        const place = input.repository.place((0,external_node_path_.join)((0,external_node_path_.dirname)(input.file), local));
        if (place.kind === 'outside') {
            const setting = assetPath !== undefined ? 'aws:asset:path' : 'CodeUri';
            const line = assetPath !== undefined ? (entry(child(resource, 'Metadata'), 'aws:asset:path')?.line ?? codeLine) : codeLine;
            const outside = invalidSource(input.file, line, 'cloudformation', 'outside-repository', { setting });
            return { elsewhere: `${local} (outside the repository)`, outside };
        }
        if (place.kind === 'missing' || place.kind === 'other')
            return { elsewhere: `${local} (not found beside the template)` };
        const pack = input.repository.codePackage(place);
        const bytes = pack.bytes !== undefined ? { bytes: { value: pack.bytes, line: codeLine } } : {};
        if (place.kind === 'folder') {
            const file = handler ? input.repository.handlerFile(place.path, handler) : undefined;
            if (file)
                return { path: file, elsewhere: '', ...bytes };
            return { elsewhere: `${local} (no file for the handler ${handler ?? '(none)'})`, ...bytes };
        }
        return { elsewhere: local, ...bytes };
    }
    const code = input.resolver.map(codeEntry?.value)?.node;
    const image = resolvedText(child(code, 'ImageUri'), input) ?? resolvedText(child(properties, 'ImageUri'), input);
    if (image)
        return { elsewhere: image };
    const bucket = resolvedText(child(code, 'S3Bucket', 'Bucket'), input);
    const key = resolvedText(child(code, 'S3Key', 'Key'), input);
    if (bucket || key)
        return { elsewhere: `s3://${bucket ?? '(bucket)'}/${key ?? '(key)'}` };
    return { elsewhere: local ?? 'Code (not readable before deploy)' };
}
function hasItems(node, input) {
    const value = input.resolver.value(node);
    if (value !== NO_VALUE && value.ok)
        return Array.isArray(value.value) ? value.value.length > 0 : value.value !== null && value.value !== '';
    // Subnets known only at deploy are still subnets: a VPC.
    return value !== NO_VALUE;
}

;// CONCATENATED MODULE: ./lib/sources/cloudformation-functions.js
/**
 * Edge functions a CloudFormation template declares: every AWS::CloudFront::Function, and each Lambda
 * function a distribution's behaviours associate (`LambdaFunctionAssociations`), through the version,
 * alias or function the ARN names. The events are those of every behaviour that associates the function.
 * Lambda functions no behaviour associates are ordinary Lambdas, not edge functions: never read.
 */








const CLOUDFRONT_FUNCTION = 'AWS::CloudFront::Function';
const LAMBDA_TYPES = new Set(['AWS::Lambda::Function', 'AWS::Lambda::Version', 'AWS::Lambda::Alias', 'AWS::Serverless::Function']);
function readTemplateFunctions(input) {
    const out = { functions: [], findings: [], files: [] };
    const cloudFront = new Map();
    const lambda = new Map();
    const add = (map, key, association) => {
        const known = map.get(key);
        if (known)
            known.push(association);
        else
            map.set(key, [association]);
    };
    for (const { config } of input.distributions) {
        for (const behaviour of behaviours(config, input.resolver)) {
            for (const [list, arnKey, into] of [
                ['FunctionAssociations', 'FunctionARN', cloudFront],
                ['LambdaFunctionAssociations', 'LambdaFunctionARN', lambda],
            ]) {
                for (const { node } of input.resolver.items(child(behaviour, list))) {
                    const association = readAssociation(node, arnKey, input);
                    if (!association)
                        continue;
                    const { target } = association;
                    if (target.kind === 'unresolved') {
                        out.findings.push(unresolvedArn(input.file, association.arnLine, arnKey, target));
                        continue;
                    }
                    add(into, target.kind === 'literal' ? target.arn : target.logicalId, association);
                }
            }
        }
    }
    // Every CloudFront Function is checked: its code must compile to publish, associated here or not.
    for (const [logicalId, { value: resource, line }] of input.resources.entries) {
        if (textValue(child(resource, 'Type')) !== CLOUDFRONT_FUNCTION || !present(resource, input.ctx))
            continue;
        out.functions.push(cloudFrontFunction(logicalId, resource, line, cloudFront.get(logicalId) ?? [], input));
        cloudFront.delete(logicalId);
    }
    for (const [key, associations] of cloudFront) {
        const first = associations[0];
        if (first.target.kind === 'literal')
            out.functions.push(elsewhere('cloudfront-function', key, associations, input.file));
        else
            out.findings.push(unresolvedArn(input.file, first.arnLine, 'FunctionARN', notAFunction(key, input)));
    }
    for (const [key, associations] of lambda) {
        const first = associations[0];
        if (first.target.kind === 'literal') {
            out.functions.push(elsewhere('lambda-edge', key, associations, input.file));
            continue;
        }
        const targets = associations.map((a) => lambdaTarget(a, input));
        const found = targets.find((t) => t !== undefined);
        if (!found) {
            out.findings.push(unresolvedArn(input.file, first.arnLine, 'LambdaFunctionARN', notAFunction(key, input)));
            continue;
        }
        const read = readLambdaFunction(found, targets, associations, input);
        out.functions.push(read.declaration);
        out.findings.push(...read.findings);
    }
    out.files.push(...input.repository.read);
    return out;
}
/** The default behaviour and every cache behaviour, through Fn::If. */
function behaviours(config, resolver) {
    const found = [];
    const fallback = resolver.map(child(config, 'DefaultCacheBehavior'));
    if (fallback)
        found.push(fallback.node);
    for (const { node } of resolver.items(child(config, 'CacheBehaviors')))
        found.push(resolver.map(node)?.node ?? node);
    return found;
}
function readAssociation(node, arnKey, input) {
    const item = input.resolver.map(node)?.node ?? node;
    const eventEntry = entry(item, 'EventType');
    const arnEntry = entry(item, arnKey);
    if (!eventEntry || !arnEntry)
        return undefined;
    const event = input.resolver.value(eventEntry.value);
    if (event === NO_VALUE || !event.ok || !types/* EDGE_EVENTS */.uQ.includes(asText(event.value)))
        return undefined;
    const includeBody = input.resolver.value(child(item, 'IncludeBody') ?? { kind: 'scalar', line: 0, value: false });
    return {
        event: asText(event.value),
        file: input.file,
        line: eventEntry.line,
        includeBody: includeBody !== NO_VALUE && includeBody.ok && (includeBody.value === true || includeBody.value === 'true'),
        arnLine: arnEntry.line,
        target: arnTarget(arnEntry.value, input),
    };
}
const SUB_REFERENCE = /^\$\{([A-Za-z0-9]+)(?:\.([A-Za-z0-9]+))?\}(?::(.*))?$/;
function arnTarget(node, input) {
    const isResource = (id) => input.ctx.resources.has(id);
    if (node.kind === 'function') {
        const arg = node.argument;
        if (node.name === 'Ref' && arg.kind === 'scalar') {
            const [id, attribute] = String(arg.value).split('.');
            // SAM: `!Ref Fn.Version` and `!Ref Fn.Alias` name the function's published version and alias.
            if (id && isResource(id))
                return { kind: 'resource', logicalId: id, ...(attribute ? { attribute: `Ref.${attribute}` } : {}) };
        }
        if (node.name === 'Fn::GetAtt') {
            const [id, attribute] = arg.kind === 'list' ? arg.items.map((i) => textValue(i) ?? '') : String(textValue(arg) ?? '').split('.');
            if (id && isResource(id))
                return { kind: 'resource', logicalId: id, ...(attribute ? { attribute } : {}) };
        }
        if (node.name === 'Fn::Sub' && (arg.kind === 'scalar' || arg.kind === 'list')) {
            const template = textValue(arg.kind === 'list' ? arg.items[0] : arg) ?? '';
            const match = SUB_REFERENCE.exec(template);
            if (match && isResource(match[1]))
                return {
                    kind: 'resource',
                    logicalId: match[1],
                    ...(match[2] ? { attribute: match[2] } : {}),
                    ...(match[3] ? { suffix: match[3] } : {}),
                };
        }
        if (node.name === 'Fn::Join' && arg.kind === 'list') {
            const joined = joinedReference(arg.items, input);
            if (joined)
                return joined;
        }
    }
    const value = input.resolver.value(node);
    if (value === NO_VALUE)
        return { kind: 'unresolved', expression: render(node), reason: 'empty' };
    if (!value.ok)
        return { kind: 'unresolved', expression: value.expression, reason: value.reason };
    const text = asText(value.value);
    return text.startsWith('arn:') ? { kind: 'literal', arn: text } : { kind: 'unresolved', expression: render(node), reason: 'function' };
}
/** `!Join [':', [!GetAtt Fn.Arn, '3']]` (or `''` and `':3'`): the function and its qualifier. */
function joinedReference(items, input) {
    const [delimiter, list] = items;
    const d = textValue(delimiter);
    if (d === undefined || list?.kind !== 'list' || list.items.length < 2)
        return undefined;
    const head = arnTarget(list.items[0], input);
    if (head.kind !== 'resource' || head.suffix !== undefined)
        return undefined;
    const rest = [];
    for (const item of list.items.slice(1)) {
        const value = input.resolver.value(item);
        if (value === NO_VALUE || !value.ok)
            return undefined;
        rest.push(asText(value.value));
    }
    const tail = rest.join(d);
    const suffix = d === ':' ? tail : tail.startsWith(':') ? tail.slice(1) : undefined;
    return suffix === undefined ? undefined : { ...head, suffix };
}
function present(resource, ctx) {
    const condition = textValue(child(resource, 'Condition'));
    if (condition === undefined)
        return true;
    return decideCondition(condition, ctx) !== false;
}
function cloudFrontFunction(logicalId, resource, line, associations, input) {
    const properties = child(resource, 'Properties');
    const name = resolvedText(child(properties, 'Name'), input) ?? logicalId;
    const runtime = resolvedText(child(child(properties, 'FunctionConfig'), 'Runtime'), input);
    const declaration = {
        name,
        kind: 'cloudfront-function',
        runtime: runtime === 'cloudfront-js-1.0' ? 'cloudfront-js-1.0' : 'cloudfront-js-2.0',
        file: input.file,
        declaredAt: { file: input.file, line },
        handler: 'handler',
        events: eventsOf(associations),
        associations: associations.map(({ event, file, line: at }) => ({ event, file, line: at })),
    };
    const code = entry(properties, 'FunctionCode');
    const inline = code ? inlineCode(code, input.lines, input.resolver) : undefined;
    if (inline?.code !== undefined)
        Object.assign(declaration, inline.placement, { code: inline.code });
    else
        declaration.codeElsewhere = inline?.expression ?? 'FunctionCode (none)';
    return declaration;
}
/** A function of another stack or account, named by its ARN: only what the ARN and the associations say is checked. */
function elsewhere(kind, arn, associations, file) {
    const first = associations[0];
    const parts = arn.split(/[:/]/);
    const declaration = {
        name: (kind === 'lambda-edge' ? parts[6] : parts.at(-1)) || arn,
        kind,
        file,
        declaredAt: { file, line: first.arnLine },
        events: eventsOf(associations),
        associations: associations.map(({ event, file: f, line }) => ({ event, file: f, line })),
        codeElsewhere: arn,
    };
    if (kind === 'cloudfront-function')
        declaration.runtime = 'cloudfront-js-2.0';
    else {
        declaration.includeBody = associations.some((a) => a.includeBody);
        declaration.lambda = { arn, lines: { arn: first.arnLine } };
    }
    return declaration;
}
/** The Lambda function an association reaches, with the qualifier and provisioned concurrency on the way. */
function lambdaTarget(association, input) {
    const target = association.target;
    if (target.kind !== 'resource')
        return undefined;
    const seen = new Set();
    let logicalId = target.logicalId;
    let qualifier = target.suffix ?? '';
    let provisioned;
    for (;;) {
        if (seen.has(logicalId))
            return undefined;
        seen.add(logicalId);
        const resource = entry(input.resources, logicalId)?.value;
        const type = textValue(child(resource, 'Type')) ?? '';
        if (!LAMBDA_TYPES.has(type))
            return undefined;
        const properties = child(resource, 'Properties');
        provisioned ??= provisionedOf(properties, input);
        if (type === 'AWS::Lambda::Function' || type === 'AWS::Serverless::Function') {
            if (type === 'AWS::Serverless::Function' && target.attribute === 'Ref.Version' && logicalId === target.logicalId)
                qualifier = undefined;
            if (type === 'AWS::Serverless::Function' && target.attribute === 'Ref.Alias' && logicalId === target.logicalId)
                qualifier = resolvedText(child(properties, 'AutoPublishAlias'), input) ?? 'alias';
            return { logicalId, resource: resource, qualifier, ...(provisioned ? { provisioned } : {}), arnLine: association.arnLine };
        }
        // A version is a number by construction; an alias is named.
        if (logicalId === target.logicalId && target.suffix === undefined)
            qualifier = type === 'AWS::Lambda::Version' ? undefined : (resolvedText(child(properties, 'Name'), input) ?? 'alias');
        const next = arnTarget(child(properties, 'FunctionName') ?? { kind: 'scalar', line: 0, value: null }, input);
        if (next.kind !== 'resource')
            return undefined;
        logicalId = next.logicalId;
    }
}
function provisionedOf(properties, input) {
    const config = entry(properties, 'ProvisionedConcurrencyConfig');
    const count = config ? entry(input.resolver.map(config.value)?.node, 'ProvisionedConcurrentExecutions') : undefined;
    if (!count)
        return undefined;
    const value = input.resolver.value(count.value);
    if (value === NO_VALUE || !value.ok)
        return undefined;
    const n = Number(value.value);
    return Number.isFinite(n) && n > 0 ? { value: n, line: count.line } : undefined;
}
function notAFunction(logicalId, input) {
    const type = input.ctx.resources.get(logicalId) ?? '';
    return { expression: `${logicalId} (${type || 'unknown type'})`, reason: 'attribute' };
}
function unresolvedArn(file, line, setting, target) {
    return {
        code: 'SOURCE_UNRESOLVED',
        file,
        line,
        details: { setting, expression: target.expression, because: target.reason, unchecked: ['edge-function'] },
    };
}

;// CONCATENATED MODULE: ./lib/sources/host-forwarding.js
/**
 * Whether a cache behaviour sends the viewer's Host to its origin. Then the Host, and the SNI, is
 * whichever alias the viewer used; otherwise both are the origin's own domain. Sources: the CloudFront
 * Developer Guide's managed policies and the CachePolicy / OriginRequestPolicy headers configs.
 */
/** Managed origin request policies by id, and whether each sends the viewer's Host. */
const MANAGED_ORIGIN_REQUEST_POLICIES = new Map([
    ['216adef6-5c7f-47e4-b989-5492eafa07d3', { name: 'AllViewer', forwardsHost: true }],
    ['33f36d7e-f396-46d9-90e0-52428a34d9dc', { name: 'AllViewerAndCloudFrontHeaders-2022-06', forwardsHost: true }],
    // Every viewer header but Host: the origin's own domain is the Host.
    ['b689b0a8-53d0-40ab-baf2-68738e2966ac', { name: 'AllViewerExceptHostHeader', forwardsHost: false }],
    ['59781a5b-3903-41f3-afcb-af62929ccde1', { name: 'CORS-CustomOrigin', forwardsHost: false }],
    ['88a5eaf4-2fd4-4709-b370-b4c650ea3fcf', { name: 'CORS-S3Origin', forwardsHost: false }],
    ['acba4595-bd28-49b8-b9fe-13317c0390fa', { name: 'UserAgentRefererHeaders', forwardsHost: false }],
    ['775133bc-15f2-49f9-abea-afb2e0bf67d2', { name: 'Elemental-MediaTailor-PersonalizedManifests', forwardsHost: false }],
]);
/** Managed cache policies whose cache key holds no Host header. Any other unknown id is not guessed at. */
const MANAGED_CACHE_POLICIES = new Map([
    ['658327ea-f89d-4fab-a63d-7e88639e58f6', { name: 'CachingOptimized', forwardsHost: false }],
    ['4135ea2d-6df8-44a3-9df3-4b5a84be39ad', { name: 'CachingDisabled', forwardsHost: false }],
    ['b2884449-e4de-46a7-ac36-70bc7f1ddd6d', { name: 'CachingOptimizedForUncompressedObjects', forwardsHost: false }],
    ['08627262-05a9-4f76-9ded-b50ca2e3a84f', { name: 'Elemental-MediaPackage', forwardsHost: false }],
]);
const EXCEPT_HOST_POLICY = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';
const isHost = (header) => header.toLowerCase() === 'host';
/** An origin request policy's HeadersConfig: HeaderBehavior and its Headers. */
function originRequestHeadersForwardHost(behavior, headers) {
    switch (behavior) {
        case 'allViewer':
        case 'allViewerAndWhitelistCloudFront':
            return true;
        case 'whitelist':
            return headers.some(isHost);
        case 'allExcept':
            return !headers.some(isHost);
        default:
            return false;
    }
}
/** A cache policy's HeadersConfig: what is in the cache key always reaches the origin. */
function cacheHeadersForwardHost(behavior, headers) {
    return behavior === 'whitelist' && headers.some(isHost);
}
/** A policy named by a literal id: managed ones are known, any other lives elsewhere. */
function managedPolicy(kind, id) {
    const table = kind === 'origin-request' ? MANAGED_ORIGIN_REQUEST_POLICIES : MANAGED_CACHE_POLICIES;
    const known = table.get(id.toLowerCase());
    if (!known)
        return { kind: 'unresolved', expression: id };
    return { kind: 'known', forwardsHost: known.forwardsHost, ...(id.toLowerCase() === EXCEPT_HOST_POLICY ? { exceptHost: true } : {}) };
}
/** Forwarded when any part forwards Host; unresolved when none does and one cannot be read. */
function decideHost(policies) {
    const { originRequest, cache, line } = policies;
    if (originRequest.kind === 'known' && originRequest.exceptHost)
        return { forwarded: false, line };
    const legacy = cache.kind === 'none' ? policies.legacyHeaders : { kind: 'none' };
    const parts = [originRequest, cache, legacy];
    if (parts.some((p) => p.kind === 'known' && p.forwardsHost))
        return { forwarded: true, line };
    const unknown = parts.find((p) => p.kind === 'unresolved');
    return unknown ? { unresolved: unknown.expression, line } : { forwarded: false, line };
}
/** Legacy ForwardedValues.Headers: `Host` or `*` sends the viewer's Host. */
function legacyHeadersView(headers) {
    if (!headers)
        return { kind: 'none' };
    return { kind: 'known', forwardsHost: headers.some((h) => isHost(h) || h === '*') };
}

;// CONCATENATED MODULE: ./lib/sources/distribution-config.js
/**
 * Reads a CloudFront DistributionConfig in the shape CloudFormation and CloudFront's own JSON share:
 * lists written plainly or wrapped in `{Quantity, Items}`, `OriginSSLProtocols` or `OriginSslProtocols`.
 * What an expression means is left to a Resolver: CloudFormation's intrinsics, or the literal JSON.
 */




function readDistributionConfig(config, resolver, meta) {
    const read = new ConfigReader(resolver);
    const distribution = {
        ...meta,
        aliases: [],
        origins: read.list(child(config, 'Origins')).map((origin) => read.origin(origin)),
        groups: read.list(child(config, 'OriginGroups')).map(({ node }) => read.group(node)),
        behaviours: read.behaviours(config),
    };
    const aliases = entry(config, 'Aliases');
    if (aliases) {
        distribution.aliasesLine = aliases.line;
        const whole = aliases.value.kind === 'function' ? resolver.value(aliases.value) : undefined;
        if (whole && whole !== NO_VALUE && !whole.ok) {
            distribution.aliasesUnresolved = { unresolved: { expression: whole.expression, reason: whole.reason }, line: aliases.line };
        }
        else if (whole && whole !== NO_VALUE && Array.isArray(whole.value)) {
            distribution.aliases = whole.value.map((value) => ({ value: asText(value), line: aliases.line }));
        }
        else {
            distribution.aliases = read.list(aliases.value).flatMap(({ node }) => {
                const value = read.text(node, node.line);
                return value ? [value] : [];
            });
        }
    }
    return distribution;
}
class ConfigReader {
    resolver;
    constructor(resolver) {
        this.resolver = resolver;
    }
    /** `[..]` or `{Quantity, Items: [..]}` (no Items when Quantity is 0). */
    list(node) {
        const position = this.resolver.map(node);
        if (!position)
            return [];
        const { node: resolved, conditions } = position;
        const inner = resolved.kind === 'map' ? child(resolved, 'Items') : resolved;
        return this.resolver.items(inner).map((item) => ({ node: item.node, conditions: [...conditions, ...item.conditions] }));
    }
    /** A leaf value with its line; undefined when absent or `AWS::NoValue`. */
    raw(node, line) {
        if (!node)
            return undefined;
        const result = this.resolver.value(node);
        if (result === NO_VALUE)
            return undefined;
        if (!result.ok)
            return { unresolved: { expression: result.expression, reason: result.reason, partial: result.partial }, line };
        if (result.value === null)
            return undefined;
        return { value: result.value, line };
    }
    text(node, line) {
        const raw = this.raw(node, line);
        if (!raw || raw.value === undefined)
            return raw;
        return { ...raw, value: Array.isArray(raw.value) ? raw.value.map(asText).join(',') : asText(raw.value) };
    }
    setting(map, ...keys) {
        for (const key of keys) {
            const found = entry(map, key);
            if (found)
                return this.raw(found.value, found.line);
        }
        return undefined;
    }
    textSetting(map, ...keys) {
        for (const key of keys) {
            const found = entry(map, key);
            if (found)
                return this.text(found.value, found.line);
        }
        return undefined;
    }
    origin({ node: listed, conditions }) {
        const position = this.resolver.map(listed);
        const node = position?.node ?? listed;
        const line = listed.line;
        const custom = this.resolver.map(child(node, 'CustomOriginConfig'))?.node;
        const kind = entry(node, 'VpcOriginConfig') ? 'vpc' : custom ? 'custom' : 's3';
        const oac = this.setting(node, 'OriginAccessControlId');
        const origin = {
            line,
            id: this.textSetting(node, 'Id') ?? { line },
            domain: this.textSetting(node, 'DomainName') ?? { line },
            kind,
            signed: kind === 'custom' && oac !== undefined && oac.value !== '',
            headers: this.headers(node),
            conditions: [...conditions, ...(position?.conditions ?? [])],
        };
        const originPath = this.textSetting(node, 'OriginPath');
        if (originPath)
            origin.originPath = originPath;
        const numbers = {
            httpPort: this.setting(custom, 'HTTPPort'),
            httpsPort: this.setting(custom, 'HTTPSPort'),
            readTimeout: this.setting(custom, 'OriginReadTimeout'),
            keepAliveTimeout: this.setting(custom, 'OriginKeepaliveTimeout'),
            connectionAttempts: this.setting(node, 'ConnectionAttempts'),
            connectionTimeout: this.setting(node, 'ConnectionTimeout'),
        };
        for (const [key, value] of Object.entries(numbers)) {
            if (value)
                origin[key] = scalarValue(value);
        }
        const policy = this.textSetting(custom, 'OriginProtocolPolicy');
        if (policy)
            origin.protocolPolicy = policy;
        const ipAddressType = this.textSetting(custom, 'IpAddressType');
        if (ipAddressType)
            origin.ipAddressType = ipAddressType;
        const protocols = entry(custom, 'OriginSSLProtocols') ?? entry(custom, 'OriginSslProtocols');
        if (protocols)
            origin.sslProtocols = this.stringList(protocols.value, protocols.line);
        return origin;
    }
    stringList(node, line) {
        if (node.kind === 'function') {
            const whole = this.raw(node, line);
            if (!whole || whole.value === undefined)
                return whole ?? { value: [], line };
            return { value: (Array.isArray(whole.value) ? whole.value : [whole.value]).map(String), line };
        }
        const values = [];
        for (const { node: item } of this.list(node)) {
            const value = this.text(item, item.line);
            if (value?.unresolved)
                return { unresolved: value.unresolved, line: item.line };
            if (value?.value !== undefined)
                values.push(value.value);
        }
        return { value: values, line };
    }
    headers(node) {
        const list = child(node, 'OriginCustomHeaders', 'CustomHeaders');
        return this.list(list).flatMap(({ node: header }) => {
            const name = this.textSetting(header, 'HeaderName');
            if (!name)
                return [];
            return [{ name, value: this.textSetting(header, 'HeaderValue') ?? { value: '', line: name.line } }];
        });
    }
    group(node) {
        const resolved = this.resolver.map(node)?.node ?? node;
        const members = this.list(child(resolved, 'Members')).flatMap(({ node: member }) => {
            const id = this.textSetting(member, 'OriginId');
            return id ? [id] : [];
        });
        return { line: node.line, id: this.textSetting(resolved, 'Id') ?? { line: node.line }, members };
    }
    behaviours(config) {
        const behaviours = [];
        const fallback = this.resolver.map(child(config, 'DefaultCacheBehavior'));
        if (fallback)
            behaviours.push(this.behaviour(fallback.node, '*'));
        for (const { node } of this.list(child(config, 'CacheBehaviors'))) {
            const resolved = this.resolver.map(node)?.node ?? node;
            const pattern = this.textSetting(resolved, 'PathPattern')?.value ?? '?';
            behaviours.push({ ...this.behaviour(resolved, pattern), line: node.line });
        }
        return behaviours;
    }
    behaviour(node, pathPattern) {
        const line = node.line;
        const policyOf = (kind, key) => {
            const found = child(node, key);
            if (!found)
                return { kind: 'none' };
            const value = this.resolver.value(found);
            if (value !== NO_VALUE && value.ok && (value.value === '' || value.value === null))
                return { kind: 'none' };
            return value === NO_VALUE ? { kind: 'none' } : this.resolver.policy(kind, found);
        };
        const forwarded = this.resolver.map(child(node, 'ForwardedValues'))?.node;
        const headersNode = forwarded ? child(forwarded, 'Headers') : undefined;
        const legacy = headersNode ? this.list(headersNode).map(({ node: h }) => this.text(h, h.line)?.value ?? '') : forwarded ? [] : undefined;
        const policyLine = keyLine(node, line, 'OriginRequestPolicyId', 'CachePolicyId', 'ForwardedValues');
        return {
            pathPattern,
            line,
            target: this.textSetting(node, 'TargetOriginId') ?? { line },
            host: decideHost({
                originRequest: policyOf('origin-request', 'OriginRequestPolicyId'),
                cache: policyOf('cache', 'CachePolicyId'),
                legacyHeaders: legacyHeadersView(legacy),
                line: policyLine,
            }),
        };
    }
}
/** Settings read as numbers or strings ("8443" from a Number parameter). */
function scalarValue(raw) {
    if (raw.value === undefined)
        return raw;
    const value = raw.value;
    return { ...raw, value: typeof value === 'number' || typeof value === 'string' ? value : JSON.stringify(value) };
}

// EXTERNAL MODULE: ./lib/sources/repository-files.js
var repository_files = __webpack_require__(3470);
;// CONCATENATED MODULE: ./lib/sources/cloudformation.js
/**
 * CloudFormation templates (YAML with short-form tags, or JSON; CDK's synthesized templates alike):
 * every AWS::CloudFront::Distribution, its origins named `<logical id>/<origin id>`.
 */










const DISTRIBUTION = 'AWS::CloudFront::Distribution';
const ORIGIN_REQUEST_POLICY = 'AWS::CloudFront::OriginRequestPolicy';
const CACHE_POLICY = 'AWS::CloudFront::CachePolicy';
function readCloudFormation(text, file, options = {}) {
    const parsed = parsedOrInvalid(text, file, 'cloudformation');
    if ('result' in parsed)
        return parsed.result;
    const { root, findings } = parsed;
    const resources = child(root, 'Resources');
    if (root.kind !== 'map' || resources?.kind !== 'map') {
        return { origins: [], findings: [...findings, invalidSource(file, root.line, 'cloudformation', 'no-resources')] };
    }
    const ctx = templateContext(root, resources, options.parameters ?? {});
    const resolver = templateResolver(ctx, resources);
    const distributions = [];
    const configs = [];
    for (const [logicalId, { value: resource }] of resources.entries) {
        if (textOf(child(resource, 'Type')) !== DISTRIBUTION)
            continue;
        const condition = textOf(child(resource, 'Condition'));
        const decided = condition === undefined ? true : decideCondition(condition, ctx);
        if (decided === false)
            continue;
        const config = child(child(resource, 'Properties'), 'DistributionConfig');
        const placed = config ? resolver.map(config) : undefined;
        if (!placed)
            continue;
        configs.push({ logicalId, config: placed.node });
        const conditions = [...(decided === 'unknown' && condition ? [condition] : []), ...placed.conditions];
        distributions.push(readDistributionConfig(placed.node, resolver, {
            format: 'cloudformation',
            container: logicalId,
            file,
            line: resource.line,
            conditions,
        }));
    }
    const result = assemble(distributions);
    const repository = options.repository ?? new repository_files/* RepositoryFiles */.Y((0,external_node_path_.dirname)(file));
    const lines = text.split('\n');
    const functions = readTemplateFunctions({ lines, file, repository, resources, ctx, resolver, distributions: configs });
    return {
        origins: result.origins,
        findings: [...findings, ...result.findings, ...functions.findings],
        functions: functions.functions,
        files: functions.files,
    };
}
function textOf(node) {
    return node?.kind === 'scalar' && node.value !== null ? String(node.value) : undefined;
}
function templateContext(root, resources, given) {
    const parameters = new Map();
    const declared = child(root, 'Parameters');
    if (declared?.kind === 'map') {
        for (const [name, { value: definition }] of declared.entries) {
            parameters.set(name, parameterValue(definition, given[name]));
        }
    }
    const pseudo = new Map(Object.entries(given)
        .filter(([name]) => name.startsWith('AWS::'))
        .map(([name, value]) => [name, String(value)]));
    const conditions = new Map();
    const declaredConditions = child(root, 'Conditions');
    if (declaredConditions?.kind === 'map')
        for (const [name, { value }] of declaredConditions.entries)
            conditions.set(name, value);
    const types = new Map();
    for (const [id, { value }] of resources.entries)
        types.set(id, textOf(child(value, 'Type')) ?? '');
    const mappings = child(root, 'Mappings');
    return { parameters, pseudo, conditions, resources: types, decided: new Map(), ...(mappings ? { mappings } : {}) };
}
/** A given value, else the Default; SSM parameters hold a parameter name, not the value, so only a given value counts. */
function parameterValue(definition, given) {
    const type = textOf(child(definition, 'Type')) ?? 'String';
    const isList = type.startsWith('List<') || type === 'CommaDelimitedList' || type.includes('::List<');
    const asValue = (value) => {
        if (Array.isArray(value))
            return { value: value.map(String) };
        return { value: isList ? String(value).split(',') : String(value) };
    };
    if (given !== undefined)
        return asValue(typeof given === 'object' ? given : String(given));
    if (type.startsWith('AWS::SSM::Parameter::Value'))
        return { missing: 'parameter' };
    const fallback = child(definition, 'Default');
    if (fallback?.kind === 'scalar' && fallback.value !== null)
        return asValue(String(fallback.value));
    if (fallback?.kind === 'list')
        return { value: fallback.items.map((item) => textOf(item) ?? '') };
    return { missing: 'parameter' };
}
function templateResolver(ctx, resources) {
    const map = (node) => {
        if (!node)
            return undefined;
        if (node.kind === 'function' && node.name === 'Ref' && textOf(node.argument) === 'AWS::NoValue')
            return undefined;
        if (node.kind !== 'function' || node.name !== 'Fn::If' || node.argument.kind !== 'list')
            return { node, conditions: [] };
        const [condition, whenTrue, whenFalse] = node.argument.items;
        const name = textOf(condition) ?? '';
        const decided = decideCondition(name, ctx);
        if (decided !== 'unknown')
            return map(decided ? whenTrue : whenFalse);
        // Undecidable: read what is there, and say which condition it hangs on.
        const chosen = map(whenTrue) ?? map(whenFalse);
        return chosen ? { node: chosen.node, conditions: [name, ...chosen.conditions] } : undefined;
    };
    const items = (node) => {
        const whole = map(node);
        if (!whole)
            return [];
        if (whole.node.kind === 'list') {
            return whole.node.items.flatMap((item) => {
                const placed = map(item);
                return placed ? [{ node: placed.node, conditions: [...whole.conditions, ...placed.conditions] }] : [];
            });
        }
        const evaluated = evaluate(whole.node, ctx);
        if (evaluated === NO_VALUE || !evaluated.ok || !Array.isArray(evaluated.value))
            return [];
        return evaluated.value.map((value) => ({
            node: { kind: 'scalar', line: whole.node.line, value: typeof value === 'object' ? JSON.stringify(value) : value },
            conditions: whole.conditions,
        }));
    };
    return {
        value: (node) => evaluate(node, ctx),
        map,
        items,
        policy: (kind, node) => templatePolicy(kind, node, ctx, resources),
    };
}
/** A policy of this template read from its own resource; a literal id through the managed table. */
function templatePolicy(kind, node, ctx, resources) {
    const logicalId = referencedResource(node);
    const resource = logicalId ? entry(resources, logicalId)?.value : undefined;
    const type = textOf(child(resource, 'Type'));
    if (resource && type === (kind === 'origin-request' ? ORIGIN_REQUEST_POLICY : CACHE_POLICY)) {
        const properties = child(resource, 'Properties');
        const headersConfig = kind === 'origin-request'
            ? child(child(properties, 'OriginRequestPolicyConfig'), 'HeadersConfig')
            : child(child(child(properties, 'CachePolicyConfig'), 'ParametersInCacheKeyAndForwardedToOrigin'), 'HeadersConfig');
        const behavior = headersConfig
            ? evaluate(child(headersConfig, 'HeaderBehavior') ?? { kind: 'scalar', line: 0, value: 'none' }, ctx)
            : undefined;
        const headers = child(headersConfig, 'Headers');
        const headerValues = headers ? evaluate(headers, ctx) : { ok: true, value: [] };
        if (!behavior || behavior === NO_VALUE || !behavior.ok || headerValues === NO_VALUE || !headerValues.ok) {
            return { kind: 'unresolved', expression: `${logicalId} HeadersConfig` };
        }
        const list = (Array.isArray(headerValues.value) ? headerValues.value : []).map(String);
        const forwardsHost = kind === 'origin-request'
            ? originRequestHeadersForwardHost(asText(behavior.value), list)
            : cacheHeadersForwardHost(asText(behavior.value), list);
        return { kind: 'known', forwardsHost };
    }
    const value = evaluate(node, ctx);
    if (value === NO_VALUE)
        return { kind: 'none' };
    if (!value.ok)
        return { kind: 'unresolved', expression: value.expression };
    return managedPolicy(kind, asText(value.value));
}
/** `!Ref Policy` or `!GetAtt Policy.Id`: the logical id named. */
function referencedResource(node) {
    if (node.kind !== 'function')
        return undefined;
    if (node.name === 'Ref')
        return textOf(node.argument);
    if (node.name === 'Fn::GetAtt') {
        const arg = node.argument;
        if (arg.kind === 'scalar')
            return String(arg.value).split('.')[0];
        if (arg.kind === 'list')
            return textOf(arg.items[0]);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/sources/cloudfront-json.js
/**
 * CloudFront's own JSON: `aws cloudfront get-distribution-config` (`DistributionConfig` beside `ETag`)
 * or `get-distribution` (`Distribution: {Id, DomainName, DistributionConfig}`). Nothing in it is an
 * expression: every value is what CloudFront holds.
 */






function readCloudFrontConfig(text, file) {
    const parsed = parsedOrInvalid(text, file, 'cloudfront-config');
    if ('result' in parsed)
        return parsed.result;
    const { root, findings } = parsed;
    const distribution = child(root, 'Distribution');
    const config = child(distribution, 'DistributionConfig') ?? child(root, 'DistributionConfig');
    if (!config || config.kind !== 'map') {
        return { origins: [], findings: [...findings, invalidSource(file, root.line, 'cloudfront-config', 'no-distribution-config')] };
    }
    const id = literal(child(distribution, 'Id'));
    const ownDomain = literal(child(distribution, 'DomainName'));
    const raw = readDistributionConfig(config, LITERAL, {
        format: 'cloudfront-config',
        container: id ?? (0,external_node_path_.basename)(file, (0,external_node_path_.extname)(file)),
        file,
        line: config.line,
        conditions: [],
        ...(ownDomain ? { ownDomain } : {}),
    });
    const result = assemble([raw]);
    return { origins: result.origins, findings: [...findings, ...result.findings] };
}
function literal(node) {
    return node?.kind === 'scalar' && typeof node.value === 'string' && node.value !== '' ? node.value : undefined;
}
function literalValue(node) {
    switch (node.kind) {
        case 'scalar':
            return { ok: true, value: node.value };
        case 'list': {
            const values = node.items.map(literalValue).flatMap((v) => (v.ok ? [v.value] : []));
            return { ok: true, value: values };
        }
        default:
            return { ok: true, value: null };
    }
}
const LITERAL = {
    value: literalValue,
    map: (node) => (node ? { node, conditions: [] } : undefined),
    items: (node) => (node?.kind === 'list' ? node.items.map((item) => ({ node: item, conditions: [] })) : []),
    policy: (kind, node) => {
        const value = literalValue(node);
        return value.ok && typeof value.value === 'string' ? managedPolicy(kind, value.value) : { kind: 'none' };
    },
};

;// CONCATENATED MODULE: ./lib/sources/terraform-lines.js
/**
 * Lines in `.tf` files, for a plan that has none: the block structure of HCL (blocks, their labels,
 * attribute names, each with its line), skipping strings, `${...}` templates, heredocs and comments so
 * that a brace inside `"${var.x}"` is never taken for a block's. Expressions themselves are not read.
 */



/** A `.tf` file larger than this is not read: no configuration is near it. */
const MAX_TF_BYTES = 16 * 1024 * 1024;
function parseHcl(text) {
    const scanner = new Scanner(text);
    const root = { type: '', labels: [], line: 1, attributes: new Map(), blocks: [] };
    scanner.body(root, false);
    return root;
}
const IDENTIFIER = /[A-Za-z0-9_-]/;
class Scanner {
    text;
    pos = 0;
    line = 1;
    constructor(text) {
        this.text = text;
    }
    get ch() {
        return this.text[this.pos];
    }
    advance() {
        if (this.text[this.pos] === '\n')
            this.line++;
        this.pos++;
    }
    skipBlank(newlines) {
        for (;;) {
            const ch = this.ch;
            if (ch === ' ' || ch === '\t' || ch === '\r' || (newlines && ch === '\n'))
                this.advance();
            else if (ch === '#' || (ch === '/' && this.text[this.pos + 1] === '/'))
                this.skipLineComment();
            else if (ch === '/' && this.text[this.pos + 1] === '*')
                this.skipBlockComment();
            else
                return;
        }
    }
    skipLineComment() {
        while (this.ch !== undefined && this.ch !== '\n')
            this.advance();
    }
    skipBlockComment() {
        this.advance();
        this.advance();
        while (this.ch !== undefined && !(this.ch === '*' && this.text[this.pos + 1] === '/'))
            this.advance();
        this.advance();
        this.advance();
    }
    identifier() {
        const start = this.pos;
        while (this.ch !== undefined && IDENTIFIER.test(this.ch))
            this.advance();
        return this.text.slice(start, this.pos);
    }
    body(block, closing) {
        for (;;) {
            this.skipBlank(true);
            const ch = this.ch;
            if (ch === undefined)
                return;
            if (ch === '}') {
                this.advance();
                if (closing)
                    return;
                continue;
            }
            if (!IDENTIFIER.test(ch)) {
                this.advance();
                continue;
            }
            const line = this.line;
            const name = this.identifier();
            this.skipBlank(false);
            if (this.ch === '=' && this.text[this.pos + 1] !== '=') {
                this.advance();
                block.attributes.set(name, line);
                this.skipExpression();
                continue;
            }
            const labels = [];
            for (;;) {
                this.skipBlank(false);
                if (this.ch === '"')
                    labels.push(this.readStringLabel());
                else if (this.ch !== undefined && IDENTIFIER.test(this.ch))
                    labels.push(this.identifier());
                else
                    break;
            }
            if (this.ch === '{') {
                this.advance();
                const child = { type: name, labels, line, attributes: new Map(), blocks: [] };
                block.blocks.push(child);
                this.body(child, true);
            }
            else {
                this.skipExpression();
            }
        }
    }
    readStringLabel() {
        const start = this.pos + 1;
        this.skipString();
        return this.text.slice(start, this.pos - 1);
    }
    /** To the end of the expression: a newline or a closing brace outside any bracket. */
    skipExpression() {
        let depth = 0;
        for (;;) {
            const ch = this.ch;
            if (ch === undefined)
                return;
            if ((ch === '\n' || ch === '}') && depth === 0)
                return;
            if (ch === '"') {
                this.skipString();
                continue;
            }
            if (ch === '#' || (ch === '/' && this.text[this.pos + 1] === '/')) {
                this.skipLineComment();
                continue;
            }
            if (ch === '/' && this.text[this.pos + 1] === '*') {
                this.skipBlockComment();
                continue;
            }
            if (ch === '<' && this.text[this.pos + 1] === '<' && this.skipHeredoc())
                continue;
            if (ch === '(' || ch === '[' || ch === '{')
                depth++;
            if (ch === ')' || ch === ']' || ch === '}')
                depth--;
            this.advance();
        }
    }
    /** A quoted string, with `${...}` and `%{...}` templates that may hold strings of their own. */
    skipString() {
        this.advance();
        for (;;) {
            const ch = this.ch;
            if (ch === undefined || ch === '\n')
                return;
            if (ch === '\\') {
                this.advance();
                this.advance();
                continue;
            }
            if (ch === '"') {
                this.advance();
                return;
            }
            if ((ch === '$' || ch === '%') && this.text[this.pos + 1] === '{') {
                this.skipTemplate();
                continue;
            }
            this.advance();
        }
    }
    skipTemplate() {
        this.advance();
        this.advance();
        let depth = 1;
        while (depth > 0 && this.ch !== undefined) {
            if (this.ch === '"') {
                this.skipString();
                continue;
            }
            if (this.ch === '{')
                depth++;
            if (this.ch === '}')
                depth--;
            this.advance();
        }
    }
    /** `<<EOT` or `<<-EOT` up to the line holding only the marker; false when this is not a heredoc. */
    skipHeredoc() {
        const match = /^<<-?([A-Za-z_][A-Za-z0-9_]*)[ \t]*\r?\n/.exec(this.text.slice(this.pos, this.pos + 200));
        if (!match)
            return false;
        const marker = match[1];
        while (this.ch !== undefined && this.ch !== '\n')
            this.advance();
        for (;;) {
            if (this.ch === undefined)
                return true;
            this.advance(); // the newline
            const end = this.text.indexOf('\n', this.pos);
            const lineText = this.text.slice(this.pos, end < 0 ? undefined : end);
            if (lineText.trim() === marker) {
                while (this.ch !== undefined && this.ch !== '\n')
                    this.advance();
                return true;
            }
            while (this.ch !== undefined && this.ch !== '\n')
                this.advance();
        }
    }
}
/** The parsed `.tf` files of one folder, read once per run. */
class TerraformFolders {
    parsed = new Map();
    texts = new Map();
    files(dir) {
        const absolute = (0,external_node_path_.resolve)(dir);
        let files = this.parsed.get(absolute);
        if (!files) {
            let names;
            try {
                names = (0,external_node_fs_.readdirSync)(absolute)
                    .filter((name) => name.endsWith('.tf'))
                    .sort();
            }
            catch {
                names = [];
            }
            files = names.map((name) => {
                const file = (0,external_node_path_.join)(absolute, name);
                // Regular files only, never blocking, bounded: a `.tf` link to a device reads as empty.
                const read = (0,read_regular_file/* readBounded */.C)(file, MAX_TF_BYTES);
                const text = 'bytes' in read ? read.bytes.toString('utf8') : '';
                this.texts.set(file, text.split('\n'));
                return { file, root: parseHcl(text) };
            });
            this.parsed.set(absolute, files);
        }
        return files;
    }
    /** Line `line` (1-based) of a `.tf` file these folders read, else ''. */
    line(file, line) {
        return this.texts.get(file)?.[line - 1] ?? '';
    }
    /** `resource "<type>" "<name>" {` in the folder's `.tf` files. */
    resource(dir, type, name) {
        for (const { file, root } of this.files(dir)) {
            const block = root.blocks.find((b) => b.type === 'resource' && b.labels[0] === type && b.labels[1] === name);
            if (block)
                return { file, block };
        }
        return undefined;
    }
}
/** The nested blocks of one type, in source order. */
function blocksOf(block, type) {
    return block ? block.blocks.filter((b) => b.type === type) : [];
}

;// CONCATENATED MODULE: ./lib/sources/plan-json.js
/** Plan JSON as `terraform show -json` prints it: its values, and the reader's view of it that other readers share. */
const UNKNOWN = { expression: '(known after apply)', reason: 'unknown-after-apply', partial: '(known after apply)' };
function isMap(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function list(value) {
    return Array.isArray(value) ? value : [];
}
function first(value) {
    const item = list(value)[0];
    return isMap(item) ? item : undefined;
}

;// CONCATENATED MODULE: ./lib/sources/terraform-functions.js
/**
 * Edge functions in a Terraform plan: every aws_cloudfront_function (the plan carries its code as text),
 * and each aws_lambda_function a distribution's `lambda_function_association` names. ARNs are unknown
 * until apply, so associations are matched to functions through the configuration's references
 * (`aws_cloudfront_function.x.arn`, `aws_lambda_function.y.qualified_arn`); a literal ARN stands for a
 * function managed elsewhere. A Lambda's code is read where the plan shows it on disk (the source of a
 * `data.archive_file`); a zip, S3 or an image is named, not read.
 */







const terraform_functions_CLOUDFRONT_FUNCTION = 'aws_cloudfront_function';
const LAMBDA = 'aws_lambda_function';
const ALIAS = 'aws_lambda_alias';
const PROVISIONED = 'aws_lambda_provisioned_concurrency_config';
function readPlanFunctions(reader, repository) {
    const functions = [];
    const findings = [];
    const files = [];
    const byTarget = new Map();
    for (const [address, change] of reader.changes) {
        if (change.type !== 'aws_cloudfront_distribution')
            continue;
        for (const association of distributionAssociations(reader, address, change, findings)) {
            const key = 'arn' in association.target ? association.target.arn : association.target.address;
            const known = byTarget.get(key);
            if (known)
                known.push(association);
            else
                byTarget.set(key, [association]);
        }
    }
    for (const [address, change] of reader.changes) {
        if (change.type !== terraform_functions_CLOUDFRONT_FUNCTION)
            continue;
        functions.push(terraform_functions_cloudFrontFunction(reader, repository, address, change, byTarget.get(address) ?? [], findings));
        byTarget.delete(address);
    }
    for (const [key, associations] of byTarget) {
        const target = associations[0].target;
        const lambda = 'address' in target ? reader.changes.get(key) : undefined;
        if ('arn' in target)
            functions.push(terraform_functions_elsewhere(target.arn, associations));
        else if (lambda?.type === LAMBDA) {
            const read = lambdaFunction(reader, repository, key, lambda, associations);
            functions.push(read.declaration);
            findings.push(...read.findings);
        }
        else {
            const at = associations[0].arnAt;
            findings.push(terraform_functions_unresolved(at, 'lambda_arn', key, 'resource'));
        }
    }
    files.push(...repository.read);
    return { functions, findings, files };
}
function distributionAssociations(reader, address, change, findings) {
    const config = reader.configuration(change);
    const located = locate(reader, change, config.dir, 'aws_cloudfront_distribution');
    const expressions = isMap(config.resource?.expressions) ? config.resource.expressions : {};
    const values = [...list(change.after.default_cache_behavior), ...list(change.after.ordered_cache_behavior)];
    const unknowns = [...list(change.unknown.default_cache_behavior), ...list(change.unknown.ordered_cache_behavior)];
    const configured = [...list(expressions.default_cache_behavior), ...list(expressions.ordered_cache_behavior)];
    const blocks = [...blocksOf(located.block, 'default_cache_behavior'), ...blocksOf(located.block, 'ordered_cache_behavior')];
    const found = [];
    values.forEach((value, i) => {
        const behaviour = isMap(value) ? value : {};
        const unknown = isMap(unknowns[i]) ? unknowns[i] : {};
        const expression = isMap(configured[i]) ? configured[i] : {};
        for (const [key, arnKey] of [
            ['function_association', 'function_arn'],
            ['lambda_function_association', 'lambda_arn'],
        ]) {
            const expressionList = list(expression[key]);
            const blockList = blocksOf(blocks[i], key);
            list(behaviour[key]).forEach((item, j) => {
                if (!isMap(item))
                    return;
                const event = asText(item.event_type);
                if (!types/* EDGE_EVENTS */.uQ.includes(event))
                    return;
                // Associations are a set: the configuration's block of the same event type says what it references.
                const index = expressionList.findIndex((e) => isMap(e) && isMap(e.event_type) && e.event_type.constant_value === event);
                const k = index >= 0 ? index : j;
                const block = blockList[k];
                const line = block?.line ?? blocks[i]?.line ?? located.line;
                const arnAt = { file: located.file, line: block?.attributes.get(arnKey) ?? line };
                const arnUnknown = isMap(list(unknown[key])[j]) && list(unknown[key])[j][arnKey] === true;
                const target = terraform_functions_arnTarget(expressionList[k], item[arnKey], arnUnknown, change.moduleAddress, reader);
                if (!target) {
                    const expression = referencesOf(expressionList[k], arnKey)[0] ?? UNKNOWN.expression;
                    findings.push(terraform_functions_unresolved(arnAt, arnKey, expression, 'unknown-after-apply', address));
                    return;
                }
                found.push({
                    event: event,
                    file: located.file,
                    line,
                    includeBody: item.include_body === true,
                    arnAt,
                    target,
                });
            });
        }
    });
    return found;
}
function referencesOf(expression, key) {
    const value = isMap(expression) ? expression[key] : undefined;
    return isMap(value) ? list(value.references).map(String) : [];
}
/** The function resource a reference names (in the distribution's module), else a literal ARN the plan knows. */
function terraform_functions_arnTarget(expression, value, unknown, moduleAddress, reader) {
    const arnKey = isMap(expression) && isMap(expression.function_arn) ? 'function_arn' : 'lambda_arn';
    for (const reference of referencesOf(expression, arnKey)) {
        const match = /^(aws_cloudfront_function|aws_lambda_function|aws_lambda_alias)\.([A-Za-z0-9_-]+)(?:\[[^\]]*\])?(?:\.([a-z_]+))?$/.exec(reference);
        if (!match)
            continue;
        const local = `${match[1]}.${match[2]}`;
        const address = resourceAddress(reader, moduleAddress ? `${moduleAddress}.${local}` : local);
        if (address)
            return { address, attribute: match[3] ?? 'arn' };
    }
    if (!unknown && typeof value === 'string' && value.startsWith('arn:'))
        return { arn: value };
    return undefined;
}
/** The address itself, or its first instance (`count` and `for_each`). */
function resourceAddress(reader, address) {
    if (reader.changes.has(address))
        return address;
    return [...reader.changes.keys()].find((a) => a.startsWith(`${address}[`));
}
function locate(reader, change, dir, type) {
    const found = dir ? reader.folders.resource(dir, type, change.name) : undefined;
    return found ? { file: found.file, block: found.block, line: found.block.line } : { ...reader.fallback };
}
function terraform_functions_cloudFrontFunction(reader, repository, address, change, associations, findings) {
    const config = reader.configuration(change);
    const located = locate(reader, change, config.dir, terraform_functions_CLOUDFRONT_FUNCTION);
    const values = change.after;
    const declaration = {
        name: typeof values.name === 'string' && values.name !== '' ? values.name : address,
        kind: 'cloudfront-function',
        runtime: values.runtime === 'cloudfront-js-1.0' ? 'cloudfront-js-1.0' : 'cloudfront-js-2.0',
        file: located.file,
        declaredAt: { file: located.file, line: located.line },
        handler: 'handler',
        events: eventsOf(associations),
        associations: associations.map(({ event, file, line }) => ({ event, file, line })),
    };
    if (typeof values.code !== 'string') {
        declaration.codeElsewhere = change.unknown.code === true ? 'code (known after apply)' : 'code (none)';
        return declaration;
    }
    Object.assign(declaration, codePlacement(values.code, located, config.dir, { folders: reader.folders, repository, findings }));
    return declaration;
}
/**
 * Where the plan's code text is written: the file `file(...)` reads (when its text is the plan's), the lines
 * after a heredoc's marker, else the `code` line itself for every line of the code.
 */
function codePlacement(code, located, dir, { folders, repository, findings }) {
    const codeLine = located.block?.attributes.get('code');
    if (codeLine === undefined || located.block === undefined)
        return { code, codeLine: located.line, codeOnOneLine: true };
    const text = folders.line(located.file, codeLine);
    const read = /\bfile\(\s*"(?:\$\{path\.(?:module|root)\}\/)?([^"$]+)"\s*\)/.exec(text);
    if (read && dir !== undefined) {
        const path = (0,external_node_path_.isAbsolute)(read[1]) ? read[1] : (0,external_node_path_.join)((0,external_node_path_.dirname)(located.file), read[1]);
        const place = repository.place(path);
        if (place.kind === 'outside')
            findings.push(invalidSource(located.file, codeLine, 'terraform-plan', 'outside-repository', { setting: 'code' }));
        // Not on disk as written, or not the plan's text: the plan's text is what gets checked.
        else if (place.kind === 'file' && repository.text(place.path) === code)
            return { file: place.path, path: place.path };
    }
    if (/<<-?[A-Za-z_][A-Za-z0-9_]*\s*$/.test(text.trimEnd()))
        return { code, codeLine: codeLine + 1 };
    return { code, codeLine, codeOnOneLine: true };
}
function terraform_functions_elsewhere(arn, associations) {
    const first = associations[0];
    const lambda = arn.startsWith('arn:aws:lambda:') || /^arn:[^:]+:lambda:/.test(arn);
    const parts = arn.split(/[:/]/);
    const declaration = {
        name: (lambda ? parts[6] : parts.at(-1)) || arn,
        kind: lambda ? 'lambda-edge' : 'cloudfront-function',
        file: first.arnAt.file,
        declaredAt: { ...first.arnAt },
        events: eventsOf(associations),
        associations: associations.map(({ event, file, line }) => ({ event, file, line })),
        codeElsewhere: arn,
    };
    if (lambda) {
        declaration.includeBody = associations.some((a) => a.includeBody);
        declaration.lambda = { arn, lines: { arn: { ...first.arnAt } } };
    }
    else
        declaration.runtime = 'cloudfront-js-2.0';
    return declaration;
}
function lambdaFunction(reader, repository, address, change, associations) {
    const config = reader.configuration(change);
    const located = locate(reader, change, config.dir, LAMBDA);
    const v = change.after;
    const lines = {};
    const settings = {};
    const at = (key) => located.block?.attributes.get(key) ?? blocksOf(located.block, key)[0]?.line ?? located.line;
    const put = (key, value, source) => {
        if (value === undefined)
            return;
        settings[key] = value;
        lines[key] = at(source);
    };
    // The worst qualifier any association names: one refused association fails the apply.
    for (const association of associations) {
        if (!('address' in association.target))
            continue;
        const qualifier = qualifierOf(association.target, v, reader);
        if (qualifier === undefined)
            continue;
        settings.qualifier = qualifier;
        lines.qualifier = { ...association.arnAt };
        break;
    }
    const region = providerRegion(reader, config.resource);
    if (region !== undefined)
        settings.region = region;
    const text = (value) => (typeof value === 'string' && value !== '' ? value : undefined);
    const number = (value) => (typeof value === 'number' ? value : undefined);
    const runtime = text(v.runtime);
    put('runtime', runtime, 'runtime');
    put('timeoutSeconds', number(v.timeout), 'timeout');
    put('memoryMb', number(v.memory_size), 'memory_size');
    const variables = first(v.environment)?.variables;
    if (isMap(variables) && Object.keys(variables).length > 0)
        put('environment', Object.keys(variables), 'environment');
    const subnets = list(first(v.vpc_config)?.subnet_ids);
    if (subnets.length > 0 || first(change.unknown.vpc_config)?.subnet_ids === true)
        put('vpc', true, 'vpc_config');
    const layers = list(v.layers).map(asText);
    if (layers.length > 0 || change.unknown.layers === true)
        put('layers', layers.length > 0 ? layers : ['(known after apply)'], 'layers');
    if (list(v.architectures).length > 0)
        put('architectures', list(v.architectures).map(asText), 'architectures');
    put('packageType', text(v.package_type), 'package_type');
    put('tracing', text(first(v.tracing_config)?.mode), 'tracing_config');
    const reserved = number(v.reserved_concurrent_executions);
    // -1 is the provider's "no reservation".
    if (reserved !== undefined && reserved >= 0)
        put('reservedConcurrency', reserved, 'reserved_concurrent_executions');
    const provisioned = provisionedFor(reader, address, change);
    if (provisioned) {
        settings.provisionedConcurrency = provisioned.value;
        lines.provisionedConcurrency = provisioned.at;
    }
    const handler = text(v.handler);
    const findings = [];
    const code = lambdaCode(reader, repository, change, config.module, handler, runtime);
    if (code.outside)
        findings.push(invalidSource(located.file, at(code.setting), 'terraform-plan', 'outside-repository', { setting: code.setting }));
    if (code.bytes !== undefined) {
        settings.packageBytes = code.bytes;
        lines.packageBytes = at(code.setting);
    }
    settings.lines = lines;
    const name = text(v.function_name) ?? address;
    const declaration = lambdaEdgeDeclaration({ name, file: located.file, line: located.line, handler }, associations, code, settings);
    return { declaration, findings };
}
/** `qualified_arn` names a version only when `publish` is set (else `$LATEST`); `arn` the function; an alias its name. */
function qualifierOf(target, lambda, reader) {
    const change = reader.changes.get(target.address);
    if (change?.type === ALIAS)
        return asText(change.after.name ?? 'alias');
    if (target.attribute === 'qualified_arn' || target.attribute === 'qualified_invoke_arn')
        return lambda.publish === true ? undefined : '$LATEST';
    if (target.attribute === 'version')
        return undefined;
    return '';
}
function providerRegion(reader, resource) {
    const key = typeof resource?.provider_config_key === 'string' ? resource.provider_config_key : undefined;
    const configuration = isMap(reader.plan.configuration) ? reader.plan.configuration : {};
    const providers = isMap(configuration.provider_config) ? configuration.provider_config : {};
    const provider = key ? (providers[key] ?? providers[key.slice(key.lastIndexOf(':') + 1)]) : providers.aws;
    const region = isMap(provider) && isMap(provider.expressions) ? provider.expressions.region : undefined;
    return isMap(region) && typeof region.constant_value === 'string' ? region.constant_value : undefined;
}
/** An aws_lambda_provisioned_concurrency_config whose configuration references the function. */
function provisionedFor(reader, address, lambda) {
    for (const change of reader.changes.values()) {
        if (change.type !== PROVISIONED || change.moduleAddress !== lambda.moduleAddress)
            continue;
        const config = reader.configuration(change);
        const expressions = isMap(config.resource?.expressions) ? config.resource.expressions : {};
        const references = referencesOf(expressions, 'function_name');
        const named = change.after.function_name === lambda.after.function_name && typeof lambda.after.function_name === 'string';
        if (!named && !references.some((r) => r === `${LAMBDA}.${lambda.name}` || r.startsWith(`${LAMBDA}.${lambda.name}.`)))
            continue;
        const value = change.after.provisioned_concurrent_executions;
        if (typeof value !== 'number' || value <= 0)
            continue;
        const located = locate(reader, change, config.dir, PROVISIONED);
        return { value, at: { file: located.file, line: located.block?.attributes.get('provisioned_concurrent_executions') ?? located.line } };
    }
    void address;
    return undefined;
}
/** The code on disk where the plan shows it: the source of the archive `filename` is built from. */
function lambdaCode(reader, repository, change, module, handler, runtime) {
    const v = change.after;
    // The checks run JavaScript: another runtime's code is named, never parsed as JavaScript.
    if (runtime !== undefined && !runtime.startsWith('nodejs'))
        return { elsewhere: `${runtime} code`, setting: 'runtime' };
    if (typeof v.image_uri === 'string' && v.image_uri !== '')
        return { elsewhere: v.image_uri, setting: 'image_uri' };
    if (typeof v.s3_bucket === 'string' && v.s3_bucket !== '')
        return { elsewhere: `s3://${v.s3_bucket}/${asText(v.s3_key ?? '(key)')}`, setting: 's3_bucket' };
    const filename = typeof v.filename === 'string' ? v.filename : undefined;
    const outside = (named) => ({ elsewhere: `${named} (outside the repository)`, setting: 'filename', outside: true });
    const source = archiveSource(reader, change, module);
    if (source) {
        const place = repository.place((0,external_node_path_.resolve)(reader.rootDir, source.path));
        if (place.kind === 'outside')
            return outside(source.path);
        if (source.kind === 'file' && place.kind === 'file') {
            const bytes = repository.codePackage(place).bytes;
            return { path: place.path, elsewhere: '', ...(bytes !== undefined ? { bytes } : {}), setting: 'filename' };
        }
        if (source.kind === 'dir' && place.kind === 'folder') {
            const file = handler ? repository.handlerFile(place.path, handler) : undefined;
            const bytes = repository.codePackage(place).bytes;
            const weighed = bytes !== undefined ? { bytes } : {};
            if (file)
                return { path: file, elsewhere: '', ...weighed, setting: 'filename' };
            return { elsewhere: `${source.path} (no file for the handler ${handler ?? '(none)'})`, ...weighed, setting: 'filename' };
        }
    }
    if (filename !== undefined) {
        const place = repository.place((0,external_node_path_.resolve)(reader.rootDir, filename));
        if (place.kind === 'outside')
            return outside(filename);
        if (place.kind !== 'file')
            return { elsewhere: `${filename} (not found beside the plan)`, setting: 'filename' };
        const bytes = repository.codePackage(place).bytes;
        const weighed = bytes !== undefined ? { bytes } : {};
        if (/\.(?:js|mjs|cjs)$/.test(place.path))
            return { path: place.path, elsewhere: '', ...weighed, setting: 'filename' };
        return { elsewhere: (0,external_node_path_.basename)(filename), ...weighed, setting: 'filename' };
    }
    return { elsewhere: change.unknown.filename === true ? 'filename (known after apply)' : 'code (not in the plan)', setting: 'filename' };
}
/** `filename = data.archive_file.x.output_path`: the archive's `source_file` or `source_dir`, from the plan's state or configuration. */
function archiveSource(reader, change, module) {
    const resource = list(module?.resources).find((r) => isMap(r) && r.address === `${change.type}.${change.name}`);
    const expressions = isMap(resource?.expressions) ? resource.expressions : {};
    const reference = referencesOf(expressions, 'filename').find((r) => r.startsWith('data.archive_file.'));
    if (!reference)
        return undefined;
    const local = reference.split('.').slice(0, 3).join('.');
    const address = change.moduleAddress ? `${change.moduleAddress}.${local}` : local;
    const state = dataValues(reader.plan, address);
    for (const [key, kind] of [
        ['source_file', 'file'],
        ['source_dir', 'dir'],
    ]) {
        const known = state?.[key];
        if (typeof known === 'string' && known !== '')
            return { kind, path: known };
        const data = list(module?.resources).find((r) => isMap(r) && r.address === local);
        const expression = isMap(data?.expressions) ? data.expressions[key] : undefined;
        if (isMap(expression) && typeof expression.constant_value === 'string')
            return { kind, path: expression.constant_value };
    }
    return undefined;
}
/** A data source's values as the plan read them (`prior_state`, else `planned_values`). */
function dataValues(plan, address) {
    // Modules walked with a queue, not recursion: a plan nested thousands of modules deep is still read.
    const find = (root) => {
        const queue = [root ?? null];
        for (let i = 0; i < queue.length; i++) {
            const module = queue[i];
            if (!isMap(module))
                continue;
            for (const r of list(module.resources))
                if (isMap(r) && r.address === address && isMap(r.values))
                    return r.values;
            for (const child of list(module.child_modules))
                queue.push(child);
        }
        return undefined;
    };
    for (const key of ['prior_state', 'planned_values']) {
        const top = plan[key];
        const values = isMap(top) && isMap(top.values) ? top.values.root_module : isMap(top) ? top.root_module : undefined;
        const found = find(values);
        if (found)
            return found;
    }
    return undefined;
}
function terraform_functions_unresolved(at, setting, expression, because, container) {
    return {
        code: 'SOURCE_UNRESOLVED',
        file: at.file,
        line: at.line,
        details: {
            setting,
            expression,
            because,
            unchecked: ['edge-function'],
            ...(container ? { container } : {}),
        },
    };
}

;// CONCATENATED MODULE: ./lib/sources/terraform-plan.js
/**
 * Terraform plans as `terraform show -json PLANFILE` prints them: every aws_cloudfront_distribution,
 * named by its address. A value unknown until apply is absent from `after` and `true` at the same
 * place in `after_unknown`. Plan JSON has no lines: they come from the `.tf` files, found through the
 * plan's module calls (terraform-lines.ts).
 */









const terraform_plan_DISTRIBUTION = 'aws_cloudfront_distribution';
function readTerraformPlan(text, file, options = {}) {
    let plan;
    try {
        plan = JSON.parse(text);
    }
    catch (error) {
        return { origins: [], findings: [invalidSource(file, jsonErrorLine(text, error), 'terraform-plan', 'parse', { parserCode: 'JSON' })] };
    }
    if (!isMap(plan) || (!Array.isArray(plan.resource_changes) && !isMap(plan.planned_values))) {
        return { origins: [], findings: [invalidSource(file, 1, 'terraform-plan', 'not-a-plan')] };
    }
    const rootDir = options.terraformDir ?? (0,external_node_path_.join)(file, '..');
    const reader = new PlanReader(plan, rootDir, options.fallback ?? { file, line: 1 }, options.folders ?? new TerraformFolders());
    const distributions = reader.distributions();
    const result = assemble(distributions);
    const functions = readPlanFunctions(reader, options.repository ?? new repository_files/* RepositoryFiles */.Y(rootDir));
    result.functions = functions.functions;
    result.files = functions.files;
    result.findings.push(...functions.findings);
    for (const d of distributions) {
        if (!reader.unreadable(d.container))
            continue;
        result.findings.push({
            code: 'SOURCE_UNRESOLVED',
            file: d.file,
            line: d.line,
            details: { setting: 'origin', expression: UNKNOWN.expression, because: UNKNOWN.reason, container: d.container },
        });
    }
    return result;
}
/** `Unexpected token } in JSON at position 123` → the line of that position. */
function jsonErrorLine(text, error) {
    const position = /position (\d+)/.exec(String(error?.message))?.[1];
    if (position === undefined)
        return 1;
    return text.slice(0, Number(position)).split('\n').length;
}
class PlanReader {
    plan;
    rootDir;
    fallback;
    folders;
    changes = new Map();
    constructor(plan, rootDir, fallback, folders) {
        this.plan = plan;
        this.rootDir = rootDir;
        this.fallback = fallback;
        this.folders = folders;
        for (const change of list(plan.resource_changes)) {
            if (!isMap(change) || change.mode !== 'managed' || typeof change.address !== 'string' || !isMap(change.change))
                continue;
            const actions = list(change.change.actions);
            if (actions.length === 1 && actions[0] === 'delete')
                continue;
            this.changes.set(change.address, {
                after: isMap(change.change.after) ? change.change.after : {},
                ...(change.change.after === null ? { unreadable: true } : {}),
                unknown: isMap(change.change.after_unknown) ? change.change.after_unknown : {},
                ...(typeof change.module_address === 'string' ? { moduleAddress: change.module_address } : {}),
                type: asText(change.type),
                name: asText(change.name),
            });
        }
        // A plan printed without resource_changes (or state output) still has planned values.
        for (const resource of plannedResources(plan)) {
            if (typeof resource.address !== 'string' || this.changes.has(resource.address))
                continue;
            const moduleAddress = resource.address.startsWith('module.') ? moduleOf(resource.address) : undefined;
            this.changes.set(resource.address, {
                after: isMap(resource.values) ? resource.values : {},
                unknown: {},
                ...(moduleAddress ? { moduleAddress } : {}),
                type: asText(resource.type),
                name: asText(resource.name),
            });
        }
    }
    unreadable(address) {
        return this.changes.get(address)?.unreadable === true;
    }
    distributions() {
        return [...this.changes.entries()]
            .filter(([, c]) => c.type === terraform_plan_DISTRIBUTION)
            .map(([address, change]) => this.distribution(address, change));
    }
    distribution(address, change) {
        const config = this.configuration(change);
        const located = config.dir ? this.folders.resource(config.dir, terraform_plan_DISTRIBUTION, change.name) : undefined;
        const file = located?.file ?? this.fallback.file;
        const block = located?.block;
        const line = block?.line ?? this.fallback.line;
        const { after, unknown } = change;
        const expressions = isMap(config.resource?.expressions) ? config.resource.expressions : {};
        const originBlocks = blocksOf(block, 'origin');
        const configOrigins = list(expressions.origin);
        const distribution = {
            format: 'terraform-plan',
            container: address,
            file,
            line,
            conditions: [],
            aliases: [],
            origins: list(after.origin).map((origin, i) => this.origin(origin, list(unknown.origin)[i], matchBlock(origin, configOrigins, originBlocks), line)),
            groups: list(after.origin_group).map((group, i) => this.group(group, list(unknown.origin_group)[i], line)),
            behaviours: [],
        };
        const aliasesLine = block?.attributes.get('aliases');
        if (aliasesLine !== undefined)
            distribution.aliasesLine = aliasesLine;
        if (unknown.aliases === true)
            distribution.aliasesUnresolved = { unresolved: UNKNOWN, line: aliasesLine ?? line };
        else
            distribution.aliases = list(after.aliases).map((alias, i) => list(unknown.aliases)[i] === true
                ? { unresolved: UNKNOWN, line: aliasesLine ?? line }
                : { value: asText(alias), line: aliasesLine ?? line });
        const behaviourBlocks = [...blocksOf(block, 'default_cache_behavior'), ...blocksOf(block, 'ordered_cache_behavior')];
        const behaviourValues = [...list(after.default_cache_behavior), ...list(after.ordered_cache_behavior)];
        const behaviourUnknowns = [...list(unknown.default_cache_behavior), ...list(unknown.ordered_cache_behavior)];
        const behaviourExpressions = [...list(expressions.default_cache_behavior), ...list(expressions.ordered_cache_behavior)];
        distribution.behaviours = behaviourValues.map((b, i) => this.behaviour(b, behaviourUnknowns[i], behaviourExpressions[i], behaviourBlocks[i], i === 0 && list(after.default_cache_behavior).length > 0, change, line));
        return distribution;
    }
    /** The resource's configuration, and the folder of its module where that is a local path. */
    configuration(change) {
        let module = isMap(this.plan.configuration) && isMap(this.plan.configuration.root_module) ? this.plan.configuration.root_module : undefined;
        let dir = this.rootDir;
        for (const call of moduleCalls(change.moduleAddress)) {
            const calls = isMap(module?.module_calls) ? module.module_calls : {};
            const called = calls[call];
            if (!isMap(called))
                return {};
            const source = typeof called.source === 'string' ? called.source : '';
            dir =
                dir !== undefined && (source.startsWith('./') || source.startsWith('../'))
                    ? (0,external_node_path_.join)(dir, source)
                    : (0,external_node_path_.isAbsolute)(source)
                        ? source
                        : undefined;
            module = isMap(called.module) ? called.module : undefined;
        }
        const resource = list(module?.resources).find((r) => isMap(r) && r.address === `${change.type}.${change.name}`);
        return { ...(resource ? { resource } : {}), ...(dir !== undefined ? { dir } : {}), ...(module ? { module } : {}) };
    }
    origin(value, unknownValue, block, distributionLine) {
        const origin = isMap(value) ? value : {};
        const unknown = isMap(unknownValue) ? unknownValue : {};
        const line = block?.line ?? distributionLine;
        const at = (key, inner) => inner?.attributes.get(key) ?? block?.attributes.get(key) ?? line;
        const customBlock = blocksOf(block, 'custom_origin_config')[0];
        const custom = first(origin.custom_origin_config);
        const customUnknown = first(unknown.custom_origin_config) ?? {};
        const kind = list(origin.vpc_origin_config).length > 0 ? 'vpc' : custom ? 'custom' : 's3';
        const read = (source, unknowns, key, lineOf, convert) => {
            if (unknowns[key] === true)
                return { unresolved: UNKNOWN, line: lineOf };
            const v = source[key];
            return v === null || v === undefined ? undefined : { value: convert(v), line: lineOf };
        };
        const text = (v) => asText(v);
        const number = (v) => (typeof v === 'number' ? v : asText(v));
        const raw = {
            line,
            id: read(origin, unknown, 'origin_id', at('origin_id'), text) ?? { line },
            domain: read(origin, unknown, 'domain_name', at('domain_name'), text) ?? { line },
            kind,
            signed: kind === 'custom' &&
                (unknown.origin_access_control_id === true ||
                    (typeof origin.origin_access_control_id === 'string' && origin.origin_access_control_id !== '')),
            headers: list(origin.custom_header).map((header, i) => {
                const h = isMap(header) ? header : {};
                const headerUnknown = list(unknown.custom_header)[i];
                const hu = isMap(headerUnknown) ? headerUnknown : {};
                const headerLine = blocksOf(block, 'custom_header')[i]?.line ?? line;
                return {
                    name: { value: asText(h.name ?? ''), line: headerLine },
                    value: read(h, hu, 'value', headerLine, text) ?? { value: '', line: headerLine },
                };
            }),
            conditions: [],
        };
        const optional = [
            ['originPath', read(origin, unknown, 'origin_path', at('origin_path'), text)],
            ['connectionAttempts', read(origin, unknown, 'connection_attempts', at('connection_attempts'), number)],
            ['connectionTimeout', read(origin, unknown, 'connection_timeout', at('connection_timeout'), number)],
        ];
        if (custom) {
            optional.push(['httpPort', read(custom, customUnknown, 'http_port', at('http_port', customBlock), number)], ['httpsPort', read(custom, customUnknown, 'https_port', at('https_port', customBlock), number)], ['protocolPolicy', read(custom, customUnknown, 'origin_protocol_policy', at('origin_protocol_policy', customBlock), text)], [
                'sslProtocols',
                read(custom, customUnknown, 'origin_ssl_protocols', at('origin_ssl_protocols', customBlock), (v) => list(v).map(String)),
            ], ['readTimeout', read(custom, customUnknown, 'origin_read_timeout', at('origin_read_timeout', customBlock), number)], ['keepAliveTimeout', read(custom, customUnknown, 'origin_keepalive_timeout', at('origin_keepalive_timeout', customBlock), number)], ['ipAddressType', read(custom, customUnknown, 'ip_address_type', at('ip_address_type', customBlock), text)]);
        }
        for (const [key, setting] of optional)
            if (setting)
                raw[key] = setting;
        return raw;
    }
    group(value, unknownValue, line) {
        const group = isMap(value) ? value : {};
        const unknown = isMap(unknownValue) ? unknownValue : {};
        const id = unknown.origin_id === true ? { unresolved: UNKNOWN, line } : { value: asText(group.origin_id ?? ''), line };
        const members = list(group.member).map((m, i) => {
            const mu = list(unknown.member)[i];
            if (isMap(mu) && mu.origin_id === true)
                return { unresolved: UNKNOWN, line };
            return { value: asText(isMap(m) ? m.origin_id : ''), line };
        });
        return { line, id, members };
    }
    behaviour(value, unknownValue, expressionValue, block, isDefault, change, distributionLine) {
        const b = isMap(value) ? value : {};
        const unknown = isMap(unknownValue) ? unknownValue : {};
        const expressions = isMap(expressionValue) ? expressionValue : {};
        const line = block?.line ?? distributionLine;
        const at = (key) => block?.attributes.get(key) ?? line;
        const target = unknown.target_origin_id === true
            ? { unresolved: UNKNOWN, line: at('target_origin_id') }
            : { value: asText(b.target_origin_id ?? ''), line: at('target_origin_id') };
        const policy = (kind, key) => {
            if (unknown[key] === true)
                return this.policyResource(kind, expressions[key], change);
            const id = b[key];
            return typeof id === 'string' && id !== '' ? this.knownPolicy(kind, id) : { kind: 'none' };
        };
        const forwarded = first(b.forwarded_values);
        const legacy = forwarded ? list(forwarded.headers).map(String) : undefined;
        const policyLine = block?.attributes.get('origin_request_policy_id') ??
            block?.attributes.get('cache_policy_id') ??
            blocksOf(block, 'forwarded_values')[0]?.line ??
            line;
        return {
            pathPattern: isDefault ? '*' : asText(b.path_pattern ?? '?'),
            line,
            target,
            host: decideHost({
                originRequest: policy('origin-request', 'origin_request_policy_id'),
                cache: policy('cache', 'cache_policy_id'),
                legacyHeaders: legacyHeadersView(legacy),
                line: policyLine,
            }),
        };
    }
    /** A known id: a managed policy, or one this plan manages with that id. */
    knownPolicy(kind, id) {
        const type = kind === 'origin-request' ? 'aws_cloudfront_origin_request_policy' : 'aws_cloudfront_cache_policy';
        for (const change of this.changes.values()) {
            if (change.type === type && change.after.id === id)
                return policyHeaders(kind, change.after);
        }
        return managedPolicy(kind, id);
    }
    /** An id known after apply: the policy resource the configuration references, read from the plan. */
    policyResource(kind, expression, change) {
        const type = kind === 'origin-request' ? 'aws_cloudfront_origin_request_policy' : 'aws_cloudfront_cache_policy';
        const references = isMap(expression) ? list(expression.references).map(String) : [];
        const reference = references.find((r) => r.startsWith(`${type}.`));
        if (reference) {
            const [, name] = reference.split('.');
            const address = `${change.moduleAddress ? `${change.moduleAddress}.` : ''}${type}.${name}`;
            const policy = this.changes.get(address);
            if (policy)
                return policyHeaders(kind, policy.after);
        }
        return { kind: 'unresolved', expression: references[0] ?? UNKNOWN.expression };
    }
}
function policyHeaders(kind, values) {
    const config = kind === 'origin-request'
        ? first(values.headers_config)
        : first(first(values.parameters_in_cache_key_and_forwarded_to_origin)?.headers_config);
    if (!config)
        return { kind: 'known', forwardsHost: false };
    const headers = list(first(config.headers)?.items).map(String);
    const behavior = asText(config.header_behavior ?? 'none');
    return {
        kind: 'known',
        forwardsHost: kind === 'origin-request' ? originRequestHeadersForwardHost(behavior, headers) : cacheHeadersForwardHost(behavior, headers),
    };
}
/** The origin block declaring this origin: origins are a set, matched by a constant origin_id. */
function matchBlock(origin, configOrigins, blocks) {
    if (!isMap(origin) || blocks.length !== configOrigins.length)
        return undefined;
    const index = configOrigins.findIndex((c) => isMap(c) && isMap(c.origin_id) && c.origin_id.constant_value === origin.origin_id);
    if (index >= 0)
        return blocks[index];
    // One origin block, one origin: the same whatever its id says.
    return blocks.length === 1 ? blocks[0] : undefined;
}
/** `module.a["x"].module.b` → [a, b]. */
function moduleCalls(moduleAddress) {
    if (!moduleAddress)
        return [];
    return [...moduleAddress.matchAll(/module\.([A-Za-z0-9_-]+)/g)].map((m) => m[1]);
}
/** `module.a["x"].aws_thing.name` → `module.a["x"]`. */
function moduleOf(address) {
    return /^((?:module\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?\.?)*)/.exec(address)?.[1]?.replace(/\.$/, '') ?? '';
}
function plannedResources(plan) {
    const planned = isMap(plan.planned_values) ? plan.planned_values : isMap(plan.values) ? plan.values : undefined;
    const walk = (module) => {
        if (!isMap(module))
            return [];
        const own = list(module.resources)
            .filter(isMap)
            .filter((r) => r.mode === 'managed');
        return [...own, ...list(module.child_modules).flatMap(walk)];
    };
    return walk(planned?.root_module);
}

;// CONCATENATED MODULE: ./lib/sources/index.js
/** Reads one source file of any kind: the entry point of this module. */




function readSource(kind, text, file, options = {}) {
    switch (kind) {
        case 'cloudformation':
            return readCloudFormation(text, file, {
                ...(options.parameters ? { parameters: options.parameters } : {}),
                ...(options.repository ? { repository: options.repository } : {}),
            });
        case 'terraform-plan':
            return readTerraformPlan(text, file, options);
        case 'cloudfront-config':
            return readCloudFrontConfig(text, file);
    }
}
/** The kind a file most likely is, for trying files by hand: plans and CloudFront JSON have telling keys. */
function guessKind(text) {
    if (/"(resource_changes|planned_values|format_version)"\s*:/.test(text))
        return 'terraform-plan';
    if (/"DistributionConfig"\s*:/.test(text) && !/"Resources"\s*:/.test(text))
        return 'cloudfront-config';
    return 'cloudformation';
}

;// CONCATENATED MODULE: ./lib/config/glob.js
/**
 * Paths matching a glob below a folder: `*` and `?` within one path segment, `**` for any number of
 * segments. Enough for `cdk.out/*.template.json` and `infra/**\/plan.json`; Node 20 has no fs.glob.
 */


/** Folders `**` never descends into: tools' caches, not infrastructure code. */
const NOT_SEARCHED = new Set(['.git', 'node_modules']);
function hasGlob(pattern) {
    return /[*?]/.test(pattern);
}
/** Absolute paths of the files under `root` that `pattern` (forward slashes, relative) matches, sorted. */
function matchGlob(pattern, root) {
    const segments = external_node_path_.posix
        .normalize(pattern.replaceAll('\\', '/'))
        .split('/')
        .filter((s) => s !== '' && s !== '.');
    const found = new Set();
    walk(root, segments, found);
    return [...found].sort();
}
function walk(folder, segments, found) {
    const [segment, ...rest] = segments;
    if (segment === undefined) {
        if (isFile(folder))
            found.add(folder);
        return;
    }
    if (segment === '**') {
        walk(folder, rest, found); // zero segments
        for (const entry of entries(folder)) {
            if (entry.isDirectory() && !NOT_SEARCHED.has(entry.name))
                walk((0,external_node_path_.join)(folder, entry.name), segments, found);
        }
        return;
    }
    if (!hasGlob(segment)) {
        walk((0,external_node_path_.join)(folder, segment), rest, found);
        return;
    }
    const matcher = segmentMatcher(segment);
    for (const entry of entries(folder)) {
        if (matcher.test(entry.name))
            walk((0,external_node_path_.join)(folder, entry.name), rest, found);
    }
}
function segmentMatcher(segment) {
    const source = [...segment].map((c) => (c === '*' ? '[^/]*' : c === '?' ? '[^/]' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('');
    return new RegExp(`^${source}$`);
}
function entries(folder) {
    try {
        return (0,external_node_fs_.readdirSync)(folder, { withFileTypes: true });
    }
    catch {
        return [];
    }
}
function isFile(path) {
    return (0,external_node_fs_.statSync)(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

;// CONCATENATED MODULE: ./lib/config/sources.js
/**
 * The `sources:` of the config: each item's files found (a path or a glob below the repository root),
 * read by its format's reader, and every path made relative to the repository root.
 */










const KINDS = ['cloudformation', 'terraform-plan', 'cloudfront-config'];
/** A source file larger than this is not read: no template or plan is near it. */
const MAX_SOURCE_BYTES = 64 * 1024 * 1024;
/** Reads every source item; a path that matches no file is a config problem at the item's line. */
function readSources(items, root, configFile, reader) {
    const result = { origins: [], findings: [], functions: [], items: new Map(), files: [] };
    if (!Array.isArray(items))
        return result;
    const folders = new TerraformFolders();
    // Code the sources name is read inside the repository only, each folder once, within one budget.
    const repository = new repository_files/* RepositoryFiles */.Y(root);
    const taken = new Set();
    const takenFunctions = new Set();
    items.forEach((item, index) => {
        if (!(0,merge/* isFields */.Ce)(item))
            return;
        const kinds = KINDS.filter((k) => typeof item[k] === 'string');
        const kind = kinds[0];
        // Not exactly one kind: already reported by the validator.
        if (!kind || kinds.length > 1)
            return;
        misplaced(item, kind, index, reader);
        const path = `sources[${index}].${kind}`;
        const position = reader.positions.get(path) ?? reader.positions.get(`sources[${index}]`) ?? { line: 1, col: 1 };
        for (const file of filesOf(item[kind], root, { path, position }, reader)) {
            const text = readText(file, { path, position }, reader);
            if (text === undefined)
                continue;
            result.files.push(file);
            const options = readOptions(item, root, { file: (0,external_node_path_.resolve)(configFile), line: position.line }, folders);
            const read = readGuarded(kind, text, file, { ...options, repository });
            const placed = underRoot(read, root);
            const renamed = uniqueNames(placed, taken);
            for (const origin of renamed.origins)
                result.items.set(origin.name, position);
            result.origins.push(...renamed.origins);
            result.findings.push(...renamed.findings);
            for (const fn of placed.functions ?? []) {
                const name = uniqueName(fn.name, takenFunctions);
                result.functions.push(name === fn.name ? fn : { ...fn, name });
                result.items.set(`edge-function:${name}`, position);
            }
        }
    });
    result.files.push(...repository.read);
    return result;
}
/** A reader that throws (a limit of the machine, a bug) costs that file, named as unreadable, never the run. */
function readGuarded(kind, text, file, options) {
    try {
        return readSource(kind, text, file, options);
    }
    catch (error) {
        const name = error instanceof Error ? error.name : 'Error';
        return { origins: [], findings: [invalidSource(file, 1, kind, 'reader-failed', { error: name })] };
    }
}
/** `parameters` belong to templates, `terraform-dir` to plans: elsewhere they would be silently ignored. */
function misplaced(item, kind, index, reader) {
    const owners = { parameters: 'cloudformation', 'terraform-dir': 'terraform-plan' };
    for (const [key, owner] of Object.entries(owners)) {
        if (item[key] === undefined || kind === owner)
            continue;
        const path = `sources[${index}].${key}`;
        (0,config_reader/* report */.z8)(reader, { path, position: reader.positions.get(path) ?? { line: 1, col: 1 } }, `applies only to ${owner} items, not ${kind}`);
    }
}
function filesOf(pattern, root, place, reader) {
    if (!hasGlob(pattern))
        return [(0,external_node_path_.resolve)(root, pattern)];
    const files = matchGlob(pattern, root);
    if (files.length === 0)
        (0,config_reader/* report */.z8)(reader, place, `"${pattern}" matches no file below ${root}`);
    return files;
}
function readText(file, place, reader) {
    const read = (0,read_regular_file/* readBounded */.C)(file, MAX_SOURCE_BYTES);
    if ('bytes' in read)
        return read.bytes.toString('utf8');
    const why = {
        missing: 'file not found',
        unreadable: 'cannot read the file',
        'not-a-file': 'not a regular file',
        'too-large': `larger than ${MAX_SOURCE_BYTES / 1024 / 1024} MiB`,
    }[read.refused];
    (0,config_reader/* report */.z8)(reader, place, `${why}: ${file}`);
    return undefined;
}
function readOptions(item, root, fallback, folders) {
    const options = { fallback, folders };
    if ((0,merge/* isFields */.Ce)(item.parameters))
        options.parameters = item.parameters;
    if (typeof item['terraform-dir'] === 'string')
        options.terraformDir = (0,external_node_path_.resolve)(root, item['terraform-dir']);
    return options;
}
/** The path as reports show it and annotations need it: relative to the repository root, forward slashes. */
function rootRelative(file, root) {
    const rel = (0,external_node_path_.relative)(root, file);
    return rel.startsWith('..') ? file : rel.split(external_node_path_.sep).join('/');
}
/** Every `file` of the result, relative to the repository root. */
function underRoot(result, root) {
    const place = (value) => ({ ...value, file: rootRelative(value.file, root) });
    const origins = result.origins.map((o) => ({
        ...place(o),
        id: place(o.id),
        domain: place(o.domain),
        originPath: place(o.originPath),
        httpPort: place(o.httpPort),
        httpsPort: place(o.httpsPort),
        protocolPolicy: place(o.protocolPolicy),
        sslProtocols: place(o.sslProtocols),
        ipAddressType: place(o.ipAddressType),
        connectionAttempts: place(o.connectionAttempts),
        connectionTimeout: place(o.connectionTimeout),
        readTimeout: place(o.readTimeout),
        keepAliveTimeout: place(o.keepAliveTimeout),
        hosts: o.hosts.map(place),
        customHeaders: o.customHeaders.map((h) => ({ name: h.name, value: place(h.value) })),
    }));
    return { origins, findings: result.findings.map(place), functions: (result.functions ?? []).map((f) => functionUnderRoot(f, root)) };
}
/** A discovered function's files relative to the repository root; `path` (where its code is read) stays absolute. */
function functionUnderRoot(fn, root) {
    const rel = (file) => rootRelative(file, root);
    const placed = { ...fn, file: rel(fn.file) };
    if (fn.declaredAt)
        placed.declaredAt = { ...fn.declaredAt, file: rel(fn.declaredAt.file) };
    if (fn.associations)
        placed.associations = fn.associations.map((a) => ({ ...a, file: rel(a.file) }));
    if (fn.lambda?.lines) {
        const lines = {};
        for (const [key, at] of Object.entries(fn.lambda.lines))
            lines[key] = typeof at === 'object' ? { ...at, file: rel(at.file) } : at;
        placed.lambda = { ...fn.lambda, lines };
    }
    return placed;
}
/** Two files may name an origin alike (two stacks with a `Cdn` distribution): the later one gets `#2`. */
function uniqueNames(result, taken) {
    const renames = new Map();
    const origins = result.origins.map((origin) => {
        let name = origin.name;
        for (let n = 2; taken.has(name); n++)
            name = `${origin.name}#${n}`;
        taken.add(name);
        if (name !== origin.name)
            renames.set(origin.name, name);
        return name === origin.name ? origin : { ...origin, name };
    });
    const findings = result.findings.map((f) => f.origin && renames.has(f.origin) ? { ...f, origin: renames.get(f.origin) } : f);
    return { origins, findings };
}

// EXTERNAL MODULE: ./lib/cert/trust.js
var trust = __webpack_require__(1752);
;// CONCATENATED MODULE: ./lib/config/trust-roots.js



/**
 * Absolute paths of the `overrides.trust-roots` files, relative to the config's directory. Each must
 * hold a certificate now: a lab that silently trusts nothing would fail every origin for the wrong reason.
 */
function resolveTrustRoots(paths, configDirectory, reader) {
    const resolved = [];
    paths.forEach((item, index) => {
        if (typeof item !== 'string')
            return;
        const path = `overrides.trust-roots[${index}]`;
        const place = { path, position: reader.positions.get(path) ?? { line: 1, col: 1 } };
        const absolute = (0,external_node_path_.resolve)(configDirectory, item);
        const problem = pemProblem(absolute);
        if (problem)
            (0,config_reader/* report */.z8)(reader, place, problem);
        else
            resolved.push(absolute);
    });
    return resolved;
}
function pemProblem(file) {
    try {
        (0,trust/* readRootFile */.Pq)(file);
        return undefined;
    }
    catch (error) {
        if (error instanceof trust/* TrustRootError */.Tr)
            return error.message;
        throw error;
    }
}

// EXTERNAL MODULE: ./lib/config/limits.js
var limits = __webpack_require__(1124);
;// CONCATENATED MODULE: ./lib/config/block-yaml-reader.js
/**
 * The fast path for config files: block mappings and sequences of one-line plain and quoted scalars
 * (and flow collections closed on their line), read line by line into plain nodes shaped like the yaml
 * package's (nodes.ts), starting where its parser says they start, so the config reader cannot tell
 * which path read the file. That is how configs are written, and it
 * reads ten thousand origins several times faster than the general parser. Anything else (anchors,
 * aliases, tags, flow collections, block scalars, scalars over several lines, directives, several
 * documents, duplicate keys, tabs...) returns undefined: the general parser reads it, with its errors.
 */


class block_yaml_reader_NotSimple extends Error {
}
function block_yaml_reader_bail() {
    throw new block_yaml_reader_NotSimple();
}
function readBlockYaml(text) {
    // A byte-order mark, tabs and carriage returns are legal YAML the general parser places exactly.
    if (text.charCodeAt(0) === 0xfeff || UNUSUAL.test(text) || DOCUMENT_MARKER.test(text))
        return undefined;
    try {
        const reader = new block_yaml_reader_BlockReader(text);
        const root = reader.document();
        const lines = new dist/* LineCounter */.HN();
        lines.lineStarts = reader.lineStarts;
        return { root, lines };
    }
    catch (error) {
        if (error instanceof block_yaml_reader_NotSimple)
            return undefined;
        throw error;
    }
}
/**
 * Tabs, carriage returns and other control characters: legal or not, the general parser places them
 * exactly. So do the spaces JavaScript's `trim` removes and YAML keeps as content (NBSP, U+3000, U+FEFF...).
 */
const UNUSUAL = /[\x00-\x09\x0b-\x1f\x7f\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;
/** `---`, `...` at the start of a line: several documents, or an explicit one. */
const DOCUMENT_MARKER = /^(?:---|\.\.\.)(?:[ ]|$)/m;
const block_yaml_reader_INT = /^[-+]?[0-9]+$/;
const block_yaml_reader_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** What the core schema resolves in ways not worth repeating here: octal, hex, infinities, NaN. */
const RARE_NUMBER = /^(?:0o|0x|[-+]?\.(?:inf|Inf|INF)$|\.(?:nan|NaN|NAN)$)/;
/** A plain scalar starts with none of YAML's indicators (`-` only before a space or nothing). */
const INDICATOR = /^(?:[?:,[\]{}#&*!|>'"%@`]|-(?:\s|$))/;
/** `key:` then a space or the end: the first such colon ends a plain key. */
const KEY_END = /:(?: |$)/;
/** The YAML 1.2 core schema's resolution of a plain scalar, as the general parser does it. */
function block_yaml_reader_resolvePlain(text) {
    if (text === '' || text === '~' || text === 'null' || text === 'Null' || text === 'NULL')
        return null;
    if (text === 'true' || text === 'True' || text === 'TRUE')
        return true;
    if (text === 'false' || text === 'False' || text === 'FALSE')
        return false;
    if (RARE_NUMBER.test(text))
        block_yaml_reader_bail();
    if (block_yaml_reader_INT.test(text))
        return parseInt(text, 10);
    if (block_yaml_reader_FLOAT.test(text))
        return parseFloat(text);
    return text;
}
class block_yaml_reader_BlockReader {
    source;
    lineStarts = [0];
    lines = [];
    index = 0;
    depth = 0;
    constructor(source) {
        this.source = source;
        let start = 0;
        while (start <= source.length) {
            let end = source.indexOf('\n', start);
            if (end < 0)
                end = source.length;
            else
                this.lineStarts.push(end + 1);
            let indent = start;
            while (source.charCodeAt(indent) === 32)
                indent++;
            this.lines.push({ start, indent: indent - start, text: withoutComment(source.slice(indent, end)) });
            start = end + 1;
        }
    }
    document() {
        this.skipBlank();
        const first = this.current();
        if (!first)
            block_yaml_reader_bail(); // empty: the general parser says so
        const root = this.node(0);
        this.skipBlank();
        if (this.current())
            block_yaml_reader_bail();
        return root;
    }
    current() {
        return this.lines[this.index];
    }
    skipBlank() {
        while (this.index < this.lines.length && this.lines[this.index].text === '')
            this.index++;
    }
    /** The node starting at the current line, at `minIndent` or deeper. */
    node(minIndent) {
        this.skipBlank();
        const line = this.current();
        if (!line || line.indent < minIndent)
            block_yaml_reader_bail();
        const text = line.text;
        if (isItem(text))
            return this.sequence(line.indent);
        if (keyLength(text) >= 0)
            return this.mapping(line.indent);
        this.index++;
        return valueAt(text, line.start + line.indent, this.depth);
    }
    /**
     * One more collection open: the loader refuses values nested deeper than MAX_DEPTH levels (a value
     * inside n collections is on level n + 1), and such a file is the general parser's to read.
     */
    open() {
        if (++this.depth >= limits/* MAX_DEPTH */.lr)
            block_yaml_reader_bail();
    }
    mapping(indent) {
        this.open();
        const map = { kind: 'map', items: [], range: [0] };
        const keys = new KeySet();
        for (;;) {
            this.skipBlank();
            const line = this.current();
            if (!line || line.indent < indent)
                break;
            if (line.indent > indent)
                block_yaml_reader_bail();
            const text = line.text;
            const length = keyLength(text);
            if (length < 0)
                block_yaml_reader_bail();
            const keyStart = line.start + indent;
            const key = scalarAt(text.slice(0, length).trimEnd(), keyStart, true);
            keys.add(key); // a key written twice is the general parser's error
            this.index++;
            let rest = length + 1;
            while (text.charCodeAt(rest) === 32)
                rest++;
            const value = rest >= text.length ? this.valueBelow(keyStart + length + 1, indent, true) : valueAt(text.slice(rest), keyStart + rest, this.depth);
            map.items.push({ kind: 'pair', key, value });
        }
        map.range = [map.items[0].key.range[0]];
        this.depth--;
        return map;
    }
    sequence(indent) {
        this.open();
        const seq = { kind: 'seq', items: [], range: [0] };
        const start = this.current().start + indent;
        for (;;) {
            this.skipBlank();
            const line = this.current();
            if (!line || line.indent < indent)
                break;
            if (line.indent > indent)
                block_yaml_reader_bail();
            // A sequence written at its key's column ends where the next key of that mapping starts.
            if (!isItem(line.text))
                break;
            let column = 1;
            while (line.text.charCodeAt(column) === 32)
                column++;
            const content = line.text.slice(column);
            const offset = line.start + indent + column;
            if (content === '') {
                this.index++;
                seq.items.push(this.valueBelow(line.start + indent + 1, indent, false));
            }
            else if (isItem(content) || keyLength(content) >= 0) {
                // A compact collection: read it as if it started on its own line at the content's column.
                this.lines[this.index] = { start: line.start, indent: indent + column, text: content };
                seq.items.push(this.node(indent + column));
            }
            else {
                this.index++;
                seq.items.push(valueAt(content, offset, this.depth));
            }
        }
        seq.range = [start];
        this.depth--;
        return seq;
    }
    /** The value of `key:` or `-` with nothing after it: a deeper node, a sequence at the key's column, or null. */
    valueBelow(after, indent, isKey) {
        this.skipBlank();
        const next = this.current();
        if (next && next.indent > indent)
            return this.node(next.indent);
        if (isKey && next && next.indent === indent && isItem(next.text))
            return this.sequence(indent);
        // The general parser places an empty value after the spaces that follow its indicator.
        let at = after;
        while (this.source.charCodeAt(at) === 32)
            at++;
        return { kind: 'scalar', value: null, source: '', type: 'PLAIN', range: [at] };
    }
}
function isItem(text) {
    return text.charCodeAt(0) === 45 /* - */ && (text.length === 1 || text.charCodeAt(1) === 32);
}
/** Where the `:` of `key: value` is, or -1 when the line is no mapping entry the fast path reads. */
function keyLength(text) {
    const first = text.charCodeAt(0);
    if (first === 34 /* " */ || first === 39 /* ' */) {
        const end = quotedEnd(text, 0);
        return text.charCodeAt(end) === 58 /* : */ && (end + 1 === text.length || text.charCodeAt(end + 1) === 32) ? end : -1;
    }
    if (INDICATOR.test(text))
        return -1;
    const match = KEY_END.exec(text);
    // A key longer than 1024 characters is the general parser's error to report.
    return match && match.index <= 1000 ? match.index : -1;
}
/** A value written on one line: a scalar, or a flow collection closed on that line, inside `depth` collections. */
function valueAt(text, offset, depth) {
    const first = text.charCodeAt(0);
    if (first !== 91 /* [ */ && first !== 123 /* { */)
        return scalarAt(text, offset);
    const flow = new block_yaml_reader_FlowReader(text, offset, depth);
    const node = flow.collection();
    if (!flow.atEnd())
        block_yaml_reader_bail();
    return node;
}
/** One scalar written on one line (a key, or a value after `key: ` or `- `), at `offset` in the file. */
function scalarAt(text, offset, isKey = false) {
    const first = text.charCodeAt(0);
    if (first === 34 || first === 39) {
        const end = quotedEnd(text, 0);
        if (end !== text.length && !isKey)
            block_yaml_reader_bail();
        const value = first === 39 ? text.slice(1, end - 1).replaceAll("''", "'") : doubleQuoted(text.slice(1, end - 1));
        const type = first === 39 ? 'QUOTE_SINGLE' : 'QUOTE_DOUBLE';
        return { kind: 'scalar', value, source: value, type, range: [offset] };
    }
    // Indicators, `key: value` inside a value, or a trailing `:` make something else than a plain scalar.
    if (INDICATOR.test(text) || text.includes(' #') || (!isKey && KEY_END.test(text)) || (isKey && text === '<<'))
        block_yaml_reader_bail();
    return { kind: 'scalar', value: block_yaml_reader_resolvePlain(text), source: text, type: 'PLAIN', range: [offset] };
}
/** The keys of one mapping; a key written twice sends the file to the general parser, which reports it. */
class KeySet {
    few = [];
    many;
    add(key) {
        // Equal as the general parser compares keys: by value (`a` and "a" are the same key, 1 and "1" are not).
        const value = key.value;
        if (this.many) {
            if (this.many.has(value))
                block_yaml_reader_bail();
            this.many.add(value);
            return;
        }
        if (this.few.includes(value))
            block_yaml_reader_bail();
        this.few.push(value);
        if (this.few.length > 16)
            this.many = new Set(this.few);
    }
}
/** The index after the closing quote of the quoted scalar at `start`; bails when it does not close on the line. */
function quotedEnd(text, start) {
    const quote = text.charCodeAt(start);
    for (let i = start + 1; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (quote === 39 && c === 39) {
            if (text.charCodeAt(i + 1) === 39)
                i++;
            else
                return i + 1;
        }
        else if (quote === 34 && c === 92 /* \ */)
            i++;
        else if (quote === 34 && c === 34)
            return i + 1;
    }
    block_yaml_reader_bail();
}
/** The escapes YAML shares with JSON mean the same in both; any other escape goes to the general parser. */
function doubleQuoted(body) {
    if (!body.includes('\\'))
        return body;
    if (/\\(?!["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(body))
        block_yaml_reader_bail();
    return JSON.parse(`"${body}"`);
}
/** The text without its comment: a `#` at the start or after a space, outside quotes. */
function withoutComment(text) {
    if (!text.includes('#') && !text.includes("'") && !text.includes('"'))
        return text.trimEnd();
    let quote = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (quote !== 0) {
            if (c === quote) {
                if (quote === 39 && text.charCodeAt(i + 1) === 39)
                    i++;
                else
                    quote = 0;
            }
            else if (c === 92 && quote === 34)
                i++;
            continue;
        }
        const before = i === 0 ? 32 : text.charCodeAt(i - 1);
        if ((c === 34 || c === 39) && before === 32)
            quote = c;
        else if (c === 35 /* # */ && before === 32)
            return text.slice(0, i).trimEnd();
    }
    if (quote !== 0)
        block_yaml_reader_bail(); // a quoted scalar over several lines
    return text.trimEnd();
}
/**
 * `[a, "b", 1]` and `{key: value, k: [x]}` closed on their line. Implicit pairs in a sequence, keys
 * without values, empty entries, trailing commas and `?` keys go to the general parser.
 */
class block_yaml_reader_FlowReader {
    text;
    offset;
    depth;
    position = 0;
    constructor(text, offset, depth) {
        this.text = text;
        this.offset = offset;
        this.depth = depth;
    }
    atEnd() {
        this.space();
        return this.position >= this.text.length;
    }
    collection() {
        const start = this.offset + this.position;
        const isMap = this.text.charCodeAt(this.position) === 123;
        const close = isMap ? 125 /* } */ : 93; /* ] */
        const map = { kind: 'map', items: [], range: [0] };
        const seq = { kind: 'seq', items: [], range: [0] };
        const keys = new KeySet();
        if (++this.depth >= limits/* MAX_DEPTH */.lr)
            block_yaml_reader_bail();
        this.position++;
        this.space();
        if (this.text.charCodeAt(this.position) !== close) {
            for (;;) {
                this.space();
                if (isMap) {
                    const key = this.scalar(true);
                    keys.add(key);
                    if (this.text.charCodeAt(this.position) !== 58 /* : */ || this.text.charCodeAt(this.position + 1) !== 32)
                        block_yaml_reader_bail();
                    this.position += 2;
                    this.space();
                    const pair = { kind: 'pair', key, value: this.value() };
                    map.items.push(pair);
                }
                else
                    seq.items.push(this.value());
                this.space();
                const next = this.text.charCodeAt(this.position);
                if (next === close)
                    break;
                if (next !== 44 /* , */)
                    block_yaml_reader_bail();
                this.position++;
                this.space();
                if (this.text.charCodeAt(this.position) === close)
                    block_yaml_reader_bail();
            }
        }
        this.position++;
        this.depth--;
        const node = isMap ? map : seq;
        node.range = [start];
        return node;
    }
    value() {
        const c = this.text.charCodeAt(this.position);
        if (c === 91 || c === 123)
            return this.collection();
        const scalar = this.scalar(false);
        if (this.text.charCodeAt(this.position) === 58 /* : */)
            block_yaml_reader_bail(); // an implicit pair
        return scalar;
    }
    scalar(isKey) {
        const start = this.position;
        const c = this.text.charCodeAt(start);
        if (c === 34 || c === 39) {
            this.position = quotedEnd(this.text, start);
            return scalarAt(this.text.slice(start, this.position), this.offset + start, true);
        }
        // A plain scalar in a flow collection ends at a flow indicator, or at `: ` / `:` + indicator.
        while (this.position < this.text.length) {
            const ch = this.text.charCodeAt(this.position);
            if (ch === 44 || ch === 91 || ch === 93 || ch === 123 || ch === 125)
                break;
            if (ch === 58) {
                const after = this.text.charCodeAt(this.position + 1);
                if (isKey || after === 32 || after === 44 || after === 93 || after === 125 || Number.isNaN(after))
                    break;
            }
            this.position++;
        }
        const raw = this.text.slice(start, this.position);
        const text = raw.trimEnd();
        if (text === '')
            block_yaml_reader_bail();
        return scalarAt(text, this.offset + start, isKey);
    }
    space() {
        while (this.text.charCodeAt(this.position) === 32)
            this.position++;
    }
}

;// CONCATENATED MODULE: ./lib/config/load.js
/**
 * Reads and validates the config file (docs/config.md) with nothing but the file system: every
 * problem is collected with file:line:col and thrown together as one ConfigError.
 */




















/** `today` dates the `accept` entries (how far ahead `until` may be). */
function loadConfig(file, env = process.env, today = new Date()) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        const reason = error.code === 'ENOENT' ? 'file not found' : String(error);
        throw new errors/* ConfigError */.xL([{ file, line: 1, col: 1, path: '(file)', message: `cannot read the config: ${reason}` }]);
    }
    return parseConfig(text, file, env, today);
}
/** `file` is the path as the caller gave it: problems name it so, and trust-roots resolve from its directory. */
function parseConfig(text, file, env = process.env, today = new Date(), reading = 'line-reader-first') {
    const tooDeep = () => new errors/* ConfigError */.xL([{ file, line: 1, col: 1, path: '(yaml)', message: `nests deeper than ${limits/* MAX_DEPTH */.lr} levels; no config needs that` }]);
    const read = reading === 'general' ? undefined : readBlockYaml(text);
    let reader;
    if (read) {
        reader = { file, root: read.root, lines: read.lines, env, problems: [], positions: new Map(), secrets: new Set() };
    }
    else {
        const lines = new dist/* LineCounter */.HN();
        let document;
        try {
            document = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false });
        }
        catch (error) {
            if (error instanceof RangeError)
                throw tooDeep();
            throw error;
        }
        reader = { file, root: document.contents, lines, env, problems: [], positions: new Map(), secrets: new Set() };
        // A document that does not parse has no reliable structure to validate further.
        const syntaxErrors = [...document.errors, ...document.warnings];
        // The parser reports a stack overflow on deep nesting as a syntax error: name the cause instead.
        if (syntaxErrors.some((error) => /call stack/i.test(error.message)))
            throw tooDeep();
        if (syntaxErrors.length > 0)
            throw new errors/* ConfigError */.xL(syntaxErrors.map((error) => syntaxProblem(error, reader)));
    }
    if (reader.root === null) {
        throw new errors/* ConfigError */.xL([{ file, line: 1, col: 1, path: '(root)', message: 'is empty: expected version: 1 and a list of origins' }]);
    }
    // The line reader reads neither aliases nor values nested deeper than the limit: nothing to measure.
    if (!read) {
        const { nodes, depth } = (0,limits/* measureDocument */.M8)(reader.root);
        if (depth > limits/* MAX_DEPTH */.lr)
            throw tooDeep();
        reader.aliases = (0,limits/* aliasBudget */.Yk)(nodes);
    }
    const rootPlace = { path: '', position: (0,config_reader/* positionOf */.df)(reader.root, reader), expand: false };
    const root = readField(reader.root, CONFIG, rootPlace, reader);
    const repositoryRoot = (0,edge_function_config/* repositoryRoot */.H)(file);
    const sources = (0,merge/* isFields */.Ce)(root)
        ? readSources(root.sources, repositoryRoot, file, reader)
        : { origins: [], findings: [], functions: [], items: new Map(), files: [] };
    const origins = (0,merge/* isFields */.Ce)(root) ? mergeOrigins(root, reader, sources) : [];
    const overrides = (0,merge/* isFields */.Ce)(root) ? readOverrides(root.overrides, (0,external_node_path_.resolve)(file), reader) : { trustRoots: [] };
    const edgeFunctions = (0,merge/* isFields */.Ce)(root) ? (0,edge_function_config/* readEdgeFunctions */.l)(root['edge-functions'], file, reader, sources.functions) : [];
    const accept = (0,merge/* isFields */.Ce)(root) ? readAcceptances(root.accept, reader, today) : [];
    if (reader.problems.length > 0) {
        // A problem may quote a value that came from ${VAR}: masked here, before anything can print it.
        const secrets = [...reader.secrets];
        const problems = orderedProblems(reader.problems).map((problem) => ({ ...problem, message: (0,mask/* maskSecrets */.Q)(problem.message, secrets) }));
        throw new errors/* ConfigError */.xL(problems, secrets);
    }
    // What a discovered function's code folder holds changes the verdict as much as the template does.
    const codeFiles = edgeFunctions.flatMap((f) => (f.path !== undefined ? [f.path] : []));
    const digest = configDigest(text, (0,external_node_path_.dirname)((0,external_node_path_.resolve)(file)), [...new Set([...overrides.trustRoots, ...sources.files, ...codeFiles])]);
    const config = {
        file: (0,external_node_path_.resolve)(file),
        version: 1,
        origins,
        overrides,
        accept,
        secrets: [...reader.secrets],
        digest,
        root: repositoryRoot,
        staticFindings: sources.findings,
    };
    if ((0,merge/* isFields */.Ce)(root) && typeof root['run-deadline-ms'] === 'number')
        config.runDeadlineMs = root['run-deadline-ms'];
    if (edgeFunctions.length > 0)
        config.edgeFunctions = edgeFunctions;
    return config;
}
/**
 * The config's own origins in file order, then the origins read from sources, each refined by the
 * `origins:` entry of its name. Lowest first: built-in defaults, `defaults:`, the source, the entry.
 */
function mergeOrigins(root, reader, sources) {
    const entries = Array.isArray(root.origins) ? root.origins : [];
    checkUniqueNames(entries, reader);
    const shared = (0,merge/* isFields */.Ce)(root.defaults) ? root.defaults : undefined;
    const discovered = new Set(sources.origins.map((o) => o.name));
    const refinements = new Map();
    const origins = [];
    const fieldLines = fieldLinesByOrigin(reader);
    entries.forEach((own, index) => {
        if (!(0,merge/* isFields */.Ce)(own))
            return;
        if (typeof own.name === 'string' && discovered.has(own.name)) {
            refinements.set(own.name, { entry: own, index });
            return;
        }
        const position = reader.positions.get(`origins[${index}]`) ?? { line: 1, col: 1 };
        if (own.domain === undefined) {
            if (typeof own.name === 'string')
                reportMissingDomain(own.name, index, position, sources, reader);
            return;
        }
        const value = (0,merge/* withBuiltInDefaults */.k8)(ORIGIN, (0,merge/* mergeOver */.V8)(ORIGIN, shared, own));
        // With broken defaults the merged values are guesses; their problem is already reported.
        if (root.defaults !== config_reader/* INVALID */.uY)
            checkOriginRules({ index, value, position }, reader);
        origins.push(toOriginConfig(value, position.line, fieldLines.get(index) ?? {}));
    });
    for (const origin of sources.origins) {
        const refinement = refinements.get(origin.name);
        const entry = refinement?.entry;
        const layer = sourceLayer(origin, (0,merge/* isFields */.Ce)(shared?.health) || (0,merge/* isFields */.Ce)(entry?.health));
        const merged = (0,merge/* mergeOver */.V8)(ORIGIN, (0,merge/* mergeOver */.V8)(ORIGIN, shared, layer.fields), entry);
        if (merged.domain === undefined)
            merged.domain = displayDomain(origin);
        const value = (0,merge/* withBuiltInDefaults */.k8)(ORIGIN, merged);
        const position = (refinement && reader.positions.get(`origins[${refinement.index}]`)) ??
            sources.items.get(origin.name) ?? { line: 1, col: 1 };
        if (root.defaults !== config_reader/* INVALID */.uY)
            checkOriginRules({ index: refinement?.index ?? -1, value, position }, reader);
        const config = toOriginConfig(value, position.line, refinement ? (fieldLines.get(refinement.index) ?? {}) : {});
        config.declaredIn = { file: origin.file, line: origin.line };
        config.sourceLines = layer.lines;
        config.unchecked = blockedFamilies(origin, merged, entry, sources.findings);
        for (const secret of layer.secrets)
            reader.secrets.add(secret);
        origins.push(config);
    }
    return origins;
}
/** An entry with no domain must refine an origin read from sources: say which one it may have meant. */
function reportMissingDomain(name, index, position, sources, reader) {
    if (sources.origins.length === 0) {
        (0,config_reader/* report */.z8)(reader, { path: `origins[${index}].domain`, position }, 'is required');
        return;
    }
    const names = sources.origins.map((o) => o.name);
    const suggestion = (0,suggest/* closestMatch */.h)(name, names) ?? names.find((n) => n.endsWith(`/${name}`));
    const hint = suggestion
        ? `; did you mean "${suggestion}"?`
        : `; the sources declare: ${names.slice(0, 5).join(', ')}${names.length > 5 ? ' ...' : ''}`;
    const namePosition = reader.positions.get(`origins[${index}].name`) ?? position;
    (0,config_reader/* report */.z8)(reader, { path: `origins[${index}].name`, position: namePosition }, `names no origin read from sources and sets no domain${hint}`);
}
/**
 * Lines of the keys written on each origin itself (`https-port`, `health.headers.X-Origin-Verify`...),
 * by origin index, from one pass over every position: a pass per origin made loading quadratic.
 */
function fieldLinesByOrigin(reader) {
    const byOrigin = new Map();
    for (const [path, position] of reader.positions) {
        if (!path.startsWith('origins['))
            continue;
        const close = path.indexOf('].', 8);
        if (close < 0)
            continue;
        const digits = path.slice(8, close);
        const field = path.slice(close + 2);
        // List items (`ssl-protocols[1]`) are not keys.
        if (!/^\d+$/.test(digits) || field === '' || field.includes('[') || /[\n\r\u2028\u2029]/.test(field))
            continue;
        const index = Number(digits);
        let lines = byOrigin.get(index);
        if (!lines)
            byOrigin.set(index, (lines = {}));
        lines[field] = position.line;
    }
    return byOrigin;
}
function readOverrides(value, configFile, reader) {
    if (!(0,merge/* isFields */.Ce)(value))
        return { trustRoots: [] };
    const trustRoots = Array.isArray(value['trust-roots']) ? resolveTrustRoots(value['trust-roots'], (0,external_node_path_.dirname)(configFile), reader) : [];
    const overrides = { trustRoots };
    if (Array.isArray(value['dns-roots']))
        overrides.dnsRoots = value['dns-roots'];
    if (typeof value['dns-port'] === 'number')
        overrides.dnsPort = value['dns-port'];
    if (typeof value['dns-timeout-ms'] === 'number')
        overrides.dnsTimeoutMs = value['dns-timeout-ms'];
    return overrides;
}
function syntaxProblem(error, reader) {
    const { line, col } = reader.lines.linePos(error.pos[0]);
    const message = error.code === 'MULTIPLE_DOCS' ? 'the config must be a single YAML document' : error.message;
    return { file: reader.file, line, col, path: '(yaml)', message: `invalid YAML: ${message}` };
}
/** In file order, each problem once (a value inherited from defaults can fail for several origins). */
function orderedProblems(problems) {
    const seen = new Set();
    const unique = problems.filter((problem) => {
        const key = `${problem.line}:${problem.col}:${problem.path}:${problem.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
    return unique.sort((a, b) => a.line - b.line || a.col - b.col);
}


/***/ })

};
