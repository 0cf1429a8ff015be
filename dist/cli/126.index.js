export const id = 126;
export const ids = [126];
export const modules = {

/***/ 6126:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readReportFile: () => (/* binding */ readReportFile)
});

// UNUSED EXPORTS: ReportFileError, reportProblem

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/findings/catalogue.js + 9 modules
var catalogue = __webpack_require__(8419);
// EXTERNAL MODULE: ./lib/vocabulary.js
var vocabulary = __webpack_require__(9539);
// EXTERNAL MODULE: ./lib/edge-functions/types.js
var types = __webpack_require__(1552);
;// CONCATENATED MODULE: ./lib/report/schema.js
/**
 * JSON Schema (draft 2020-12) of the JSON report, built from the report's types: every field of
 * `Report`, `OriginReport`, `FunctionReport`, `Finding` and `TlsTargetReport` must appear here (the mapped types below
 * fail to compile otherwise). `npm run schema` writes it to schema/report.schema.json; the action
 * checks a report another run wrote (the fork pattern) against it before rendering a byte of it.
 */



const REPORT_SCHEMA_ID = 'urn:origin-preflight:report:1';
/** Names, messages and remedies are short; a report field far longer than this was not written by the gate. */
const MAX_TEXT = 16_384;
const MAX_NAME = 1_024;
const schema_text = (maxLength = MAX_TEXT) => ({ type: 'string', maxLength });
const count = { type: 'integer', minimum: 0 };
const ms = { type: 'number', minimum: 0 };
const list = (items) => ({ type: 'array', items });
const oneOf = (values) => ({ type: 'string', enum: [...values] });
/** ISO 8601 UTC as `Date#toISOString` writes it. */
const timestamp = { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,3})?Z$' };
/** Facts only, rendered nowhere but the JSON and SARIF properties. */
const anyObject = { type: 'object' };
function object(properties, optional = []) {
    const required = Object.keys(properties).filter((key) => !optional.includes(key));
    return { type: 'object', additionalProperties: false, required, properties };
}
const tlsVersion = object({
    version: schema_text(32),
    accepted: { type: 'boolean' },
    suites: list(schema_text(128)),
    offered: count,
    untested: list(schema_text(128)),
    outcome: schema_text(MAX_NAME),
}, ['untested', 'outcome']);
const tlsTarget = object({
    address: schema_text(64),
    port: { type: 'integer', minimum: 0, maximum: 65535 },
    name: schema_text(MAX_NAME),
    versions: list(tlsVersion),
    originAlsoSpeaks: list(schema_text(32)),
    probes: count,
    ms,
}, ['name', 'originAlsoSpeaks']);
/** A file (repository-relative) and a 1-based line: where a finding or an origin is declared. */
const place = object({ file: schema_text(), line: { type: 'integer', minimum: 1 } });
const finding = object({
    code: oneOf(catalogue/* FINDING_CODES */.f2),
    severity: oneOf(catalogue/* SEVERITIES */.oC),
    check: oneOf([...vocabulary/* CHECK_FAMILIES */.iY, 'config', 'source', 'edge-function']),
    origin: schema_text(MAX_NAME),
    message: schema_text(),
    remedy: schema_text(),
    address: schema_text(64),
    port: { type: 'integer', minimum: 0, maximum: 65535 },
    name: schema_text(MAX_NAME),
    function: schema_text(MAX_NAME),
    file: schema_text(4096),
    line: { type: 'integer', minimum: 1 },
    details: anyObject,
    accepted: object({ reason: schema_text(), until: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' } }),
    location: place,
}, ['address', 'port', 'name', 'function', 'file', 'line', 'accepted', 'location']);
const edgeFunction = object({
    name: schema_text(MAX_NAME),
    kind: oneOf(types/* EDGE_FUNCTION_KINDS */.Dz),
    runtime: oneOf(types/* CLOUDFRONT_RUNTIMES */.ry),
    file: schema_text(4096),
    line: { type: 'integer', minimum: 1 },
    events: list(oneOf(types/* EDGE_EVENTS */.uQ)),
    passed: { type: 'boolean' },
    durationMs: ms,
    findings: list(finding),
}, ['runtime']);
const certificate = object({ notAfter: timestamp, daysLeft: { type: 'integer' }, names: list(schema_text(MAX_NAME)), subject: schema_text(), warnDays: count, failDays: count }, ['warnDays', 'failDays']);
const origin = object({
    name: schema_text(MAX_NAME),
    domain: schema_text(MAX_NAME),
    hostHeader: schema_text(MAX_NAME),
    hostHeaders: list(schema_text(MAX_NAME)),
    declaredIn: place,
    edge: oneOf(vocabulary/* EDGES */.pC),
    passed: { type: 'boolean' },
    configLine: { type: 'integer', minimum: 1 },
    durationMs: ms,
    addresses: list(schema_text(64)),
    checks: list(oneOf(vocabulary/* CHECK_FAMILIES */.iY)),
    certificate,
    dns: anyObject,
    findings: list(finding),
    tls: list(tlsTarget),
}, ['hostHeader', 'hostHeaders', 'declaredIn', 'certificate', 'dns', 'tls']);
const summary = {
    type: 'object',
    additionalProperties: false,
    required: ['origins', 'failed', 'errors', 'warnings', 'notices'],
    properties: { origins: count, functions: count, failed: count, errors: count, warnings: count, notices: count, accepted: count },
};
function generateReportSchema() {
    return {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: REPORT_SCHEMA_ID,
        title: 'origin-preflight report',
        ...object({
            version: { const: 1 },
            tool: {
                type: 'object',
                additionalProperties: false,
                required: ['name', 'version'],
                properties: { name: { const: 'origin-preflight' }, version: { type: 'string', pattern: '^[0-9A-Za-z.+-]{1,64}$' } },
            },
            startedAt: timestamp,
            durationMs: ms,
            passed: { type: 'boolean' },
            failOn: oneOf(vocabulary/* FAIL_ON */.d$),
            config: schema_text(4096),
            overrides: list(schema_text(MAX_NAME)),
            summary,
            origins: list(origin),
            configDigest: { type: 'string', pattern: '^sha256:[0-9a-f]{64}$' },
            shard: object({ index: { type: 'integer', minimum: 1 }, count: { type: 'integer', minimum: 1 }, unusedAccept: list(finding) }, ['unusedAccept']),
            configFindings: list(finding),
            functions: list(edgeFunction),
            merged: object({ shards: { type: 'integer', minimum: 1 } }),
        }, ['failOn', 'configDigest', 'shard', 'merged', 'configFindings', 'functions']),
    };
}
function reportSchemaText() {
    return `${JSON.stringify(generateReportSchema(), null, 2)}\n`;
}

;// CONCATENATED MODULE: ./lib/report/schema-check.js
/**
 * Checks a value against the JSON Schema subset src/report/schema.ts generates (type, const, enum,
 * pattern, maxLength, minimum, maximum, items, properties, required, additionalProperties: false).
 * Anything else in a schema is a programming error, not a pass: the check refuses to guess.
 */
const KNOWN = new Set([
    '$schema',
    '$id',
    'title',
    'description',
    'type',
    'const',
    'enum',
    'pattern',
    'maxLength',
    'minimum',
    'maximum',
    'items',
    'properties',
    'required',
    'additionalProperties',
]);
/** The first place where `value` breaks `schema`, as `path: what`, or undefined. */
function schemaProblem(value, schema, path = '') {
    const at = (what) => `${path || '(top)'}: ${what}`;
    for (const key of Object.keys(schema))
        if (!KNOWN.has(key))
            throw new Error(`schema keyword ${key} is not supported`);
    if ('const' in schema && value !== schema['const'])
        return at(`must be ${JSON.stringify(schema['const'])}`);
    const type = schema['type'];
    if (type !== undefined && !hasType(value, type))
        return at(`must be ${type === 'integer' ? 'an integer' : `a${/^[aeiou]/.test(type) ? 'n' : ''} ${type}`}`);
    const choices = schema['enum'];
    if (choices && !choices.includes(value))
        return at(`must be one of ${choices.map((choice) => JSON.stringify(choice).replace(/^"|"$/g, '')).join(', ')}`);
    if (typeof value === 'string') {
        const max = schema['maxLength'];
        if (max !== undefined && value.length > max)
            return at(`longer than ${max} characters`);
        const pattern = schema['pattern'];
        if (pattern !== undefined && !new RegExp(pattern, 'u').test(value))
            return at('has an unexpected form');
    }
    if (typeof value === 'number') {
        const min = schema['minimum'];
        const max = schema['maximum'];
        if (min !== undefined && value < min)
            return at(`must be at least ${min}`);
        if (max !== undefined && value > max)
            return at(`must be at most ${max}`);
    }
    if (Array.isArray(value) && schema['items']) {
        for (const [index, item] of value.entries()) {
            const problem = schemaProblem(item, schema['items'], `${path}[${index}]`);
            if (problem)
                return problem;
        }
    }
    if (isObject(value))
        return objectProblem(value, schema, path);
    return undefined;
}
function objectProblem(value, schema, path) {
    const properties = (schema['properties'] ?? {});
    const prefix = path ? `${path}.` : '';
    for (const [key, field] of Object.entries(value)) {
        const child = Object.hasOwn(properties, key) ? properties[key] : undefined;
        if (!child) {
            if (schema['additionalProperties'] === false)
                return `${prefix}${shortKey(key)}: not a report field`;
            continue;
        }
        const problem = schemaProblem(field, child, `${prefix}${key}`);
        if (problem)
            return problem;
    }
    // After the fields that are there: `{"version": 2}` is about its version, not about what it lacks.
    for (const key of (schema['required'] ?? [])) {
        if (!Object.hasOwn(value, key))
            return `${prefix}${key}: missing`;
    }
    return undefined;
}
function hasType(value, type) {
    switch (type) {
        case 'object':
            return isObject(value);
        case 'array':
            return Array.isArray(value);
        case 'string':
            return typeof value === 'string';
        case 'boolean':
            return typeof value === 'boolean';
        case 'number':
            return typeof value === 'number' && Number.isFinite(value);
        case 'integer':
            return Number.isSafeInteger(value);
        case 'null':
            return value === null;
        default:
            throw new Error(`schema type ${type} is not supported`);
    }
}
const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
/** A key a fork chose is echoed in the error: printable ASCII only, and short. */
function shortKey(key) {
    const clean = key.replace(/[^\x20-\x7e]/g, '?');
    return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
}

;// CONCATENATED MODULE: ./lib/action/report-file.js




class ReportFileError extends errors/* PreflightError */.wG {
    code = 'OP_ERR_REPORT_FILE';
}
/** A JSON report of tens of thousands of origins stays well below this. */
const MAX_REPORT_BYTES = 64 * 1024 * 1024;
/**
 * Reads a JSON report written by another run (the `workflow_run` pattern downloads it as an artifact a
 * fork's workflow produced): size-capped and checked against the report's JSON Schema (every field, its type, its
 * vocabulary, its length) before anything renders it: a fork chooses every byte of it.
 */
function readReportFile(file) {
    let text;
    try {
        if ((0,external_node_fs_.statSync)(file).size > MAX_REPORT_BYTES)
            throw new ReportFileError(`${file} is larger than ${MAX_REPORT_BYTES} bytes`);
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        if (error instanceof ReportFileError)
            throw error;
        throw new ReportFileError(`cannot read the report ${file}: ${error.message}`);
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        // Also a RangeError on absurd nesting: still not a report.
        throw new ReportFileError(`${file} is not JSON`);
    }
    const problem = reportProblem(value);
    if (problem)
        throw new ReportFileError(`${file} is not an origin-preflight report (version 1): ${problem}`);
    return value;
}
const SCHEMA = generateReportSchema();
/** Where the value breaks schema/report.schema.json (`origins[0].findings[1].code: must be one of ...`), or undefined. */
function reportProblem(value) {
    return schemaProblem(value, SCHEMA);
}


/***/ }),

/***/ 1552:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cv: () => (/* binding */ isRequestEvent),
/* harmony export */   Dz: () => (/* binding */ EDGE_FUNCTION_KINDS),
/* harmony export */   d3: () => (/* binding */ EVENTS_OF_KIND),
/* harmony export */   ry: () => (/* binding */ CLOUDFRONT_RUNTIMES),
/* harmony export */   uQ: () => (/* binding */ EDGE_EVENTS)
/* harmony export */ });
const EDGE_FUNCTION_KINDS = ['cloudfront-function', 'lambda-edge'];
const EDGE_EVENTS = ['viewer-request', 'origin-request', 'origin-response', 'viewer-response'];
/** The events each kind can be associated with (CloudFront Functions: viewer events only, as the API says). */
const EVENTS_OF_KIND = {
    'cloudfront-function': ['viewer-request', 'viewer-response'],
    'lambda-edge': EDGE_EVENTS,
};
const CLOUDFRONT_RUNTIMES = ['cloudfront-js-1.0', 'cloudfront-js-2.0'];
function isRequestEvent(event) {
    return event === 'viewer-request' || event === 'origin-request';
}


/***/ })

};
