export const id = 704;
export const ids = [704];
export const modules = {

/***/ 4278:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ WEAK_HASHES),
/* harmony export */   d: () => (/* binding */ describeSignatureAlgorithm)
/* harmony export */ });
/* harmony import */ var _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7261);
/* harmony import */ var _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3594);


const RSASSA_PSS = '1.2.840.113549.1.1.10';
const SIGNATURE_ALGORITHMS = {
    '1.2.840.113549.1.1.2': { name: 'md2WithRSAEncryption', hash: 'md2' },
    '1.2.840.113549.1.1.3': { name: 'md4WithRSAEncryption', hash: 'md4' },
    '1.2.840.113549.1.1.4': { name: 'md5WithRSAEncryption', hash: 'md5' },
    '1.2.840.113549.1.1.5': { name: 'sha1WithRSAEncryption', hash: 'sha1' },
    '1.2.840.113549.1.1.14': { name: 'sha224WithRSAEncryption', hash: 'sha224' },
    '1.2.840.113549.1.1.11': { name: 'sha256WithRSAEncryption', hash: 'sha256' },
    '1.2.840.113549.1.1.12': { name: 'sha384WithRSAEncryption', hash: 'sha384' },
    '1.2.840.113549.1.1.13': { name: 'sha512WithRSAEncryption', hash: 'sha512' },
    '1.2.840.10045.4.1': { name: 'ecdsa-with-SHA1', hash: 'sha1' },
    '1.2.840.10045.4.3.1': { name: 'ecdsa-with-SHA224', hash: 'sha224' },
    '1.2.840.10045.4.3.2': { name: 'ecdsa-with-SHA256', hash: 'sha256' },
    '1.2.840.10045.4.3.3': { name: 'ecdsa-with-SHA384', hash: 'sha384' },
    '1.2.840.10045.4.3.4': { name: 'ecdsa-with-SHA512', hash: 'sha512' },
    '1.2.840.10040.4.3': { name: 'dsa_with_SHA1', hash: 'sha1' },
    '2.16.840.1.101.3.4.3.1': { name: 'dsa_with_SHA224', hash: 'sha224' },
    '2.16.840.1.101.3.4.3.2': { name: 'dsa_with_SHA256', hash: 'sha256' },
    // EdDSA digests are fixed by the scheme.
    '1.3.101.112': { name: 'ED25519', hash: 'sha512' },
    '1.3.101.113': { name: 'ED448', hash: 'shake256' },
};
const DIGESTS = {
    '1.2.840.113549.2.5': 'md5',
    '1.3.14.3.2.26': 'sha1',
    '2.16.840.1.101.3.4.2.4': 'sha224',
    '2.16.840.1.101.3.4.2.1': 'sha256',
    '2.16.840.1.101.3.4.2.2': 'sha384',
    '2.16.840.1.101.3.4.2.3': 'sha512',
};
/** Digests that no longer protect a certificate signature. */
const WEAK_HASHES = new Set(['md2', 'md4', 'md5', 'sha1']);
function describeSignatureAlgorithm(algorithm) {
    const oid = algorithm.algorithm;
    if (oid === RSASSA_PSS)
        return { oid, name: 'rsassaPss', hash: pssDigest(algorithm.parameters) };
    const known = SIGNATURE_ALGORITHMS[oid];
    return known ? { oid, ...known } : { oid, name: oid, hash: 'unknown' };
}
/**
 * RSASSA-PSS carries its digest in its parameters: SEQUENCE { [0] EXPLICIT AlgorithmIdentifier, ... }.
 * An absent [0] means SHA-1 (RFC 4055).
 */
function pssDigest(parameters) {
    if (!parameters)
        return 'sha1';
    const bytes = new Uint8Array(parameters);
    const sequence = readHeader(bytes, 0);
    if (!sequence || bytes[0] !== 0x30)
        return 'unknown';
    const first = readHeader(bytes, sequence.contentStart);
    if (!first || bytes[sequence.contentStart] !== 0xa0)
        return 'sha1';
    try {
        const inner = bytes.slice(first.contentStart, first.contentEnd);
        const hash = _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_0__.AsnConvert.parse(inner, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_1__.AlgorithmIdentifier).algorithm;
        return DIGESTS[hash] ?? 'unknown';
    }
    catch {
        return 'unknown';
    }
}
/** Reads one DER tag-length header at `offset` (single-byte tags only, enough for PSS parameters). */
function readHeader(bytes, offset) {
    const first = bytes[offset + 1];
    if (first === undefined)
        return undefined;
    if (first < 0x80)
        return { contentStart: offset + 2, contentEnd: offset + 2 + first };
    const lengthBytes = first & 0x7f;
    if (lengthBytes === 0 || lengthBytes > 3)
        return undefined;
    let length = 0;
    for (let i = 0; i < lengthBytes; i++) {
        const byte = bytes[offset + 2 + i];
        if (byte === undefined)
            return undefined;
        length = length * 256 + byte;
    }
    const contentStart = offset + 2 + lengthBytes;
    return { contentStart, contentEnd: contentStart + length };
}


/***/ }),

/***/ 7220:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SV: () => (/* binding */ acceptedKeysLabel),
/* harmony export */   a: () => (/* binding */ describePublicKey),
/* harmony export */   bT: () => (/* binding */ keyAccepted),
/* harmony export */   w8: () => (/* binding */ keyLabel)
/* harmony export */ });
const CURVE_BITS = { prime256v1: 256, secp384r1: 384, secp521r1: 521, secp256k1: 256 };
/** namedCurve parameters by their DER encoding (OBJECT IDENTIFIER tag included). */
const CURVE_BY_PARAMETERS = {
    '06082a8648ce3d030107': 'prime256v1',
    '06052b81040022': 'secp384r1',
    '06052b81040023': 'secp521r1',
    '06052b8104000a': 'secp256k1',
};
const KEY_TYPE_BY_OID = {
    '1.2.840.113549.1.1.1': 'rsa',
    '1.2.840.113549.1.1.10': 'rsa-pss',
    '1.2.840.10045.2.1': 'ec',
    '1.2.840.10040.4.1': 'dsa',
    '1.3.101.112': 'ed25519',
    '1.3.101.113': 'ed448',
};
function describePublicKey(x509, spki) {
    try {
        const key = x509.publicKey;
        const type = key.asymmetricKeyType ?? 'unknown';
        const details = key.asymmetricKeyDetails ?? {};
        if (type === 'ec') {
            const curve = details.namedCurve ?? 'unknown';
            return withBits({ type, curve }, CURVE_BITS[curve]);
        }
        if (type === 'ed25519')
            return { type, bits: 256 };
        if (type === 'ed448')
            return { type, bits: 456 };
        return withBits({ type }, details.modulusLength);
    }
    catch {
        // OpenSSL refuses some keys (explicit curve parameters, unknown algorithms): name them from the SPKI.
        return describeFromSpki(spki);
    }
}
function describeFromSpki(spki) {
    const oid = spki.algorithm.algorithm;
    const type = KEY_TYPE_BY_OID[oid] ?? oid;
    if (type !== 'ec' || !spki.algorithm.parameters)
        return { type };
    const curve = CURVE_BY_PARAMETERS[Buffer.from(spki.algorithm.parameters).toString('hex')] ?? 'unnamed curve';
    return withBits({ type, curve }, CURVE_BITS[curve]);
}
function withBits(key, bits) {
    return bits === undefined ? key : { ...key, bits };
}
function keyAccepted(key, limits) {
    if (key.type === 'rsa')
        return key.bits !== undefined && key.bits >= limits.rsaMinBits && key.bits <= limits.rsaMaxBits;
    if (key.type === 'ec')
        return key.curve !== undefined && limits.ecdsaCurves.includes(key.curve);
    return false;
}
/** How a key reads in a finding: `RSA 8192-bit`, `ECDSA secp521r1`, `Ed25519`. */
function keyLabel(key) {
    const bits = key.bits === undefined ? '' : ` ${key.bits}-bit`;
    switch (key.type) {
        case 'rsa':
            return `RSA${bits}`;
        case 'rsa-pss':
            return `RSA-PSS${bits}`;
        case 'dsa':
            return `DSA${bits}`;
        case 'ec':
            return `ECDSA ${key.curve ?? 'unknown curve'}`;
        case 'ed25519':
            return 'Ed25519';
        case 'ed448':
            return 'Ed448';
        default:
            return key.type;
    }
}
/** What the edge accepts, in a finding: `RSA 1024-4096 bits, ECDSA prime256v1/secp384r1`. */
function acceptedKeysLabel(limits) {
    const rsa = `RSA ${limits.rsaMinBits}-${limits.rsaMaxBits} bits`;
    return limits.ecdsaCurves.length === 0 ? rsa : `${rsa}, ECDSA ${limits.ecdsaCurves.join('/')}`;
}


/***/ }),

/***/ 4567:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rh: () => (/* binding */ isIssuedBy),
  hB: () => (/* binding */ parseCertificate)
});

// UNUSED EXPORTS: CertificateParseError

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-schema/build/cjs/index.js
var cjs = __webpack_require__(7261);
// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-x509/build/cjs/index.js
var build_cjs = __webpack_require__(3594);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/cert/algorithms.js
var algorithms = __webpack_require__(4278);
// EXTERNAL MODULE: ./lib/text/escape.js
var text_escape = __webpack_require__(8944);
;// CONCATENATED MODULE: ./lib/cert/dn.js

/** Short names for the attribute types seen in server certificates; others print as their OID. */
const ATTRIBUTE_NAMES = {
    '2.5.4.3': 'CN',
    '2.5.4.4': 'SN',
    '2.5.4.5': 'serialNumber',
    '2.5.4.6': 'C',
    '2.5.4.7': 'L',
    '2.5.4.8': 'ST',
    '2.5.4.9': 'STREET',
    '2.5.4.10': 'O',
    '2.5.4.11': 'OU',
    '2.5.4.12': 'title',
    '2.5.4.15': 'businessCategory',
    '2.5.4.17': 'postalCode',
    '2.5.4.42': 'GN',
    '2.5.4.97': 'organizationIdentifier',
    '0.9.2342.19200300.100.1.1': 'UID',
    '0.9.2342.19200300.100.1.25': 'DC',
    '1.2.840.113549.1.9.1': 'emailAddress',
    '1.3.6.1.4.1.311.60.2.1.2': 'jurisdictionST',
    '1.3.6.1.4.1.311.60.2.1.3': 'jurisdictionC',
};
const COMMON_NAME_OID = '2.5.4.3';
/** The attribute's value as text; values of types outside DirectoryString print as `#hex` (RFC 4514). */
function attributeText(attribute) {
    const value = attribute.value;
    if (value.anyValue)
        return `#${Buffer.from(value.anyValue).toString('hex')}`;
    return (0,text_escape/* escapeControl */.hN)(value.toString());
}
/** One line, most specific RDN first, as RFC 4514 orders it: `CN=leaf.lab.test, O=Lab`. */
function formatName(name) {
    return [...name]
        .reverse()
        .map((rdn) => [...rdn].map((a) => `${ATTRIBUTE_NAMES[a.type] ?? a.type}=${escapeValue(attributeText(a))}`).join(' + '))
        .join(', ');
}
/**
 * A key that is equal for names RFC 5280 (7.1) treats as equal: string types and case are ignored
 * and whitespace is collapsed, so an issuer field matches its CA's subject however each was encoded.
 */
function canonicalName(name) {
    const rdns = [...name].map((rdn) => [...rdn].map((a) => [a.type, attributeText(a).trim().replace(/\s+/g, ' ').toLowerCase()]).sort());
    return JSON.stringify(rdns);
}
function escapeValue(text) {
    return text.replace(/[,+"\\<>;]/g, (c) => `\\${c}`);
}

// EXTERNAL MODULE: ./lib/cert/keys.js
var keys = __webpack_require__(7220);
// EXTERNAL MODULE: ./lib/cert/shared-der.js
var shared_der = __webpack_require__(6051);
;// CONCATENATED MODULE: ./lib/cert/parse.js









/** The bytes are not a certificate this tool can read. */
class CertificateParseError extends errors/* PreflightError */.wG {
    code = 'OP_ERR_CERT_PARSE';
}
/**
 * Certificates parsed so far, by the SHA-256 of their DER. A thousand origins behind one load balancer
 * send the same few chains over and over, on every address and to every hello: each distinct certificate
 * is parsed once (and its signatures verified once, below), whoever sent it. Bounded: the oldest go first.
 */
const PARSED_LIMIT = 4096;
const parsedByDigest = new Map();
/** Parsed certificates are shared: treat them as read-only. */
function parseCertificate(der) {
    const sha256 = (0,shared_der/* sha256Hex */.f)(der);
    const known = parsedByDigest.get(sha256);
    if (known)
        return known;
    const parsed = parseUncached(der, sha256);
    if (parsedByDigest.size >= PARSED_LIMIT)
        parsedByDigest.delete(parsedByDigest.keys().next().value);
    parsedByDigest.set(sha256, parsed);
    return parsed;
}
function parseUncached(der, sha256) {
    let asn;
    let x509;
    try {
        asn = cjs.AsnConvert.parse(der, build_cjs.Certificate);
        x509 = new external_node_crypto_.X509Certificate(der);
    }
    catch (error) {
        throw new CertificateParseError(`not a DER X.509 certificate: ${errorText(error)}`, { cause: error });
    }
    const tbs = asn.tbsCertificate;
    const subjectKey = canonicalName(tbs.subject);
    const issuerKey = canonicalName(tbs.issuer);
    const selfIssued = subjectKey === issuerKey;
    const extensions = tbs.extensions ?? [];
    const extension = (oid) => extensions.find((e) => e.extnID === oid)?.extnValue.buffer;
    const sanBytes = extension(build_cjs.id_ce_subjectAltName);
    const basicConstraintsBytes = extension(build_cjs.id_ce_basicConstraints);
    let dnsNames = [];
    let isCA = false;
    try {
        if (sanBytes) {
            const san = cjs.AsnConvert.parse(sanBytes, build_cjs.SubjectAlternativeName);
            dnsNames = san.flatMap((n) => (n.dNSName === undefined ? [] : [(0,text_escape/* escapeControl */.hN)(n.dNSName)]));
        }
        if (basicConstraintsBytes)
            isCA = cjs.AsnConvert.parse(basicConstraintsBytes, build_cjs.BasicConstraints).cA;
    }
    catch (error) {
        throw new CertificateParseError(`unreadable extension: ${errorText(error)}`, { cause: error });
    }
    const parsed = {
        der,
        sha256,
        subject: formatName(tbs.subject),
        issuer: formatName(tbs.issuer),
        subjectKey,
        issuerKey,
        serialNumber: x509.serialNumber,
        notBefore: tbs.validity.notBefore.getTime(),
        notAfter: tbs.validity.notAfter.getTime(),
        dnsNames,
        commonNames: [...tbs.subject].flatMap((rdn) => [...rdn].filter((a) => a.type === COMMON_NAME_OID).map(attributeText)),
        isCA,
        key: (0,keys/* describePublicKey */.a)(x509, tbs.subjectPublicKeyInfo),
        signatureAlgorithm: (0,algorithms/* describeSignatureAlgorithm */.d)(asn.signatureAlgorithm),
        selfIssued,
        selfSigned: false,
        x509,
    };
    parsed.selfSigned = selfIssued && signatureVerifies(parsed, parsed);
    return parsed;
}
const verified = new WeakMap();
/** `issuer` names `cert`'s issuer as its subject and its key verifies `cert`'s signature. */
function isIssuedBy(cert, issuer) {
    return cert.issuerKey === issuer.subjectKey && signatureVerifies(cert, issuer);
}
function signatureVerifies(cert, issuer) {
    let results = verified.get(cert);
    if (!results)
        verified.set(cert, (results = new Map()));
    let result = results.get(issuer.sha256);
    if (result === undefined) {
        try {
            result = cert.x509.verify(issuer.x509.publicKey);
        }
        catch {
            // A key or algorithm OpenSSL cannot use verifies nothing.
            result = false;
        }
        results.set(issuer.sha256, result);
    }
    return result;
}
function errorText(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 6051:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ sha256Hex),
/* harmony export */   n: () => (/* binding */ sharedDer)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);

/**
 * Certificates as received, one copy per distinct certificate. A thousand origins behind one load
 * balancer send the same few chains to every hello; kept once, their bytes cost memory once, and each
 * copy remembers its SHA-256 once computed, so the parser's cache finds it without hashing again.
 * Looked up by length and signature tail (a certificate ends with its signature), confirmed byte for
 * byte. Bounded: past the limit a certificate is copied on its own, as it would be without sharing.
 */
const SHARED_LIMIT = 4096;
const TAIL_BYTES = 32;
const byTail = new Map();
const digests = new WeakMap();
/** SHA-256 of the DER, lowercase hex; remembered for shared copies. */
function sha256Hex(der) {
    const known = digests.get(der);
    if (known !== undefined)
        return known;
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(der).digest('hex');
    if (byTail.get(tailKey(der)) === der)
        digests.set(der, digest);
    return digest;
}
/** The shared copy of `der` (a view into a socket's chunk, say): equal bytes, its own memory. */
function sharedDer(der) {
    const key = tailKey(der);
    const known = byTail.get(key);
    if (known?.equals(der))
        return known;
    // Its own memory rather than a slice of the small-buffer pool, which a long-kept slice would pin.
    const copy = Buffer.allocUnsafeSlow(der.length);
    der.copy(copy);
    if (!known && byTail.size < SHARED_LIMIT)
        byTail.set(key, copy);
    return copy;
}
function tailKey(der) {
    return `${der.length}:${der.toString('latin1', Math.max(0, der.length - TAIL_BYTES))}`;
}


/***/ }),

/***/ 1752:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kl: () => (/* binding */ loadTrustStore),
/* harmony export */   Pq: () => (/* binding */ readRootFile),
/* harmony export */   Tr: () => (/* binding */ TrustRootError)
/* harmony export */ });
/* unused harmony exports loadMozillaRoots, createTrustStore, pemToDer */
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1692);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(452);
/* harmony import */ var _read_regular_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2345);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4567);



/** A bundle of every public root is about 200 KB. */
const MAX_ROOT_FILE_BYTES = 4 * 1024 * 1024;

/** An extra root file cannot be read or holds no usable certificate. */
class TrustRootError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PreflightError */ .wG {
    file;
    code = 'OP_ERR_TRUST_ROOT';
    constructor(file, problem, options) {
        super(`${file}: ${problem}`, options);
        this.file = file;
    }
}
let mozillaRoots;
/** Mozilla's roots, parsed once per process. */
function loadMozillaRoots() {
    mozillaRoots ??= node_tls__WEBPACK_IMPORTED_MODULE_0__.rootCertificates.flatMap((pem) => {
        const der = pemToDer(pem)[0];
        if (!der)
            return [];
        try {
            return [(0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCertificate */ .hB)(der)];
        }
        catch {
            // A root this parser cannot read cannot anchor a chain it reads either.
            return [];
        }
    });
    return mozillaRoots;
}
function loadTrustStore(extraRootPemFiles) {
    return createTrustStore([...loadMozillaRoots(), ...extraRootPemFiles.flatMap(readRootFile)]);
}
/** A store of exactly these certificates (tests and the lab use it without Mozilla's roots). */
function createTrustStore(certificates) {
    const bySubject = new Map();
    const fingerprints = new Set();
    for (const cert of certificates) {
        if (fingerprints.has(cert.sha256))
            continue;
        fingerprints.add(cert.sha256);
        const sameSubject = bySubject.get(cert.subjectKey);
        if (sameSubject)
            sameSubject.push(cert);
        else
            bySubject.set(cert.subjectKey, [cert]);
    }
    return {
        size: fingerprints.size,
        findIssuer: (cert) => bySubject.get(cert.issuerKey)?.find((candidate) => (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .isIssuedBy */ .rh)(cert, candidate)),
        contains: (cert) => fingerprints.has(cert.sha256),
    };
}
/** Every certificate of a root PEM file; the config validates with this very function, so `check` never disagrees with `validate`. */
function readRootFile(file) {
    const bytes = (0,_read_regular_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readRegularFile */ .X)(file, MAX_ROOT_FILE_BYTES);
    const blocks = bytes ? pemToDer(bytes.toString('utf8')) : [];
    // Missing, unreadable, not a file, too large or not PEM: one message, so the answer says nothing about what exists.
    const refusal = `not a readable regular file of PEM certificates (at most ${MAX_ROOT_FILE_BYTES / 1024 / 1024} MiB)`;
    if (blocks.length === 0)
        throw new TrustRootError(file, refusal);
    return blocks.map((der, i) => {
        try {
            return (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCertificate */ .hB)(der);
        }
        catch (error) {
            throw new TrustRootError(file, `certificate #${i + 1} does not parse`, { cause: error });
        }
    });
}
/** Every `CERTIFICATE` block of a PEM text, decoded. */
function pemToDer(text) {
    const blocks = text.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g);
    return [...blocks].map((match) => Buffer.from((match[1] ?? '').replace(/\s+/g, ''), 'base64'));
}


/***/ }),

/***/ 7078:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ wideHelloFor),
/* harmony export */   b: () => (/* binding */ clientHelloFor)
/* harmony export */ });
/* harmony import */ var _suites_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4641);
/* harmony import */ var _tls_codes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4960);


/**
 * The ClientHello the edge sends when it offers `version`: its suites that can be negotiated in that
 * version (a TLS 1.0 hello listing GCM suites would not be what the edge sends), its groups and
 * signature schemes. Throws RangeError when the edge never offers that version, or has no suite for it:
 * asking for it is a planning mistake, not an origin problem.
 */
function clientHelloFor(profile, version, sni) {
    if (!profile.protocols.includes(version)) {
        throw new RangeError(`${profile.name} does not offer ${version} to origins`);
    }
    const cipherSuites = profile.cipherSuites
        .filter((cipherSuite) => (0,_suites_js__WEBPACK_IMPORTED_MODULE_0__/* .suiteVersions */ ._D)(cipherSuite).includes(version))
        .map((cipherSuite) => cipherSuite.code);
    if (cipherSuites.length === 0) {
        throw new RangeError(`${profile.name} has no cipher suite usable with ${version}`);
    }
    return {
        version,
        cipherSuites,
        groups: profile.groups.map((group) => group.code),
        signatureAlgorithms: profile.signatureAlgorithms.map((scheme) => scheme.code),
        ...(sni === undefined ? {} : { sni }),
    };
}
/**
 * A hello wider than the edge's, for telling apart why the edge's own was refused; never evidence that
 * the edge can connect. Every group and signature scheme we know, and either the edge's suites for the
 * version (`edge-suites`: does the refusal come from the curves or signature schemes, that is from the
 * certificate's key?) or every suite of the catalogue usable in it, the edge's first (`every-suite`: is
 * the version itself accepted?). `every-suite` works for versions the edge does not offer, to tell what
 * the origin speaks instead.
 */
function wideHelloFor(profile, version, offer, sni) {
    const usable = (s) => (0,_suites_js__WEBPACK_IMPORTED_MODULE_0__/* .suiteVersions */ ._D)(s).includes(version);
    const edgeSuites = profile.cipherSuites.filter(usable).map((s) => s.code);
    const cipherSuites = offer === 'edge-suites'
        ? edgeSuites
        : [
            ...new Set([
                ...edgeSuites,
                ...(0,_suites_js__WEBPACK_IMPORTED_MODULE_0__/* .everySuite */ .sP)()
                    .filter(usable)
                    .map((s) => s.code),
            ]),
        ];
    if (cipherSuites.length === 0)
        throw new RangeError(`no cipher suite usable with ${version} for ${profile.name}`);
    return {
        version,
        cipherSuites,
        groups: Object.values(_tls_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .GROUPS */ .fd),
        signatureAlgorithms: Object.values(_tls_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .SIGNATURE_SCHEMES */ .sA),
        ...(sni === undefined ? {} : { sni }),
    };
}


/***/ }),

/***/ 5109:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f: () => (/* binding */ edgeProfile)
});

// UNUSED EXPORTS: clientHelloFor

// EXTERNAL MODULE: ./lib/edges/suites.js
var suites = __webpack_require__(4641);
// EXTERNAL MODULE: ./lib/edges/tls-codes.js
var tls_codes = __webpack_require__(4960);
;// CONCATENATED MODULE: ./lib/edges/elb-policy.js


const ALB_SECURITY_POLICIES = 'AWS ELB User Guide for Application Load Balancers: "Security policies for your Application Load Balancer"';
const CLB_SSL_NEGOTIATION = 'AWS ELB User Guide for Classic Load Balancers: "SSL negotiation configurations for Classic Load Balancers"';
/** ELBSecurityPolicy-2016-08: TLS 1.0 to 1.2, in the order of AWS's policy table. Source: ALB_SECURITY_POLICIES. */
const ELB_2016_08_PROTOCOLS = ['TLSv1', 'TLSv1.1', 'TLSv1.2'];
const ELB_2016_08_SUITES = (0,suites/* suites */.CW)('ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES128-SHA256', 'ECDHE-RSA-AES128-SHA256', 'ECDHE-ECDSA-AES128-SHA', 'ECDHE-RSA-AES128-SHA', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-AES256-SHA384', 'ECDHE-RSA-AES256-SHA384', 'ECDHE-RSA-AES256-SHA', 'ECDHE-ECDSA-AES256-SHA', 'AES128-GCM-SHA256', 'AES128-SHA256', 'AES128-SHA', 'AES256-GCM-SHA384', 'AES256-SHA256', 'AES256-SHA');
/**
 * AWS does not publish the curves or signature schemes a load balancer offers to targets; these are the
 * ones its ECDHE suites and ACM key types need, kept broad so the probe does not report a failure the
 * balancer would not have.
 */
const ELB_GROUPS = (0,tls_codes/* groups */.TN)('secp256r1', 'secp384r1', 'x25519');
const ELB_SIGNATURE_SCHEMES = (0,tls_codes/* signatureSchemes */.Bb)('rsa_pkcs1_sha256', 'ecdsa_secp256r1_sha256', 'rsa_pkcs1_sha384', 'ecdsa_secp384r1_sha384', 'rsa_pkcs1_sha512', 'ecdsa_secp521r1_sha512', 'rsa_pkcs1_sha1', 'ecdsa_sha1');
/**
 * Neither ALB nor CLB (without back-end authentication) validates target certificates: every certificate
 * error is a risk, not a failed connection. Source: TARGET_GROUPS ("does not validate").
 */
const CERTIFICATES_NOT_VALIDATED = [
    {
        codes: [
            'CERT_NAME_MISMATCH',
            'CERT_EXPIRED',
            'CERT_NOT_YET_VALID',
            'CERT_EXPIRES_SOON',
            'CERT_SELF_SIGNED',
            'CERT_UNTRUSTED_ROOT',
            'CERT_CHAIN_INCOMPLETE',
            'CERT_CHAIN_ORDER',
            'CERT_KEY_UNSUPPORTED',
        ],
        max: 'warning',
        because: { edgeValidatesCertificates: false },
    },
];

;// CONCATENATED MODULE: ./lib/edges/alb.js

const TARGET_GROUPS = 'AWS ELB User Guide for Application Load Balancers: "Target groups for your Application Load Balancers"';
const ALB_ATTRIBUTES = 'AWS ELB User Guide for Application Load Balancers: "Application Load Balancers" (connection idle timeout)';
const ALB_TROUBLESHOOTING = 'AWS ELB User Guide for Application Load Balancers: "Troubleshoot your Application Load Balancers"';
const ALB_CERTIFICATES = 'AWS ELB User Guide for Application Load Balancers: "SSL certificates for your Application Load Balancer"';
/** An Application Load Balancer connecting to HTTPS targets. */
const alb = {
    name: 'alb',
    title: 'AWS Application Load Balancer',
    // The back-end policy cannot be chosen; it follows the listener's: ELBSecurityPolicy-TLS13-1-0-2021-06
    // behind a TLS 1.3 listener policy, ELBSecurityPolicy-TLS13-1-0-FIPS-2023-04 behind a FIPS one,
    // ELBSecurityPolicy-2016-08 otherwise (also the default listener policy outside the console). The
    // config does not say which listener policy is in use, so the profile is 2016-08, the one that
    // accepts the least, and TLS findings name the assumed policy. Source: ALB_SECURITY_POLICIES.
    protocols: ELB_2016_08_PROTOCOLS,
    deprecatedProtocols: ['TLSv1', 'TLSv1.1'],
    cipherSuites: ELB_2016_08_SUITES,
    groups: ELB_GROUPS,
    signatureAlgorithms: ELB_SIGNATURE_SCHEMES,
    // The balancer does not validate target certificates: self-signed or expired ones work.
    // Source: TARGET_GROUPS.
    validatesCertificates: false,
    severityPolicy: CERTIFICATES_NOT_VALIDATED,
    // No limits are documented for target certificates (they are not validated); the listener
    // certificate key types stand in. Source: ALB_CERTIFICATES.
    keyLimits: { rsaMinBits: 1024, rsaMaxBits: 4096, ecdsaCurves: ['prime256v1', 'secp384r1', 'secp521r1'] },
    // 504 when no connection to the target within 10 s; the idle timeout (default 60 s) bounds both a
    // silent response and connection reuse. Source: ALB_TROUBLESHOOTING, ALB_ATTRIBUTES.
    timeouts: { connectMs: 10_000, readMs: 60_000, keepAliveMs: 60_000 },
    assumedTargetPolicy: 'ELBSecurityPolicy-2016-08',
    sources: [ALB_SECURITY_POLICIES, TARGET_GROUPS, ALB_ATTRIBUTES, ALB_TROUBLESHOOTING, ALB_CERTIFICATES],
};

;// CONCATENATED MODULE: ./lib/edges/clb.js

const BACKEND_AUTH = 'AWS ELB User Guide for Classic Load Balancers: "Configure back-end server authentication"';
const CLB_IDLE_TIMEOUT = 'AWS ELB User Guide for Classic Load Balancers: "Configure the idle connection timeout for your Classic Load Balancer"';
const CLB_HTTP_ERRORS = 'AWS ELB User Guide for Classic Load Balancers: "Troubleshoot a Classic Load Balancer: HTTP errors"';
const CLB_502_REPOST = 'AWS re:Post: "HTTP 502 errors through a Classic Load Balancer"';
const CLB_HTTPS_LISTENERS = 'AWS ELB User Guide for Classic Load Balancers: "HTTPS listeners for your Classic Load Balancer"';
/** A Classic Load Balancer with an HTTPS/SSL listener talking TLS to its back-end instances. */
const clb = {
    name: 'clb',
    title: 'AWS Classic Load Balancer',
    // "The load balancer uses a static cipher suite for back-end connections" (CLB_HTTPS_LISTENERS); the
    // suite list itself is in CLB_SSL_NEGOTIATION, section "Cipher suite for back-end connections", which
    // could not be read in full when this was checked: ELBSecurityPolicy-2016-08, the CLB default policy
    // named on that page, stands in. Source: CLB_HTTPS_LISTENERS, CLB_SSL_NEGOTIATION.
    protocols: ELB_2016_08_PROTOCOLS,
    deprecatedProtocols: ['TLSv1', 'TLSv1.1'],
    cipherSuites: ELB_2016_08_SUITES,
    groups: ELB_GROUPS,
    signatureAlgorithms: ELB_SIGNATURE_SCHEMES,
    // Without back-end server authentication the balancer accepts any certificate; with it, only a
    // certificate whose public key is in the policy. The profile assumes the default (not configured).
    // Source: BACKEND_AUTH.
    validatesCertificates: false,
    severityPolicy: CERTIFICATES_NOT_VALIDATED,
    // Not documented for back-end certificates; the listener certificate limits stand in.
    keyLimits: { rsaMinBits: 1024, rsaMaxBits: 4096, ecdsaCurves: ['prime256v1', 'secp384r1', 'secp521r1'] },
    // Idle timeout default 60 s, for both a silent back end and keep-alive reuse. No back-end connect
    // timeout is documented; 10 s matches the ALB figure. Source: CLB_IDLE_TIMEOUT, CLB_HTTP_ERRORS.
    timeouts: { connectMs: 10_000, readMs: 60_000, keepAliveMs: 60_000 },
    sources: [CLB_SSL_NEGOTIATION, CLB_HTTPS_LISTENERS, BACKEND_AUTH, CLB_IDLE_TIMEOUT, CLB_HTTP_ERRORS, CLB_502_REPOST],
};

;// CONCATENATED MODULE: ./lib/edges/cloudfront.js


const PROTOCOLS_AND_CIPHERS = 'AWS CloudFront Developer Guide: "Supported protocols and ciphers between CloudFront and the origin"';
const CERTIFICATE_REQUIREMENTS = 'AWS CloudFront Developer Guide: "Requirements for using SSL/TLS certificates with CloudFront"';
const DISTRIBUTION_VALUES = 'AWS CloudFront Developer Guide: "Values that you specify when you create or update a distribution"';
const ORIGIN_SSL_PROTOCOLS = 'AWS CloudFront API Reference: "OriginSslProtocols"';
const CUSTOM_ORIGIN_CONFIG = 'AWS CloudFront API Reference: "CustomOriginConfig"';
const HTTP_502 = 'AWS CloudFront Developer Guide: "HTTP 502 status code (Bad Gateway)"';
/** CloudFront connecting to a custom origin over HTTPS. */
const cloudfront = {
    name: 'cloudfront',
    title: 'Amazon CloudFront',
    // OriginSslProtocols allows exactly these; CloudFront does not negotiate TLS 1.3 with origins.
    // Source: ORIGIN_SSL_PROTOCOLS, PROTOCOLS_AND_CIPHERS.
    protocols: ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2'],
    // Source: DISTRIBUTION_VALUES (AWS recommends TLSv1.2 and calls the others deprecated).
    deprecatedProtocols: ['SSLv3', 'TLSv1', 'TLSv1.1'],
    // In the order AWS lists them (ECDSA table, then RSA table); checked against the page in this
    // revision: the same 16 suites. Source: PROTOCOLS_AND_CIPHERS.
    cipherSuites: (0,suites/* suites */.CW)('ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-AES256-SHA384', 'ECDHE-ECDSA-AES256-SHA', 'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES128-SHA256', 'ECDHE-ECDSA-AES128-SHA', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES256-SHA384', 'ECDHE-RSA-AES256-SHA', 'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-SHA256', 'ECDHE-RSA-AES128-SHA', 'AES256-SHA', 'AES128-SHA', 'DES-CBC3-SHA', 'RC4-MD5'),
    // Curves for ECDHE: prime256v1, secp384r1, X25519. Source: PROTOCOLS_AND_CIPHERS.
    groups: (0,tls_codes/* groups */.TN)('x25519', 'secp256r1', 'secp384r1'),
    // RSA PKCS#1 and ECDSA with SHA-256/384/512/224/1; no RSA-PSS. Source: PROTOCOLS_AND_CIPHERS.
    signatureAlgorithms: (0,tls_codes/* signatureSchemes */.Bb)('rsa_pkcs1_sha256', 'ecdsa_secp256r1_sha256', 'rsa_pkcs1_sha384', 'ecdsa_secp384r1_sha384', 'rsa_pkcs1_sha512', 'ecdsa_secp521r1_sha512', 'rsa_pkcs1_sha224', 'ecdsa_sha224', 'rsa_pkcs1_sha1', 'ecdsa_sha1'),
    // Expired, self-signed, untrusted or out-of-order chains make CloudFront drop the connection.
    // Source: HTTP_502, CERTIFICATE_REQUIREMENTS.
    validatesCertificates: true,
    severityPolicy: [],
    // Source: CERTIFICATE_REQUIREMENTS. AWS pages disagree on the details (some name only RSA 1024-4096
    // and ECDSA P-256 for origin certificates, others also P-384); P-521 is outside every list.
    keyLimits: { rsaMinBits: 1024, rsaMaxBits: 4096, ecdsaCurves: ['prime256v1', 'secp384r1'] },
    // Origin connection timeout default 10 s (range 1-10), response timeout default 30 s,
    // keep-alive timeout default 5 s. Source: DISTRIBUTION_VALUES, CUSTOM_ORIGIN_CONFIG.
    timeouts: { connectMs: 10_000, readMs: 30_000, keepAliveMs: 5_000 },
    sources: [PROTOCOLS_AND_CIPHERS, CERTIFICATE_REQUIREMENTS, DISTRIBUTION_VALUES, ORIGIN_SSL_PROTOCOLS, CUSTOM_ORIGIN_CONFIG, HTTP_502],
};

;// CONCATENATED MODULE: ./lib/edges/generic.js


const MOZILLA_INTERMEDIATE = 'Mozilla Server Side TLS guidelines: "Intermediate compatibility" configuration';
const RFC_8446 = 'RFC 8446: "The Transport Layer Security (TLS) Protocol Version 1.3"';
/** Any modern TLS client (a proxy or CDN not modelled here): TLS 1.2 and 1.3, forward-secret AEAD only. */
const generic = {
    name: 'generic',
    title: 'Generic modern TLS client',
    protocols: ['TLSv1.2', 'TLSv1.3'],
    deprecatedProtocols: [],
    // Source: MOZILLA_INTERMEDIATE (its ECDHE AEAD suites, plus the TLS 1.3 suites of RFC_8446).
    cipherSuites: (0,suites/* suites */.CW)('TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256', 'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-CHACHA20-POLY1305', 'ECDHE-RSA-CHACHA20-POLY1305'),
    groups: (0,tls_codes/* groups */.TN)('x25519', 'secp256r1', 'secp384r1', 'secp521r1'),
    // TLS 1.3 needs RSA-PSS for RSA certificates (RFC_8446 section 4.2.3).
    signatureAlgorithms: (0,tls_codes/* signatureSchemes */.Bb)('ecdsa_secp256r1_sha256', 'rsa_pss_rsae_sha256', 'rsa_pkcs1_sha256', 'ecdsa_secp384r1_sha384', 'rsa_pss_rsae_sha384', 'rsa_pkcs1_sha384', 'ecdsa_secp521r1_sha512', 'rsa_pss_rsae_sha512', 'rsa_pkcs1_sha512', 'ed25519'),
    validatesCertificates: true,
    severityPolicy: [],
    // RSA from 2048 bits: MOZILLA_INTERMEDIATE. The 8192-bit ceiling and P-384/P-521 are what common
    // TLS stacks (OpenSSL, browsers) accept, not a published rule.
    keyLimits: { rsaMinBits: 2048, rsaMaxBits: 8192, ecdsaCurves: ['prime256v1', 'secp384r1', 'secp521r1'] },
    // No edge to copy: CloudFront's defaults, the most common edge's.
    timeouts: { connectMs: 10_000, readMs: 30_000, keepAliveMs: 5_000 },
    sources: [MOZILLA_INTERMEDIATE, RFC_8446],
};

// EXTERNAL MODULE: ./lib/edges/hello.js
var hello = __webpack_require__(7078);
;// CONCATENATED MODULE: ./lib/edges/index.js




const PROFILES = { cloudfront: cloudfront, alb: alb, clb: clb, generic: generic };
function edgeProfile(name) {
    return PROFILES[name];
}



/***/ }),

/***/ 4641:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CW: () => (/* binding */ suites),
/* harmony export */   Te: () => (/* binding */ suiteByCode),
/* harmony export */   _D: () => (/* binding */ suiteVersions),
/* harmony export */   rs: () => (/* binding */ suite),
/* harmony export */   sP: () => (/* binding */ everySuite)
/* harmony export */ });
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9539);

/**
 * Every cipher suite an edge profile may offer, keyed by its OpenSSL name. Code points and IANA names
 * from the IANA "TLS Cipher Suites" registry: RFC 5246 appendix A.5 (RSA key exchange), RFC 4492/8422
 * (ECDHE with SHA-1), RFC 5289 (ECDHE with SHA-256/384 and GCM), RFC 7905 (ChaCha20), RFC 8446 (TLS 1.3).
 */
const CATALOGUE = {
    'RC4-MD5': [0x0004, 'TLS_RSA_WITH_RC4_128_MD5'],
    'DES-CBC3-SHA': [0x000a, 'TLS_RSA_WITH_3DES_EDE_CBC_SHA'],
    'AES128-SHA': [0x002f, 'TLS_RSA_WITH_AES_128_CBC_SHA'],
    'AES256-SHA': [0x0035, 'TLS_RSA_WITH_AES_256_CBC_SHA'],
    'AES128-SHA256': [0x003c, 'TLS_RSA_WITH_AES_128_CBC_SHA256'],
    'AES256-SHA256': [0x003d, 'TLS_RSA_WITH_AES_256_CBC_SHA256'],
    'AES128-GCM-SHA256': [0x009c, 'TLS_RSA_WITH_AES_128_GCM_SHA256'],
    'AES256-GCM-SHA384': [0x009d, 'TLS_RSA_WITH_AES_256_GCM_SHA384'],
    'ECDHE-ECDSA-AES128-SHA': [0xc009, 'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA'],
    'ECDHE-ECDSA-AES256-SHA': [0xc00a, 'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA'],
    'ECDHE-RSA-AES128-SHA': [0xc013, 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA'],
    'ECDHE-RSA-AES256-SHA': [0xc014, 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA'],
    'ECDHE-ECDSA-AES128-SHA256': [0xc023, 'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256'],
    'ECDHE-ECDSA-AES256-SHA384': [0xc024, 'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384'],
    'ECDHE-RSA-AES128-SHA256': [0xc027, 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256'],
    'ECDHE-RSA-AES256-SHA384': [0xc028, 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384'],
    'ECDHE-ECDSA-AES128-GCM-SHA256': [0xc02b, 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256'],
    'ECDHE-ECDSA-AES256-GCM-SHA384': [0xc02c, 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384'],
    'ECDHE-RSA-AES128-GCM-SHA256': [0xc02f, 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256'],
    'ECDHE-RSA-AES256-GCM-SHA384': [0xc030, 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384'],
    'ECDHE-RSA-CHACHA20-POLY1305': [0xcca8, 'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256'],
    'ECDHE-ECDSA-CHACHA20-POLY1305': [0xcca9, 'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256'],
    // Suites no edge profile offers, for the wide hello that tells "this version is refused" from "none
    // of the edge's suites is accepted": DHE (RFC 5246, 5288, 7905), 3DES and RC4 with ECDHE (RFC 8422),
    // Camellia (RFC 5932), CCM (RFC 6655, 7251).
    'RC4-SHA': [0x0005, 'TLS_RSA_WITH_RC4_128_SHA'],
    'EDH-RSA-DES-CBC3-SHA': [0x0016, 'TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA'],
    'DHE-RSA-AES128-SHA': [0x0033, 'TLS_DHE_RSA_WITH_AES_128_CBC_SHA'],
    'DHE-RSA-AES256-SHA': [0x0039, 'TLS_DHE_RSA_WITH_AES_256_CBC_SHA'],
    'CAMELLIA128-SHA': [0x0041, 'TLS_RSA_WITH_CAMELLIA_128_CBC_SHA'],
    'DHE-RSA-AES128-SHA256': [0x0067, 'TLS_DHE_RSA_WITH_AES_128_CBC_SHA256'],
    'DHE-RSA-AES256-SHA256': [0x006b, 'TLS_DHE_RSA_WITH_AES_256_CBC_SHA256'],
    'CAMELLIA256-SHA': [0x0084, 'TLS_RSA_WITH_CAMELLIA_256_CBC_SHA'],
    'DHE-RSA-AES128-GCM-SHA256': [0x009e, 'TLS_DHE_RSA_WITH_AES_128_GCM_SHA256'],
    'DHE-RSA-AES256-GCM-SHA384': [0x009f, 'TLS_DHE_RSA_WITH_AES_256_GCM_SHA384'],
    'ECDHE-ECDSA-RC4-SHA': [0xc007, 'TLS_ECDHE_ECDSA_WITH_RC4_128_SHA'],
    'ECDHE-ECDSA-DES-CBC3-SHA': [0xc008, 'TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA'],
    'ECDHE-RSA-RC4-SHA': [0xc011, 'TLS_ECDHE_RSA_WITH_RC4_128_SHA'],
    'ECDHE-RSA-DES-CBC3-SHA': [0xc012, 'TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA'],
    'AES128-CCM': [0xc09c, 'TLS_RSA_WITH_AES_128_CCM'],
    'AES256-CCM': [0xc09d, 'TLS_RSA_WITH_AES_256_CCM'],
    'ECDHE-ECDSA-AES128-CCM': [0xc0ac, 'TLS_ECDHE_ECDSA_WITH_AES_128_CCM'],
    'ECDHE-ECDSA-AES256-CCM': [0xc0ad, 'TLS_ECDHE_ECDSA_WITH_AES_256_CCM'],
    'DHE-RSA-CHACHA20-POLY1305': [0xccaa, 'TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256'],
    // TLS 1.3 suites: OpenSSL uses the IANA names for these.
    TLS_AES_128_GCM_SHA256: [0x1301, 'TLS_AES_128_GCM_SHA256'],
    TLS_AES_256_GCM_SHA384: [0x1302, 'TLS_AES_256_GCM_SHA384'],
    TLS_CHACHA20_POLY1305_SHA256: [0x1303, 'TLS_CHACHA20_POLY1305_SHA256'],
    TLS_AES_128_CCM_SHA256: [0x1304, 'TLS_AES_128_CCM_SHA256'],
};
function suite(name) {
    const [code, iana] = CATALOGUE[name];
    return { code, openssl: name, iana };
}
function suites(...names) {
    return names.map(suite);
}
const EVERY_SUITE = Object.keys(CATALOGUE).map(suite).sort((a, b) => a.code - b.code);
/** Every suite in the catalogue, in code point order. */
function everySuite() {
    return EVERY_SUITE;
}
/** The catalogue suite with this code point, if any. */
function suiteByCode(code) {
    return EVERY_SUITE.find((s) => s.code === code);
}
/**
 * The protocol versions in which a suite can be negotiated, derived from its IANA name:
 * TLS 1.3 suites have no key exchange in the name and work only in 1.3; AEAD ciphers and SHA-256/384
 * MACs need TLS 1.2's PRF; ECDHE needs the supported_groups extension, which SSLv3 hellos cannot carry.
 */
function suiteVersions(cipherSuite) {
    const { iana } = cipherSuite;
    if (!iana.includes('_WITH_'))
        return ['TLSv1.3'];
    if (/_(GCM|CCM|CHACHA20)|_SHA(256|384)$/.test(iana))
        return ['TLSv1.2'];
    if (iana.includes('_ECDHE_') || iana.includes('_ECDH_'))
        return _vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .SSL_PROTOCOLS */ .BF.slice(1, 4);
    return _vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .SSL_PROTOCOLS */ .BF.slice(0, 4);
}


/***/ }),

/***/ 4960:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bb: () => (/* binding */ signatureSchemes),
/* harmony export */   TN: () => (/* binding */ groups),
/* harmony export */   fd: () => (/* binding */ GROUPS),
/* harmony export */   sA: () => (/* binding */ SIGNATURE_SCHEMES)
/* harmony export */ });
/**
 * Named groups (IANA "TLS Supported Groups"; RFC 8422 section 5.1.1, RFC 7748 for x25519) and
 * signature schemes (IANA "TLS SignatureScheme"; RFC 8446 section 4.2.3, whose values for the
 * PKCS#1 and ECDSA schemes are the RFC 5246 hash/signature byte pairs).
 */
const GROUPS = {
    secp256r1: 23,
    secp384r1: 24,
    secp521r1: 25,
    x25519: 29,
};
const SIGNATURE_SCHEMES = {
    rsa_pkcs1_sha1: 0x0201,
    ecdsa_sha1: 0x0203,
    // SHA-224 has no RFC 8446 name; RFC 5246 spells it hash sha224(3) with rsa(1) or ecdsa(3).
    rsa_pkcs1_sha224: 0x0301,
    ecdsa_sha224: 0x0303,
    rsa_pkcs1_sha256: 0x0401,
    ecdsa_secp256r1_sha256: 0x0403,
    rsa_pkcs1_sha384: 0x0501,
    ecdsa_secp384r1_sha384: 0x0503,
    rsa_pkcs1_sha512: 0x0601,
    ecdsa_secp521r1_sha512: 0x0603,
    rsa_pss_rsae_sha256: 0x0804,
    rsa_pss_rsae_sha384: 0x0805,
    rsa_pss_rsae_sha512: 0x0806,
    ed25519: 0x0807,
};
function groups(...names) {
    return names.map((name) => ({ code: GROUPS[name], name }));
}
function signatureSchemes(...names) {
    return names.map((name) => ({ code: SIGNATURE_SCHEMES[name], name }));
}


/***/ })

};
