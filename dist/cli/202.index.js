export const id = 202;
export const ids = [202];
export const modules = {

/***/ 2202:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runLab: () => (/* binding */ runLab)
});

// EXTERNAL MODULE: ./lib/config/load.js + 36 modules
var load = __webpack_require__(7154);
// EXTERNAL MODULE: ./lib/engine/run.js + 64 modules
var run = __webpack_require__(5138);
// EXTERNAL MODULE: ./lib/report/render.js + 12 modules
var render = __webpack_require__(7952);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-schema/build/cjs/index.js
var cjs = __webpack_require__(7261);
// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-x509/build/cjs/index.js
var build_cjs = __webpack_require__(3594);
;// CONCATENATED MODULE: ./lib/lab/pki.js
/**
 * Certificates for the lab and the tests, made at run time: keys from Node's crypto, the TBSCertificate
 * built with @peculiar/asn1-x509 and signed with `crypto.sign`. Nothing is written to disk.
 */




const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
function createKey(kind = 'p256') {
    const { privateKey, publicKey } = generatePair(kind);
    return { kind, privateKey, publicKey, pem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
}
function generatePair(kind) {
    switch (kind) {
        case 'rsa1024':
            return (0,external_node_crypto_.generateKeyPairSync)('rsa', { modulusLength: 1024 });
        case 'rsa2048':
            return (0,external_node_crypto_.generateKeyPairSync)('rsa', { modulusLength: 2048 });
        case 'rsa3072':
            return (0,external_node_crypto_.generateKeyPairSync)('rsa', { modulusLength: 3072 });
        case 'rsa4096':
            return (0,external_node_crypto_.generateKeyPairSync)('rsa', { modulusLength: 4096 });
        case 'p256':
            return (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'prime256v1' });
        case 'p384':
            return (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'secp384r1' });
        case 'p521':
            return (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'secp521r1' });
        case 'ed25519':
            return (0,external_node_crypto_.generateKeyPairSync)('ed25519');
    }
}
function issueCertificate(request) {
    const key = request.key ?? createKey('p256');
    const isCA = request.isCA ?? false;
    const spki = cjs.AsnConvert.parse(key.publicKey.export({ type: 'spki', format: 'der' }), build_cjs.SubjectPublicKeyInfo);
    // RFC 5280 4.2.1.2 method 1: SHA-1 of the subjectPublicKey bits.
    const subjectKeyIdentifier = (0,external_node_crypto_.createHash)('sha1').update(Buffer.from(spki.subjectPublicKey)).digest();
    const subjectName = buildName(request.subject);
    const signer = request.issuer?.key ?? key;
    const notBefore = wholeSeconds(request.notBefore ?? new Date(Date.now() - HOUR_MS));
    const lifetime = isCA ? 3650 * DAY_MS : 365 * DAY_MS;
    const notAfter = wholeSeconds(request.notAfter ?? new Date(notBefore.getTime() + lifetime));
    const algorithm = signatureAlgorithm(signer, request.signatureHash ?? 'sha256');
    const tbsCertificate = new build_cjs.TBSCertificate({
        version: build_cjs.Version.v3,
        serialNumber: randomSerial(),
        signature: algorithm.identifier,
        issuer: request.issuer?.subjectName ?? subjectName,
        validity: new build_cjs.Validity({ notBefore, notAfter }),
        subject: subjectName,
        subjectPublicKeyInfo: spki,
        extensions: new build_cjs.Extensions(buildExtensions(request, key, subjectKeyIdentifier, request.issuer?.subjectKeyIdentifier)),
    });
    const signature = (0,external_node_crypto_.sign)(algorithm.hash, Buffer.from(cjs.AsnConvert.serialize(tbsCertificate)), signer.privateKey);
    const certificate = new build_cjs.Certificate({
        tbsCertificate,
        signatureAlgorithm: algorithm.identifier,
        signatureValue: new Uint8Array(signature).buffer,
    });
    const der = Buffer.from(cjs.AsnConvert.serialize(certificate));
    return { der, pem: toPem(der), keyPem: key.pem, key, subjectName, subjectKeyIdentifier, x509: new external_node_crypto_.X509Certificate(der) };
}
/** PEM text of several certificates, in the given order (a server's `cert` option takes leaf then chain). */
function pemBundle(...certificates) {
    return certificates.map((c) => c.pem).join('');
}
function toPem(der) {
    const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
    return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}
/** A root, an intermediate and a leaf for `names`: the usual shape of a public chain. */
function issueChain(names, options = {}) {
    const O = options.organization ?? 'Lab';
    const root = issueCertificate({ subject: { CN: `${O} Root CA`, O }, isCA: true });
    const intermediate = issueCertificate({ subject: { CN: `${O} Intermediate CA`, O }, isCA: true, pathLength: 0, issuer: root });
    const leaf = issueCertificate({
        subject: { CN: names[0], O },
        sans: names,
        issuer: intermediate,
        ...(options.leafKey ? { key: options.leafKey } : {}),
    });
    return { root, intermediate, leaf };
}
const SUBJECT_ATTRIBUTES = [
    ['C', '2.5.4.6'],
    ['O', '2.5.4.10'],
    ['OU', '2.5.4.11'],
    ['CN', '2.5.4.3'],
];
/** Broadest attribute first, so the one-line form reads `CN=..., O=...`. */
function buildName(fields) {
    const rdns = SUBJECT_ATTRIBUTES.flatMap(([field, type]) => {
        const text = fields[field];
        if (text === undefined)
            return [];
        const value = new build_cjs.AttributeValue(field === 'C' ? { printableString: text } : { utf8String: text });
        return [new build_cjs.RelativeDistinguishedName([new build_cjs.AttributeTypeAndValue({ type, value })])];
    });
    return new build_cjs.Name(rdns);
}
function buildExtensions(request, key, ski, issuerSki) {
    const isCA = request.isCA ?? false;
    const extension = (extnID, critical, value) => new build_cjs.Extension({ extnID, critical, extnValue: new cjs.OctetString(cjs.AsnConvert.serialize(value)) });
    const usage = isCA
        ? build_cjs.KeyUsageFlags.keyCertSign | build_cjs.KeyUsageFlags.cRLSign | build_cjs.KeyUsageFlags.digitalSignature
        : build_cjs.KeyUsageFlags.digitalSignature | (key.kind.startsWith('rsa') ? build_cjs.KeyUsageFlags.keyEncipherment : 0);
    const constraints = new build_cjs.BasicConstraints({ cA: isCA });
    if (isCA && request.pathLength !== undefined)
        constraints.pathLenConstraint = request.pathLength;
    const extensions = [
        extension(build_cjs.id_ce_basicConstraints, true, constraints),
        extension(build_cjs.id_ce_keyUsage, true, new build_cjs.KeyUsage(usage)),
        extension(build_cjs.id_ce_subjectKeyIdentifier, false, new build_cjs.SubjectKeyIdentifier(ski)),
        extension(build_cjs.id_ce_authorityKeyIdentifier, false, new build_cjs.AuthorityKeyIdentifier({ keyIdentifier: new build_cjs.KeyIdentifier(issuerSki ?? ski) })),
    ];
    if (!isCA)
        extensions.push(extension(build_cjs.id_ce_extKeyUsage, false, new build_cjs.ExtendedKeyUsage([build_cjs.id_kp_serverAuth, build_cjs.id_kp_clientAuth])));
    if (request.sans && request.sans.length > 0) {
        const names = request.sans.map((san) => new build_cjs.GeneralName((0,external_node_net_.isIP)(san) ? { iPAddress: san } : { dNSName: san }));
        extensions.push(extension(build_cjs.id_ce_subjectAltName, false, new build_cjs.SubjectAlternativeName(names)));
    }
    return extensions;
}
const SIGNATURE_OIDS = {
    rsa: { sha1: '1.2.840.113549.1.1.5', sha256: '1.2.840.113549.1.1.11', sha384: '1.2.840.113549.1.1.12', sha512: '1.2.840.113549.1.1.13' },
    ec: { sha1: '1.2.840.10045.4.1', sha256: '1.2.840.10045.4.3.2', sha384: '1.2.840.10045.4.3.3', sha512: '1.2.840.10045.4.3.4' },
};
function signatureAlgorithm(signer, hash) {
    if (signer.kind === 'ed25519')
        return { identifier: new build_cjs.AlgorithmIdentifier({ algorithm: '1.3.101.112' }), hash: null };
    if (signer.kind.startsWith('rsa')) {
        // PKCS#1 v1.5 identifiers carry an explicit NULL parameter (RFC 4055 5).
        return { identifier: new build_cjs.AlgorithmIdentifier({ algorithm: SIGNATURE_OIDS.rsa[hash], parameters: null }), hash };
    }
    return { identifier: new build_cjs.AlgorithmIdentifier({ algorithm: SIGNATURE_OIDS.ec[hash] }), hash };
}
/** 16 random bytes, first byte in 0x40-0x7f: positive and minimally encoded. */
function randomSerial() {
    const bytes = (0,external_node_crypto_.randomBytes)(16);
    bytes[0] = ((bytes[0] ?? 0) & 0x3f) | 0x40;
    return new Uint8Array(bytes).buffer;
}
function wholeSeconds(date) {
    return new Date(Math.floor(date.getTime() / 1000) * 1000);
}

;// CONCATENATED MODULE: ./lib/lab/pki-lab.js

const pki_lab_DAY_MS = 86_400_000;
function createAuthorities() {
    const root = issueCertificate({ subject: { CN: 'origin-preflight Lab Root CA', O: 'origin-preflight lab' }, isCA: true });
    const intermediate = issueCertificate({
        subject: { CN: 'origin-preflight Lab Intermediate CA', O: 'origin-preflight lab' },
        isCA: true,
        pathLength: 0,
        issuer: root,
    });
    const rogueRoot = issueCertificate({ subject: { CN: 'Unknown Root CA', O: 'Nobody Trusts Us' }, isCA: true });
    const rogueIntermediate = issueCertificate({
        subject: { CN: 'Unknown Intermediate CA', O: 'Nobody Trusts Us' },
        isCA: true,
        pathLength: 0,
        issuer: rogueRoot,
    });
    return { root, intermediate, rogueRoot, rogueIntermediate };
}
/** A leaf as the recipe says, with the chain its issuer would normally be served with. */
function issueLeaf(recipe, ca, now = Date.now()) {
    const issuerKind = recipe.issuer ?? 'lab';
    const issuer = issuerKind === 'lab' ? ca.intermediate : issuerKind === 'rogue' ? ca.rogueIntermediate : undefined;
    const leaf = issueCertificate({
        subject: { CN: recipe.names[0] ?? 'lab', O: 'origin-preflight lab' },
        sans: recipe.names,
        ...(issuer ? { issuer } : {}),
        key: createKey(recipe.key ?? 'p256'),
        notBefore: new Date(now + (recipe.validFromDays ?? -1) * pki_lab_DAY_MS),
        notAfter: new Date(now + (recipe.validToDays ?? 90) * pki_lab_DAY_MS),
        signatureHash: recipe.signatureHash ?? 'sha256',
    });
    if (issuerKind === 'lab')
        return { leaf, chain: [ca.intermediate], root: ca.root };
    if (issuerKind === 'rogue')
        return { leaf, chain: [ca.rogueIntermediate], root: ca.rogueRoot };
    return { leaf, chain: [] };
}

;// CONCATENATED MODULE: ./lib/lab/http-scenarios.js
const HTTP_LAB_ZONE = 'http.lab.origin-preflight.test';
const d = (label) => `${label}.${HTTP_LAB_ZONE}`;
const certificateFor = (label) => ({ names: [d(label)] });
const HEALTH = { path: '/healthz' };
const OK = 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\nok\n';
const withStatus = (status) => `HTTP/1.1 ${status}\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\nok\n`;
function plain(name, fault, answer, expect, extra = {}, health = HEALTH) {
    return { name, fault, domain: d(name), tls: { kind: 'http-only' }, http: { health, answer }, expect, ...extra };
}
function overTls(name, fault, answer, expect) {
    return {
        name,
        fault,
        domain: d(name),
        tls: { kind: 'chain', certificate: certificateFor(name) },
        http: { health: HEALTH, answer },
        expect,
    };
}
const HTTP_SCENARIOS = [
    plain('http-healthy', 'none: 200 with Content-Length, connection kept open', { kind: 'bytes', response: OK, then: 'keep-open' }, []),
    overTls('https-healthy-chunked', 'none: chunked 200 over TLS, connection kept open', {
        kind: 'bytes',
        response: 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nok\n\r\n0\r\n\r\n',
        then: 'keep-open',
    }, []),
    plain('http-head-healthy', 'none: HEAD answered 204 as expect-status says', { kind: 'bytes', response: 'HTTP/1.1 204 No Content\r\n\r\n', then: 'keep-open' }, [], {}, { path: '/ping', method: 'HEAD', expectStatus: [204] }),
    plain('http-no-response', 'closes without a byte', { kind: 'silent-close' }, [{ code: 'HTTP_NO_RESPONSE', severity: 'error' }]),
    plain('http-slow-drip', 'drips its response one byte a second', { kind: 'drip', response: OK }, [
        { code: 'HTTP_NO_RESPONSE', severity: 'error' },
    ]),
    plain('http-reset-mid-response', 'a status line and some headers, then a TCP reset', {
        kind: 'reset-after',
        response: 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Len',
    }, [{ code: 'HTTP_CONNECTION_RESET', severity: 'error' }]),
    plain('http-bad-status-line', 'status line "HTTP/1.1 OK"', { kind: 'bytes', response: 'HTTP/1.1 OK\r\nContent-Length: 3\r\n\r\nok\n', then: 'close' }, [{ code: 'HTTP_MALFORMED_RESPONSE', severity: 'error' }]),
    plain('http-obs-fold', 'a header folded onto a second line', {
        kind: 'bytes',
        response: 'HTTP/1.1 200 OK\r\nX-Trace: a\r\n b\r\nContent-Length: 3\r\n\r\nok\n',
        then: 'keep-open',
    }, [{ code: 'HTTP_MALFORMED_RESPONSE', severity: 'error' }]),
    plain('http-headers-over-32k', 'a 40 KiB Set-Cookie header', {
        kind: 'bytes',
        response: `HTTP/1.1 200 OK\r\nSet-Cookie: s=${'x'.repeat(40 * 1024)}\r\nContent-Length: 3\r\n\r\nok\n`,
        then: 'close',
    }, [{ code: 'HTTP_MALFORMED_RESPONSE', severity: 'error' }]),
    overTls('https-extra-crlf', 'an empty line between header fields, over TLS', {
        kind: 'bytes',
        response: 'HTTP/1.1 200 OK\r\nX-Request-Id: 42\r\n\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\nok\n',
        then: 'close',
    }, [{ code: 'HTTP_EXTRA_CRLF_IN_HEADERS', severity: 'error' }]),
    plain('http-content-length-invalid', 'Content-Length: 3abc', { kind: 'bytes', response: 'HTTP/1.1 200 OK\r\nContent-Length: 3abc\r\n\r\nok\n', then: 'close' }, [{ code: 'HTTP_CONTENT_LENGTH_INVALID', severity: 'error' }]),
    plain('http-content-length-conflict', 'Content-Length 3 and 4', {
        kind: 'bytes',
        response: 'HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nok\n',
        then: 'close',
    }, [{ code: 'HTTP_CONTENT_LENGTH_INVALID', severity: 'error' }]),
    plain('http-body-exceeds', '5 bytes more than Content-Length', { kind: 'bytes', response: `${OK}EXTRA`, then: 'keep-open' }, [
        { code: 'HTTP_BODY_EXCEEDS_CONTENT_LENGTH', severity: 'error' },
    ]),
    plain('http-no-framing', 'a body ended only by closing', {
        kind: 'bytes',
        response: 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nok\n',
        then: 'close',
    }, [{ code: 'HTTP_NO_FRAMING', severity: 'warning' }]),
    plain('http-cl-and-te', 'Content-Length with chunked encoding', {
        kind: 'bytes',
        response: 'HTTP/1.1 200 OK\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nok\n\r\n0\r\n\r\n',
        then: 'keep-open',
    }, [{ code: 'HTTP_CL_AND_TE', severity: 'error' }]),
    plain('http-bad-chunking', 'chunk size "zz"', {
        kind: 'bytes',
        response: 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nok\n\r\n0\r\n\r\n',
        then: 'close',
    }, [{ code: 'HTTP_BAD_CHUNKING', severity: 'error' }]),
    plain('http-backend-5xx', 'the origin answers 502 itself', { kind: 'bytes', response: withStatus('502 Bad Gateway'), then: 'keep-open' }, [{ code: 'HTTP_BACKEND_5XX', severity: 'error' }]),
    plain('http-unexpected-status', 'the health path answers 404', { kind: 'bytes', response: withStatus('404 Not Found'), then: 'keep-open' }, [{ code: 'HTTP_UNEXPECTED_STATUS', severity: 'warning' }]),
    plain('http-redirect-elsewhere', 'a 301 to another host', { kind: 'redirect-elsewhere' }, [
        { code: 'HTTP_UNEXPECTED_STATUS', severity: 'warning' },
    ]),
    plain('http-keepalive-node-alb', 'Node http server (keep-alive 5 s) behind an ALB (idle 60 s)', { kind: 'node-http' }, [{ code: 'HTTP_KEEPALIVE_TOO_SHORT', severity: 'warning' }], { edge: 'alb' }),
    plain('http-keepalive-closes-early', 'closes idle connections after 1 s, unannounced', {
        kind: 'bytes',
        response: OK,
        then: { closeAfterMs: 1000 },
    }, [{ code: 'HTTP_KEEPALIVE_TOO_SHORT', severity: 'warning' }]),
    // Last: it holds its slot while it reads, and needs no long wait.
    plain('http-endless-chunked', 'a chunked body that never ends', { kind: 'endless-chunked' }, [
        { code: 'HTTP_BODY_UNREAD', severity: 'notice' },
    ]),
];

// EXTERNAL MODULE: ./lib/probes/dns/names.js
var names = __webpack_require__(1947);
;// CONCATENATED MODULE: ./lib/lab/dns/records.js

const TTL = 300;
const NAME_DATA = new Set(['NS', 'CNAME']);
function soaRecord(origin, serial, mname = `ns1.${origin}`) {
    return { name: origin, type: 'SOA', data: `${mname} hostmaster.${origin === '.' ? 'lab' : origin} ${serial}` };
}
function toPacketAnswer(record) {
    const base = { name: record.name, ttl: record.ttl ?? TTL, class: 'IN' };
    if (record.type === 'SOA') {
        const [mname = '.', rname = '.', serial = '1'] = record.data.split(' ');
        return { ...base, type: 'SOA', data: { mname, rname, serial: Number(serial), refresh: 3600, retry: 600, expire: 86_400, minimum: 300 } };
    }
    if (record.type === 'TXT')
        return { ...base, type: 'TXT', data: record.data };
    const fields = record.data.trim().split(/\s+/);
    if (record.type === 'DNSKEY') {
        const [flags = '0', , algorithm = '0', ...key] = fields;
        return {
            ...base,
            type: 'DNSKEY',
            data: { flags: Number(flags), algorithm: Number(algorithm), key: Buffer.from(key.join(''), 'base64') },
        };
    }
    if (record.type === 'DS') {
        const [keyTag = '0', algorithm = '0', digestType = '0', ...digest] = fields;
        return {
            ...base,
            type: 'DS',
            data: {
                keyTag: Number(keyTag),
                algorithm: Number(algorithm),
                digestType: Number(digestType),
                digest: Buffer.from(digest.join(''), 'hex'),
            },
        };
    }
    if (record.type === 'RRSIG') {
        const [typeCovered = 'A', algorithm, labels, originalTTL, expiration = '', inception = '', keyTag, signersName = '.', ...signature] = fields;
        return {
            ...base,
            type: 'RRSIG',
            data: {
                typeCovered,
                algorithm: Number(algorithm),
                labels: Number(labels),
                originalTTL: Number(originalTTL),
                expiration: epochOf(expiration),
                inception: epochOf(inception),
                keyTag: Number(keyTag),
                signersName: (0,names/* canonicalName */.Ew)(signersName),
                signature: Buffer.from(signature.join(''), 'base64'),
            },
        };
    }
    return { ...base, type: record.type, data: record.data };
}
/** `YYYYMMDDHHmmSS` (RFC 4034 3.2) as seconds since the epoch. */
function epochOf(time) {
    const [, y, mo, d, h, mi, s] = /^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)$/.exec(time) ?? [];
    return y ? Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) / 1000 : Number(time);
}
/** Seconds since the epoch as an RRSIG time, `YYYYMMDDHHmmSS`. */
function rrsigTime(date) {
    return date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}
/** One zone-file line, as Knot (or any RFC 1035 server) loads it. */
function zoneFileLine(record) {
    const owner = absolute(canonicalName(record.name));
    const ttl = record.ttl ?? TTL;
    switch (record.type) {
        case 'SOA': {
            const [mname = '.', rname = '.', serial = '1'] = record.data.split(' ');
            return `${owner} ${ttl} IN SOA ${absolute(mname)} ${absolute(rname)} ${serial} 3600 600 86400 300`;
        }
        case 'TXT':
            return `${owner} ${ttl} IN TXT "${record.data.replace(/["\\]/g, '')}"`;
        default:
            return `${owner} ${ttl} IN ${record.type} ${NAME_DATA.has(record.type) ? absolute(canonicalName(record.data)) : record.data}`;
    }
}
function zoneFile(zone) {
    const soa = zone.records.filter((r) => r.type === 'SOA');
    const rest = zone.records.filter((r) => r.type !== 'SOA');
    return [...soa, ...rest].map(zoneFileLine).join('\n') + '\n';
}

;// CONCATENATED MODULE: ./lib/lab/dns/hierarchy.js

const ROOT_ADDRESS = '127.0.53.1';
const PROVIDER_NS = ['ns1.dns.origin-preflight.test', 'ns2.dns.origin-preflight.test'];
const PROVIDER_ADDRESSES = ['127.0.53.8', '127.0.53.9'];
const ROOT_NS = 'a.root-servers.lab';
/** NS records for `zone` and glue for those names that have an address. */
function delegation(zone, servers) {
    return [
        ...servers.map((s) => ({ name: zone, type: 'NS', data: s.name })),
        ...servers.flatMap((s) => (s.address ? [{ name: s.name, type: 'A', data: s.address }] : [])),
    ];
}
/** A zone's apex (SOA and NS) plus its records. */
function zoneOf(origin, ns, records = [], serial = 2024010101) {
    return {
        origin,
        records: [soaRecord(origin, serial, ns[0]), ...ns.map((n) => ({ name: origin, type: 'NS', data: n })), ...records],
    };
}
/**
 * The lab's DNS: a private root, `test`, `origin-preflight.test`, and the lab zone holding every planted
 * origin's name (addresses where the origin is served) and each scenario's planted records; then the
 * scenarios' own zones and servers.
 */
function labNameServers(labZone, origins, plants) {
    const tld = 'test';
    const parent = labZone.split('.').slice(1).join('.');
    const tldNs = [
        { name: 'ns1.nic.test', address: '127.0.53.2' },
        { name: 'ns2.nic.test', address: '127.0.53.3' },
    ];
    const parentNs = [
        { name: `ns1.${parent}`, address: '127.0.53.4' },
        { name: `ns2.${parent}`, address: '127.0.53.5' },
    ];
    const labNs = [
        { name: `ns1.${labZone}`, address: '127.0.53.6' },
        { name: `ns2.${labZone}`, address: '127.0.53.7' },
    ];
    const names = (list) => list.map((s) => s.name);
    const glueOf = (list) => list.map((s) => ({ name: s.name, type: 'A', data: s.address }));
    const root = zoneOf('.', [ROOT_NS], [{ name: ROOT_NS, type: 'A', data: ROOT_ADDRESS }, ...delegation(tld, tldNs)]);
    const test = zoneOf(tld, names(tldNs), [...glueOf(tldNs), ...delegation(parent, parentNs)]);
    const providers = PROVIDER_NS.map((name, i) => ({ name, type: 'A', data: PROVIDER_ADDRESSES[i] }));
    const parentZone = zoneOf(parent, names(parentNs), [...glueOf(parentNs), ...delegation(labZone, labNs), ...providers]);
    const originRecords = origins.flatMap((o) => o.addresses.map((address) => ({ name: o.domain, type: 'A', data: address })));
    const lab = zoneOf(labZone, names(labNs), [...glueOf(labNs), ...originRecords, ...plants.flatMap((p) => p.labRecords ?? [])]);
    const providerZones = plants.flatMap((p) => p.providerZones ?? []);
    return [
        { name: ROOT_NS, address: ROOT_ADDRESS, zones: [root] },
        ...tldNs.map((s) => ({ ...s, zones: [test] })),
        ...parentNs.map((s) => ({ ...s, zones: [parentZone] })),
        ...labNs.map((s) => ({ ...s, zones: [lab] })),
        ...PROVIDER_NS.map((name, i) => ({ name, address: PROVIDER_ADDRESSES[i], zones: providerZones })),
        ...plants.flatMap((p) => p.servers ?? []),
    ];
}

// EXTERNAL MODULE: ./lib/probes/dns/keys.js
var keys = __webpack_require__(5527);
;// CONCATENATED MODULE: ./lib/lab/dns-scenarios.js




/** The zone every lab origin lives in (scenarios.ts LAB_ZONE; repeated to keep the import one-way). */
const LAB = 'lab.origin-preflight.test';
const LAB_NS = [`ns1.${LAB}`, `ns2.${LAB}`];
/** Where every planted origin listens (servers.ts LAB_ADDRESS). */
const ORIGIN = '127.0.0.1';
const a = (name, address = ORIGIN) => ({ name, type: 'A', data: address });
const cname = (name, target) => ({ name, type: 'CNAME', data: target });
const servedAt = (address, name, zones, mode) => ({
    name,
    address,
    zones,
    ...(mode ? { mode } : {}),
});
/** A child zone of the lab zone, `<label>.lab...`, holding `www` and served by its own servers. */
function childZone(label, options) {
    const zone = `${label}.${LAB}`;
    const ns = options.servers.map((s) => ({ name: `${s.label}.${zone}`, address: s.address, glue: s.glue ?? true }));
    const childNs = options.childNs ?? ns.map((n) => n.name);
    const inZone = ns.map((n) => a(n.name, n.address));
    return {
        labRecords: delegation(zone, ns.map((n) => ({ name: n.name, ...(n.glue ? { address: n.address } : {}) }))),
        servers: options.servers.map((s, i) => servedAt(s.address, ns[i].name, [zoneOf(zone, childNs, [...inZone, a(`www.${zone}`), ...(s.extra ?? [])], s.serial)], s.mode)),
    };
}
const tls = (domain) => ({ kind: 'chain', certificate: { names: [domain] } });
const unresolvable = { kind: 'none' };
const expect = (code, severity, address) => [
    { code, severity, ...(address ? { address } : {}) },
];
const HEALTHY_ZONE = `dns-healthy.${LAB}`;
const dns_scenarios_DAY_MS = 86_400_000;
/** A DNSKEY (ECDSA P-256 shape, flags 257) whose key bytes derive from `seed`: stable, and never used to sign. */
function dnskey(seed) {
    const key = Buffer.concat([(0,external_node_crypto_.createHash)('sha256').update(`${seed}-x`).digest(), (0,external_node_crypto_.createHash)('sha256').update(`${seed}-y`).digest()]);
    return `257 3 13 ${key.toString('base64')}`;
}
/**
 * A child zone signed (in shape) with `key`, its parent publishing the DS of `dsKey`. The apex SOA carries
 * a current signature: that is how a server (Knot) tells a signed zone and sends RRSIGs to DO queries.
 */
function signedZone(label, address, key, dsKey, records = () => []) {
    const zone = `${label}.${LAB}`;
    const apex = [{ name: zone, type: 'DNSKEY', data: key }, signature(zone, zone, 'SOA', key, -30, 30)];
    const plant = childZone(label, { servers: [{ label: 'ns1', address, extra: [...apex, ...records(zone)] }] });
    return { ...plant, labRecords: [...plant.labRecords, { name: zone, type: 'DS', data: (0,keys/* dsFor */.ld)(zone, dsKey) }] };
}
/** An RRSIG over `name`'s `type` records valid from `fromDays` to `toDays` from now (only that window is judged). */
function signature(zone, name, type, key, fromDays, toDays) {
    const now = Date.now();
    const tag = (0,keys/* dsFor */.ld)(zone, key).split(' ')[0];
    const bytes = Buffer.alloc(64, 7).toString('base64');
    const window = `${rrsigTime(new Date(now + toDays * dns_scenarios_DAY_MS))} ${rrsigTime(new Date(now + fromDays * dns_scenarios_DAY_MS))}`;
    return { name, type: 'RRSIG', data: `${type} 13 ${name.split('.').length} 300 ${window} ${tag} ${zone}. ${bytes}` };
}
/**
 * Origins found only through the lab's DNS (no `addresses:`), each with one planted DNS fault. Their
 * names live in the lab zone or in a child zone of it; the walk must find the fault and the server at fault.
 */
const DNS_SCENARIOS = [
    {
        name: 'dns-healthy',
        fault: 'none: a zone on out-of-zone name servers, resolved by their own walk',
        domain: `www.${HEALTHY_ZONE}`,
        tls: tls(`www.${HEALTHY_ZONE}`),
        dns: {
            labRecords: delegation(HEALTHY_ZONE, PROVIDER_NS.map((name) => ({ name }))),
            providerZones: [zoneOf(HEALTHY_ZONE, [...PROVIDER_NS], [a(`www.${HEALTHY_ZONE}`)])],
        },
        expect: [],
    },
    {
        name: 'cname-across-zones',
        fault: 'none: a CNAME into another zone',
        domain: `cname-across-zones.${LAB}`,
        tls: tls(`cname-across-zones.${LAB}`),
        dns: { labRecords: [cname(`cname-across-zones.${LAB}`, `www.${HEALTHY_ZONE}`)] },
        expect: [],
    },
    {
        name: 'lame-delegation',
        fault: 'one of two delegated servers only serves the parent zone',
        domain: `www.lame-delegation.${LAB}`,
        tls: tls(`www.lame-delegation.${LAB}`),
        dns: (() => {
            const zone = `lame-delegation.${LAB}`;
            const ns = [`ns1.${zone}`, LAB_NS[0]];
            return {
                labRecords: [...delegation(zone, [{ name: ns[0], address: '127.0.53.10' }, { name: ns[1] }])],
                servers: [servedAt('127.0.53.10', ns[0], [zoneOf(zone, ns, [a(ns[0], '127.0.53.10'), a(`www.${zone}`)])])],
            };
        })(),
        expect: expect('DNS_LAME_DELEGATION', 'warning', '127.0.53.6'),
    },
    {
        name: 'one-ns-dead',
        fault: 'one of two name servers does not answer',
        domain: `www.one-ns-dead.${LAB}`,
        tls: tls(`www.one-ns-dead.${LAB}`),
        dns: childZone('one-ns-dead', {
            servers: [
                { label: 'ns1', address: '127.0.53.11' },
                { label: 'ns2', address: '127.0.53.12', mode: 'down' },
            ],
        }),
        expect: expect('DNS_NS_UNREACHABLE', 'warning', '127.0.53.12'),
    },
    {
        name: 'all-ns-dead',
        fault: 'no name server of the zone answers',
        domain: `www.all-ns-dead.${LAB}`,
        tls: unresolvable,
        dns: childZone('all-ns-dead', {
            servers: [
                { label: 'ns1', address: '127.0.53.13', mode: 'down' },
                { label: 'ns2', address: '127.0.53.14', mode: 'down' },
            ],
        }),
        // One finding per dead server, each an error: none of them answers.
        expect: [...expect('DNS_NS_UNREACHABLE', 'error', '127.0.53.13'), ...expect('DNS_NS_UNREACHABLE', 'error', '127.0.53.14')],
    },
    {
        name: 'ns-mismatch',
        fault: 'the parent delegates to two servers, the zone lists one',
        domain: `www.ns-mismatch.${LAB}`,
        tls: tls(`www.ns-mismatch.${LAB}`),
        dns: childZone('ns-mismatch', {
            servers: [
                { label: 'ns1', address: '127.0.53.15' },
                { label: 'ns2', address: '127.0.53.16' },
            ],
            childNs: [`ns1.ns-mismatch.${LAB}`],
        }),
        expect: expect('DNS_DELEGATION_MISMATCH', 'warning'),
    },
    {
        name: 'serial-mismatch',
        fault: 'the two name servers serve different SOA serials',
        domain: `www.serial-mismatch.${LAB}`,
        tls: tls(`www.serial-mismatch.${LAB}`),
        dns: childZone('serial-mismatch', {
            servers: [
                { label: 'ns1', address: '127.0.53.17', serial: 2024010101 },
                { label: 'ns2', address: '127.0.53.18', serial: 2024010102 },
            ],
        }),
        expect: expect('DNS_SOA_SERIAL_MISMATCH', 'warning'),
    },
    {
        name: 'missing-glue',
        fault: 'an in-zone name server without glue at the parent',
        domain: `www.missing-glue.${LAB}`,
        tls: tls(`www.missing-glue.${LAB}`),
        dns: childZone('missing-glue', {
            servers: [
                { label: 'ns1', address: '127.0.53.19' },
                { label: 'ns2', address: '127.0.53.20', glue: false },
            ],
        }),
        expect: expect('DNS_MISSING_GLUE', 'error', '127.0.53.6'),
    },
    {
        name: 'dangling-cname',
        fault: 'a CNAME to a name that does not exist',
        domain: `dangling-cname.${LAB}`,
        tls: unresolvable,
        dns: { labRecords: [cname(`dangling-cname.${LAB}`, `gone.${HEALTHY_ZONE}`)] },
        expect: expect('DNS_CNAME_DANGLING', 'error'),
    },
    {
        name: 'cname-loop',
        fault: 'two CNAMEs pointing at each other',
        domain: `cname-loop.${LAB}`,
        tls: unresolvable,
        dns: { labRecords: [cname(`cname-loop.${LAB}`, `loop-back.${LAB}`), cname(`loop-back.${LAB}`, `cname-loop.${LAB}`)] },
        expect: expect('DNS_CNAME_LOOP', 'error'),
    },
    {
        name: 'nxdomain',
        fault: 'the origin name does not exist',
        domain: `nxdomain.${LAB}`,
        tls: unresolvable,
        dns: {},
        expect: expect('DNS_NXDOMAIN', 'error', '127.0.53.6'),
    },
    {
        name: 'no-address',
        fault: 'the name exists with a TXT record only',
        domain: `no-address.${LAB}`,
        tls: unresolvable,
        dns: { labRecords: [{ name: `no-address.${LAB}`, type: 'TXT', data: 'no address here' }] },
        expect: expect('DNS_NO_ADDRESS', 'error'),
    },
    {
        name: 'wrong-soa',
        fault: "a delegated subdomain whose servers answer with the parent zone's SOA",
        domain: `www.wrong-soa.${LAB}`,
        tls: unresolvable,
        dns: (() => {
            const zone = `wrong-soa.${LAB}`;
            const ns = [
                { name: `ns1.${zone}`, address: '127.0.53.21' },
                { name: `ns2.${zone}`, address: '127.0.53.22' },
            ];
            // They serve a copy of the parent zone that does not know the delegation, not the subdomain.
            const parentCopy = zoneOf(LAB, LAB_NS);
            return { labRecords: delegation(zone, ns), servers: ns.map((n) => servedAt(n.address, n.name, [parentCopy])) };
        })(),
        expect: [...expect('DNS_LAME_DELEGATION', 'error', '127.0.53.21'), ...expect('DNS_LAME_DELEGATION', 'error', '127.0.53.22')],
    },
    {
        name: 'refused-ns',
        fault: 'one name server answers REFUSED (it does not serve the zone)',
        domain: `www.refused-ns.${LAB}`,
        tls: tls(`www.refused-ns.${LAB}`),
        dns: (() => {
            const plant = childZone('refused-ns', {
                servers: [
                    { label: 'ns1', address: '127.0.53.23' },
                    { label: 'ns2', address: '127.0.53.24' },
                ],
            });
            plant.servers[1].zones = [];
            return plant;
        })(),
        // RFC 9499: a delegated server that does not answer authoritatively (REFUSED included) is lame.
        expect: expect('DNS_LAME_DELEGATION', 'warning', '127.0.53.24'),
    },
    {
        name: 'servfail-ns',
        fault: 'one name server answers SERVFAIL to every question',
        domain: `www.servfail-ns.${LAB}`,
        tls: tls(`www.servfail-ns.${LAB}`),
        dns: (() => {
            const plant = childZone('servfail-ns', {
                servers: [
                    { label: 'ns1', address: '127.0.53.31' },
                    { label: 'ns2', address: '127.0.53.32' },
                ],
            });
            plant.servers[1].behaviour = {
                rewrite: (reply) => ({ ...reply, rcode: 'SERVFAIL', aa: false, answers: [], authorities: [], additionals: [] }),
            };
            return plant;
        })(),
        expect: expect('DNS_SERVFAIL', 'error', '127.0.53.32'),
    },
    {
        name: 'no-tcp',
        fault: 'one name server does not answer over TCP',
        domain: `www.no-tcp.${LAB}`,
        tls: tls(`www.no-tcp.${LAB}`),
        dns: childZone('no-tcp', {
            servers: [
                { label: 'ns1', address: '127.0.53.25', mode: 'udp-only' },
                { label: 'ns2', address: '127.0.53.26' },
            ],
        }),
        expect: expect('DNS_TCP_UNSUPPORTED', 'warning', '127.0.53.25'),
    },
    {
        name: 'inconsistent-answers',
        fault: 'one name server also serves an AAAA record the other does not',
        domain: `www.inconsistent-answers.${LAB}`,
        tls: tls(`www.inconsistent-answers.${LAB}`),
        dns: childZone('inconsistent-answers', {
            servers: [
                { label: 'ns1', address: '127.0.53.27' },
                { label: 'ns2', address: '127.0.53.28', extra: [{ name: `www.inconsistent-answers.${LAB}`, type: 'AAAA', data: '::1' }] },
            ],
        }),
        expect: expect('DNS_INCONSISTENT_ANSWERS', 'warning'),
    },
    {
        name: 'dnssec-ds-mismatch',
        fault: 'the DS at the parent matches no DNSKEY of the zone',
        domain: `www.dnssec-ds-mismatch.${LAB}`,
        tls: tls(`www.dnssec-ds-mismatch.${LAB}`),
        dns: signedZone('dnssec-ds-mismatch', '127.0.53.29', dnskey('served'), dnskey('retired')),
        expect: expect('DNS_DNSSEC_BOGUS', 'warning', '127.0.53.29'),
    },
    {
        name: 'dnssec-expired',
        fault: "the signature over the origin's A record expired 2 days ago",
        domain: `www.dnssec-expired.${LAB}`,
        tls: tls(`www.dnssec-expired.${LAB}`),
        dns: signedZone('dnssec-expired', '127.0.53.30', dnskey('current'), dnskey('current'), (zone) => [
            signature(zone, `www.${zone}`, 'A', dnskey('current'), -30, -2),
        ]),
        expect: expect('DNS_DNSSEC_BOGUS', 'warning', '127.0.53.30'),
    },
];

;// CONCATENATED MODULE: ./lib/lab/scenario.js
const LAB_ZONE = 'lab.origin-preflight.test';

;// CONCATENATED MODULE: ./lib/lab/scenarios.js




const scenarios_d = (label) => `${label}.${LAB_ZONE}`;
const good = (label, extra = {}) => ({ names: [scenarios_d(label)], ...extra });
/** The planted origins: one healthy baseline and one per failure this lab proves the gate catches. */
const SCENARIOS = [
    {
        name: 'healthy',
        fault: 'none: full chain, valid, names match',
        domain: scenarios_d('healthy'),
        tls: { kind: 'chain', certificate: good('healthy') },
        expect: [],
    },
    {
        name: 'host-header-match',
        fault: 'none: certificate covers only the forwarded Host',
        domain: scenarios_d('host-header-match'),
        hostHeader: 'www.shop-lab.test',
        tls: { kind: 'chain', certificate: { names: ['www.shop-lab.test'] } },
        expect: [],
    },
    {
        name: 'expired',
        fault: 'leaf expired 2 days ago',
        domain: scenarios_d('expired'),
        tls: { kind: 'chain', certificate: good('expired', { validFromDays: -90, validToDays: -2 }) },
        expect: [{ code: 'CERT_EXPIRED', severity: 'error' }],
    },
    {
        name: 'not-yet-valid',
        fault: 'leaf valid from tomorrow',
        domain: scenarios_d('not-yet-valid'),
        tls: { kind: 'chain', certificate: good('not-yet-valid', { validFromDays: 1, validToDays: 90 }) },
        expect: [{ code: 'CERT_NOT_YET_VALID', severity: 'error' }],
    },
    {
        name: 'expires-soon',
        fault: 'leaf expires in 3 days',
        domain: scenarios_d('expires-soon'),
        tls: { kind: 'chain', certificate: good('expires-soon', { validToDays: 3.5 }) },
        expect: [{ code: 'CERT_EXPIRES_SOON', severity: 'error' }],
    },
    {
        name: 'name-mismatch',
        fault: 'certificate for another name',
        domain: scenarios_d('name-mismatch'),
        tls: { kind: 'chain', certificate: { names: ['other.example.test'] } },
        expect: [{ code: 'CERT_NAME_MISMATCH', severity: 'error' }],
    },
    {
        name: 'wildcard-too-deep',
        fault: `*.${LAB_ZONE} for a name two labels down`,
        domain: `a.${scenarios_d('wildcard-too-deep')}`,
        tls: { kind: 'chain', certificate: { names: [`*.${LAB_ZONE}`] } },
        expect: [{ code: 'CERT_NAME_MISMATCH', severity: 'error' }],
    },
    {
        name: 'self-signed',
        fault: 'self-signed leaf',
        domain: scenarios_d('self-signed'),
        tls: { kind: 'chain', certificate: good('self-signed', { issuer: 'self' }) },
        expect: [{ code: 'CERT_SELF_SIGNED', severity: 'error' }],
    },
    {
        name: 'self-signed-alb',
        fault: 'self-signed leaf behind an ALB (which does not validate)',
        domain: scenarios_d('self-signed-alb'),
        edge: 'alb',
        tls: { kind: 'chain', certificate: good('self-signed-alb', { issuer: 'self' }) },
        expect: [{ code: 'CERT_SELF_SIGNED', severity: 'warning' }],
    },
    {
        name: 'unknown-root',
        fault: 'chain to a root outside the trust store',
        domain: scenarios_d('unknown-root'),
        tls: { kind: 'chain', certificate: good('unknown-root', { issuer: 'rogue' }) },
        expect: [{ code: 'CERT_UNTRUSTED_ROOT', severity: 'error' }],
    },
    {
        name: 'missing-intermediate',
        fault: 'leaf sent without its intermediate',
        domain: scenarios_d('missing-intermediate'),
        tls: { kind: 'chain', certificate: good('missing-intermediate'), order: 'leaf-only' },
        expect: [{ code: 'CERT_CHAIN_INCOMPLETE', severity: 'error' }],
    },
    {
        name: 'chain-out-of-order',
        fault: 'root sent before the intermediate it issued',
        domain: scenarios_d('chain-out-of-order'),
        tls: { kind: 'chain', certificate: good('chain-out-of-order'), order: 'root-before-intermediate' },
        expect: [{ code: 'CERT_CHAIN_ORDER', severity: 'error' }],
    },
    {
        name: 'p521-key',
        fault: 'ECDSA P-521 leaf key',
        domain: scenarios_d('p521-key'),
        tls: { kind: 'chain', certificate: good('p521-key', { key: 'p521' }) },
        // The edge offers no P-521 curve, so the handshake itself fails; the certificate names why.
        expect: [
            { code: 'TLS_HANDSHAKE_FAILED', severity: 'error' },
            { code: 'CERT_KEY_UNSUPPORTED', severity: 'error' },
        ],
    },
    {
        name: 'sha1-signed',
        fault: 'leaf signed with SHA-1',
        domain: scenarios_d('sha1-signed'),
        tls: { kind: 'chain', certificate: good('sha1-signed', { signatureHash: 'sha1' }) },
        expect: [{ code: 'CERT_SIGNATURE_WEAK', severity: 'warning' }],
    },
    {
        name: 'sni-required',
        fault: 'another certificate without SNI',
        domain: scenarios_d('sni-required'),
        tls: { kind: 'sni-dependent', certificate: good('sni-required'), withoutSni: { names: ['default.example.test'] } },
        expect: [{ code: 'TLS_SNI_REQUIRED', severity: 'notice' }],
    },
    // C2: what the edge's hellos at each allowed version find.
    {
        name: 'tls10-only',
        fault: 'accepts only TLS 1.0; ssl-protocols [TLSv1.2]',
        domain: scenarios_d('tls10-only'),
        tls: { kind: 'chain', certificate: good('tls10-only'), openssl: { minVersion: 'TLSv1', maxVersion: 'TLSv1' } },
        expect: [{ code: 'TLS_NO_COMMON_PROTOCOL', severity: 'error' }],
    },
    {
        name: 'tls10-only-allowed',
        fault: 'accepts only TLS 1.0; ssl-protocols [TLSv1, TLSv1.2]',
        domain: scenarios_d('tls10-only-allowed'),
        sslProtocols: ['TLSv1', 'TLSv1.2'],
        tls: { kind: 'chain', certificate: good('tls10-only-allowed'), openssl: { minVersion: 'TLSv1', maxVersion: 'TLSv1' } },
        expect: [{ code: 'TLS_WEAK_PROTOCOL_ONLY', severity: 'warning' }],
    },
    // CloudFront never speaks TLS 1.3 to origins; the finding says the origin is TLS 1.3-only.
    {
        name: 'tls13-only',
        fault: 'accepts only TLS 1.3',
        domain: scenarios_d('tls13-only'),
        tls: { kind: 'chain', certificate: good('tls13-only'), openssl: { minVersion: 'TLSv1.3' } },
        expect: [{ code: 'TLS_NO_COMMON_PROTOCOL', severity: 'error' }],
    },
    {
        // Behind a modern edge TLS 1.3 works, but it encrypts the certificate: the gate says it went unchecked.
        name: 'tls13-only-generic',
        fault: 'accepts only TLS 1.3, behind `edge: generic`',
        domain: scenarios_d('tls13-only-generic'),
        edge: 'generic',
        sslProtocols: ['TLSv1.2', 'TLSv1.3'],
        tls: { kind: 'chain', certificate: good('tls13-only-generic'), openssl: { minVersion: 'TLSv1.3' } },
        expect: [{ code: 'PROBE_UNAVAILABLE', severity: 'notice' }],
    },
    {
        name: 'chacha20-only',
        fault: 'accepts only ECDHE-ECDSA-CHACHA20-POLY1305',
        domain: scenarios_d('chacha20-only'),
        tls: {
            kind: 'chain',
            certificate: good('chacha20-only'),
            openssl: { maxVersion: 'TLSv1.2', ciphers: 'ECDHE-ECDSA-CHACHA20-POLY1305' },
        },
        expect: [{ code: 'TLS_NO_COMMON_CIPHER', severity: 'error' }],
    },
    {
        name: 'dhe-only',
        fault: 'accepts only DHE-RSA-AES128-GCM-SHA256',
        domain: scenarios_d('dhe-only'),
        tls: {
            kind: 'chain',
            certificate: good('dhe-only', { key: 'rsa2048' }),
            openssl: { maxVersion: 'TLSv1.2', ciphers: 'DHE-RSA-AES128-GCM-SHA256@SECLEVEL=0', dhe: true },
        },
        expect: [{ code: 'TLS_NO_COMMON_CIPHER', severity: 'error' }],
    },
    // Served by the lab's own raw TLS server: OpenSSL 3 has neither suite. CloudFront still offers RC4-MD5.
    {
        name: 'rc4-md5-only',
        fault: 'accepts only RC4-MD5 (CloudFront offers it: no finding)',
        domain: scenarios_d('rc4-md5-only'),
        tls: {
            kind: 'raw-suites',
            certificate: good('rc4-md5-only', { key: 'rsa2048' }),
            versions: ['TLSv1', 'TLSv1.1', 'TLSv1.2'],
            suites: ['RC4-MD5'],
        },
        expect: [],
    },
    {
        name: '3des-only-alb',
        fault: 'accepts only DES-CBC3-SHA, behind an ALB (its target policy has no 3DES)',
        domain: scenarios_d('3des-only-alb'),
        edge: 'alb',
        tls: {
            kind: 'raw-suites',
            certificate: good('3des-only-alb', { key: 'rsa2048' }),
            versions: ['TLSv1', 'TLSv1.1', 'TLSv1.2'],
            suites: ['DES-CBC3-SHA'],
        },
        expect: [{ code: 'TLS_NO_COMMON_CIPHER', severity: 'error' }],
    },
    {
        name: 'client-cert',
        fault: 'origin demands a client certificate',
        domain: scenarios_d('client-cert'),
        tls: { kind: 'client-certificate-required', certificate: good('client-cert') },
        expect: [{ code: 'TLS_HANDSHAKE_FAILED', severity: 'error' }],
    },
    {
        name: 'plain-http',
        fault: 'plain HTTP on the HTTPS port',
        domain: scenarios_d('plain-http'),
        tls: { kind: 'plain-http' },
        expect: [{ code: 'TLS_HANDSHAKE_FAILED', severity: 'error' }],
    },
    {
        name: 'refused-port',
        fault: 'nothing listens on the HTTPS port',
        domain: scenarios_d('refused-port'),
        tls: { kind: 'none' },
        expect: [{ code: 'PORT_REFUSED', severity: 'error' }],
    },
    {
        name: 'one-bad-address',
        fault: 'second of two addresses refuses',
        domain: scenarios_d('one-bad-address'),
        tls: { kind: 'chain', certificate: good('one-bad-address') },
        extraAddresses: ['127.0.0.2'],
        expect: [{ code: 'PORT_REFUSED', severity: 'error', address: '127.0.0.2' }],
    },
    ...HTTP_SCENARIOS,
    ...DNS_SCENARIOS,
];

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: ./lib/edges/suites.js
var suites = __webpack_require__(4641);
// EXTERNAL MODULE: ./lib/probes/tls/names.js
var tls_names = __webpack_require__(4357);
// EXTERNAL MODULE: ./lib/probes/tls/wire.js
var wire = __webpack_require__(1016);
;// CONCATENATED MODULE: ./lib/lab/client-hello-reader.js

const RECORD_HANDSHAKE = 22;
const CLIENT_HELLO = 1;
const EXT_SERVER_NAME = 0;
const EXT_SUPPORTED_VERSIONS = 43;
/** No real ClientHello comes near this; more is not a client we want to talk to. */
const MAX_CLIENT_HELLO_BYTES = 64 * 1024;
/**
 * Reads the first ClientHello from the bytes received so far, across records. `incomplete`: wait for
 * more; `invalid`: not a TLS ClientHello (an SSLv2 hello, HTTP, garbage, or over the size bound).
 */
function readClientHello(received) {
    if (received.length > MAX_CLIENT_HELLO_BYTES)
        return 'invalid';
    const fragments = [];
    let at = 0;
    while (at + 5 <= received.length) {
        if (received[at] !== RECORD_HANDSHAKE || received[at + 1] !== 3)
            return 'invalid';
        const length = received.readUInt16BE(at + 3);
        if (at + 5 + length > received.length)
            break;
        fragments.push(received.subarray(at + 5, at + 5 + length));
        at += 5 + length;
        const handshake = Buffer.concat(fragments);
        if (handshake.length >= 4) {
            if (handshake[0] !== CLIENT_HELLO)
                return 'invalid';
            const bodyLength = handshake.readUIntBE(1, 3);
            if (handshake.length >= 4 + bodyLength)
                return parseBody(handshake.subarray(4, 4 + bodyLength)) ?? 'invalid';
        }
    }
    if (received.length >= 1 && received[0] !== RECORD_HANDSHAKE)
        return 'invalid';
    return 'incomplete';
}
function parseBody(body) {
    const reader = new wire/* Cursor */.bs(body);
    const clientVersion = reader.u16();
    reader.bytes(32); // random
    reader.vector8(); // session id
    const suites = reader.vector16();
    reader.vector8(); // compression methods
    if (clientVersion === undefined || suites === undefined || reader.failed || suites.length % 2 !== 0)
        return undefined;
    const cipherSuites = [];
    for (let i = 0; i < suites.length; i += 2)
        cipherSuites.push(suites.readUInt16BE(i));
    const summary = { clientVersion, cipherSuites, hasExtensions: !reader.atEnd };
    if (reader.atEnd)
        return summary;
    const extensions = new wire/* Cursor */.bs(reader.vector16() ?? Buffer.alloc(0));
    while (!extensions.atEnd) {
        const type = extensions.u16();
        const data = extensions.vector16();
        if (type === undefined || data === undefined)
            return undefined;
        if (type === EXT_SERVER_NAME)
            summary.sni = serverName(data);
        if (type === EXT_SUPPORTED_VERSIONS)
            summary.supportedVersions = versionsOf(data);
    }
    return summary;
}
function serverName(data) {
    const list = new wire/* Cursor */.bs(new wire/* Cursor */.bs(data).vector16() ?? Buffer.alloc(0));
    const type = list.u8();
    const name = list.vector16();
    return type === 0 && name ? name.toString('ascii') : undefined;
}
function versionsOf(data) {
    const list = new wire/* Cursor */.bs(data).vector8() ?? Buffer.alloc(0);
    const versions = [];
    for (let i = 0; i + 1 < list.length; i += 2)
        versions.push(list.readUInt16BE(i));
    return versions;
}

;// CONCATENATED MODULE: ./lib/lab/raw-tls-server.js





const ALERT = { handshakeFailure: 40, protocolVersion: 70 };
const HANDSHAKE = { serverHello: 2, certificate: 11, serverHelloDone: 14 };
const EXT_RENEGOTIATION_INFO = 0xff01;
/**
 * A TLS server without cryptography, for the lab and the tests: it reads a ClientHello and answers with
 * a ServerHello (its preferred suite among those offered, the highest common version), Certificate and
 * ServerHelloDone, or with the alert OpenSSL would send. It serves suites no OpenSSL 3 build serves
 * (RC4-MD5, DES-CBC3-SHA). The handshake can go no further: anything the client sends next ends the
 * connection, so only the server's choice can be observed, which is all a probe needs.
 */
function createRawTlsServer(options) {
    const sockets = new Set();
    const server = (0,external_node_net_.createServer)((socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        socket.on('error', () => undefined);
        socket.setTimeout(options.idleMs ?? 5_000, () => socket.destroy());
        let received = Buffer.alloc(0);
        let answered = false;
        socket.on('data', (chunk) => {
            if (answered)
                return void socket.destroy();
            received = Buffer.concat([received, chunk]);
            const hello = readClientHello(received);
            if (hello === 'incomplete')
                return;
            if (hello === 'invalid')
                return void socket.destroy();
            answered = true;
            socket.write(answer(hello, options));
        });
    });
    const close = server.close.bind(server);
    server.close = (callback) => {
        for (const socket of sockets)
            socket.destroy();
        return close(callback);
    };
    return server;
}
/** The server's first flight, or a fatal alert. */
function answer(hello, options) {
    const version = chooseVersion(hello, options.versions);
    if (version === undefined)
        return raw_tls_server_alert(ALERT.protocolVersion, hello.clientVersion);
    const suite = options.cipherSuites.find((code) => hello.cipherSuites.includes(code));
    if (suite === undefined)
        return raw_tls_server_alert(ALERT.handshakeFailure, version);
    const extensions = hello.hasExtensions
        ? (0,wire/* vector16 */.Pn)(Buffer.concat([(0,wire/* u16 */.NX)(EXT_RENEGOTIATION_INFO), (0,wire/* vector16 */.Pn)((0,wire/* vector8 */.Y8)(Buffer.alloc(0)))]))
        : Buffer.alloc(0);
    const serverHello = Buffer.concat([(0,wire/* u16 */.NX)(version), (0,external_node_crypto_.randomBytes)(32), (0,wire/* vector8 */.Y8)(Buffer.alloc(0)), (0,wire/* u16 */.NX)(suite), Buffer.from([0]), extensions]);
    const certificate = (0,wire/* vector24 */.W2)(Buffer.concat(options.certificates.map((der) => (0,wire/* vector24 */.W2)(der))));
    const flight = Buffer.concat([
        handshake(HANDSHAKE.serverHello, serverHello),
        handshake(HANDSHAKE.certificate, certificate),
        handshake(HANDSHAKE.serverHelloDone, Buffer.alloc(0)),
    ]);
    return record(22, version, flight);
}
/** The highest version both sides have, as a TLS 1.2 server reads the hello (supported_versions first). */
function chooseVersion(hello, versions) {
    const ours = versions.map(tls_names/* wireVersion */.UL).sort((a, b) => b - a);
    if (hello.supportedVersions)
        return ours.find((v) => hello.supportedVersions?.includes(v));
    return ours.find((v) => v <= hello.clientVersion);
}
function handshake(type, body) {
    return Buffer.concat([Buffer.from([type]), (0,wire/* u24 */.mj)(body.length), body]);
}
function record(contentType, version, fragment) {
    return Buffer.concat([Buffer.from([contentType]), (0,wire/* u16 */.NX)(Math.min(version, 0x0303)), (0,wire/* vector16 */.Pn)(fragment)]);
}
function raw_tls_server_alert(description, version) {
    return record(21, Math.max(0x0300, Math.min(version, 0x0303)), Buffer.from([2, description]));
}

;// CONCATENATED MODULE: ./lib/lab/tls-limits.js
/** Node TLS server options for a planted origin limited to some versions or suites. */
function openSslOptions(limits) {
    const options = {};
    if (limits.minVersion)
        options.minVersion = limits.minVersion;
    if (limits.maxVersion)
        options.maxVersion = limits.maxVersion;
    // TLS 1.0 and 1.1 need security level 0 in OpenSSL 3 (their handshake signatures use SHA-1).
    if (limits.ciphers)
        options.ciphers = limits.ciphers.includes('@SECLEVEL') ? limits.ciphers : `${limits.ciphers}:@SECLEVEL=0`;
    if (limits.dhe)
        options.dhparam = 'auto';
    return options;
}

;// CONCATENATED MODULE: ./lib/lab/http-servers.js
/** The lab's HTTP origins: in-process Node servers on loopback, so the lab needs nothing installed. */





const LAB_ADDRESS = '127.0.0.1';
/** How long the bytes before a planted reset get to reach the client. */
const RESET_DELAY_MS = 50;
/** A request longer than this is not one the lab answers. */
const MAX_REQUEST_BYTES = 64 * 1024;
async function startHttpOrigin(scenario, ca) {
    const answer = scenario.http?.answer;
    if (!answer)
        throw new Error(`${scenario.name} has no HTTP answer`);
    const sockets = new Set();
    const timers = new Set();
    let port = 0;
    const handle = (socket) => serve(socket, answer, () => port, timers);
    let server;
    if (answer.kind === 'node-http') {
        server = (0,external_node_http_.createServer)((_, response) => response.end('ok\n'));
    }
    else if (scenario.tls.kind === 'chain') {
        const issued = issueLeaf(scenario.tls.certificate, ca);
        server = (0,external_node_tls_.createServer)({ key: issued.leaf.keyPem, cert: pemBundle(issued.leaf, ...issued.chain) }, handle);
        server.on('tlsClientError', () => undefined);
    }
    else {
        server = (0,external_node_net_.createServer)(handle);
    }
    server.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
    });
    port = await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, LAB_ADDRESS, () => resolve(server.address().port));
    });
    return {
        scenario,
        address: LAB_ADDRESS,
        port,
        close: () => new Promise((resolve) => {
            for (const timer of timers)
                clearTimeout(timer);
            for (const socket of sockets)
                socket.destroy();
            server.close(() => resolve());
        }),
    };
}
/** Answers each complete request head on the connection as the scenario says. */
function serve(socket, answer, port, timers) {
    socket.on('error', () => undefined);
    let pending = '';
    socket.on('data', (chunk) => {
        pending += chunk.toString('latin1');
        if (pending.length > MAX_REQUEST_BYTES)
            return void socket.destroy();
        for (let end = pending.indexOf('\r\n\r\n'); end >= 0; end = pending.indexOf('\r\n\r\n')) {
            const requestLine = pending.slice(0, pending.indexOf('\r\n'));
            pending = pending.slice(end + 4);
            respond(socket, answer, requestLine, port(), timers);
        }
    });
}
function respond(socket, answer, requestLine, port, timers) {
    switch (answer.kind) {
        case 'silent-close':
            return void socket.end();
        case 'bytes':
            socket.write(Buffer.from(answer.response, 'latin1'));
            return after(socket, answer.then, timers);
        case 'drip':
            return drip(socket, Buffer.from(answer.response, 'latin1'), timers);
        case 'redirect-elsewhere': {
            const landed = requestLine.includes(' /landing ');
            const response = landed
                ? 'HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nok\n'
                : `HTTP/1.1 301 Moved Permanently\r\nLocation: http://${LAB_ADDRESS}:${port}/landing\r\nContent-Length: 0\r\n\r\n`;
            socket.write(response);
            return;
        }
        case 'node-http':
            return;
        case 'reset-after':
            // Let the bytes leave first: a reset drops whatever is still unsent.
            socket.write(Buffer.from(answer.response, 'latin1'), () => track(timers, setTimeout(() => socket.resetAndDestroy(), RESET_DELAY_MS)));
            return;
        case 'endless-chunked':
            socket.write('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n');
            return endlessChunks(socket);
    }
}
function after(socket, then, timers) {
    if (then === 'close')
        socket.end();
    else if (then !== 'keep-open')
        track(timers, setTimeout(() => socket.destroy(), then.closeAfterMs));
}
/** One byte a second, for as long as the client listens. */
function drip(socket, bytes, timers) {
    let at = 0;
    const next = () => {
        if (socket.destroyed || at >= bytes.length)
            return;
        socket.write(bytes.subarray(at, at + 1));
        at++;
        track(timers, setTimeout(next, 1000));
    };
    next();
}
/** 16 KiB chunks for as long as the client reads them, as fast as it does: past the reader's byte budget at once. */
function endlessChunks(socket) {
    const chunk = Buffer.from(`4000\r\n${'x'.repeat(0x4000)}\r\n`, 'latin1');
    const next = () => {
        while (!socket.destroyed)
            if (!socket.write(chunk))
                return void socket.once('drain', next);
    };
    next();
}
function track(timers, timer) {
    timers.add(timer);
    timer.unref();
}

;// CONCATENATED MODULE: ./lib/lab/servers.js









const servers_LAB_ADDRESS = '127.0.0.1';
/** Starts one planted origin on loopback, listening on a port of the system's choosing. */
async function startOrigin(scenario, ca) {
    if (scenario.http)
        return startHttpOrigin(scenario, ca);
    const server = createServerFor(scenario.tls, ca);
    if (!server) {
        // Nothing may listen here: take a free port, then release it so connections are refused.
        const port = await freePort();
        return { scenario, address: servers_LAB_ADDRESS, port, close: async () => { } };
    }
    const port = await listen(server);
    return { scenario, address: servers_LAB_ADDRESS, port, close: () => closeServer(server) };
}
function createServerFor(behaviour, ca) {
    const answer = 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 3\r\nConnection: close\r\n\r\nok\n';
    switch (behaviour.kind) {
        case 'none':
            return undefined;
        case 'plain-http':
            return (0,external_node_http_.createServer)((_, res) => res.end('plain http\n'));
        case 'chain':
        case 'client-certificate-required': {
            const issued = issueLeaf(behaviour.certificate, ca);
            const order = behaviour.kind === 'chain' ? (behaviour.order ?? 'as-issued') : 'as-issued';
            const served = order === 'leaf-only'
                ? [issued.leaf]
                : order === 'root-before-intermediate' && issued.root
                    ? [issued.leaf, issued.root, ...issued.chain]
                    : [issued.leaf, ...issued.chain];
            const options = { key: issued.leaf.keyPem, cert: pemBundle(...served) };
            if (behaviour.kind === 'client-certificate-required')
                Object.assign(options, { requestCert: true, rejectUnauthorized: true, ca: ca.root.pem });
            if (behaviour.kind === 'chain' && behaviour.openssl)
                Object.assign(options, openSslOptions(behaviour.openssl));
            return tlsAnswering(options, answer);
        }
        case 'raw-suites': {
            const issued = issueLeaf(behaviour.certificate, ca);
            const cipherSuites = behaviour.suites.map((name) => (0,suites/* suite */.rs)(name).code);
            return createRawTlsServer({
                versions: behaviour.versions,
                cipherSuites,
                certificates: [issued.leaf, ...issued.chain].map((c) => c.der),
            });
        }
        case 'sni-dependent': {
            const named = issueLeaf(behaviour.certificate, ca);
            const fallback = issueLeaf(behaviour.withoutSni, ca);
            const namedContext = (0,external_node_tls_.createSecureContext)({
                ciphers: 'DEFAULT@SECLEVEL=0',
                key: named.leaf.keyPem,
                cert: pemBundle(named.leaf, ...named.chain),
            });
            const wanted = new Set(behaviour.certificate.names);
            return tlsAnswering({
                key: fallback.leaf.keyPem,
                cert: pemBundle(fallback.leaf, ...fallback.chain),
                SNICallback: (name, done) => done(null, wanted.has(name) ? namedContext : undefined),
            }, answer);
        }
    }
}
function tlsAnswering(options, answer) {
    // Security level 0: the lab must be able to serve what OpenSSL 3 refuses by default (SHA-1 chains).
    const server = (0,external_node_tls_.createServer)({ ciphers: 'DEFAULT@SECLEVEL=0', ...options }, (socket) => {
        socket.on('error', () => { });
        socket.once('data', () => socket.end(answer));
    });
    // Probes hang up mid-handshake on purpose; that is not the lab's error.
    server.on('tlsClientError', () => { });
    return server;
}
function listen(server, address = servers_LAB_ADDRESS) {
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, address, () => {
            const bound = server.address();
            resolve(typeof bound === 'object' && bound ? bound.port : 0);
        });
    });
}
async function freePort() {
    const server = (0,external_node_net_.createServer)();
    const port = await listen(server);
    await closeServer(server);
    return port;
}
function closeServer(server) {
    return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
    });
}

;// CONCATENATED MODULE: ./lib/lab/http-config.js
/** The config lines of an origin with `health`: its policy and port when http-only, and the health request. */
function httpOriginLines(scenario, port) {
    const plan = scenario.http;
    if (!plan)
        return [];
    const lines = [];
    if (scenario.tls.kind === 'http-only')
        lines.push('    protocol-policy: http-only', `    http-port: ${port}`);
    lines.push('    health:', `      path: ${plan.health.path}`);
    if (plan.health.method)
        lines.push(`      method: ${plan.health.method}`);
    if (plan.health.expectStatus)
        lines.push(`      expect-status: [${plan.health.expectStatus.join(', ')}]`);
    return lines;
}

// EXTERNAL MODULE: external "node:dgram"
var external_node_dgram_ = __webpack_require__(1314);
// EXTERNAL MODULE: ./node_modules/dns-packet/index.js
var dns_packet = __webpack_require__(4894);
;// CONCATENATED MODULE: ./lib/lab/dns/zone.js

const CHAIN_LIMIT = 8;
/**
 * What an authoritative server holding `zones` answers (RFC 1034 4.3.2, no wildcards): the closest
 * zone it holds, a referral at a zone cut, CNAMEs chased inside the zone, NXDOMAIN or NODATA with the
 * zone's SOA, and REFUSED for names outside every zone it holds.
 */
function answerQuery(zones, qname, qtype, dnssec = false) {
    const zone = zones.filter((z) => (0,names/* isAtOrBelow */.a5)(qname, z.origin)).sort((a, b) => depth(b.origin) - depth(a.origin))[0];
    if (!zone)
        return { rcode: 'REFUSED', aa: false, answers: [], authorities: [], additionals: [] };
    const cut = cutAbove(zone, qname);
    if (cut && !(qtype === 'DS' && qname === cut))
        return referral(zone, cut);
    const reply = authoritative(zone, qname, qtype);
    return dnssec ? { ...reply, answers: withSignatures(zone, reply.answers) } : reply;
}
/** Each answered RRset followed by the RRSIGs the zone holds over it (for queries with the DO bit). */
function withSignatures(zone, answers) {
    const sets = [...new Set(answers.map((r) => `${r.name} ${r.type}`))];
    const signatures = zone.records.filter((r) => r.type === 'RRSIG' && sets.includes(`${r.name} ${r.data.split(' ')[0]}`));
    return [...answers, ...signatures];
}
function authoritative(zone, qname, qtype) {
    const answers = [];
    const soa = zone.records.filter((r) => r.type === 'SOA');
    const seen = new Set([qname]);
    let name = qname;
    for (let link = 0; link <= CHAIN_LIMIT; link++) {
        const here = zone.records.filter((r) => r.name === name);
        const cname = here.find((r) => r.type === 'CNAME');
        if (cname && qtype !== 'CNAME') {
            answers.push(cname);
            const target = cname.data;
            if (!(0,names/* isAtOrBelow */.a5)(target, zone.origin) || seen.has(target) || cutAbove(zone, target))
                break;
            seen.add(target);
            name = target;
            continue;
        }
        const matching = here.filter((r) => r.type === qtype);
        if (matching.length > 0) {
            answers.push(...matching);
            return { rcode: 'NOERROR', aa: true, answers, authorities: [], additionals: qtype === 'NS' ? glueFor(zone, matching) : [] };
        }
        const exists = zone.records.some((r) => (0,names/* isAtOrBelow */.a5)(r.name, name));
        return { rcode: exists ? 'NOERROR' : 'NXDOMAIN', aa: true, answers, authorities: soa, additionals: [] };
    }
    return { rcode: 'NOERROR', aa: true, answers, authorities: [], additionals: [] };
}
function referral(zone, cut) {
    const ns = zone.records.filter((r) => r.name === cut && r.type === 'NS');
    return { rcode: 'NOERROR', aa: false, answers: [], authorities: ns, additionals: glueFor(zone, ns) };
}
/** Addresses the zone holds for the name servers named: glue, in-zone or below a cut. */
function glueFor(zone, ns) {
    const targets = new Set(ns.map((r) => r.data));
    return zone.records.filter((r) => (r.type === 'A' || r.type === 'AAAA') && targets.has(r.name));
}
/** The topmost delegation point strictly inside the zone at or above the name: the zone ends there. */
function cutAbove(zone, name) {
    const cuts = zone.records.filter((r) => r.type === 'NS' && (0,names/* isBelow */.Yw)(r.name, zone.origin) && (0,names/* isAtOrBelow */.a5)(name, r.name)).map((r) => r.name);
    return cuts.sort((a, b) => depth(a) - depth(b))[0];
}
function depth(name) {
    return name === '.' ? 0 : name.split('.').length;
}

;// CONCATENATED MODULE: ./lib/lab/dns/server.js






const RCODES = { NOERROR: 0, FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3, NOTIMP: 4, REFUSED: 5 };
const TCP_BUDGET = 65_537;
/** An authoritative name server on one loopback address, answering UDP and TCP on one port. */
async function startNameServer(spec, port = 0) {
    const behaviour = spec.behaviour ?? {};
    const asked = [];
    const udp = (0,external_node_dgram_.createSocket)('udp4');
    await new Promise((resolve, reject) => {
        udp.once('error', reject);
        udp.bind(port, spec.address, () => {
            udp.off('error', reject);
            resolve();
        });
    });
    udp.on('error', () => undefined);
    const bound = udp.address().port;
    let tcp;
    const connections = new Set();
    if (behaviour.tcp !== false) {
        tcp = (0,external_node_net_.createServer)((socket) => {
            connections.add(socket);
            socket.once('close', () => connections.delete(socket));
            serveTcp(socket, spec, asked);
        });
        try {
            await new Promise((resolve, reject) => {
                tcp.once('error', reject);
                tcp.listen(bound, spec.address, () => resolve());
            });
        }
        catch (error) {
            udp.close();
            throw error;
        }
    }
    if (behaviour.udp !== false)
        udp.on('message', (message, peer) => void serveUdp(udp, message, peer, spec, asked));
    return {
        address: spec.address,
        port: bound,
        asked,
        close: () => new Promise((resolve) => {
            udp.close();
            if (!tcp)
                return resolve();
            tcp.close(() => resolve());
            for (const socket of connections)
                socket.destroy();
        }),
    };
}
async function serveUdp(udp, message, peer, spec, asked) {
    const answer = await server_respond(message, 'udp', spec, asked);
    // An answer delayed on purpose may come after the server was closed.
    if (answer) {
        try {
            udp.send(answer, peer.port, peer.address, () => undefined);
        }
        catch {
            // closed meanwhile
        }
    }
}
function serveTcp(socket, spec, asked) {
    socket.on('error', () => undefined);
    if (spec.behaviour?.tcp === 'silent')
        return;
    let buffered = Buffer.alloc(0);
    // Chunks are handled one after the other: an answer awaited for one must not interleave with the next.
    let handled = Promise.resolve();
    socket.on('data', (chunk) => {
        handled = handled.then(() => onChunk(chunk)).catch(() => void socket.destroy());
    });
    const onChunk = async (chunk) => {
        buffered = Buffer.concat([buffered, chunk]);
        if (buffered.length > TCP_BUDGET)
            return void socket.destroy();
        while (buffered.length >= 2 && buffered.length >= buffered.readUInt16BE(0) + 2) {
            const length = buffered.readUInt16BE(0);
            const message = buffered.subarray(2, length + 2);
            buffered = buffered.subarray(length + 2);
            const answer = await server_respond(message, 'tcp', spec, asked);
            if (!answer || socket.destroyed)
                continue;
            const prefix = Buffer.alloc(2);
            prefix.writeUInt16BE(answer.length);
            socket.write(Buffer.concat([prefix, answer]));
        }
    };
}
async function server_respond(message, transport, spec, asked) {
    let query;
    try {
        query = dns_packet.decode(message);
    }
    catch {
        return undefined;
    }
    const question = query.questions?.[0];
    if (!question || query.type !== 'query')
        return undefined;
    const opt = query.additionals?.find((a) => a.type === 'OPT');
    const seen = {
        name: (0,names/* canonicalName */.Ew)(question.name),
        type: question.type,
        transport,
        id: query.id ?? 0,
        recursionDesired: query.flag_rd,
    };
    if (opt)
        Object.assign(seen, { ednsUdpSize: opt.udpPayloadSize, dnssecOk: opt.flag_do });
    asked.push(seen);
    const behaviour = spec.behaviour ?? {};
    let reply = answerQuery(spec.zones, seen.name, seen.type, seen.dnssecOk === true);
    if (behaviour.rewrite)
        reply = behaviour.rewrite(reply, seen);
    if (!reply)
        return undefined;
    const delay = typeof behaviour.delayMs === 'function' ? behaviour.delayMs(seen) : behaviour.delayMs;
    if (delay)
        await new Promise((resolve) => setTimeout(resolve, delay));
    const limit = transport === 'tcp' ? 65_535 : Math.max(512, opt?.udpPayloadSize ?? 512);
    const encoded = encodeReply(query, reply, opt !== undefined, false);
    if (transport === 'udp' && (behaviour.truncateUdp || encoded.length > limit))
        return encodeReply(query, { ...reply, answers: [], authorities: [], additionals: [] }, opt !== undefined, true);
    return encoded;
}
function encodeReply(query, reply, edns, truncated) {
    let flags = RCODES[reply.rcode] | ((query.flags ?? 0) & dns_packet.RECURSION_DESIRED);
    if (reply.aa)
        flags |= dns_packet.AUTHORITATIVE_ANSWER;
    if (truncated || reply.tc)
        flags |= dns_packet.TRUNCATED_RESPONSE;
    return dns_packet.encode({
        type: 'response',
        id: query.id ?? 0,
        flags,
        questions: query.questions ?? [],
        answers: reply.answers.map(toPacketAnswer),
        authorities: reply.authorities.map(toPacketAnswer),
        additionals: [
            ...reply.additionals.map(toPacketAnswer),
            ...(edns
                ? [
                    {
                        type: 'OPT',
                        name: '.',
                        udpPayloadSize: 1232,
                        extendedRcode: 0,
                        ednsVersion: 0,
                        flags: 0,
                        flag_do: false,
                        options: [],
                    },
                ]
                : []),
        ],
    });
}

;// CONCATENATED MODULE: ./lib/lab/dns/start.js


const ATTEMPTS = 8;
/**
 * Starts every lab name server in this process, each on its own loopback address and all on one port
 * (the port `overrides.dns-port` gives the walk). Servers that are `down` are simply not started.
 */
async function startLabDns(servers) {
    let lastError;
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const running = [];
        try {
            let port = 0;
            for (const server of servers.filter((s) => s.mode !== 'down')) {
                const behaviour = { ...server.behaviour, ...(server.mode === 'udp-only' ? { tcp: false } : {}) };
                const started = await startNameServer({ address: server.address, zones: server.zones, behaviour }, port);
                running.push(started);
                port = started.port;
            }
            return { port, roots: [ROOT_ADDRESS], servers: running, close: async () => void (await Promise.all(running.map((s) => s.close()))) };
        }
        catch (error) {
            // The port the first server got is taken on another address: start over on a new one.
            lastError = error;
            await Promise.all(running.map((s) => s.close()));
        }
    }
    throw new Error(`the lab's name servers could not share a port: ${lastError?.message ?? lastError}`);
}

// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
;// CONCATENATED MODULE: ./lib/lab/function-scenarios.js
const lines = (...text) => `${text.join('\n')}\n`;
const HEALTHY = [
    {
        name: 'fn-security-headers',
        fault: 'none: security headers on every response (cloudfront-js-1.0)',
        kind: 'cloudfront-function',
        runtime: 'cloudfront-js-1.0',
        events: ['viewer-response'],
        source: lines('function handler(event) {', '    var headers = event.response.headers;', "    headers['strict-transport-security'] = { value: 'max-age=63072000; includeSubDomains' };", "    headers['x-content-type-options'] = { value: 'nosniff' };", "    headers['x-frame-options'] = { value: 'DENY' };", "    headers['referrer-policy'] = { value: 'strict-origin-when-cross-origin' };", '    return event.response;', '}'),
        expect: [],
    },
    {
        name: 'fn-spa-rewrite',
        fault: 'none: paths without an extension serve the app shell (cloudfront-js-2.0)',
        kind: 'cloudfront-function',
        runtime: 'cloudfront-js-2.0',
        events: ['viewer-request'],
        source: lines('function handler(event) {', '    const request = event.request;', "    const last = request.uri.split('/').pop();", "    if (request.uri.endsWith('/')) request.uri += 'index.html';", "    else if (!last.includes('.')) request.uri = '/index.html';", '    return request;', '}'),
        expect: [],
    },
    {
        name: 'fn-cookie-auth',
        fault: 'none: private paths need a session cookie, else a redirect to sign in (cloudfront-js-2.0)',
        kind: 'cloudfront-function',
        runtime: 'cloudfront-js-2.0',
        events: ['viewer-request'],
        source: lines('function handler(event) {', '    const request = event.request;', "    if (!request.uri.startsWith('/account')) return request;", '    const session = request.cookies.session;', '    if (session && session.value.length > 0) return request;', '    return {', '        statusCode: 302,', "        statusDescription: 'Found',", "        headers: { location: { value: '/login?next=' + encodeURIComponent(request.uri) } },", '    };', '}'),
        expect: [],
    },
    {
        name: 'fn-redirect',
        fault: 'none: an old path answered 301 with a Location (Lambda@Edge)',
        kind: 'lambda-edge',
        events: ['viewer-request'],
        source: lines("'use strict';", 'exports.handler = async (event) => {', '    const request = event.Records[0].cf.request;', "    if (request.uri !== '/old-page') return request;", '    return {', "        status: '301',", "        statusDescription: 'Moved Permanently',", "        headers: { location: [{ key: 'Location', value: 'https://www.example.com/new-page' }] },", '    };', '};'),
        expect: [],
    },
    {
        name: 'fn-ab-test',
        fault: 'none: an A/B test by cookie, new viewers assigned at random (Lambda@Edge)',
        kind: 'lambda-edge',
        events: ['viewer-request'],
        source: lines("'use strict';", 'exports.handler = async (event) => {', '    const request = event.Records[0].cf.request;', "    const cookies = (request.headers.cookie || []).map((h) => h.value).join('; ');", '    const assigned = /(?:^|; )experiment=([AB])/.exec(cookies);', "    const group = assigned ? assigned[1] : Math.random() < 0.5 ? 'A' : 'B';", "    if (group === 'B' && request.uri === '/') request.uri = '/experiment-b/index.html';", '    return request;', '};'),
        expect: [],
    },
];
const FAULTY = [
    {
        name: 'fn-let-in-js-1',
        fault: '`let` in a cloudfront-js-1.0 function (1.0 has no let/const)',
        kind: 'cloudfront-function',
        runtime: 'cloudfront-js-1.0',
        events: ['viewer-request'],
        source: lines('function handler(event) {', '    let request = event.request;', '    return request;', '}'),
        expect: [{ code: 'EDGE_FUNCTION_SYNTAX', severity: 'error', line: 2 }],
    },
    {
        name: 'fn-missing-header',
        fault: 'reads a header every viewer is assumed to send (cloudfront-js-2.0)',
        kind: 'cloudfront-function',
        runtime: 'cloudfront-js-2.0',
        events: ['viewer-request'],
        source: lines('function handler(event) {', '    const request = event.request;', "    const language = request.headers['accept-language'].value.slice(0, 2);", "    request.uri = '/' + language + request.uri;", '    return request;', '}'),
        expect: [{ code: 'EDGE_FUNCTION_THREW', severity: 'error', line: 3 }],
    },
    {
        name: 'fn-busy-loop',
        fault: 'a loop that never ends on some paths (cloudfront-js-1.0)',
        kind: 'cloudfront-function',
        runtime: 'cloudfront-js-1.0',
        events: ['viewer-request'],
        source: lines('function handler(event) {', '    var request = event.request;', '    var depth = 0;', "    while (request.uri.indexOf('/', depth) !== -1) depth = request.uri.indexOf('/', depth);", '    return request;', '}'),
        expect: [{ code: 'EDGE_FUNCTION_TIMEOUT', severity: 'error', line: 1 }],
    },
    {
        name: 'fn-status-as-string',
        fault: 'a generated redirect whose statusCode is the string "302" (cloudfront-js-2.0)',
        kind: 'cloudfront-function',
        runtime: 'cloudfront-js-2.0',
        events: ['viewer-request'],
        source: lines('function handler(event) {', "    return { statusCode: '302', statusDescription: 'Found', headers: { location: { value: '/maintenance' } } };", '}'),
        expect: [{ code: 'EDGE_FUNCTION_INVALID_OUTPUT', severity: 'error', line: 2 }],
    },
    {
        name: 'fn-rewrites-host',
        fault: 'sets the read-only Host header at viewer-request (Lambda@Edge)',
        kind: 'lambda-edge',
        events: ['viewer-request'],
        source: lines("'use strict';", 'exports.handler = async (event) => {', '    const request = event.Records[0].cf.request;', "    request.headers.host = [{ key: 'Host', value: 'assets.example.com' }];", '    return request;', '};'),
        expect: [{ code: 'EDGE_FUNCTION_READONLY_HEADER', severity: 'error', line: 4 }],
    },
    {
        name: 'fn-sets-x-cache',
        fault: 'adds the disallowed X-Cache header to responses (cloudfront-js-1.0)',
        kind: 'cloudfront-function',
        runtime: 'cloudfront-js-1.0',
        events: ['viewer-response'],
        source: lines('function handler(event) {', '    var response = event.response;', "    response.headers['x-cache'] = { value: 'edge' };", '    return response;', '}'),
        expect: [{ code: 'EDGE_FUNCTION_DISALLOWED_HEADER', severity: 'error', line: 3 }],
    },
    {
        name: 'fn-large-page',
        fault: 'a generated 50 KB page at viewer-request, over the 40 KB limit (Lambda@Edge)',
        kind: 'lambda-edge',
        events: ['viewer-request'],
        source: lines("'use strict';", "const PAGE = '<!doctype html><title>Down for maintenance</title>' + '<p>Back soon.</p>'.repeat(3000);", 'exports.handler = async () => ({', "    status: '503',", "    headers: { 'content-type': [{ key: 'Content-Type', value: 'text/html' }] },", '    body: PAGE,', '});'),
        expect: [{ code: 'EDGE_FUNCTION_TOO_LARGE', severity: 'error', line: 6 }],
    },
    {
        name: 'fn-lambda-shape',
        fault: 'a CloudFront Function reading headers the Lambda@Edge way, `[0].value` (cloudfront-js-2.0)',
        kind: 'cloudfront-function',
        runtime: 'cloudfront-js-2.0',
        events: ['viewer-request'],
        source: lines('function handler(event) {', '    const request = event.request;', "    if (request.headers['x-debug'] && request.headers['x-debug'][0].value === '1') request.uri = '/debug' + request.uri;", '    return request;', '}'),
        expect: [{ code: 'EDGE_FUNCTION_SUSPICIOUS', severity: 'warning', line: 3 }],
    },
    {
        name: 'fn-calls-network',
        fault: 'looks a value up over the network, which the check cannot run (Lambda@Edge)',
        kind: 'lambda-edge',
        events: ['origin-request'],
        source: lines("'use strict';", "const https = require('https');", 'exports.handler = async (event) => {', '    const request = event.Records[0].cf.request;', "    await new Promise((resolve) => https.get('https://flags.example.com/', resolve).on('error', resolve));", '    return request;', '};'),
        expect: [{ code: 'EDGE_FUNCTION_UNCHECKED', severity: 'notice', line: 5 }],
    },
];
const FUNCTION_SCENARIOS = [...HEALTHY, ...FAULTY];
/** Where the lab writes a scenario's source, relative to the lab's folder. */
function functionSourcePath(scenario) {
    return `edge/${scenario.name}.${scenario.module ? 'mjs' : 'js'}`;
}
const SOURCE_FUNCTION_SCENARIOS = [
    {
        name: 'src-fn-index-rewrite',
        fault: 'none: directory paths get index.html (a CloudFront Function in the source, cloudfront-js-2.0)',
        kind: 'cloudfront-function',
        runtime: 'cloudfront-js-2.0',
        event: 'viewer-request',
        source: lines('function handler(event) {', '    const request = event.request;', "    if (request.uri.endsWith('/')) request.uri += 'index.html';", '    return request;', '}'),
        expect: [],
    },
    {
        name: 'src-fn-origin-auth',
        fault: 'none: a header the origin checks, added at origin-request (Lambda@Edge in the source, a published version)',
        kind: 'lambda-edge',
        event: 'origin-request',
        source: lines("'use strict';", 'exports.handler = async (event) => {', '    const request = event.Records[0].cf.request;', "    request.headers['x-origin-verify'] = [{ key: 'X-Origin-Verify', value: 'lab' }];", '    return request;', '};'),
        expect: [],
    },
    {
        name: 'src-fn-env-vars',
        fault: 'environment variables on a Lambda@Edge function, which CloudFront refuses to associate',
        kind: 'lambda-edge',
        event: 'origin-response',
        environment: { STAGE: 'lab' },
        source: lines("'use strict';", 'exports.handler = async (event) => {', '    const response = event.Records[0].cf.response;', "    response.headers['x-stage'] = [{ key: 'X-Stage', value: process.env.STAGE || 'lab' }];", '    return response;', '};'),
        expect: [{ code: 'EDGE_FUNCTION_DEPLOY_RULE', severity: 'error', setting: 'environment' }],
    },
];

;// CONCATENATED MODULE: ./lib/lab/lab.js











class LabError extends errors/* PreflightError */.wG {
    code = 'OP_ERR_LAB';
}
const LAB_DNS_TIMEOUT_MS = 250;
/** Every lab origin's name and the addresses it is served on, then each scenario's planted DNS. */
function labDnsServers(origins) {
    const records = origins
        .filter((o) => !o.scenario.dns)
        .map((o) => ({ domain: o.scenario.domain, addresses: [o.address, ...(o.scenario.extraAddresses ?? [])] }));
    return labNameServers(LAB_ZONE, records, origins.flatMap((o) => (o.scenario.dns ? [o.scenario.dns] : [])));
}
/**
 * Starts every planted origin on loopback, writes the planted functions' sources, and writes the config
 * that declares them all. The whole lab plants every function; a chosen set of origins, none unless given.
 */
async function startLab(scenarios = SCENARIOS, functions = scenarios === SCENARIOS ? FUNCTION_SCENARIOS : []) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'origin-preflight-lab-'));
    const ca = createAuthorities();
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'root.pem'), ca.root.pem);
    const started = await Promise.allSettled(scenarios.map((s) => startOrigin(s, ca)));
    const origins = started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const failed = started.find((r) => r.status === 'rejected');
    if (failed) {
        await Promise.all(origins.map((o) => o.close()));
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        throw new LabError(`a lab origin could not start: ${failed.reason?.message ?? failed.reason}`);
    }
    let nameServers;
    try {
        nameServers = await startLabDns(labDnsServers(origins));
    }
    catch (error) {
        await Promise.all(origins.map((o) => o.close()));
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        throw new LabError(`the lab's name servers could not start: ${error?.message ?? error}`);
    }
    const dns = { roots: nameServers.roots, port: nameServers.port, timeoutMs: LAB_DNS_TIMEOUT_MS };
    const configPath = (0,external_node_path_.join)(dir, 'origin-preflight.yml');
    for (const fn of functions) {
        const file = (0,external_node_path_.join)(dir, functionSourcePath(fn));
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(file, '..'), { recursive: true });
        (0,external_node_fs_.writeFileSync)(file, fn.source);
    }
    (0,external_node_fs_.writeFileSync)(configPath, labConfig(origins, dns, functions));
    return {
        dir,
        configPath,
        origins,
        scenarios,
        functions,
        dns,
        async close() {
            await Promise.all([...origins.map((o) => o.close()), nameServers.close()]);
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        },
    };
}
/**
 * The lab's config: the lab root trusted, the walk started at the lab's root name server, every origin
 * on its loopback port, pinned to its address unless its scenario plants DNS to be found through; then
 * the planted edge functions, their code in the lab's folder (the config's repository root).
 */
function labConfig(origins, dns, functions = []) {
    const lines = [
        '# Generated by `origin-preflight lab`: planted origins on loopback, healthy and broken.',
        'version: 1',
        'defaults:',
        '  edge: cloudfront',
        '  protocol-policy: https-only',
        '  timeouts:',
        '    connect-ms: 2000',
        '    read-ms: 3000',
        'overrides:',
        '  trust-roots: [root.pem]',
        ...(dns ? [`  dns-roots: [${dns.roots.join(', ')}]`, `  dns-port: ${dns.port}`, `  dns-timeout-ms: ${dns.timeoutMs}`] : []),
        'origins:',
    ];
    for (const { scenario, address, port } of origins) {
        lines.push(`  - name: ${scenario.name}`, `    domain: ${scenario.domain}`);
        if (scenario.hostHeader)
            lines.push(`    host-header: ${scenario.hostHeader}`);
        if (scenario.edge)
            lines.push(`    edge: ${scenario.edge}`);
        if (scenario.sslProtocols)
            lines.push(`    ssl-protocols: [${scenario.sslProtocols.join(', ')}]`);
        lines.push(`    https-port: ${port}`);
        if (!scenario.dns)
            lines.push(`    addresses: [${[address, ...(scenario.extraAddresses ?? [])].join(', ')}]`);
        lines.push(...httpOriginLines(scenario, port));
    }
    if (functions.length > 0)
        lines.push('edge-functions:');
    for (const fn of functions) {
        lines.push(`  - name: ${fn.name}`, `    kind: ${fn.kind}`);
        if (fn.runtime)
            lines.push(`    runtime: ${fn.runtime}`);
        lines.push(`    code: ${functionSourcePath(fn)}`, `    events: [${fn.events.join(', ')}]`);
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./lib/lab/scenario-outcome.js
/**
 * A planted fault counts as caught only with its exact codes (and address where named), and nothing more;
 * a planted function's, with its exact codes at their lines of its source.
 */
function judgeLab(report, scenarios, functions = []) {
    return [...scenarios.map((scenario) => judgeOrigin(report, scenario)), ...functions.map((scenario) => judgeFunction(report, scenario))];
}
function judgeFunction(report, scenario) {
    const fn = report.functions?.find((f) => f.name === scenario.name);
    const reported = [...new Set((fn?.findings ?? []).map((f) => `${f.code}/${f.severity}:${f.line ?? fn.line}`))].sort();
    const expected = scenario.expect.map((e) => `${e.code}/${e.severity}:${e.line}`).sort();
    const caught = fn !== undefined && reported.length === expected.length && reported.every((r, i) => r === expected[i]);
    return { scenario: scenario.name, fault: scenario.fault, expected, reported, caught };
}
function judgeOrigin(report, scenario) {
    const origin = report.origins.find((o) => o.name === scenario.name);
    const findings = origin?.findings ?? [];
    const reported = [
        ...new Set(findings.map((f) => `${f.code}/${f.severity}${scenarioNamesAddress(scenario, f.code) ? `@${f.address}` : ''}`)),
    ].sort();
    const expected = scenario.expect.map((e) => `${e.code}/${e.severity}${e.address ? `@${e.address}` : ''}`).sort();
    const caught = origin !== undefined && reported.length === expected.length && reported.every((r, i) => r === expected[i]);
    return { scenario: scenario.name, fault: scenario.fault, expected, reported, caught };
}
function scenarioNamesAddress(scenario, code) {
    return scenario.expect.some((e) => e.code === code && e.address !== undefined);
}
function renderVerdicts(verdicts) {
    const rows = verdicts.map((v) => [
        v.caught ? 'caught' : 'MISSED',
        v.scenario,
        v.fault,
        v.expected.join(' ') || '(none)',
        v.reported.join(' ') || '(none)',
    ]);
    const header = ['verdict', 'origin or function', 'planted fault', 'expected', 'reported'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => cells
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd();
    const caught = verdicts.filter((v) => v.caught).length;
    return ([
        line(header),
        line(widths.map((w) => '-'.repeat(w))),
        ...rows.map(line),
        '',
        `lab: ${caught}/${verdicts.length} scenarios as expected`,
    ].join('\n') + '\n');
}

;// CONCATENATED MODULE: ./lib/lab/run.js





/**
 * `origin-preflight lab`: start the planted origins, run the gate on them, and pass only when every
 * planted fault was caught with its expected code and no healthy origin was flagged.
 */
async function runLab(options) {
    const { io } = options;
    const lab = await startLab();
    try {
        if (options.serve) {
            io.stdout.write(`lab up: ${lab.origins.length} origins, ${lab.functions.length} edge functions\nconfig: ${lab.configPath}\n` +
                `try: origin-preflight check --config ${lab.configPath}\nCtrl-C stops it.\n`);
            await new Promise((resolve) => {
                process.once('SIGINT', resolve);
                process.once('SIGTERM', resolve);
            });
            return 0;
        }
        const started = performance.now();
        const report = await (0,run.runPreflight)((0,load.loadConfig)(lab.configPath, io.env));
        io.stdout.write((0,render.renderReport)(report, options.format, { color: Boolean(io.stdout.isTTY) }));
        const verdicts = judgeLab(report, lab.scenarios, lab.functions);
        const out = options.format === 'json' ? io.stderr : io.stdout;
        out.write(`\n${renderVerdicts(verdicts)}lab: gate ran in ${Math.round(performance.now() - started)} ms\n`);
        return verdicts.every((v) => v.caught) ? 0 : 1;
    }
    finally {
        await lab.close();
    }
}


/***/ })

};
