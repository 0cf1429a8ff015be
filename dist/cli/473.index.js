export const id = 473;
export const ids = [473];
export const modules = {

/***/ 1593:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ checkEdgeFunction)
});

// UNUSED EXPORTS: checkEdgeFunctions

// EXTERNAL MODULE: ./lib/read-regular-file.js
var read_regular_file = __webpack_require__(2345);
// EXTERNAL MODULE: ./lib/sources/repository-files.js
var repository_files = __webpack_require__(3470);
// EXTERNAL MODULE: ./lib/edge-functions/types.js
var types = __webpack_require__(1552);
;// CONCATENATED MODULE: ./lib/edge-functions/deploy-rules.js

const VIEWER_TIMEOUT_S = 5;
const ORIGIN_TIMEOUT_S = 30;
const VIEWER_MEMORY_MB = 128;
const VIEWER_PACKAGE_BYTES = 1024 * 1024;
const ORIGIN_PACKAGE_BYTES = 50 * 1024 * 1024;
function checkDeployRules(declaration) {
    const findings = [];
    const file = declaration.declaredAt?.file ?? declaration.file;
    const fallbackLine = declaration.declaredAt?.line ?? 1;
    const settings = declaration.lambda ?? {};
    const report = (setting, details) => {
        const written = typeof setting === 'string' ? settings.lines?.[setting] : setting;
        const place = typeof written === 'number' ? { file, line: written } : (written ?? { file, line: fallbackLine });
        findings.push({
            code: 'EDGE_FUNCTION_DEPLOY_RULE',
            function: declaration.name,
            file: place.file,
            line: place.line,
            details: { ...details, setting: settingOf(details) },
        });
    };
    const allowed = types/* EVENTS_OF_KIND */.d3[declaration.kind];
    for (const event of declaration.events) {
        if (allowed.includes(event))
            continue;
        report(declaration.associations?.find((a) => a.event === event), { rule: 'event', kind: declaration.kind, event });
    }
    if (declaration.kind !== 'lambda-edge')
        return findings;
    const arn = settings.arn?.startsWith('arn:') ? settings.arn : undefined;
    const qualifier = settings.qualifier ?? (arn === undefined ? undefined : arnQualifier(arn));
    if (qualifier !== undefined && !/^\d+$/.test(qualifier)) {
        report(settings.lines?.qualifier !== undefined ? 'qualifier' : 'arn', {
            rule: 'version',
            qualifier: qualifier === '' ? '(none)' : qualifier,
            kind: qualifier === '$LATEST' ? 'latest' : qualifier === '' ? 'unqualified' : 'alias',
        });
    }
    const region = settings.region ?? (arn === undefined ? undefined : arnRegion(arn));
    if (region !== undefined && region !== 'us-east-1')
        report(settings.region === undefined ? 'arn' : 'region', { rule: 'region', region, required: 'us-east-1' });
    if (settings.runtime !== undefined && !/^(nodejs|python)/.test(settings.runtime))
        report('runtime', { rule: 'runtime', runtime: settings.runtime });
    if (settings.environment !== undefined && settings.environment.length > 0)
        report('environment', { rule: 'environment', variables: [...settings.environment] });
    if (settings.vpc === true)
        report('vpc', { rule: 'vpc' });
    if (settings.layers !== undefined && settings.layers.length > 0)
        report('layers', { rule: 'layers', layers: settings.layers.length });
    if (settings.packageType !== undefined && settings.packageType.toLowerCase() === 'image')
        report('packageType', { rule: 'container-image' });
    if (settings.architectures?.some((a) => a.toLowerCase() === 'arm64'))
        report('architectures', { rule: 'architecture', architecture: 'arm64', required: 'x86_64' });
    if (settings.tracing !== undefined && settings.tracing.toLowerCase() === 'active')
        report('tracing', { rule: 'x-ray' });
    if (settings.reservedConcurrency !== undefined)
        report('reservedConcurrency', { rule: 'reserved-concurrency', value: settings.reservedConcurrency });
    if (settings.provisionedConcurrency !== undefined)
        report('provisionedConcurrency', { rule: 'provisioned-concurrency', value: settings.provisionedConcurrency });
    const viewer = declaration.events.some((e) => e.startsWith('viewer-'));
    const timeoutLimit = viewer ? VIEWER_TIMEOUT_S : ORIGIN_TIMEOUT_S;
    if (settings.timeoutSeconds !== undefined && settings.timeoutSeconds > timeoutLimit) {
        report('timeoutSeconds', {
            rule: 'timeout',
            seconds: settings.timeoutSeconds,
            limit: timeoutLimit,
            event: viewer ? 'viewer' : 'origin',
        });
    }
    if (viewer && settings.memoryMb !== undefined && settings.memoryMb !== VIEWER_MEMORY_MB) {
        report('memoryMb', { rule: 'memory', mb: settings.memoryMb, required: VIEWER_MEMORY_MB, event: 'viewer' });
    }
    const packageLimit = viewer ? VIEWER_PACKAGE_BYTES : ORIGIN_PACKAGE_BYTES;
    if (settings.packageBytes !== undefined && settings.packageBytes > packageLimit) {
        report('packageBytes', { rule: 'package-size', bytes: settings.packageBytes, limit: packageLimit, event: viewer ? 'viewer' : 'origin' });
    }
    return findings;
}
/** `arn:aws:lambda:us-east-1:123456789012:function:name:7` → `7`; no qualifier → ''. */
function arnQualifier(arn) {
    const parts = arn.split(':');
    return parts.length >= 8 ? parts.slice(7).join(':') : '';
}
function arnRegion(arn) {
    const parts = arn.split(':');
    return parts.length >= 4 && parts[3] !== '' ? parts[3] : undefined;
}
/** The offending value of a rule, as one fact every message can name. */
function settingOf(details) {
    // `event` last: beside a limit it names whose limit (viewer or origin), not the offending value.
    for (const key of ['qualifier', 'region', 'runtime', 'variables', 'layers', 'architecture', 'value', 'seconds', 'mb', 'bytes', 'event']) {
        if (details[key] !== undefined)
            return details[key];
    }
    return details['rule'] ?? null;
}

;// CONCATENATED MODULE: ./lib/edge-functions/header-rules.js
const DISALLOWED = new Set([
    'connection',
    'expect',
    'keep-alive',
    'proxy-authenticate',
    'proxy-authorization',
    'proxy-connection',
    'trailer',
    'upgrade',
    'x-accel-buffering',
    'x-accel-charset',
    'x-accel-limit-rate',
    'x-accel-redirect',
    'x-amzn-auth',
    'x-amzn-cf-billing',
    'x-amzn-cf-id',
    'x-amzn-cf-xff',
    'x-amzn-errortype',
    'x-amzn-fle-profile',
    'x-amzn-header-count',
    'x-amzn-header-order',
    'x-amzn-lambda-integration-tag',
    'x-amzn-requestid',
    'x-cache',
    'x-forwarded-proto',
    'x-real-ip',
]);
const DISALLOWED_PREFIXES = ['x-amz-cf-', 'x-edge-'];
function isDisallowedHeader(name) {
    const lower = name.toLowerCase();
    return DISALLOWED.has(lower) || DISALLOWED_PREFIXES.some((prefix) => lower.startsWith(prefix));
}
/** Read-only per event: of the request in request events, of the response in response events. */
const READ_ONLY = {
    'viewer-request': ['content-length', 'host', 'transfer-encoding', 'via'],
    'origin-request': [
        'accept-encoding',
        'content-length',
        'if-modified-since',
        'if-none-match',
        'if-range',
        'if-unmodified-since',
        'transfer-encoding',
        'via',
    ],
    'origin-response': ['transfer-encoding', 'via'],
    'viewer-response': ['warning', 'via'],
};
function isReadOnlyHeader(event, name) {
    return READ_ONLY[event].includes(name.toLowerCase());
}
/** Headers a viewer-request function may not add, though it may read them. */
function isAddForbidden(event, name) {
    return event === 'viewer-request' && name.toLowerCase() === 'cloudfront-viewer-country';
}

;// CONCATENATED MODULE: ./lib/edge-functions/events.js


const DISTRIBUTION = { distributionDomainName: 'd111111abcdef8.cloudfront.net', distributionId: 'EDFDVBD6EXAMPLE' };
const VIEWER_IP = '203.0.113.178';
const REQUEST_ID = '4TyzHTaYWb1GX1qTfsHhEqV6HUDd_BzoBZnwfnvQc_1oF26ClkoUSEQ==';
/** The origin an origin event carries; an origin-request function may rewrite it. */
const DEFAULT_ORIGIN = {
    custom: {
        customHeaders: {},
        domainName: 'origin.example.com',
        keepaliveTimeout: 5,
        path: '',
        port: 443,
        protocol: 'https',
        readTimeout: 30,
        sslProtocols: ['TLSv1.2'],
    },
};
/** What CloudFront adds before an origin event: its Via, the viewer's address, a normalised Accept-Encoding. */
function atOrigin(headers) {
    const kept = headers.filter(([name]) => !['accept-encoding', 'via', 'x-forwarded-for'].includes(name.toLowerCase()));
    return [
        ...kept,
        ['Via', '2.0 2afae0d44e2540f472c0635ab62c232b.cloudfront.net (CloudFront)'],
        ['X-Forwarded-For', VIEWER_IP],
        ['Accept-Encoding', 'gzip'],
    ];
}
function visible(headers) {
    return headers.filter(([name]) => !isDisallowedHeader(name));
}
function lambdaHeaders(fields) {
    const map = {};
    for (const [key, value] of fields)
        (map[key.toLowerCase()] ??= []).push({ key, value });
    return map;
}
function lambdaEdgeEvent(event, request, includeBody) {
    const origin = event.startsWith('origin-');
    const headers = visible(origin ? atOrigin(request.headers) : request.headers);
    const cfRequest = {
        clientIp: VIEWER_IP,
        headers: lambdaHeaders(headers),
        method: request.method,
        querystring: request.querystring,
        uri: request.uri,
    };
    if (origin)
        cfRequest['origin'] = structuredClone(DEFAULT_ORIGIN);
    if (includeBody && (0,types/* isRequestEvent */.Cv)(event)) {
        cfRequest['body'] = {
            action: 'read-only',
            data: Buffer.from(request.body ?? '', 'utf8').toString('base64'),
            encoding: 'base64',
            inputTruncated: false,
        };
    }
    const cf = { config: { ...DISTRIBUTION, eventType: event, requestId: REQUEST_ID }, request: cfRequest };
    if (request.response && !(0,types/* isRequestEvent */.Cv)(event)) {
        cf['response'] = {
            headers: lambdaHeaders(visible(request.response.headers)),
            status: String(request.response.status),
            statusDescription: request.response.statusDescription,
        };
    }
    return { Records: [{ cf }] };
}
function functionHeaders(fields) {
    const map = {};
    for (const [key, value] of fields) {
        const name = key.toLowerCase();
        const existing = map[name];
        if (existing)
            (existing.multiValue ??= [{ value: existing.value }]).push({ value });
        else
            map[name] = { value };
    }
    return map;
}
function pairs(text, separator) {
    return text
        .split(separator)
        .filter((part) => part !== '')
        .map((part) => {
        const eq = part.indexOf('=');
        return eq === -1 ? [part.trim(), ''] : [part.slice(0, eq).trim(), part.slice(eq + 1).trim()];
    });
}
function multiMap(entries) {
    const map = {};
    for (const [name, value] of entries) {
        const existing = map[name];
        if (existing)
            (existing.multiValue ??= [{ value: existing.value }]).push({ value });
        else
            map[name] = { value };
    }
    return map;
}
/** `Set-Cookie: a=1; Path=/; Secure` → `{a: {value: '1', attributes: 'Path=/; Secure'}}`. */
function responseCookies(fields) {
    const map = {};
    for (const [key, line] of fields) {
        if (key.toLowerCase() !== 'set-cookie')
            continue;
        const semi = line.indexOf(';');
        const [name, value] = pairs(semi === -1 ? line : line.slice(0, semi), /;/)[0] ?? ['', ''];
        map[name] = semi === -1 ? { value } : { value, attributes: line.slice(semi + 1).trim() };
    }
    return map;
}
function cloudFrontFunctionEvent(event, request) {
    const headers = visible(request.headers);
    const cookieHeader = headers
        .filter(([name]) => name.toLowerCase() === 'cookie')
        .map(([, v]) => v)
        .join('; ');
    const result = {
        version: '1.0',
        context: { ...DISTRIBUTION, eventType: event === 'viewer-request' ? 'viewer-request' : 'viewer-response', requestId: REQUEST_ID },
        viewer: { ip: VIEWER_IP },
        request: {
            method: request.method,
            uri: request.uri,
            querystring: multiMap(pairs(request.querystring, /&/)),
            headers: functionHeaders(headers.filter(([name]) => name.toLowerCase() !== 'cookie')),
            cookies: multiMap(pairs(cookieHeader, /;/)),
        },
    };
    if (request.response && event === 'viewer-response') {
        const responseHeaders = visible(request.response.headers);
        result['response'] = {
            statusCode: request.response.status,
            statusDescription: request.response.statusDescription,
            headers: functionHeaders(responseHeaders.filter(([name]) => name.toLowerCase() !== 'set-cookie')),
            cookies: responseCookies(responseHeaders),
        };
    }
    return result;
}

;// CONCATENATED MODULE: ./lib/edge-functions/judge/context.js
class Judgement {
    site;
    event;
    request;
    outcome;
    findings = [];
    constructor(site, event, request, outcome) {
        this.site = site;
        this.event = event;
        this.request = request;
        this.outcome = outcome;
    }
    /** The line of the last write at or above `path` (`['request', 'headers', 'host']`), else a spelling of its last part. */
    where(path, spelledAs) {
        const writes = path.length === 0 ? [] : (this.outcome.writes ?? []);
        for (let i = writes.length - 1; i >= 0; i--) {
            const write = writes[i];
            if (write.line === undefined)
                continue;
            const n = Math.min(write.path.length, path.length);
            let same = true;
            for (let j = 0; j < n; j++)
                if (write.path[j].toLowerCase() !== path[j].toLowerCase())
                    same = false;
            if (same)
                return { file: write.file ?? this.site.file, line: write.line };
        }
        const spelled = this.site.spelled.get((spelledAs ?? path[path.length - 1] ?? '').toLowerCase());
        return spelled ?? { file: this.site.file, line: this.site.handlerLine };
    }
    add(code, at, details, severity) {
        const finding = {
            code,
            function: this.site.name,
            file: at.file,
            line: at.line,
            details: {
                event: this.event,
                request: this.request,
                ...details,
                ...('bytes' in details || 'length' in details ? { size: details['bytes'] ?? details['length'] ?? 0 } : {}),
            },
        };
        if (severity !== undefined)
            finding.severity = severity;
        this.findings.push(finding);
    }
    invalid(path, problem, extra = {}) {
        this.add('EDGE_FUNCTION_INVALID_OUTPUT', this.where(path), { field: path.length === 0 ? 'result' : path.join('.'), problem, ...extra });
    }
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Standard base64 as CloudFront decodes it: groups of four, padding only at the end. */
function isBase64(text) {
    return text.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(text);
}
function utf8Bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}
/** A value from the function's output as text for a finding: strings as they are, the rest as JSON. */
function context_text(value) {
    return typeof value === 'string' ? value : JSON.stringify(value ?? null);
}

;// CONCATENATED MODULE: ./lib/edge-functions/judge/headers.js


/** Lambda@Edge: `{name: [{key?, value}]}`. Returns null (after reporting) when the shape is wrong. */
function headers_lambdaHeaders(j, value, path) {
    if (value === undefined)
        return new Map();
    if (!isObject(value)) {
        j.invalid(path, 'headers-not-object');
        return null;
    }
    const out = new Map();
    let ok = true;
    for (const [name, entries] of Object.entries(value)) {
        const at = [...path, name];
        if (!Array.isArray(entries)) {
            j.invalid(at, 'header-not-list');
            ok = false;
            continue;
        }
        const values = [];
        for (const entry of entries) {
            if (!isObject(entry) || typeof entry['value'] !== 'string') {
                j.invalid(at, 'header-value-not-string');
                ok = false;
                continue;
            }
            const key = entry['key'];
            if (key !== undefined && typeof key !== 'string') {
                j.invalid(at, 'header-key-not-string');
                ok = false;
                continue;
            }
            if (typeof key === 'string' && key.toLowerCase() !== name) {
                j.add('EDGE_FUNCTION_SUSPICIOUS', j.where(at, name), { rule: 'header-key-case', subject: name, header: name, key });
            }
            values.push(entry['value']);
        }
        const lower = name.toLowerCase();
        out.set(lower, [...(out.get(lower) ?? []), ...values]);
    }
    return ok ? out : null;
}
/** CloudFront Functions: `{name: {value, multiValue?: [{value}]}}`. */
function headers_functionHeaders(j, value, path) {
    if (value === undefined)
        return new Map();
    if (!isObject(value)) {
        j.invalid(path, 'headers-not-object');
        return null;
    }
    const out = new Map();
    let ok = true;
    for (const [name, entry] of Object.entries(value)) {
        const at = [...path, name];
        if (Array.isArray(entry)) {
            // `headers[x] = [{key, value}]`: the Lambda@Edge shape, which CloudFront Functions reject.
            j.invalid(at, 'lambda-edge-header-shape');
            ok = false;
            continue;
        }
        if (!isObject(entry) || typeof entry['value'] !== 'string') {
            j.invalid(at, 'header-value-not-string');
            ok = false;
            continue;
        }
        const multi = entry['multiValue'];
        if (multi !== undefined && (!Array.isArray(multi) || !multi.every((m) => isObject(m) && typeof m['value'] === 'string'))) {
            j.invalid([...at, 'multiValue'], 'multi-value-shape');
            ok = false;
            continue;
        }
        const values = Array.isArray(multi) && multi.length > 0 ? multi.map((m) => String(m.value)) : [entry['value']];
        out.set(name.toLowerCase(), values);
    }
    return ok ? out : null;
}
function same(a, b) {
    if (a === undefined || b === undefined)
        return a === b;
    return a.length === b.length && a.every((v, i) => v === b[i]);
}
/** Read-only and forbidden headers, judged on what changed between `before` and `after`. */
function compareHeaders(j, before, after, path) {
    const names = new Set([...before.keys(), ...after.keys()]);
    for (const name of names) {
        const was = before.get(name);
        const now = after.get(name);
        if (same(was, now))
            continue;
        const change = was === undefined ? 'added' : now === undefined ? 'deleted' : 'changed';
        const at = j.where([...path, name], name);
        if (isReadOnlyHeader(j.event, name) || (change === 'added' && isAddForbidden(j.event, name))) {
            j.add('EDGE_FUNCTION_READONLY_HEADER', at, { header: name, change });
        }
        else if (change !== 'deleted' && isDisallowedHeader(name)) {
            j.add('EDGE_FUNCTION_DISALLOWED_HEADER', at, { header: name, change });
        }
    }
}
/** Bytes of the header block as sent: `Name: value\r\n` per value. */
function headerBytes(headers) {
    let bytes = 0;
    for (const [name, values] of headers)
        for (const value of values)
            bytes += Buffer.byteLength(`${name}: ${value}\r\n`, 'utf8');
    return bytes;
}
/** Every header of a new (generated) response: none may be forbidden. */
function checkGeneratedHeaders(j, headers, path) {
    for (const name of headers.keys()) {
        if (isDisallowedHeader(name))
            j.add('EDGE_FUNCTION_DISALLOWED_HEADER', j.where([...path, name], name), { header: name, change: 'added' });
    }
}

;// CONCATENATED MODULE: ./lib/edge-functions/judge/request-rules.js


const MAX_URI_AND_QUERY = 8192;
const MAX_REQUEST_BYTES = 20_480;
function checkUri(j, uri) {
    if (typeof uri !== 'string') {
        j.invalid(['request', 'uri'], uri === undefined ? 'missing' : 'not-string');
        return false;
    }
    if (!uri.startsWith('/')) {
        j.invalid(['request', 'uri'], 'uri-not-absolute-path', { uri: uri.slice(0, 200) });
        return false;
    }
    return true;
}
function checkQueryCharacters(j, query) {
    const bad = /[\s\x00-\x1f\x7f#]/.exec(query);
    if (bad)
        j.invalid(['request', 'querystring'], 'querystring-character', {
            character: `U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
            offset: bad.index,
        });
}
function checkReadOnlyFields(j, input, output, fields) {
    for (const field of fields) {
        if (output[field] !== input[field])
            j.add('EDGE_FUNCTION_INVALID_OUTPUT', j.where(['request', field]), { field: `request.${field}`, problem: 'read-only-field' });
    }
}
function checkRequestSize(j, method, uri, query, headers) {
    const uriAndQuery = uri.length + (query === '' ? 0 : query.length + 1);
    if (uriAndQuery > MAX_URI_AND_QUERY) {
        j.add('EDGE_FUNCTION_TOO_LARGE', j.where(['request', 'uri']), {
            part: 'uri-and-querystring',
            length: uriAndQuery,
            limit: MAX_URI_AND_QUERY,
        });
    }
    const bytes = Buffer.byteLength(`${method} ${uri}${query === '' ? '' : '?' + query} HTTP/1.1\r\n`, 'utf8') + headerBytes(headers) + 2;
    if (bytes > MAX_REQUEST_BYTES)
        j.add('EDGE_FUNCTION_TOO_LARGE', j.where(['request', 'headers']), { part: 'request-without-body', bytes, limit: MAX_REQUEST_BYTES });
}
/** CloudFront Functions: `{name: {value, multiValue?}}` as the query string it stands for (or the string a function assigned). */
function functionQueryString(j, value) {
    if (value === undefined)
        return '';
    if (typeof value === 'string')
        return value.startsWith('?') ? value.slice(1) : value;
    if (!isObject(value)) {
        j.invalid(['request', 'querystring'], 'querystring-shape');
        return null;
    }
    const parts = [];
    for (const [name, entry] of Object.entries(value)) {
        if (!isObject(entry) || typeof entry['value'] !== 'string') {
            j.invalid(['request', 'querystring', name], 'querystring-value-not-string');
            return null;
        }
        const multi = entry['multiValue'];
        const values = Array.isArray(multi) && multi.length > 0 ? multi.map((m) => (isObject(m) ? context_text(m['value']) : '')) : [entry['value']];
        for (const v of values)
            parts.push(v === '' ? name : `${name}=${v}`);
    }
    return parts.join('&');
}

;// CONCATENATED MODULE: ./lib/edge-functions/judge/cloudfront-function.js



const GENERATED_LIMIT = 40 * 1024;
function judgeCloudFrontFunction(j, input, output) {
    if (!isObject(output))
        return j.invalid([], output === null ? 'null-result' : 'not-object', { type: Array.isArray(output) ? 'array' : typeof output });
    if ('request' in output && ('context' in output || 'version' in output))
        return j.invalid([], 'whole-event');
    const isResponse = 'statusCode' in output || 'status' in output;
    if (j.event === 'viewer-request') {
        if (isResponse)
            return response(j, output, null);
        return request(j, input['request'], output);
    }
    if (!isResponse)
        return j.invalid([], 'request-returned-for-response-event');
    return response(j, output, input['response']);
}
function cookies(j, value, path) {
    if (value === undefined)
        return;
    if (!isObject(value))
        return j.invalid(path, 'cookies-not-object');
    for (const [name, cookie] of Object.entries(value)) {
        if (!isObject(cookie) || typeof cookie['value'] !== 'string')
            j.invalid([...path, name], 'cookie-value-not-string');
        else if (cookie['attributes'] !== undefined && typeof cookie['attributes'] !== 'string')
            j.invalid([...path, name, 'attributes'], 'not-string');
    }
}
function request(j, input, output) {
    checkReadOnlyFields(j, input, output, ['method']);
    const uriOk = checkUri(j, output['uri']);
    const query = functionQueryString(j, output['querystring']);
    if (typeof output['querystring'] === 'string' && query !== null)
        checkQueryCharacters(j, query);
    const before = headers_functionHeaders(j, input['headers'], ['request', 'headers']);
    const after = headers_functionHeaders(j, output['headers'], ['request', 'headers']);
    if (before && after)
        compareHeaders(j, before, after, ['request', 'headers']);
    cookies(j, output['cookies'], ['request', 'cookies']);
    if (uriOk && query !== null && after)
        checkRequestSize(j, context_text(input['method']), output['uri'], query, after);
}
function response(j, output, input) {
    const status = output['statusCode'];
    if (status === undefined)
        j.invalid(['response', 'statusCode'], 'status-field', { field: 'status' });
    else if (typeof status !== 'number' || !Number.isInteger(status))
        j.invalid(['response', 'statusCode'], 'status-type', { status: JSON.stringify(status) });
    else if (status < 200 || status > 599)
        j.invalid(['response', 'statusCode'], 'status-range', { status });
    const description = output['statusDescription'];
    if (description !== undefined && typeof description !== 'string')
        j.invalid(['response', 'statusDescription'], 'not-string');
    const headers = headers_functionHeaders(j, output['headers'], ['response', 'headers']);
    cookies(j, output['cookies'], ['response', 'cookies']);
    let bodyBytes = 0;
    const body = output['body'];
    if (typeof body === 'string')
        bodyBytes = utf8Bytes(body);
    else if (isObject(body)) {
        const encoding = body['encoding'] ?? 'text';
        const data = body['data'];
        if (encoding !== 'text' && encoding !== 'base64')
            j.invalid(['response', 'body', 'encoding'], 'body-encoding', { encoding: context_text(encoding) });
        else if (typeof data !== 'string')
            j.invalid(['response', 'body', 'data'], 'not-string');
        else if (encoding === 'base64' && !isBase64(data))
            j.invalid(['response', 'body', 'data'], 'invalid-base64');
        else
            bodyBytes = encoding === 'base64' ? Buffer.from(data, 'base64').length : utf8Bytes(data);
    }
    else if (body !== undefined)
        j.invalid(['response', 'body'], 'body-shape');
    if (input === null) {
        // A response generated at viewer-request.
        if (headers)
            checkGeneratedHeaders(j, headers, ['response', 'headers']);
        if (status === 204 && bodyBytes > 0)
            j.invalid(['response', 'body'], 'no-content-with-body', { status: 204 });
        const bytes = bodyBytes + (headers ? headerBytes(headers) : 0);
        if (bytes > GENERATED_LIMIT)
            j.add('EDGE_FUNCTION_TOO_LARGE', j.where(['response', 'body'], 'body'), { part: 'generated-response', bytes, limit: GENERATED_LIMIT });
        return;
    }
    const before = headers_functionHeaders(j, input['headers'], ['response', 'headers']);
    if (before && headers)
        compareHeaders(j, before, headers, ['response', 'headers']);
}

;// CONCATENATED MODULE: ./lib/edge-functions/judge/origin.js


const SSL_PROTOCOLS = ['TLSv1.2', 'TLSv1.1', 'TLSv1', 'SSLv3'];
const CUSTOM_FIELDS = ['customHeaders', 'domainName', 'keepaliveTimeout', 'path', 'port', 'protocol', 'readTimeout', 'sslProtocols'];
const S3_FIELDS = ['authMethod', 'customHeaders', 'domainName', 'path', 'region'];
function inRange(value, low, high) {
    return typeof value === 'number' && Number.isInteger(value) && value >= low && value <= high;
}
function checkOrigin(j, origin, before) {
    if (origin === undefined || JSON.stringify(origin) === JSON.stringify(before))
        return;
    const path = ['request', 'origin'];
    if (!isObject(origin))
        return j.invalid(path, 'origin-not-object');
    const kinds = Object.keys(origin).filter((k) => k === 'custom' || k === 's3');
    if (kinds.length !== 1 || Object.keys(origin).length !== 1)
        return j.invalid(path, 'origin-type', { keys: Object.keys(origin) });
    const kind = kinds[0];
    const config = origin[kind];
    if (!isObject(config))
        return j.invalid([...path, kind], 'origin-not-object');
    const at = (field, problem, extra = {}) => j.invalid([...path, kind, field], problem, extra);
    for (const field of kind === 'custom' ? CUSTOM_FIELDS : S3_FIELDS)
        if (!(field in config))
            at(field, 'missing');
    const domain = config['domainName'];
    if (typeof domain === 'string') {
        const ip = /^\d{1,3}(\.\d{1,3}){3}$/.test(domain);
        if (kind === 'custom' && (ip || domain.includes(':') || domain.length > 253 || domain === '')) {
            at('domainName', ip ? 'domain-is-ip-address' : domain.includes(':') ? 'domain-has-colon' : 'domain-length', {
                domainName: domain.slice(0, 260),
            });
        }
    }
    else if (domain !== undefined)
        at('domainName', 'not-string');
    if (typeof config['path'] === 'string' && config['path'] !== '' && (!config['path'].startsWith('/') || config['path'].endsWith('/'))) {
        at('path', 'origin-path', { path: config['path'] });
    }
    if (kind === 'custom') {
        const port = config['port'];
        if (port !== undefined && !(port === 80 || port === 443 || inRange(port, 1024, 65535)))
            at('port', 'port', { port });
        const protocol = config['protocol'];
        if (protocol !== undefined && protocol !== 'http' && protocol !== 'https')
            at('protocol', 'protocol', { protocol });
        if (config['keepaliveTimeout'] !== undefined && !inRange(config['keepaliveTimeout'], 1, 60))
            at('keepaliveTimeout', 'range', { value: config['keepaliveTimeout'], min: 1, max: 60 });
        if (config['readTimeout'] !== undefined && !inRange(config['readTimeout'], 4, 60))
            at('readTimeout', 'range', { value: config['readTimeout'], min: 4, max: 60 });
        const ssl = config['sslProtocols'];
        if (ssl !== undefined &&
            (!Array.isArray(ssl) || ssl.length === 0 || ssl.some((p) => typeof p !== 'string' || !SSL_PROTOCOLS.includes(p)))) {
            at('sslProtocols', 'ssl-protocols', { sslProtocols: Array.isArray(ssl) ? ssl : context_text(ssl) });
        }
    }
    else {
        const auth = config['authMethod'];
        if (auth !== undefined && auth !== 'origin-access-identity' && auth !== 'none')
            at('authMethod', 'auth-method', { authMethod: context_text(auth) });
    }
    const headers = config['customHeaders'];
    if (headers !== undefined && !isObject(headers))
        at('customHeaders', 'headers-not-object');
    else if (headers !== undefined) {
        for (const name of Object.keys(headers)) {
            if (isDisallowedHeader(name))
                j.add('EDGE_FUNCTION_DISALLOWED_HEADER', j.where([...path, kind, 'customHeaders', name], name), {
                    header: name.toLowerCase(),
                    change: 'added',
                    part: 'origin-custom-headers',
                });
        }
    }
}

;// CONCATENATED MODULE: ./lib/edge-functions/judge/lambda-edge.js





const lambda_edge_GENERATED_LIMIT = { 'viewer-request': 40 * 1024, 'origin-request': 1024 * 1024 };
/** IncludeBody: what a function may put back as the body. */
const BODY_LIMIT = { 'viewer-request': 40 * 1024, 'origin-request': 1024 * 1024 };
/** `status` as a string ("200") in the docs; AWS's own examples return numbers too: both accepted. */
function statusCode(value) {
    if (typeof value === 'number')
        return Number.isInteger(value) ? value : null;
    if (typeof value === 'string' && /^\d{3}$/.test(value))
        return Number(value);
    return null;
}
function judgeLambdaEdge(j, input, output) {
    const cf = input['Records'][0]['cf'];
    const inRequest = cf['request'];
    const inResponse = cf['response'];
    if (!isObject(output))
        return j.invalid([], output === null ? 'null-result' : 'not-object', { type: Array.isArray(output) ? 'array' : typeof output });
    if (isObject(output['Records']))
        return j.invalid([], 'whole-event');
    const looksLikeResponse = 'status' in output || 'statusDescription' in output || 'bodyEncoding' in output;
    if ((0,types/* isRequestEvent */.Cv)(j.event)) {
        if (looksLikeResponse)
            return generatedResponse(j, output);
        return passedRequest(j, inRequest, output);
    }
    if (!looksLikeResponse && 'uri' in output)
        return j.invalid([], 'request-returned-for-response-event');
    return passedResponse(j, inResponse ?? {}, output);
}
function passedRequest(j, input, output) {
    checkReadOnlyFields(j, input, output, ['method', 'clientIp']);
    const uriOk = checkUri(j, output['uri']);
    const query = output['querystring'] ?? '';
    if (typeof query !== 'string')
        j.invalid(['request', 'querystring'], 'not-string');
    else
        checkQueryCharacters(j, query);
    const before = headers_lambdaHeaders(j, input['headers'], ['request', 'headers']);
    const after = headers_lambdaHeaders(j, output['headers'], ['request', 'headers']);
    if (before && after)
        compareHeaders(j, before, after, ['request', 'headers']);
    if (uriOk && typeof query === 'string' && after)
        checkRequestSize(j, context_text(input['method']), output['uri'], query, after);
    if (j.event === 'origin-request')
        checkOrigin(j, output['origin'], input['origin']);
    checkBody(j, output['body'], input['body']);
}
function checkBody(j, body, before) {
    if (body === undefined || JSON.stringify(body) === JSON.stringify(before))
        return;
    const path = ['request', 'body'];
    if (!isObject(body))
        return j.invalid(path, 'not-object');
    if (body['action'] !== 'replace')
        return;
    const encoding = body['encoding'] ?? 'base64';
    const data = body['data'];
    if (encoding !== 'base64' && encoding !== 'text')
        return j.invalid([...path, 'encoding'], 'body-encoding', { encoding: context_text(encoding) });
    if (typeof data !== 'string')
        return j.invalid([...path, 'data'], 'not-string');
    if (encoding === 'base64' && !isBase64(data))
        return j.invalid([...path, 'data'], 'invalid-base64');
    const bytes = encoding === 'base64' ? Buffer.from(data, 'base64').length : utf8Bytes(data);
    const limit = BODY_LIMIT[j.event];
    if (limit !== undefined && bytes > limit)
        j.add('EDGE_FUNCTION_TOO_LARGE', j.where(path), { part: 'request-body', bytes, limit });
}
function checkResponseShape(j, output) {
    const status = statusCode(output['status']);
    if (status === null) {
        j.invalid(['response', 'status'], output['status'] === undefined ? 'missing' : 'status-type', {
            status: JSON.stringify(output['status'] ?? null),
        });
        return null;
    }
    if (status < 200 || status > 599)
        j.invalid(['response', 'status'], 'status-range', { status });
    const description = output['statusDescription'];
    if (description !== undefined && typeof description !== 'string')
        j.invalid(['response', 'statusDescription'], 'not-string');
    const body = output['body'];
    const encoding = output['bodyEncoding'] ?? 'text';
    let bodyBytes = 0;
    if (encoding !== 'text' && encoding !== 'base64')
        j.invalid(['response', 'bodyEncoding'], 'body-encoding', { encoding: context_text(encoding) });
    if (body !== undefined && typeof body !== 'string')
        j.invalid(['response', 'body'], 'not-string', { type: Array.isArray(body) ? 'array' : body === null ? 'null' : typeof body });
    else if (typeof body === 'string') {
        if (encoding === 'base64' && !isBase64(body))
            j.invalid(['response', 'body'], 'invalid-base64');
        bodyBytes = encoding === 'base64' ? Buffer.from(body, 'base64').length : utf8Bytes(body);
    }
    return { status, bodyBytes };
}
function generatedResponse(j, output) {
    const shape = checkResponseShape(j, output);
    const headers = headers_lambdaHeaders(j, output['headers'], ['response', 'headers']);
    if (headers)
        checkGeneratedHeaders(j, headers, ['response', 'headers']);
    if (!shape)
        return;
    if (j.event === 'viewer-request' && shape.status === 204 && shape.bodyBytes > 0)
        j.invalid(['response', 'body'], 'no-content-with-body', { status: 204 });
    const limit = lambda_edge_GENERATED_LIMIT[j.event];
    const bytes = shape.bodyBytes + (headers ? headerBytes(headers) : 0);
    if (limit !== undefined && bytes > limit)
        j.add('EDGE_FUNCTION_TOO_LARGE', j.where(['response', 'body'], 'body'), { part: 'generated-response', bytes, limit });
}
function passedResponse(j, input, output) {
    const shape = checkResponseShape(j, output);
    if (shape && j.event === 'viewer-response' && shape.status !== statusCode(input['status'])) {
        j.invalid(['response', 'status'], 'status-read-only', { status: shape.status, origin: statusCode(input['status']) });
    }
    const before = headers_lambdaHeaders(j, input['headers'], ['response', 'headers']);
    const after = headers_lambdaHeaders(j, output['headers'], ['response', 'headers']);
    if (before && after)
        compareHeaders(j, before, after, ['response', 'headers']);
}

;// CONCATENATED MODULE: ./lib/edge-functions/judge/judge.js



/** CloudFront's TestFunction calls 71 and above "likely to throttle". */
const THROTTLE_UTILISATION = 71;
const NEAR_TIMEOUT = 0.8;
function judgeOutcome(site, event, request, input, outcome, budget) {
    const j = new Judgement(site, event, request, outcome);
    const handler = { file: site.file, line: site.handlerLine };
    const errorAt = () => (outcome.error?.line !== undefined ? { file: outcome.error.file ?? site.file, line: outcome.error.line } : handler);
    switch (outcome.outcome) {
        case 'threw':
        case 'rejected':
        case 'callback-error':
        case 'init-threw': {
            const error = outcome.error;
            const denied = outcome.denied?.[0];
            if (error?.denied === true && denied) {
                j.add('EDGE_FUNCTION_UNCHECKED', denied.line !== undefined ? { file: denied.file ?? site.file, line: denied.line } : handler, {
                    capability: denied.capability,
                    api: denied.what,
                });
                return j;
            }
            const details = { outcome: outcome.outcome, error: error?.name ?? 'Error', errorMessage: error?.message ?? '' };
            if (error?.kvsMissingKey === true) {
                // Only a key the store used for the check lacks: the real store may hold it.
                j.add('EDGE_FUNCTION_THREW', errorAt(), { ...details, cause: 'kvs-missing-key', keys: outcome.kvsMissing ?? [] }, 'notice');
                return j;
            }
            j.add('EDGE_FUNCTION_THREW', errorAt(), details);
            return j;
        }
        case 'no-handler':
            j.add('EDGE_FUNCTION_THREW', handler, {
                outcome: 'handler-not-found',
                error: 'HandlerNotFound',
                errorMessage: site.handlerName,
                handler: site.handlerName,
            });
            return j;
        case 'out-of-memory':
            j.add('EDGE_FUNCTION_THREW', handler, { outcome: 'out-of-memory', error: 'OutOfMemory', errorMessage: '' });
            return j;
        case 'host-error':
            j.add('EDGE_FUNCTION_UNCHECKED', handler, { capability: 'sandbox', api: outcome.error?.message ?? '' });
            return j;
        case 'timeout':
            j.add('EDGE_FUNCTION_TIMEOUT', handler, timeoutDetails(site, budget, outcome.phase === 'init' ? 'init-timeout' : 'timeout'));
            return j;
        case 'never-settles':
            j.add('EDGE_FUNCTION_TIMEOUT', handler, timeoutDetails(site, budget, 'never-settles'));
            return j;
        case 'returned-without-callback':
            j.add('EDGE_FUNCTION_TIMEOUT', handler, timeoutDetails(site, budget, 'returned-without-callback'));
            return j;
        case 'unserialisable':
            j.invalid([], 'not-serialisable');
            return j;
        case 'returned':
            break;
    }
    const output = outcome.json === undefined ? null : JSON.parse(outcome.json);
    if (site.kind === 'lambda-edge')
        judgeLambdaEdge(j, input, output);
    else
        judgeCloudFrontFunction(j, input, output);
    judgeTime(j, outcome, budget);
    return j;
}
function timeoutDetails(site, budget, outcome) {
    return site.kind === 'cloudfront-function'
        ? { outcome, limitMs: budget.computeMs ?? 1, computeBudgetMs: budget.computeMs ?? 1, stoppedAfterMs: budget.timeMs }
        : { outcome, limitMs: budget.edgeLimitMs, edgeLimitMs: budget.edgeLimitMs, stoppedAfterMs: budget.timeMs };
}
function judgeTime(j, outcome, budget) {
    const at = { file: j.site.file, line: j.site.handlerLine };
    if (j.site.kind === 'cloudfront-function') {
        const runs = outcome.durationsMs ?? [];
        if (runs.length === 0 || budget.computeMs === undefined)
            return;
        const fastest = Math.min(...runs);
        const utilisation = Math.round((fastest / budget.computeMs) * 100);
        if (utilisation >= THROTTLE_UTILISATION) {
            j.add('EDGE_FUNCTION_TIMEOUT', at, {
                outcome: 'compute',
                limitMs: budget.computeMs,
                utilization: utilisation,
                measuredMs: round(fastest),
                computeBudgetMs: budget.computeMs,
            }, utilisation >= 100 ? 'error' : 'warning');
        }
        return;
    }
    const elapsed = outcome.elapsedMs ?? 0;
    if (elapsed >= budget.timeMs * NEAR_TIMEOUT) {
        j.add('EDGE_FUNCTION_TIMEOUT', at, {
            outcome: 'near-limit',
            limitMs: budget.edgeLimitMs,
            elapsedMs: round(elapsed),
            budgetMs: budget.timeMs,
            edgeLimitMs: budget.edgeLimitMs,
        }, 'warning');
    }
}
function round(ms) {
    return Math.round(ms * 1000) / 1000;
}

;// CONCATENATED MODULE: ./lib/edge-functions/requests.js
/**
 * The requests the edge may send a function, per event: what viewers send (with and without cookies,
 * user agent, query string and body; HEAD, OPTIONS and POST; long and non-ASCII URIs) and, for response
 * events, what an origin answers (200, 304, 404, 502). A function that works on the happy path alone
 * fails on the first request without a User-Agent; these find that before a viewer does.
 */

const HOST = ['Host', 'www.example.com'];
const BROWSER = [
    HOST,
    ['User-Agent', 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0'],
    ['Accept', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'],
    ['Accept-Language', 'en-US,en;q=0.5'],
];
function requests_request(name, method, uri, querystring, headers, body) {
    if (body === undefined)
        return { name, method, uri, querystring, headers };
    return { name, method, uri, querystring, headers: [...headers, ['Content-Length', String(Buffer.byteLength(body))]], body };
}
/** About 4,700 characters of URI and query string: long, yet under CloudFront's 8,192. */
const LONG_PATH = '/search/' + Array.from({ length: 120 }, (_, i) => `segment-${i}`).join('/');
const LONG_QUERY = Array.from({ length: 180 }, (_, i) => `filter${i}=value-${i}`).join('&');
const VIEWER_REQUESTS = [
    requests_request('get-root', 'GET', '/', '', BROWSER),
    requests_request('get-page-with-query', 'GET', '/products/item.html', 'id=42&sort=price&tag=a&tag=b', BROWSER),
    requests_request('get-bare', 'GET', '/index.html', '', [HOST]),
    requests_request('get-with-cookies', 'GET', '/account', '', [...BROWSER, ['Cookie', 'session=abc123; theme=dark; experiment=B']]),
    requests_request('get-spa-route', 'GET', '/dashboard/settings', '', BROWSER),
    requests_request('get-directory', 'GET', '/docs/', '', BROWSER),
    requests_request('get-flag-query', 'GET', '/page', 'debug', BROWSER),
    requests_request('get-with-authorization', 'GET', '/private/report.pdf', '', [...BROWSER, ['Authorization', 'Basic dXNlcjpwYXNzd29yZA==']]),
    requests_request('get-with-country', 'GET', '/', '', [...BROWSER, ['CloudFront-Viewer-Country', 'DE']]),
    requests_request('get-long-uri', 'GET', LONG_PATH, LONG_QUERY, BROWSER),
    requests_request('get-non-ascii', 'GET', '/caf%C3%A9/%E6%97%A5%E6%9C%AC.html', 'q=%C3%BCber&name=J%C3%BCrgen', [
        HOST,
        ['User-Agent', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15'],
        ['Accept-Language', 'de-DE,de;q=0.9'],
    ]),
    requests_request('head-asset', 'HEAD', '/assets/app.3f9a2c.js', '', BROWSER),
    requests_request('options-preflight', 'OPTIONS', '/api/items', '', [
        HOST,
        ['Origin', 'https://app.example.com'],
        ['Access-Control-Request-Method', 'POST'],
        ['Access-Control-Request-Headers', 'content-type'],
    ]),
    requests_request('post-form', 'POST', '/api/form', '', [...BROWSER, ['Content-Type', 'application/x-www-form-urlencoded']], 'name=Ann&comment=hello+w'),
    requests_request('post-json', 'POST', '/api/items', '', [HOST, ['Content-Type', 'application/json']], '{"name":"caf\u00e9","qty":2}'),
];
function requests_response(status, statusDescription, headers) {
    return { status, statusDescription, headers };
}
const DATE = ['Date', 'Mon, 03 Mar 2025 10:00:00 GMT'];
const ORIGIN_RESPONSES = {
    ok: requests_response(200, 'OK', [
        DATE,
        ['Content-Type', 'text/html; charset=utf-8'],
        ['Content-Length', '1270'],
        ['ETag', '"5d8c72a5edda8"'],
        ['Last-Modified', 'Fri, 28 Feb 2025 08:00:00 GMT'],
        ['Cache-Control', 'max-age=60'],
        ['Server', 'nginx'],
    ]),
    notModified: requests_response(304, 'Not Modified', [DATE, ['ETag', '"5d8c72a5edda8"'], ['Cache-Control', 'max-age=60']]),
    notFound: requests_response(404, 'Not Found', [DATE, ['Content-Type', 'text/html'], ['Content-Length', '153'], ['Server', 'nginx']]),
    badGateway: requests_response(502, 'Bad Gateway', [DATE, ['Content-Type', 'text/html'], ['Content-Length', '157'], ['Server', 'nginx']]),
};
function byName(name) {
    const found = VIEWER_REQUESTS.find((r) => r.name === name);
    if (!found)
        throw new Error(`no built-in request ${name}`);
    return found;
}
/** Response events: every origin status on the plain request, and a few requests on a 200. */
const RESPONSE_EVENT_REQUESTS = [
    { ...byName('get-root'), name: 'get-root/200', response: ORIGIN_RESPONSES.ok },
    { ...byName('get-root'), name: 'get-root/304', response: ORIGIN_RESPONSES.notModified },
    { ...byName('get-root'), name: 'get-root/404', response: ORIGIN_RESPONSES.notFound },
    { ...byName('get-root'), name: 'get-root/502', response: ORIGIN_RESPONSES.badGateway },
    { ...byName('get-bare'), name: 'get-bare/200', response: ORIGIN_RESPONSES.ok },
    { ...byName('get-with-cookies'), name: 'get-with-cookies/200', response: ORIGIN_RESPONSES.ok },
    { ...byName('get-page-with-query'), name: 'get-page-with-query/200', response: ORIGIN_RESPONSES.ok },
    { ...byName('head-asset'), name: 'head-asset/200', response: ORIGIN_RESPONSES.ok },
    { ...byName('get-non-ascii'), name: 'get-non-ascii/404', response: ORIGIN_RESPONSES.notFound },
];
/** The built-in set for one event, followed by the config's own requests (a 200 answers them in response events). */
function requestsFor(event, own = []) {
    if ((0,types/* isRequestEvent */.Cv)(event))
        return [...VIEWER_REQUESTS, ...own];
    return [...RESPONSE_EVENT_REQUESTS, ...own.map((r) => ({ ...r, response: r.response ?? ORIGIN_RESPONSES.ok }))];
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./lib/edge-functions/sandbox/prelude.js
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
function sandboxPrelude(settingsJson, hostHash, hostRandom, hostTimer) {
    'use strict';
    const settings = JSON.parse(settingsJson);
    const g = globalThis;
    const NativeError = Error;
    const lambda = settings.kind === 'lambda-edge';
    const v1 = settings.runtime === 'cloudfront-js-1.0';
    const MAX_WRITES = 2000;
    // ---- what the run records ----
    let writes = [];
    let calls = [];
    let denied = [];
    let kvsMissing = [];
    let logCount = 0;
    const kvsErrors = new WeakSet();
    const deniedErrors = new WeakSet();
    function site() {
        const stack = new NativeError().stack;
        if (typeof stack !== 'string')
            return {};
        for (const line of stack.split('\n')) {
            for (const file of settings.files) {
                const i = line.lastIndexOf(file + ':');
                if (i === -1)
                    continue;
                const m = /^(\d+):(\d+)/.exec(line.slice(i + file.length + 1));
                if (m)
                    return { file, line: Number(m[1]) };
            }
        }
        return {};
    }
    function note(op, path) {
        if (writes.length < MAX_WRITES)
            writes.push({ op, path, ...site() });
    }
    // Writes to the event's request and response are watched, to name the line that made each change.
    const proxies = new WeakMap();
    const isProxy = new WeakSet();
    function track(target, path) {
        if (target === null || typeof target !== 'object' || isProxy.has(target))
            return target;
        const known = proxies.get(target);
        if (known)
            return known;
        const proxy = new Proxy(target, {
            get(t, key, receiver) {
                const value = Reflect.get(t, key, receiver);
                return typeof key === 'string' && value !== null && typeof value === 'object' ? track(value, [...path, key]) : value;
            },
            set(t, key, value) {
                if (typeof key === 'string')
                    note('set', [...path, key]);
                return Reflect.set(t, key, value);
            },
            deleteProperty(t, key) {
                if (typeof key === 'string')
                    note('delete', [...path, key]);
                return Reflect.deleteProperty(t, key);
            },
            defineProperty(t, key, descriptor) {
                if (typeof key === 'string')
                    note('set', [...path, key]);
                return Reflect.defineProperty(t, key, descriptor);
            },
        });
        proxies.set(target, proxy);
        isProxy.add(proxy);
        return proxy;
    }
    // ---- bytes: what Buffer and the byte-string helpers stand on ----
    const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    function toBase64(bytes, url) {
        let out = '';
        for (let i = 0; i < bytes.length; i += 3) {
            const a = bytes[i];
            const b = i + 1 < bytes.length ? bytes[i + 1] : -1;
            const c = i + 2 < bytes.length ? bytes[i + 2] : -1;
            out += B64[a >> 2] + B64[((a & 3) << 4) | (b < 0 ? 0 : b >> 4)];
            out += b < 0 ? (url ? '' : '=') : B64[((b & 15) << 2) | (c < 0 ? 0 : c >> 6)];
            out += c < 0 ? (url ? '' : '=') : B64[c & 63];
        }
        return url ? out.replace(/\+/g, '-').replace(/\//g, '_') : out;
    }
    function fromBase64(text) {
        const clean = String(text)
            .replace(/-/g, '+')
            .replace(/_/g, '/')
            .replace(/[^A-Za-z0-9+/]/g, '');
        const out = [];
        let buffer = 0;
        let bits = 0;
        for (const ch of clean) {
            buffer = (buffer << 6) | B64.indexOf(ch);
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out.push((buffer >> bits) & 255);
            }
        }
        return out;
    }
    function utf8Bytes(text) {
        const latin = unescape(encodeURIComponent(String(text).replace(/[\ud800-\udfff](?![\udc00-\udfff])/g, '\ufffd')));
        const out = [];
        for (let i = 0; i < latin.length; i++)
            out.push(latin.charCodeAt(i));
        return out;
    }
    function latin1(bytes) {
        let out = '';
        for (let i = 0; i < bytes.length; i++)
            out += String.fromCharCode(bytes[i]);
        return out;
    }
    function utf8Text(bytes) {
        try {
            return decodeURIComponent(escape(latin1(bytes)));
        }
        catch {
            return null;
        }
    }
    function encode(text, encoding) {
        const enc = String(encoding ?? 'utf8').toLowerCase();
        if (enc === 'base64' || enc === 'base64url')
            return fromBase64(text);
        if (enc === 'hex') {
            const out = [];
            for (let i = 0; i + 1 < text.length; i += 2) {
                const byte = parseInt(text.slice(i, i + 2), 16);
                if (Number.isNaN(byte))
                    break;
                out.push(byte);
            }
            return out;
        }
        if (enc === 'latin1' || enc === 'binary' || enc === 'ascii')
            return Array.from(String(text), (c) => c.charCodeAt(0) & 255);
        return utf8Bytes(text);
    }
    function decode(bytes, encoding) {
        const enc = String(encoding ?? 'utf8').toLowerCase();
        if (enc === 'base64')
            return toBase64(bytes, false);
        if (enc === 'base64url')
            return toBase64(bytes, true);
        if (enc === 'hex')
            return Array.from(bytes, (b) => (b < 16 ? '0' : '') + b.toString(16)).join('');
        if (enc === 'latin1' || enc === 'binary' || enc === 'ascii')
            return latin1(bytes);
        return utf8Text(bytes) ?? latin1(bytes).replace(/[\x80-\xff]/g, '\ufffd');
    }
    class SandboxBuffer extends Uint8Array {
        static from(value, encodingOrOffset, length) {
            if (typeof value === 'string')
                return new SandboxBuffer(encode(value, encodingOrOffset));
            if (value instanceof ArrayBuffer)
                return new SandboxBuffer(value, encodingOrOffset ?? 0, length);
            return new SandboxBuffer(Array.from(value));
        }
        static alloc(size, fill) {
            const buffer = new SandboxBuffer(size);
            if (typeof fill === 'number')
                buffer.fill(fill);
            return buffer;
        }
        static byteLength(value, encoding) {
            return typeof value === 'string' ? encode(value, encoding).length : value.byteLength;
        }
        static concat(list) {
            const out = [];
            for (const part of list)
                for (const byte of part)
                    out.push(byte);
            return new SandboxBuffer(out);
        }
        static isBuffer(value) {
            return value instanceof SandboxBuffer;
        }
        toString(encoding, start, end) {
            return decode(this.subarray(start ?? 0, end ?? this.length), encoding);
        }
        equals(other) {
            return other.length === this.length && this.every((b, i) => b === other[i]);
        }
        toJSON() {
            return { type: 'Buffer', data: Array.from(this) };
        }
    }
    // ---- denied capabilities: a module the sandbox cannot offer answers every use with a marked error ----
    function deny(capability, what) {
        const error = new NativeError(`${what} is not available while checking (${capability})`);
        deniedErrors.add(error);
        if (denied.length < 50)
            denied.push({ capability, what, ...site() });
        throw error;
    }
    function deniedModule(capability, name) {
        const thrower = (member) => function () {
            return deny(capability, `${name}.${member}`);
        };
        return new Proxy(Object.create(null), {
            get(_t, key) {
                if (key === '__esModule' || typeof key === 'symbol')
                    return undefined;
                return thrower(String(key));
            },
        });
    }
    // ---- built-in modules ----
    function digestOf(algorithm, key, chunks, encoding) {
        const data = [];
        for (const chunk of chunks)
            for (const byte of chunk)
                data.push(byte);
        const answer = hostHash(String(algorithm), key ? toBase64(key, false) : '', toBase64(data, false), encoding ? String(encoding) : '');
        if (answer[0] !== '=')
            throw new NativeError(answer.slice(1));
        const value = answer.slice(1);
        if (encoding)
            return value;
        const bytes = fromBase64(value);
        return v1 ? latin1(bytes) : new SandboxBuffer(bytes);
    }
    function hasher(algorithm, key) {
        const keyBytes = key === null ? null : typeof key === 'string' ? utf8Bytes(key) : Array.from(key);
        const chunks = [];
        const object = {
            update(data, encoding) {
                chunks.push(typeof data === 'string' ? encode(data, encoding) : Array.from(data));
                return object;
            },
            digest(encoding) {
                return digestOf(algorithm, keyBytes, chunks, encoding);
            },
        };
        return object;
    }
    const cryptoModule = {
        createHash: (algorithm) => hasher(algorithm, null),
        createHmac: (algorithm, key) => hasher(algorithm, key),
    };
    if (lambda) {
        cryptoModule.randomBytes = (n) => SandboxBuffer.from(fromBase64(hostRandom(Math.max(0, Math.min(65536, Number(n) | 0)))));
        cryptoModule.randomUUID = () => {
            const b = fromBase64(hostRandom(16));
            b[6] = (b[6] & 15) | 64;
            b[8] = (b[8] & 63) | 128;
            const hex = decode(b, 'hex');
            return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
        };
        cryptoModule.timingSafeEqual = (a, b) => {
            if (a.length !== b.length)
                throw new RangeError('Input buffers must have the same byte length');
            let diff = 0;
            for (let i = 0; i < a.length; i++)
                diff |= a[i] ^ b[i];
            return diff === 0;
        };
    }
    const cryptoExport = new Proxy(cryptoModule, {
        get(t, key) {
            if (typeof key === 'symbol' || key in t || key === '__esModule' || key === 'then')
                return t[key];
            return function () {
                return deny('module', `crypto.${String(key)}`);
            };
        },
    });
    function qsUnescape(text) {
        try {
            return decodeURIComponent(text);
        }
        catch {
            return text;
        }
    }
    const querystringModule = {
        escape: (text) => encodeURIComponent(String(text)),
        unescape: qsUnescape,
        parse(text, sep, eq, options) {
            const out = {};
            if (typeof text !== 'string' || text === '')
                return out;
            const decodeOne = options && typeof options.decodeURIComponent === 'function' ? options.decodeURIComponent : qsUnescape;
            const max = options && typeof options.maxKeys === 'number' ? options.maxKeys : 1000;
            let parts = text.split(sep ?? '&');
            if (max > 0)
                parts = parts.slice(0, max);
            for (const part of parts) {
                if (part === '')
                    continue;
                const at = part.indexOf(eq ?? '=');
                const k = decodeOne((at === -1 ? part : part.slice(0, at)).replace(/\+/g, ' '));
                const v = at === -1 ? '' : decodeOne(part.slice(at + (eq ?? '=').length).replace(/\+/g, ' '));
                if (!Object.prototype.hasOwnProperty.call(out, k))
                    out[k] = v;
                else if (Array.isArray(out[k]))
                    out[k].push(v);
                else
                    out[k] = [out[k], v];
            }
            return out;
        },
        stringify(object, sep, eq, options) {
            if (object === null || typeof object !== 'object')
                return '';
            const enc = options && typeof options.encodeURIComponent === 'function' ? options.encodeURIComponent : querystringModule.escape;
            const out = [];
            for (const key of Object.keys(object)) {
                const value = object[key];
                const values = Array.isArray(value) ? value : [value];
                for (const v of values)
                    out.push(enc(key) + (eq ?? '=') + enc(v === undefined || v === null || typeof v === 'object' ? '' : String(v)));
            }
            return out.join(sep ?? '&');
        },
    };
    querystringModule.decode = querystringModule.parse;
    querystringModule.encode = querystringModule.stringify;
    // ---- CloudFront Functions 2.0: the `cloudfront` module (key-value stores, origin selection) ----
    const cloudfrontModule = {
        kvs(id) {
            void id;
            const store = settings.kvs ?? {};
            const lookup = (key) => {
                if (Object.prototype.hasOwnProperty.call(store, key))
                    return store[key];
                if (kvsMissing.length < 50)
                    kvsMissing.push(String(key));
                const error = new NativeError(`Key ${String(key)} not found`);
                kvsErrors.add(error);
                throw error;
            };
            return {
                // Promises, as the store's are: a missing key rejects.
                get(key, options) {
                    return new Promise((resolve) => {
                        const value = lookup(String(key));
                        const format = options?.format ?? 'string';
                        if (format === 'json')
                            resolve(JSON.parse(value));
                        else if (format === 'bytes')
                            resolve(new SandboxBuffer(utf8Bytes(value)));
                        else
                            resolve(value);
                    });
                },
                exists(key) {
                    return Promise.resolve(Object.prototype.hasOwnProperty.call(store, String(key)));
                },
                meta() {
                    return Promise.resolve({
                        creationDateTime: '2025-01-01T00:00:00Z',
                        lastUpdatedDateTime: '2025-01-01T00:00:00Z',
                        keyCount: Object.keys(store).length,
                    });
                },
            };
        },
        updateRequestOrigin(params) {
            calls.push({ helper: 'updateRequestOrigin', ...site() });
            void params;
        },
        selectRequestOriginById(id) {
            calls.push({ helper: 'selectRequestOriginById', ...site() });
            void id;
        },
        createRequestOriginGroup(params) {
            calls.push({ helper: 'createRequestOriginGroup', ...site() });
            void params;
            return {};
        },
    };
    const pathModule = {
        sep: '/',
        basename(p, ext) {
            const base = String(p).replace(/\/+$/, '').split('/').pop() ?? '';
            return ext && base.endsWith(ext) ? base.slice(0, -ext.length) : base;
        },
        dirname(p) {
            const parts = String(p).replace(/\/+$/, '').split('/');
            parts.pop();
            return parts.length === 0 ? '.' : parts.join('/') || '/';
        },
        extname(p) {
            const base = pathModule.basename(p);
            const dot = base.lastIndexOf('.');
            return dot <= 0 ? '' : base.slice(dot);
        },
        normalize(p) {
            const absolute = String(p).startsWith('/');
            const out = [];
            for (const part of String(p).split('/')) {
                if (part === '' || part === '.')
                    continue;
                if (part === '..' && out.length > 0 && out[out.length - 1] !== '..')
                    out.pop();
                else if (part !== '..' || !absolute)
                    out.push(part);
            }
            const joined = (absolute ? '/' : '') + out.join('/');
            return joined === '' ? '.' : String(p).endsWith('/') && joined !== '/' ? joined + '/' : joined;
        },
        join(...parts) {
            return pathModule.normalize(parts.filter((x) => x !== '').join('/'));
        },
    };
    pathModule.posix = pathModule;
    const NETWORK = ['http', 'https', 'http2', 'net', 'tls', 'dns', 'dgram', 'undici'];
    const FILES = ['fs', 'fs/promises'];
    const PROCESSES = ['child_process', 'cluster', 'worker_threads', 'vm', 'v8', 'inspector'];
    function builtin(name) {
        const bare = name.startsWith('node:') ? name.slice(5) : name;
        if (!lambda) {
            if (bare === 'crypto')
                return cryptoExport;
            if (bare === 'querystring')
                return querystringModule;
            if (bare === 'cloudfront' && !v1)
                return cloudfrontModule;
            throw new NativeError(`Cannot find module '${name}'`);
        }
        if (bare === 'crypto')
            return cryptoExport;
        if (bare === 'querystring')
            return querystringModule;
        if (bare === 'buffer')
            return { Buffer: SandboxBuffer };
        if (bare === 'path')
            return pathModule;
        if (NETWORK.includes(bare))
            return deniedModule('network', bare);
        if (FILES.includes(bare))
            return deniedModule('file-system', bare);
        if (PROCESSES.includes(bare))
            return deniedModule('process', bare);
        if (bare === 'aws-sdk' || bare.startsWith('@aws-sdk/'))
            return deniedModule('network', bare);
        return deniedModule('module', bare);
    }
    // ---- Lambda@Edge: CommonJS modules of the function's own files ----
    const definitions = {};
    const modules = {};
    function resolve(from, spec) {
        const dir = from.split('/').slice(0, -1).join('/');
        const joined = pathModule.normalize(spec.startsWith('/') ? spec : (dir === '' ? '' : dir + '/') + spec).replace(/^\.\//, '');
        for (const candidate of [joined, joined + '.js', joined + '.cjs', joined + '.mjs', joined + '.json', joined + '/index.js']) {
            if (Object.prototype.hasOwnProperty.call(definitions, candidate))
                return candidate;
        }
        return null;
    }
    function requireFrom(from) {
        return function require(spec) {
            spec = String(spec);
            if (!(spec.startsWith('./') || spec.startsWith('../') || spec.startsWith('/'))) {
                const own = resolve('', 'node_modules/' + spec);
                return own === null ? builtin(spec) : load(own).exports;
            }
            const id = resolve(from, spec);
            if (id === null) {
                const error = new NativeError(`Cannot find module '${spec}'`);
                error.code = 'MODULE_NOT_FOUND';
                throw error;
            }
            return load(id).exports;
        };
    }
    function load(id) {
        const existing = modules[id];
        if (existing)
            return existing;
        const module = { exports: {}, id, filename: id, loaded: false };
        const record = { exports: undefined, ready: undefined };
        modules[id] = record;
        Object.defineProperty(record, 'exports', { get: () => module.exports });
        const dir = id.split('/').slice(0, -1).join('/');
        record.ready = definitions[id].call(module.exports, module.exports, requireFrom(id), module, id, dir, dynamicImport(id));
        return record;
    }
    function dynamicImport(from) {
        return (spec) => new Promise((resolveImport) => {
            const exports = requireFrom(from)(spec);
            resolveImport(exports && exports.__esModule ? exports : { ...exports, default: exports });
        });
    }
    function hide(name, value) {
        Object.defineProperty(g, name, { value, configurable: true, enumerable: false, writable: true });
    }
    // ---- globals each runtime offers ----
    for (const name of ['console'])
        delete g[name];
    const log = () => {
        logCount++;
    };
    hide('console', { log, info: log, warn: log, error: log, debug: log, trace: log });
    if (lambda || !v1)
        hide('Buffer', SandboxBuffer);
    if (!lambda && v1) {
        const bytesOf = (s, start, end) => String(s).slice(start ?? 0, end);
        const proto = String.prototype;
        proto.toUTF8 = function (start, end) {
            return latin1(utf8Bytes(bytesOf(this, start, end)));
        };
        proto.fromUTF8 = function (start, end) {
            return utf8Text(encode(bytesOf(this, start, end), 'latin1'));
        };
        proto.toBytes = function (start, end) {
            const text = bytesOf(this, start, end);
            return /[^\x00-\xff]/.test(text) ? null : text;
        };
        proto.fromBytes = function (start, end) {
            return bytesOf(this, start, end);
        };
        String.bytesFrom = (value, encoding) => typeof value === 'string' ? latin1(encode(value, encoding ?? 'utf8')) : latin1(Array.from(value));
    }
    let nextTimer = 1;
    const timers = {};
    if (lambda) {
        const schedule = (fn, ms, args, repeat) => {
            const id = nextTimer++;
            const delay = Math.max(0, Number(ms) || 0);
            timers[id] = { fn, args, every: repeat ? Math.max(1, delay) : -1 };
            hostTimer(id, delay);
            return id;
        };
        const cancel = (id) => {
            const key = Number(id);
            if (timers[key]) {
                delete timers[key];
                hostTimer(key, -1);
            }
        };
        hide('setTimeout', (fn, ms, ...args) => schedule(fn, ms, args, false));
        hide('setInterval', (fn, ms, ...args) => schedule(fn, ms, args, true));
        hide('setImmediate', (fn, ...args) => schedule(fn, 0, args, false));
        hide('clearTimeout', cancel);
        hide('clearInterval', cancel);
        hide('clearImmediate', cancel);
        hide('queueMicrotask', (fn) => void Promise.resolve().then(fn));
        hide('atob', (text) => latin1(fromBase64(text)));
        hide('btoa', (text) => toBase64(encode(text, 'latin1'), false));
        hide('global', g);
        hide('process', {
            env: {},
            version: 'v20.0.0',
            versions: { node: '20.0.0' },
            platform: 'linux',
            nextTick: (fn, ...args) => void Promise.resolve().then(() => fn(...args)),
        });
    }
    hide('__fire', (id) => {
        const timer = timers[id];
        if (!timer)
            return;
        if (timer.every < 0)
            delete timers[id];
        else
            hostTimer(id, timer.every);
        timer.fn(...timer.args);
    });
    // ---- loading the function ----
    let handler;
    let initError = null;
    let initDone = false;
    hide('__defaultOf', (exports) => (exports && exports.__esModule && 'default' in exports ? exports.default : exports));
    hide('__define', (id, definition) => {
        definitions[id] = definition;
    });
    hide('__boot', (wrapper) => {
        try {
            handler = wrapper(builtin, dynamicImport(settings.files[0]));
        }
        catch (error) {
            initError = error;
        }
        initDone = true;
    });
    hide('__start', (mainId) => {
        try {
            const record = load(mainId);
            Promise.resolve(record.ready).then(() => {
                handler = record.exports ? record.exports[settings.handler] : undefined;
                initDone = true;
            }, (error) => {
                initError = error;
                initDone = true;
            });
        }
        catch (error) {
            initError = error;
            initDone = true;
        }
    });
    // ---- one invocation ----
    let outcome = null;
    let waitingForCallback = false;
    function describe(error) {
        const isError = error instanceof NativeError || (error !== null && typeof error === 'object' && typeof error.stack === 'string');
        let where = {};
        if (isError && typeof error.stack === 'string') {
            for (const line of error.stack.split('\n').slice(1)) {
                for (const file of settings.files) {
                    const i = line.lastIndexOf(file + ':');
                    if (i === -1)
                        continue;
                    const m = /^(\d+):(\d+)/.exec(line.slice(i + file.length + 1));
                    if (m && where.file === undefined)
                        where = { file, line: Number(m[1]) };
                }
            }
        }
        return {
            name: isError ? String(error.name) : typeof error,
            message: isError ? String(error.message).slice(0, 300) : String(error).slice(0, 300),
            kvsMissingKey: error !== null && typeof error === 'object' && kvsErrors.has(error),
            denied: error !== null && typeof error === 'object' && deniedErrors.has(error),
            ...where,
        };
    }
    function settle(kind, value) {
        if (outcome !== null)
            return;
        waitingForCallback = false;
        if (kind === 'returned') {
            let json;
            try {
                json = value === undefined ? undefined : JSON.stringify(value);
            }
            catch (error) {
                outcome = { outcome: 'unserialisable', error: describe(error) };
                return;
            }
            outcome =
                json === undefined
                    ? { outcome: 'returned' }
                    : { outcome: 'returned', json: json.length > 8_000_000 ? json.slice(0, 8_000_000) : json };
        }
        else {
            outcome = { outcome: kind, error: describe(value) };
        }
    }
    hide('__run', (eventJson, watched) => {
        writes = [];
        calls = [];
        denied = [];
        kvsMissing = [];
        outcome = null;
        waitingForCallback = false;
        if (initError !== null) {
            outcome = { outcome: 'init-threw', error: describe(initError) };
            return;
        }
        if (typeof handler !== 'function') {
            outcome = { outcome: 'no-handler' };
            return;
        }
        const event = JSON.parse(eventJson);
        if (!watched) {
            // timing only
        }
        else if (lambda) {
            const cf = event.Records[0].cf;
            cf.request = track(cf.request, ['request']);
            if (cf.response)
                cf.response = track(cf.response, ['response']);
        }
        else {
            event.request = track(event.request, ['request']);
            if (event.response)
                event.response = track(event.response, ['response']);
        }
        const callback = (error, value) => (error ? settle('callback-error', error) : settle('returned', value));
        const context = {
            functionName: settings.functionName,
            functionVersion: '1',
            invokedFunctionArn: `arn:aws:lambda:us-east-1:123456789012:function:${settings.functionName}:1`,
            memoryLimitInMB: String(settings.memoryMb),
            awsRequestId: '8c9f2d3e-0000-4000-8000-000000000000',
            logGroupName: `/aws/lambda/us-east-1.${settings.functionName}`,
            callbackWaitsForEmptyEventLoop: true,
            getRemainingTimeInMillis: () => 1000,
            succeed: (value) => settle('returned', value),
            fail: (error) => settle('callback-error', error),
            done: callback,
        };
        let result;
        try {
            result = lambda ? handler(event, context, callback) : handler(event);
        }
        catch (error) {
            settle('threw', error);
            return;
        }
        if (result !== null && (typeof result === 'object' || typeof result === 'function') && typeof result.then === 'function') {
            result.then((value) => settle('returned', value), (error) => settle('rejected', error));
        }
        else if (!lambda) {
            settle('returned', result);
        }
        else if (outcome === null) {
            waitingForCallback = true;
        }
    });
    hide('__state', () => JSON.stringify({
        initDone,
        settled: outcome !== null,
        pendingTimers: Object.keys(timers).length,
        waitingForCallback,
    }));
    hide('__result', () => JSON.stringify({ ...(outcome ?? { outcome: 'pending' }), writes, calls, denied, kvsMissing, logCount }));
}

;// CONCATENATED MODULE: ./lib/edge-functions/sandbox/worker-main.js
/* eslint-disable
  @typescript-eslint/no-explicit-any,
  @typescript-eslint/no-unsafe-assignment,
  @typescript-eslint/no-unsafe-call,
  @typescript-eslint/no-unsafe-member-access,
  @typescript-eslint/no-unsafe-return,
  @typescript-eslint/no-unsafe-argument,
  @typescript-eslint/no-require-imports
  -- runs from its source text in another realm or thread: its values are untyped by nature */
/**
 * The worker's side: runs inside a worker thread started from this function's source text (so it works
 * the same from the TypeScript sources, the compiled files and the single bundled file). It builds a
 * node:vm context with no `require`, `process`, network or file system, no code generation from strings,
 * and its own microtask queue, so every entry into the function's code is bounded by the vm timeout.
 *
 * It must stay self-contained: no imports, no reference to anything outside its own body.
 */
function sandboxWorkerMain() {
    const vm = require('node:vm');
    const nodeCrypto = require('node:crypto');
    const { parentPort, workerData } = require('node:worker_threads');
    const job = workerData;
    const CF_ALGORITHMS = ['md5', 'sha1', 'sha256'];
    function hostHash(algorithm, keyBase64, dataBase64, encoding) {
        try {
            const name = String(algorithm).toLowerCase();
            if (job.cloudFrontFunction && !CF_ALGORITHMS.includes(name))
                return '!Digest method not supported';
            const hash = keyBase64 ? nodeCrypto.createHmac(name, Buffer.from(keyBase64, 'base64')) : nodeCrypto.createHash(name);
            hash.update(Buffer.from(dataBase64, 'base64'));
            const digest = hash.digest();
            const enc = ['hex', 'base64', 'base64url', 'latin1', 'binary'].includes(encoding) ? encoding : 'base64';
            return '=' + digest.toString(enc);
        }
        catch {
            return '!Digest method not supported';
        }
    }
    function hostRandom(bytes) {
        try {
            return nodeCrypto.randomBytes(Math.max(0, Math.min(65536, Number(bytes) | 0))).toString('base64');
        }
        catch {
            return '';
        }
    }
    let context = null;
    let loadError = null;
    const hostTimers = new Map();
    let timerFired = null;
    const firedIds = [];
    function hostTimer(id, ms) {
        try {
            const key = Number(id);
            clearTimeout(hostTimers.get(key));
            hostTimers.delete(key);
            if (Number(ms) < 0)
                return;
            hostTimers.set(key, setTimeout(() => {
                hostTimers.delete(key);
                firedIds.push(key);
                if (timerFired)
                    timerFired();
            }, Math.min(Number(ms), 2_147_483_647)));
        }
        catch {
            // never throw into the sandbox
        }
    }
    const stateScript = new vm.Script('__state()');
    const resultScript = new vm.Script('__result()');
    const runScript = new vm.Script('__run(globalThis.__eventJson, true)');
    /** Timing runs leave the event unwatched: the watch costs more than a small function. */
    const timedRunScript = new vm.Script('__run(globalThis.__eventJson, false)');
    const emptyScript = new vm.Script('void 0');
    function enter(script, timeoutMs) {
        return script.runInContext(context, { timeout: Math.max(1, Math.ceil(timeoutMs)), breakOnSigint: false });
    }
    function describeHostError(error) {
        const match = typeof error?.stack === 'string' ? /:(\d+)\s*$/m.exec(String(error.stack).split('\n')[0] ?? '') : null;
        return {
            name: String(error?.name ?? 'Error'),
            message: String(error?.message ?? error).slice(0, 300),
            line: match ? Number(match[1]) : undefined,
        };
    }
    function load() {
        for (const id of hostTimers.keys())
            clearTimeout(hostTimers.get(id));
        hostTimers.clear();
        firedIds.length = 0;
        loadError = null;
        context = vm.createContext(Object.create(null), {
            name: 'edge-function',
            codeGeneration: { strings: false, wasm: false },
            microtaskMode: 'afterEvaluate',
        });
        const prelude = new vm.Script(job.prelude, { filename: 'edge-sandbox.js' }).runInContext(context);
        prelude(job.settings, hostHash, hostRandom, hostTimer);
        try {
            for (const script of job.scripts) {
                const compiled = new vm.Script(script.code, { filename: script.filename, lineOffset: script.lineOffset });
                enter(compiled, job.loadTimeoutMs);
            }
            if (!job.cloudFrontFunction)
                enter(new vm.Script(`__start(${JSON.stringify(job.mainId)})`), job.loadTimeoutMs);
        }
        catch (error) {
            loadError = error?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT' ? { timeout: true } : describeHostError(error);
        }
    }
    /** Lets the sandbox's timers fire until it settles, nothing is left to run, or the deadline passes. */
    async function drive(deadline, done) {
        for (;;) {
            if (done())
                return 'done';
            if (hostTimers.size === 0 && firedIds.length === 0)
                return 'idle';
            const left = deadline - Date.now();
            if (left <= 0)
                return 'timeout';
            if (firedIds.length === 0) {
                await new Promise((resolve) => {
                    const guard = setTimeout(resolve, left);
                    timerFired = () => {
                        clearTimeout(guard);
                        resolve();
                    };
                });
                timerFired = null;
            }
            const id = firedIds.shift();
            if (id === undefined)
                continue;
            try {
                enter(new vm.Script(`__fire(${id})`), Math.max(1, deadline - Date.now()));
            }
            catch (error) {
                if (error?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT')
                    return 'timeout';
                throw error;
            }
        }
    }
    /** What entering the context costs with nothing to run (the vm's watchdog): not the function's time. */
    function entryCostMs(timeoutMs) {
        let best = Infinity;
        for (let i = 0; i < 3; i++) {
            const started = process.hrtime.bigint();
            enter(emptyScript, timeoutMs);
            best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6);
        }
        return best;
    }
    const state = () => JSON.parse(enter(stateScript, 1000));
    async function runOnce(eventJson, timeoutMs, watched) {
        const deadline = Date.now() + timeoutMs;
        if (loadError)
            return loadError.timeout ? { outcome: 'timeout', phase: 'init' } : { outcome: 'init-threw', error: loadError };
        if (!state().initDone) {
            const init = await drive(deadline, () => state().initDone);
            if (init !== 'done')
                return { outcome: init === 'timeout' ? 'timeout' : 'never-settles', phase: 'init' };
        }
        context.__eventJson = eventJson;
        const started = process.hrtime.bigint();
        try {
            enter(watched ? runScript : timedRunScript, timeoutMs);
        }
        catch (error) {
            if (error?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT')
                return { outcome: 'timeout', elapsedMs: timeoutMs };
            return { outcome: 'threw', error: describeHostError(error) };
        }
        const syncMs = Math.max(0, Number(process.hrtime.bigint() - started) / 1e6 - entryCostMs(timeoutMs));
        const driven = await drive(deadline, () => state().settled);
        const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
        if (driven === 'timeout')
            return { outcome: 'timeout', elapsedMs };
        if (driven === 'idle') {
            const s = state();
            return { outcome: s.waitingForCallback ? 'returned-without-callback' : 'never-settles', elapsedMs };
        }
        return { ...JSON.parse(enter(resultScript, 1000)), syncMs, elapsedMs };
    }
    parentPort.on('message', async (message) => {
        try {
            if (context === null || message.fresh)
                load();
            const first = await runOnce(message.eventJson, message.timeoutMs, true);
            const durations = [];
            // A compute budget is judged on the fastest of a few runs in the same context: the first pays for compiling.
            // A busy machine slows some runs: more are tried until one is clearly fast, or the tries run out.
            for (let i = 1; i < message.repeats && first.outcome === 'returned'; i++) {
                const again = await runOnce(message.eventJson, message.timeoutMs, false);
                if (typeof again.syncMs === 'number')
                    durations.push(again.syncMs);
                if (i >= 3 && Math.min(...durations) < message.enoughMs)
                    break;
            }
            parentPort.postMessage({ ...first, durationsMs: durations.filter((d) => typeof d === 'number') });
        }
        catch (error) {
            parentPort.postMessage({ outcome: 'host-error', error: describeHostError(error) });
        }
    });
    parentPort.postMessage({ ready: true });
}

;// CONCATENATED MODULE: ./lib/edge-functions/sandbox/host.js
/**
 * The host's side of the sandbox: one worker thread per function, with memory limits, fed one request at
 * a time; a worker that outlives its request's budget (a loop the vm timeout could not stop) is
 * terminated. The worker runs from source text (`eval`), so no separate file has to be found at run
 * time, from the sources or from the bundle.
 */



/**
 * Some TypeScript loaders wrap named functions in a `__name(fn, "name")` helper of the module; the text
 * runs away from its module, so it brings a harmless one.
 */
const NAME_HELPER = 'var __name = function (target, value) { try { Object.defineProperty(target, "name", ' +
    '{ value: value, configurable: true }) } catch (e) {} return target };';
const WORKER_SOURCE = `${NAME_HELPER}(${sandboxWorkerMain.toString()})()`;
const PRELUDE_SOURCE = `(function () { ${NAME_HELPER} return (${sandboxPrelude.toString()}) })()`;
/** Time for the worker to answer after the vm's own timeout should have fired. */
const GRACE_MS = 2000;
class SandboxSession {
    job;
    worker = null;
    ready = null;
    pending = null;
    exitOutcome = null;
    constructor(job) {
        this.job = job;
    }
    start() {
        const worker = new external_node_worker_threads_.Worker(WORKER_SOURCE, {
            eval: true,
            workerData: {
                prelude: PRELUDE_SOURCE,
                settings: JSON.stringify(this.job.settings),
                cloudFrontFunction: this.job.settings.kind === 'cloudfront-function',
                scripts: this.job.scripts,
                mainId: this.job.mainId,
                loadTimeoutMs: this.job.loadTimeoutMs,
            },
            resourceLimits: { maxOldGenerationSizeMb: this.job.memoryMb, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 },
            // The function's console goes nowhere: the sandbox counts its lines instead.
            stdout: true,
            stderr: true,
            env: {},
        });
        worker.stdout.resume();
        worker.stderr.resume();
        this.worker = worker;
        return new Promise((resolve) => {
            worker.once('message', () => resolve());
            worker.on('message', (message) => {
                if (message.ready)
                    return;
                const pending = this.pending;
                this.pending = null;
                pending?.resolve(message);
            });
            worker.on('error', (error) => {
                this.exitOutcome =
                    error.code === 'ERR_WORKER_OUT_OF_MEMORY'
                        ? { outcome: 'out-of-memory' }
                        : { outcome: 'host-error', error: { name: error.name, message: error.message } };
            });
            worker.on('exit', () => {
                this.worker = null;
                resolve();
                const pending = this.pending;
                this.pending = null;
                pending?.resolve(this.exitOutcome ?? { outcome: 'host-error', error: { name: 'Error', message: 'worker exited' } });
            });
        });
    }
    /** Runs one request; `deadlineMs` bounds the whole exchange, after which the worker is ended. */
    async run(request, deadlineMs) {
        if (this.worker === null) {
            this.exitOutcome = null;
            this.ready = this.start();
        }
        await this.ready;
        const worker = this.worker;
        if (worker === null)
            return this.exitOutcome ?? { outcome: 'host-error', error: { name: 'Error', message: 'worker did not start' } };
        let timer;
        const answer = new Promise((resolve) => {
            this.pending = { resolve };
            timer = setTimeout(() => {
                this.exitOutcome = { outcome: 'timeout', elapsedMs: deadlineMs };
                void worker.terminate();
            }, deadlineMs + GRACE_MS);
        });
        worker.postMessage(request);
        try {
            return await answer;
        }
        finally {
            clearTimeout(timer);
        }
    }
    async close() {
        const worker = this.worker;
        this.worker = null;
        if (worker)
            await worker.terminate();
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/acorn/dist/acorn.mjs
var acorn = __webpack_require__(4559);
;// CONCATENATED MODULE: ./lib/edge-functions/ast.js
/** Parsing function code with acorn, and a walk over its syntax tree. */

/** Parses at the newest language level: what a runtime lacks is judged on the tree, at its line. */
function parseCode(source, sourceType) {
    try {
        const program = (0,acorn/* parse */.qg)(source, {
            ecmaVersion: 'latest',
            sourceType,
            locations: true,
            allowHashBang: true,
            allowAwaitOutsideFunction: sourceType === 'module',
        });
        return { ok: true, program, sourceType };
    }
    catch (error) {
        const loc = error.loc;
        // acorn appends "(line:column)"; the location is kept apart.
        const message = error instanceof Error ? error.message.replace(/\s*\(\d+:\d+\)$/, '') : String(error);
        return { ok: false, line: loc?.line ?? 1, column: loc?.column ?? 0, message };
    }
}
/** Node.js reads `.mjs` as a module and `.cjs` as CommonJS; `.js` is CommonJS unless it only parses as a module. */
function parseNodeCode(source, file) {
    if (file.endsWith('.mjs'))
        return parseCode(source, 'module');
    const script = parseCode(source, 'script');
    if (script.ok || file.endsWith('.cjs'))
        return script;
    const module = parseCode(source, 'module');
    return module.ok ? module : script;
}
/** Visits every node depth-first with its ancestors (nearest last). */
function walk(root, visit) {
    const ancestors = [];
    const step = (node) => {
        visit(node, ancestors);
        ancestors.push(node);
        for (const key of Object.keys(node)) {
            if (key === 'loc')
                continue;
            const value = node[key];
            if (Array.isArray(value)) {
                for (const item of value)
                    if (isNode(item))
                        step(item);
            }
            else if (isNode(value)) {
                step(value);
            }
        }
        ancestors.pop();
    };
    step(root);
}
function isNode(value) {
    return typeof value === 'object' && value !== null && typeof value.type === 'string';
}
function lineOf(node) {
    return node.loc?.start.line ?? 1;
}
/** Every name the code declares anywhere: a global it shadows is not the runtime's. */
function declaredNames(program) {
    const names = new Set();
    const addPattern = (pattern) => {
        if (!isNode(pattern))
            return;
        walk(pattern, (node, ancestors) => {
            const parent = ancestors[ancestors.length - 1];
            if (node.type !== 'Identifier')
                return;
            // `{ a: b }` declares b, not a; default values are expressions, not names.
            if (parent?.type === 'Property' && parent['key'] === node && parent['value'] !== node)
                return;
            if (parent?.type === 'AssignmentPattern' && parent['right'] === node)
                return;
            if (parent?.type === 'MemberExpression')
                return;
            names.add(node['name']);
        });
    };
    walk(program, (node) => {
        if (node.type === 'VariableDeclarator')
            addPattern(node['id']);
        else if (node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression') {
            if (node.type === 'FunctionDeclaration')
                addPattern(node['id']);
            for (const param of node['params'])
                addPattern(param);
        }
        else if (node.type === 'ClassDeclaration')
            addPattern(node['id']);
        else if (node.type === 'CatchClause')
            addPattern(node['param']);
        else if (node.type === 'ImportSpecifier' || node.type === 'ImportDefaultSpecifier' || node.type === 'ImportNamespaceSpecifier')
            addPattern(node['local']);
    });
    return names;
}

;// CONCATENATED MODULE: ./lib/edge-functions/sandbox/rewrite.js

/** A JavaScript identifier the wrapper may name (the configured handler). */
function isIdentifier(name) {
    return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name);
}
function str(value) {
    return JSON.stringify(value);
}
function moduleEdits(source, program) {
    const edits = [];
    const exported = [];
    for (const statement of program.body) {
        if (statement.type === 'ImportDeclaration') {
            const from = str(String(statement['source']['value']));
            const parts = statement['specifiers'].map((s) => {
                const local = s['local']['name'];
                if (s.type === 'ImportDefaultSpecifier')
                    return `${local} = __defaultOf(require(${from}))`;
                if (s.type === 'ImportNamespaceSpecifier')
                    return `${local} = require(${from})`;
                const imported = s['imported'];
                const name = imported.type === 'Identifier' ? imported['name'] : String(imported['value']);
                return name === 'default' ? `${local} = __defaultOf(require(${from}))` : `${local} = require(${from})[${str(name)}]`;
            });
            edits.push({ start: statement.start, end: statement.end, text: parts.length > 0 ? `var ${parts.join(', ')};` : `require(${from});` });
        }
        else if (statement.type === 'ExportNamedDeclaration') {
            const declaration = statement['declaration'];
            if (declaration) {
                // `export const handler = ...`: keep the declaration, assign the export at the end.
                edits.push({ start: statement.start, end: declaration.start, text: '' });
                for (const name of declaredBy(declaration))
                    exported.push([name, name]);
            }
            else {
                const from = statement['source'];
                const assignments = statement['specifiers'].map((s) => {
                    const local = nameOf(s['local']);
                    const as = nameOf(s['exported']);
                    return from ? `exports[${str(as)}] = require(${str(String(from['value']))})[${str(local)}];` : (exported.push([as, local]), '');
                });
                edits.push({ start: statement.start, end: statement.end, text: assignments.join(' ') });
            }
        }
        else if (statement.type === 'ExportDefaultDeclaration') {
            const declaration = statement['declaration'];
            const id = declaration['id'];
            if ((declaration.type === 'FunctionDeclaration' || declaration.type === 'ClassDeclaration') && id) {
                edits.push({ start: statement.start, end: declaration.start, text: '' });
                exported.push(['default', id['name']]);
            }
            else {
                edits.push({ start: statement.start, end: declaration.start, text: 'exports.default = ' });
            }
        }
        else if (statement.type === 'ExportAllDeclaration') {
            edits.push({
                start: statement.start,
                end: statement.end,
                text: `Object.assign(exports, require(${str(String(statement['source']['value']))}));`,
            });
        }
    }
    walk(program, (node) => {
        // `import(x)`: the keyword alone is replaced, so the call keeps its arguments and line.
        if (node.type === 'ImportExpression')
            edits.push({ start: node.start, end: node.start + 'import'.length, text: '__import' });
    });
    void source;
    return { edits, exported };
}
function nameOf(node) {
    return node.type === 'Identifier' ? node['name'] : String(node['value']);
}
function declaredBy(declaration) {
    if (declaration.type === 'VariableDeclaration') {
        const names = [];
        for (const d of declaration['declarations']) {
            walk(d['id'], (n, ancestors) => {
                const parent = ancestors[ancestors.length - 1];
                if (n.type !== 'Identifier')
                    return;
                if (parent?.type === 'Property' && parent['key'] === n && parent['value'] !== n)
                    return;
                if (parent?.type === 'AssignmentPattern' && parent['right'] === n)
                    return;
                names.push(n['name']);
            });
        }
        return names;
    }
    const id = declaration['id'];
    return id ? [id['name']] : [];
}
function applyEdits(source, edits) {
    let out = '';
    let at = 0;
    for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
        if (edit.start < at)
            continue;
        const replaced = source.slice(edit.start, edit.end);
        const lines = (replaced.match(/\n/g) ?? []).length - (edit.text.match(/\n/g) ?? []).length;
        out += source.slice(at, edit.start) + edit.text + '\n'.repeat(Math.max(0, lines));
        at = edit.end;
    }
    return out + source.slice(at);
}
/**
 * CloudFront Function: `__boot(function (require, __import) { ...code...; return handler })`.
 * The engine runs every function in strict mode.
 */
function cloudFrontFunctionScript(source, program, handler) {
    const { edits } = moduleEdits(source, program);
    const body = applyEdits(source, edits);
    return `__boot(function (require, __import) {'use strict';${body}\n;return typeof ${handler} === 'function' ? ${handler} : undefined;\n})`;
}
/** Lambda@Edge (and each file it requires): a CommonJS module; an ES module runs strict and may await at its top. */
function nodeModuleScript(source, program, sourceType, id) {
    const params = 'exports, require, module, __filename, __dirname, __import';
    // A `#!` line is not JavaScript inside a function: blank it, keeping its line.
    const text = source.startsWith('#!') ? source.replace(/^#![^\n]*/, '') : source;
    if (sourceType === 'script')
        return `__define(${str(id)}, function (${params}) {${text}\n})`;
    const { edits, exported } = moduleEdits(text, program);
    const tail = exported.map(([as, local]) => `exports[${str(as)}] = ${local};`).join(' ');
    return `__define(${str(id)}, async function (${params}) {'use strict';${applyEdits(text, edits)}\n;${tail}\n})`;
}

;// CONCATENATED MODULE: ./lib/edge-functions/sandbox/prepare.js
/**
 * From a function's source to the scripts its sandbox runs. A Lambda@Edge function brings the files it
 * requires by relative path (read here, bounded): the sandbox has no file system of its own.
 */






const MAX_MODULES = 200;
const MAX_MODULE_BYTES = 20 * 1024 * 1024;
function cloudFrontFunctionScripts(source, program, handler, file, codeLine) {
    return [{ code: cloudFrontFunctionScript(source, program, handler), filename: file, lineOffset: codeLine - 1 }];
}
/** Relative specifiers a module names with a literal: `require('./x')`, `import ... from '../y'`, `import('./z')`. */
function relativeSpecifiers(program) {
    const found = [];
    walk(program, (node) => {
        let source;
        if (node.type === 'CallExpression' &&
            node['callee'].type === 'Identifier' &&
            node['callee']['name'] === 'require') {
            source = node['arguments'][0];
        }
        else if (node.type === 'ImportDeclaration' ||
            node.type === 'ExportAllDeclaration' ||
            node.type === 'ImportExpression' ||
            node.type === 'ExportNamedDeclaration') {
            source = node['source'] ?? undefined;
        }
        const value = source?.type === 'Literal' ? source['value'] : undefined;
        if (typeof value === 'string' && (value.startsWith('./') || value.startsWith('../')))
            found.push(value);
    });
    return found;
}
function locate(absolute) {
    for (const candidate of [
        absolute,
        `${absolute}.js`,
        `${absolute}.cjs`,
        `${absolute}.mjs`,
        `${absolute}.json`,
        external_node_path_.join(absolute, 'index.js'),
    ]) {
        if ((0,external_node_fs_.existsSync)(candidate) && (0,external_node_fs_.statSync)(candidate).isFile())
            return candidate;
    }
    return null;
}
/** The folder `displayFile` (the main file as reports show it, from the repository root) is relative to. */
function repositoryRootOf(mainPath, displayFile) {
    const absolute = external_node_path_.resolve(mainPath);
    const shown = external_node_path_.normalize(displayFile);
    return !external_node_path_.isAbsolute(shown) && !shown.startsWith('..') && absolute.endsWith(external_node_path_.sep + shown)
        ? absolute.slice(0, absolute.length - shown.length - 1)
        : external_node_path_.dirname(absolute);
}
/**
 * The main module and every file it reaches by relative path. `displayFile` is the main file as reports
 * show it; the others are named relative to it the same way.
 */
function nodeModuleScripts(main, mainPath, displayFile, codeLine, functionName) {
    const scripts = [
        { code: nodeModuleScript(main.source, main.program, main.sourceType, displayFile), filename: displayFile, lineOffset: codeLine - 1 },
    ];
    const files = [displayFile];
    const findings = [];
    if (mainPath === undefined)
        return { scripts, files, findings };
    let bytes = 0;
    const queue = [
        { program: main.program, absolute: mainPath, display: displayFile },
    ];
    const seen = new Set([external_node_path_.resolve(mainPath)]);
    const repository = new repository_files/* RepositoryFiles */.Y(repositoryRootOf(mainPath, displayFile));
    while (queue.length > 0 && files.length < MAX_MODULES) {
        const current = queue.shift();
        for (const spec of relativeSpecifiers(current.program)) {
            const found = locate(external_node_path_.resolve(external_node_path_.dirname(current.absolute), spec));
            if (found === null || seen.has(found))
                continue;
            seen.add(found);
            // Only the repository's own files, whatever `../` or a link says: a module left out fails to load when required.
            if (repository.place(found).kind !== 'file')
                continue;
            // Regular files only, never blocking, within what is left of the budget.
            const read = (0,read_regular_file/* readBounded */.C)(found, MAX_MODULE_BYTES - bytes);
            if (!('bytes' in read)) {
                if (read.refused === 'too-large')
                    return { scripts, files, findings };
                continue;
            }
            const source = read.bytes.toString('utf8');
            bytes += read.bytes.length;
            const display = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(current.display), external_node_path_.relative(external_node_path_.dirname(current.absolute), found).split(external_node_path_.sep).join('/')));
            files.push(display);
            if (found.endsWith('.json')) {
                scripts.push({
                    code: `__define(${JSON.stringify(display)}, function (exports, require, module) {
  module.exports = JSON.parse(${JSON.stringify(source)}) })`,
                    filename: display,
                    lineOffset: 0,
                });
                continue;
            }
            const parsed = parseNodeCode(source, found);
            if (!parsed.ok) {
                findings.push({
                    code: 'EDGE_FUNCTION_SYNTAX',
                    function: functionName,
                    file: display,
                    line: parsed.line,
                    details: { runtime: 'nodejs', rule: 'parse', subject: parsed.message, column: parsed.column + 1, parser: parsed.message },
                });
                continue;
            }
            scripts.push({ code: nodeModuleScript(source, parsed.program, parsed.sourceType, display), filename: display, lineOffset: 0 });
            queue.push({ program: parsed.program, absolute: found, display });
        }
    }
    return { scripts, files, findings };
}

;// CONCATENATED MODULE: ./lib/edge-functions/site.js

/** The line that defines the handler: `function handler`, `var handler =`, `exports.handler =`, `export const handler`. */
function handlerLine(program, name) {
    let found = null;
    walk(program, (node) => {
        if (found !== null)
            return;
        const id = node['id'];
        if ((node.type === 'FunctionDeclaration' || node.type === 'VariableDeclarator') && id?.type === 'Identifier' && id['name'] === name)
            found = lineOf(node);
        if (node.type === 'AssignmentExpression') {
            const left = node['left'];
            const property = left['property'];
            if (left.type === 'MemberExpression' && property && (property['name'] === name || property['value'] === name))
                found = lineOf(node);
        }
    });
    return found;
}
/** Lower-cased string literals, property keys and property names, each at its first line. */
function spellings(program, file, codeLine) {
    const map = new Map();
    const add = (text, node) => {
        if (typeof text !== 'string' || text.length > 100)
            return;
        const key = text.toLowerCase();
        if (!map.has(key))
            map.set(key, { file, line: codeLine + lineOf(node) - 1 });
    };
    walk(program, (node) => {
        if (node.type === 'Literal')
            add(node['value'], node);
        else if (node.type === 'Property' && node['key'].type === 'Identifier')
            add(node['key']['name'], node);
        else if (node.type === 'MemberExpression' && node['computed'] !== true)
            add(node['property']['name'], node);
    });
    return map;
}

;// CONCATENATED MODULE: ./lib/edge-functions/syntax.js

/** CloudFront Functions quota: the function code, at most 10 KB. */
const CLOUDFRONT_FUNCTION_MAX_BYTES = 10_240;
const MODULES = {
    'cloudfront-js-1.0': ['crypto', 'querystring'],
    'cloudfront-js-2.0': ['crypto', 'querystring', 'cloudfront'],
};
/** Globals neither runtime has: dynamic code, timers, network. */
const MISSING_GLOBALS = {
    eval: 'eval',
    Function: 'function-constructor',
    setTimeout: 'timers',
    setInterval: 'timers',
    setImmediate: 'timers',
    clearTimeout: 'timers',
    clearInterval: 'timers',
    queueMicrotask: 'timers',
    fetch: 'network',
    XMLHttpRequest: 'network',
    WebSocket: 'network',
};
function checkCloudFrontFunctionSyntax(source, runtime, site) {
    const findings = [];
    const at = (line, details, code = 'EDGE_FUNCTION_SYNTAX') => findings.push({ code, function: site.name, file: site.file, line: site.codeLine + line - 1, details: { runtime, ...details } });
    const bytes = Buffer.byteLength(source, 'utf8');
    if (bytes > CLOUDFRONT_FUNCTION_MAX_BYTES)
        at(1, { rule: 'code-size', subject: bytes, bytes, limit: CLOUDFRONT_FUNCTION_MAX_BYTES });
    // The engine runs every function in strict mode, which is how a module parses.
    const parsed = parseCode(source, 'module');
    if (!parsed.ok) {
        at(parsed.line, { rule: 'parse', subject: parsed.message, column: parsed.column + 1, parser: parsed.message });
        return { parsed, findings };
    }
    const program = parsed.program;
    const declared = declaredNames(program);
    const v1 = runtime === 'cloudfront-js-1.0';
    const feature = (node, name) => at(lineOf(node), { rule: 'unsupported-syntax', subject: name, feature: name });
    walk(program, (node, ancestors) => {
        const parent = ancestors[ancestors.length - 1];
        switch (node.type) {
            case 'VariableDeclaration':
                if (v1 && node['kind'] !== 'var')
                    feature(node, node['kind']);
                break;
            case 'FunctionDeclaration':
            case 'FunctionExpression':
            case 'ArrowFunctionExpression':
                if (node['generator'] === true)
                    feature(node, 'generator');
                if (v1 && node['async'] === true)
                    feature(node, 'async');
                break;
            case 'AwaitExpression':
                if (v1)
                    feature(node, 'await');
                else if (!ancestors.some((a) => isFunction(a)))
                    feature(node, 'top-level-await');
                break;
            case 'ClassDeclaration':
            case 'ClassExpression':
                feature(node, 'class');
                break;
            case 'ImportExpression':
                feature(node, 'dynamic-import');
                break;
            case 'ImportDeclaration': {
                const from = String(node['source']['value']);
                if (v1)
                    feature(node, 'import');
                else if (!MODULES[runtime].includes(from))
                    at(lineOf(node), { rule: 'unsupported-module', subject: from, module: from });
                break;
            }
            case 'CallExpression':
            case 'NewExpression': {
                const callee = node['callee'];
                if (callee.type !== 'Identifier')
                    break;
                const name = callee['name'];
                if (name === 'require' && !declared.has('require')) {
                    const arg = node['arguments'][0];
                    const module = arg?.type === 'Literal' && typeof arg['value'] === 'string' ? arg['value'] : null;
                    if (module === null)
                        at(lineOf(node), { rule: 'dynamic-require', subject: 'require' });
                    else if (!MODULES[runtime].includes(module))
                        at(lineOf(node), { rule: 'unsupported-module', subject: module, module });
                }
                break;
            }
            case 'Identifier': {
                const name = node['name'];
                if (!isReference(node, parent) || declared.has(name))
                    break;
                // `typeof setTimeout` guards code shared with other runtimes; `x instanceof Function` builds nothing.
                if (parent?.type === 'UnaryExpression' && parent['operator'] === 'typeof')
                    break;
                if (name === 'Function' && !((parent?.type === 'CallExpression' || parent?.type === 'NewExpression') && parent['callee'] === node))
                    break;
                const missing = MISSING_GLOBALS[name];
                if (missing !== undefined)
                    at(lineOf(node), { rule: 'unsupported-api', subject: name, api: name, group: missing });
                else if (v1 && name === 'Buffer')
                    at(lineOf(node), { rule: 'unsupported-api', subject: name, api: name, group: 'buffer' });
                break;
            }
            case 'MemberExpression':
                if (usesLambdaHeaderShape(node))
                    at(lineOf(node), { rule: 'lambda-edge-header-shape', subject: 'headers[name][0].value' }, 'EDGE_FUNCTION_SUSPICIOUS');
                break;
        }
    });
    return { parsed, findings };
}
/** Lambda@Edge runs Node.js: only code Node.js cannot parse fails (every request, with 503). */
function checkLambdaEdgeSyntax(source, site) {
    const parsed = parseNodeCode(source, site.file);
    const findings = [];
    if (!parsed.ok) {
        findings.push({
            code: 'EDGE_FUNCTION_SYNTAX',
            function: site.name,
            file: site.file,
            line: site.codeLine + parsed.line - 1,
            details: { runtime: 'nodejs', rule: 'parse', subject: parsed.message, column: parsed.column + 1, parser: parsed.message },
        });
    }
    return { parsed, findings };
}
function isFunction(node) {
    return node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression';
}
/** An identifier read as a variable, not a property name or a label. */
function isReference(node, parent) {
    if (!parent)
        return true;
    if (parent.type === 'MemberExpression' && parent['property'] === node && parent['computed'] !== true)
        return false;
    if ((parent.type === 'Property' || parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition') &&
        parent['key'] === node &&
        parent['computed'] !== true) {
        return parent.type === 'Property' && parent['shorthand'] === true;
    }
    if (parent.type === 'LabeledStatement' || parent.type === 'BreakStatement' || parent.type === 'ContinueStatement')
        return false;
    return true;
}
/** `headers[name][0].value` or `headers.host[0].value`: CloudFront Functions headers are `{value}`, not lists. */
function usesLambdaHeaderShape(node) {
    const property = node['property'];
    if (node['computed'] === true || property.type !== 'Identifier' || property['name'] !== 'value')
        return false;
    const indexed = node['object'];
    if (indexed.type !== 'MemberExpression' || indexed['computed'] !== true)
        return false;
    const index = indexed['property'];
    if (index.type !== 'Literal' || index['value'] !== 0)
        return false;
    const header = indexed['object'];
    if (header.type !== 'MemberExpression')
        return false;
    const headers = header['object'];
    const name = headers.type === 'Identifier'
        ? headers['name']
        : headers.type === 'MemberExpression' && headers['computed'] !== true
            ? headers['property']['name']
            : undefined;
    return name === 'headers';
}

;// CONCATENATED MODULE: ./lib/edge-functions/check.js











const VIEWER_LIMIT_MS = 5000;
const ORIGIN_LIMIT_MS = 30_000;
/** A CloudFront Function is stopped after this many times its compute budget. */
const COMPUTE_STOP_FACTOR = 100;
/** Timing runs of a CloudFront Function at most: a loaded machine needs more to see one unhurried run. */
const TIMING_RUNS = 30;
async function checkEdgeFunctions(declarations, options = {}) {
    const results = [];
    // One at a time: each runs in its own worker, and the machine's cores are shared.
    for (const declaration of declarations)
        results.push(await checkEdgeFunction(declaration, options));
    return results;
}
async function checkEdgeFunction(declaration, options = {}) {
    const handler = declaration.handler ?? 'handler';
    const codeLine = declaration.codeLine ?? 1;
    const result = {
        name: declaration.name,
        kind: declaration.kind,
        file: declaration.file,
        line: codeLine,
        events: declaration.events,
        requestsRun: 0,
        findings: checkDeployRules(declaration),
    };
    if (declaration.kind === 'cloudfront-function')
        result.runtime = declaration.runtime ?? 'cloudfront-js-2.0';
    const source = readSource(declaration);
    if (source === null) {
        if (declaration.declaredAt)
            Object.assign(result, { file: declaration.declaredAt.file, line: declaration.declaredAt.line });
        result.findings.push({
            code: 'EDGE_FUNCTION_UNCHECKED',
            function: declaration.name,
            file: declaration.declaredAt?.file ?? declaration.file,
            line: declaration.declaredAt?.line ?? 1,
            details: declaration.codeElsewhere !== undefined
                ? { capability: 'code', api: declaration.codeElsewhere, request: 'none' }
                : { capability: 'source', api: declaration.file, request: 'none' },
        });
        return result;
    }
    const checked = await checkCode(declaration, source, handler, codeLine, result, options);
    // Code written on one line of its file (a JSON string) has that line for every line of its own.
    if (declaration.codeOnOneLine) {
        for (const finding of checked.findings)
            if (finding.file === declaration.file && finding.code !== 'EDGE_FUNCTION_DEPLOY_RULE')
                finding.line = codeLine;
        checked.line = codeLine;
    }
    return checked;
}
async function checkCode(declaration, source, handler, codeLine, result, options) {
    const site = { name: declaration.name, file: declaration.file, codeLine };
    const syntax = declaration.kind === 'cloudfront-function'
        ? checkCloudFrontFunctionSyntax(source, result.runtime, site)
        : checkLambdaEdgeSyntax(source, site);
    result.findings.push(...syntax.findings);
    if (!syntax.parsed.ok)
        return result;
    const program = syntax.parsed.program;
    const line = handlerLine(program, handler);
    if (line !== null)
        result.line = codeLine + line - 1;
    if (options.staticOnly || !isIdentifier(handler))
        return result;
    const job = sandboxJob(declaration, source, program, syntax.parsed.sourceType, handler, result.findings);
    const functionSite = {
        name: declaration.name,
        kind: declaration.kind,
        file: declaration.file,
        handlerName: handler,
        handlerLine: result.line,
        spelled: spellings(program, declaration.file, codeLine),
        includeBody: declaration.includeBody === true,
    };
    const session = new SandboxSession(job);
    const drafts = [];
    try {
        run: for (const event of declaration.events) {
            const budget = budgetFor(declaration, event, options);
            for (const request of requestsFor(event, declaration.requests ?? [])) {
                const input = declaration.kind === 'lambda-edge'
                    ? lambdaEdgeEvent(event, request, declaration.includeBody === true)
                    : cloudFrontFunctionEvent(event, request);
                const cf = declaration.kind === 'cloudfront-function';
                const enoughMs = (budget.computeMs ?? 0) * 0.35;
                const sandboxRequest = {
                    eventJson: JSON.stringify(input),
                    timeoutMs: budget.timeMs,
                    repeats: cf ? TIMING_RUNS : 1,
                    enoughMs,
                    fresh: cf,
                };
                let outcome = await session.run(sandboxRequest, budget.timeMs);
                // A worker that could not start or died without an answer is the machine's fault (a loaded host),
                // not the function's: once more on a fresh worker before it is reported.
                if (outcome.outcome === 'host-error')
                    outcome = await session.run(sandboxRequest, budget.timeMs);
                result.requestsRun++;
                drafts.push(...judgeOutcome(functionSite, event, request.name, input, outcome, budget).findings);
                // A function that cannot start, or outlived its budget, would do the same on every request.
                if (['init-threw', 'no-handler', 'timeout', 'out-of-memory', 'host-error'].includes(outcome.outcome))
                    break run;
            }
        }
    }
    finally {
        await session.close();
    }
    result.findings.push(...mergeByRequest(drafts));
    return result;
}
function readSource(declaration) {
    if (declaration.code !== undefined)
        return declaration.code;
    if (declaration.path === undefined)
        return null;
    // Regular files only, never blocking, bounded: what cannot be read so is code the gate cannot check.
    const read = (0,read_regular_file/* readBounded */.C)(declaration.path, repository_files/* MAX_CODE_FILE_BYTES */.e);
    return 'bytes' in read ? read.bytes.toString('utf8') : null;
}
function budgetFor(declaration, event, options) {
    if (declaration.kind === 'cloudfront-function') {
        const computeMs = options.computeBudgetMs ?? 1;
        return { computeMs, timeMs: Math.max(100, computeMs * COMPUTE_STOP_FACTOR), edgeLimitMs: 1 };
    }
    const edgeLimit = event.startsWith('viewer-') ? VIEWER_LIMIT_MS : ORIGIN_LIMIT_MS;
    const configured = declaration.lambda?.timeoutSeconds;
    const edgeLimitMs = configured !== undefined ? Math.min(edgeLimit, configured * 1000) : edgeLimit;
    return { timeMs: Math.max(50, Math.round(edgeLimitMs * (options.timeScale ?? 1))), edgeLimitMs };
}
function sandboxJob(declaration, source, program, sourceType, handler, findings) {
    const codeLine = declaration.codeLine ?? 1;
    const settings = {
        kind: declaration.kind,
        runtime: declaration.kind === 'cloudfront-function' ? (declaration.runtime ?? 'cloudfront-js-2.0') : 'nodejs',
        files: [declaration.file],
        handler,
        kvs: declaration.keyValueStore ? { ...declaration.keyValueStore } : null,
        functionName: declaration.name.replace(/[^A-Za-z0-9_-]/g, '-'),
        memoryMb: declaration.lambda?.memoryMb ?? 128,
    };
    if (declaration.kind === 'cloudfront-function') {
        return {
            settings,
            scripts: cloudFrontFunctionScripts(source, program, handler, declaration.file, codeLine),
            mainId: declaration.file,
            memoryMb: 32,
            loadTimeoutMs: 1000,
        };
    }
    const modules = nodeModuleScripts({ source, program, sourceType }, declaration.path, declaration.file, codeLine, declaration.name);
    findings.push(...modules.findings);
    settings.files = modules.files;
    return {
        settings,
        scripts: modules.scripts,
        mainId: declaration.file,
        memoryMb: Math.min(512, Math.max(64, settings.memoryMb)),
        loadTimeoutMs: 10_000,
    };
}
/** The same finding on several requests is one finding, naming the first request and how many. */
function mergeByRequest(drafts) {
    const merged = new Map();
    for (const draft of drafts) {
        const { request, ...rest } = draft.details;
        const key = JSON.stringify([
            draft.code,
            draft.severity ?? '',
            draft.file,
            draft.line,
            rest['event'],
            Object.entries(rest).filter(([k]) => !['measuredMs', 'utilization', 'elapsedMs', 'errorMessage', 'length', 'bytes', 'size'].includes(k)),
        ]);
        const existing = merged.get(key);
        if (existing)
            existing.details['requests'] = Number(existing.details['requests'] ?? 1) + 1;
        else
            merged.set(key, { ...draft, details: { ...rest, request: request ?? null } });
    }
    return [...merged.values()];
}


/***/ }),

/***/ 473:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ checkFunctions),
  v: () => (/* binding */ edgeFunctionFinding)
});

// EXTERNAL MODULE: ./lib/edge-functions/check.js + 19 modules
var check = __webpack_require__(1593);
// EXTERNAL MODULE: ./lib/findings/catalogue.js + 9 modules
var catalogue = __webpack_require__(8419);
// EXTERNAL MODULE: ./lib/findings/to-finding.js + 1 modules
var to_finding = __webpack_require__(2303);
;// CONCATENATED MODULE: ./lib/edge-functions/to-finding.js
/** An edge function's finding as reported: severity and prose from the catalogue, the code's file and line kept. */


function toEdgeFunctionFinding(draft) {
    const entry = catalogue/* CATALOGUE */.yh[draft.code];
    const allowed = entry.allowed ?? [entry.severity];
    const severity = draft.severity && allowed.includes(draft.severity) ? draft.severity : entry.severity;
    const fields = { origin: draft.function, file: draft.file, line: draft.line, ...draft.details };
    return {
        code: draft.code,
        severity,
        function: draft.function,
        file: draft.file,
        line: draft.line,
        message: (0,to_finding/* fillTemplate */.o)(entry.message, fields, entry),
        remedy: (0,to_finding/* fillTemplate */.o)(entry.remedy, fields, entry),
        details: draft.details,
    };
}

// EXTERNAL MODULE: ./lib/findings/gate.js
var gate = __webpack_require__(6063);
// EXTERNAL MODULE: ./lib/findings/acceptance.js
var findings_acceptance = __webpack_require__(9011);
// EXTERNAL MODULE: ./lib/findings/severity.js
var severity = __webpack_require__(4079);
;// CONCATENATED MODULE: ./lib/engine/run-functions.js
/**
 * The config's edge functions, run beside the origins: each through the edge-function checks (its own
 * time budget per request bounds it), its findings given the catalogue's prose and judged at `fail-on`.
 */





async function checkFunctions(declarations, failOn, options = {}, acceptance) {
    const reports = [];
    // One at a time: each runs in a worker of its own, and timing runs must not crowd each other.
    for (const declaration of declarations) {
        const started = performance.now();
        const result = await (0,check/* checkEdgeFunction */.o)(declaration, options);
        const drafted = result.findings.map(edgeFunctionFinding);
        const findings = (acceptance ? (0,findings_acceptance/* applyAcceptances */.Rm)(drafted, acceptance.entries, acceptance.now, acceptance.used) : drafted).sort(severity/* bySeverity */.Np);
        reports.push({
            name: result.name,
            kind: result.kind,
            ...(result.runtime ? { runtime: result.runtime } : {}),
            file: result.file,
            line: result.line,
            events: [...result.events],
            passed: !(0,gate/* fails */.c)(findings, failOn),
            durationMs: Math.round(performance.now() - started),
            findings,
        });
    }
    return reports;
}
/** A draft as the report carries it: `check: 'edge-function'`, the function in `origin` and `function`. */
function edgeFunctionFinding(draft) {
    const finding = toEdgeFunctionFinding(draft);
    return {
        code: finding.code,
        severity: finding.severity,
        check: 'edge-function',
        origin: finding.function,
        function: finding.function,
        file: finding.file,
        line: finding.line,
        message: finding.message,
        remedy: finding.remedy,
        details: finding.details,
    };
}


/***/ }),

/***/ 6063:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ fails)
/* harmony export */ });
/* harmony import */ var _severity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4079);

/** Whether findings fail the gate at a `fail-on` level. An accepted finding never does. */
function fails(findings, failOn) {
    if (failOn === 'never')
        return false;
    const threshold = _severity_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.indexOf(failOn);
    return findings.some((f) => f.accepted === undefined && _severity_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.indexOf(f.severity) <= threshold);
}


/***/ })

};
