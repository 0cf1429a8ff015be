export const id = 138;
export const ids = [138];
export const modules = {

/***/ 8479:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ei: () => (/* binding */ allowedVersions),
/* harmony export */   Ui: () => (/* binding */ portsFor),
/* harmony export */   WI: () => (/* binding */ chainProbeVersion),
/* harmony export */   qi: () => (/* binding */ sniNamesFor),
/* harmony export */   qy: () => (/* binding */ familiesFor)
/* harmony export */ });
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9539);

/** The ports the protocol policy makes the edge use. */
function portsFor(origin) {
    switch (origin.protocolPolicy) {
        case 'http-only':
            return [{ port: origin.httpPort, tls: false }];
        case 'https-only':
            return [{ port: origin.httpsPort, tls: true }];
        case 'match-viewer':
            // One port for both is a config mistake the edge would show as failed TLS or failed HTTP; probe it once as HTTPS.
            return origin.httpPort === origin.httpsPort
                ? [{ port: origin.httpsPort, tls: true }]
                : [
                    { port: origin.httpPort, tls: false },
                    { port: origin.httpsPort, tls: true },
                ];
    }
}
/** The names the edge sends as SNI (and Host): every forwarded Host when set, else the origin domain. */
function sniNamesFor(origin) {
    return origin.hostHeaders.length > 0 ? [...origin.hostHeaders] : [origin.domain];
}
/**
 * The version of the edge's hello that shows the certificate chain: the highest allowed version below
 * TLS 1.3 (whose Certificate message is encrypted), or TLS 1.3 when nothing else is allowed.
 */
function chainProbeVersion(origin, edge) {
    const allowed = allowedVersions(origin, edge);
    const readable = allowed.filter((p) => p !== 'TLSv1.3');
    return readable.at(-1) ?? allowed.at(-1);
}
/** The versions the edge may use with this origin: its own, within `ssl-protocols`, lowest first. */
function allowedVersions(origin, edge) {
    return edge.protocols.filter((p) => origin.sslProtocols.includes(p));
}
/** The families that run for an origin: all, less `checks.skip`, within `--only`. */
function familiesFor(origin, only) {
    // Without `health` there is no HTTP exchange to make: the family does not apply. What a source leaves
    // unknown (or CloudFront would refuse) is not probed at all: a guess would be a verdict on nothing.
    const blocked = origin.unchecked ?? [];
    return new Set(_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .CHECK_FAMILIES */ .iY.filter((f) => !origin.skip.includes(f) && !blocked.includes(f) && (!only || only.includes(f)) && (f !== 'http' || origin.health !== undefined)));
}


/***/ }),

/***/ 5138:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPreflight: () => (/* binding */ runPreflight)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/cert/algorithms.js
var algorithms = __webpack_require__(4278);
// EXTERNAL MODULE: ./lib/cert/parse.js + 1 modules
var parse = __webpack_require__(4567);
;// CONCATENATED MODULE: ./lib/cert/chain.js

function analyzeChain(sent, trust, now) {
    const arranged = arrangePath(sent, { trust, now });
    const { end, anchorIndex } = judgeEnd(arranged.path, trust);
    return { ...arranged, end, relied: arranged.path.slice(0, anchorIndex + 1) };
}
/**
 * Finds the leaf and the expected order. Without `ranking` (enough to find the leaf), issuers are taken
 * in sent order.
 */
function arrangePath(sent, ranking) {
    if (sent.length === 0)
        throw new RangeError('a chain needs at least one certificate');
    const leafIndex = findLeafIndex(sent);
    const leaf = sent[leafIndex];
    const chooseIssuer = issuerChooser(sent, ranking);
    const placed = new Set([leafIndex]);
    const path = [leaf];
    const onPath = new Set([leaf.sha256]);
    for (let current = leaf; !current.selfSigned;) {
        const index = chooseIssuer(current, onPath);
        if (index === undefined)
            break;
        const issuer = sent[index];
        placed.add(index);
        path.push(issuer);
        onPath.add(issuer.sha256);
        current = issuer;
    }
    const extras = sent.filter((_, i) => !placed.has(i));
    return { sent, leaf, leafIndex, path, extras, outOfOrder: isOutOfOrder(sent, path) };
}
/**
 * Picks, among the sent certificates not on the path yet, the issuer of `current`: one that leads to a
 * trust anchor first (nearest first when validity ties), then one valid now, then the first sent.
 */
function issuerChooser(sent, ranking) {
    const anchoredCache = new Map();
    const anchored = (cert) => {
        if (!ranking)
            return false;
        let result = anchoredCache.get(cert);
        if (result === undefined) {
            result = ranking.trust.contains(cert) || ranking.trust.findIssuer(cert) !== undefined;
            anchoredCache.set(cert, result);
        }
        return result;
    };
    const validNow = (cert) => ranking !== undefined && cert.notBefore <= ranking.now && ranking.now <= cert.notAfter;
    /** Steps from `start` up through sent issuers (avoiding `excluded`) to an anchored certificate. */
    const anchorDistance = (start, excluded) => {
        if (!ranking)
            return Infinity;
        const seen = new Set([...excluded, start.sha256]);
        let frontier = [start];
        for (let distance = 0; frontier.length > 0; distance++) {
            if (frontier.some(anchored))
                return distance;
            const next = [];
            for (const cert of frontier) {
                if (cert.selfSigned)
                    continue;
                for (const other of sent) {
                    if (seen.has(other.sha256) || !(0,parse/* isIssuedBy */.rh)(cert, other))
                        continue;
                    seen.add(other.sha256);
                    next.push(other);
                }
            }
            frontier = next;
        }
        return Infinity;
    };
    return (current, onPath) => {
        let best;
        for (const [index, cert] of sent.entries()) {
            if (onPath.has(cert.sha256) || !(0,parse/* isIssuedBy */.rh)(current, cert))
                continue;
            const distance = anchorDistance(cert, onPath);
            const key = [Number.isFinite(distance) ? 0 : 1, validNow(cert) ? 0 : 1, distance, index];
            if (!best || compareKeys(key, best.key) < 0)
                best = { index, key };
        }
        return best?.index;
    };
}
function compareKeys(a, b) {
    for (const [i, value] of a.entries()) {
        const other = b[i];
        if (value !== other)
            return value < other ? -1 : 1;
    }
    return 0;
}
/**
 * The sent order, without copies of a certificate already sent and without the issuers the path passed
 * over (with anything above them), must begin with the path.
 */
function isOutOfOrder(sent, path) {
    const onPath = new Set(path.map((cert) => cert.sha256));
    const passedOver = new Set();
    const reached = [...path];
    for (let i = 0; i < reached.length; i++) {
        const cert = reached[i];
        if (cert.selfSigned)
            continue;
        for (const other of sent) {
            if (onPath.has(other.sha256) || passedOver.has(other.sha256) || !(0,parse/* isIssuedBy */.rh)(cert, other))
                continue;
            passedOver.add(other.sha256);
            reached.push(other);
        }
    }
    const seen = new Set();
    const judged = [];
    for (const cert of sent) {
        if (seen.has(cert.sha256))
            continue;
        seen.add(cert.sha256);
        if (!passedOver.has(cert.sha256))
            judged.push(cert.sha256);
    }
    return path.some((cert, i) => judged[i] !== cert.sha256);
}
/** How a certificate of the path is named in findings: `leaf`, `intermediate #n` or `root`. */
function positionLabel(path, index) {
    if (index === 0)
        return 'leaf';
    const cert = path[index];
    if (index === path.length - 1 && cert?.selfSigned)
        return 'root';
    return `intermediate #${index}`;
}
/**
 * The leaf issues none of the other sent certificates. Several candidates (an unrelated extra sent
 * along): prefer one whose issuer was sent, then one that is not a CA, then the first sent.
 */
function findLeafIndex(sent) {
    const issuesAnother = (cert) => sent.some((other) => other.sha256 !== cert.sha256 && (0,parse/* isIssuedBy */.rh)(other, cert));
    const hasSentIssuer = (cert) => sent.some((other) => other.sha256 !== cert.sha256 && (0,parse/* isIssuedBy */.rh)(cert, other));
    const candidates = sent.filter((cert) => !issuesAnother(cert));
    const leaf = candidates.find(hasSentIssuer) ?? candidates.find((cert) => !cert.isCA) ?? candidates[0] ?? sent[0];
    return sent.indexOf(leaf);
}
function judgeEnd(path, trust) {
    for (const [index, cert] of path.entries()) {
        if (trust.contains(cert))
            return { end: { kind: 'trusted', anchor: cert, anchorSent: true }, anchorIndex: index };
        const root = trust.findIssuer(cert);
        if (root)
            return { end: { kind: 'trusted', anchor: root, anchorSent: false }, anchorIndex: index };
    }
    const lastIndex = path.length - 1;
    const last = path[lastIndex];
    let end;
    if (last.selfSigned) {
        end = lastIndex === 0 ? { kind: 'self-signed', certificate: last } : { kind: 'untrusted-root', root: last.subject, certificate: last };
    }
    else if (last.isCA) {
        end = { kind: 'untrusted-root', root: last.subject, certificate: last, missingIssuer: last.issuer };
    }
    else {
        end = { kind: 'incomplete', certificate: last };
    }
    return { end, anchorIndex: lastIndex };
}

// EXTERNAL MODULE: ./lib/cert/keys.js
var keys = __webpack_require__(7220);
;// CONCATENATED MODULE: ./lib/cert/names.js
/** The names a certificate answers for: its SAN DNS names; the subject CN only when it has none (RFC 6125 6.4.4). */
function certificateNames(cert) {
    return cert.dnsNames.length > 0 ? [...cert.dnsNames] : [...cert.commonNames];
}
function certificateCovers(cert, host) {
    return certificateNames(cert).some((pattern) => nameCovers(pattern, host));
}
/**
 * RFC 6125 matching with CloudFront's wildcard rule: `*` only as the whole leftmost label, standing for
 * exactly one label, over a base of at least two labels. Case-insensitive; a trailing dot is ignored;
 * A-labels (`xn--`) are compared as they are, never decoded.
 */
function nameCovers(pattern, host) {
    const patternLabels = labelsOf(pattern);
    const hostLabels = labelsOf(host);
    if (!patternLabels || !hostLabels || hostLabels.some((label) => label.includes('*')))
        return false;
    if (patternLabels.length !== hostLabels.length)
        return false;
    const [first, ...base] = patternLabels;
    if (base.some((label) => label.includes('*')))
        return false;
    if (first === '*') {
        // `*.com` would cover a whole public suffix.
        if (base.length < 2)
            return false;
        return base.every((label, i) => label === hostLabels[i + 1]);
    }
    if (first?.includes('*'))
        return false; // partial-label wildcards (`f*.a.com`) are not accepted
    return patternLabels.every((label, i) => label === hostLabels[i]);
}
/** Lowercased labels, or undefined for a name with an empty label. */
function labelsOf(name) {
    const trimmed = name.endsWith('.') ? name.slice(0, -1) : name;
    const labels = trimmed.toLowerCase().split('.');
    return labels.some((label) => label === '') ? undefined : labels;
}

;// CONCATENATED MODULE: ./lib/checks/define.js
/** Infers `N` from `needs`, so `run` sees only those keys. */
function defineCheck(check) {
    return check;
}

;// CONCATENATED MODULE: ./lib/checks/certificate.js






const DAY_MS = 86_400_000;
/** C1 and C3: judges each chain exactly as the origin sent it, as the edge would. */
const certificateCheck = defineCheck({
    id: 'certificate',
    family: 'certificate',
    needs: ['tls', 'tlsDiagnostic', 'tlsScans'],
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
        'CERT_SIGNATURE_WEAK',
        'PROBE_ERROR',
        'PROBE_UNAVAILABLE',
    ],
    run(observations, context) {
        const parse = cachedParser();
        const found = [
            ...observations.tls.flatMap((hello) => (hello.ok && hello.version !== 'TLSv1.3' ? judgeHello(hello, context, parse) : [])),
            ...unreadCertificates(observations),
            // Where the edge's hello was refused, the chain read with a wider hello is still the edge's problem.
            ...observations.tlsDiagnostic.flatMap((hello) => hello.ok ? judgeHello(hello, context, parse).map((o) => ({ ...o, details: { ...o.details, readWith: 'diagnostic-hello' } })) : []),
        ];
        return withoutDuplicates(found);
    },
});
/**
 * A target whose handshake works only in TLS 1.3 never shows its certificate in clear (the edge may
 * still connect, behind `edge: generic`): say it went unchecked rather than pass it in silence.
 */
function unreadCertificates({ tls, tlsDiagnostic, tlsScans }) {
    const sameTarget = (a, b) => a.address === b.address && a.port === b.port && a.sni === b.sni;
    const readable = (hello) => hello.ok && hello.version !== 'TLSv1.3' && hello.certificates.length > 0;
    return tls.flatMap((hello) => {
        if ([...tls, ...tlsDiagnostic].some((h) => sameTarget(h, hello) && readable(h)))
            return [];
        const scan = tlsScans?.find((t) => sameTarget(hello, t));
        const speaks13 = (hello.ok && hello.version === 'TLSv1.3') ||
            scan?.versions.some((v) => v.version === 'TLSv1.3' && v.edge.ok && v.edge.version === 'TLSv1.3');
        if (!speaks13)
            return [];
        return [
            {
                code: 'PROBE_UNAVAILABLE',
                address: hello.address,
                port: hello.port,
                ...(hello.sni === undefined ? {} : { name: hello.sni }),
                details: { unchecked: 'certificate', because: 'tls13-only' },
            },
        ];
    });
}
function judgeHello(hello, context, parse) {
    const place = (judgement) => ({
        code: judgement.code,
        ...(judgement.severity ? { severity: judgement.severity } : {}),
        address: hello.address,
        port: hello.port,
        ...(hello.sni === undefined ? {} : { name: hello.sni }),
        details: judgement.details,
    });
    const sent = parseSent(hello.certificates, parse);
    if (typeof sent === 'string')
        return [place({ code: 'PROBE_ERROR', details: { step: 'certificate', error: sent } })];
    const chain = analyzeChain(sent, context.trust, context.now);
    return [
        ...nameMismatch(chain.leaf, context, hello.sni),
        ...validity(chain, context.now),
        ...expiresSoon(chain, context),
        ...chainEnd(chain),
        ...chainOrder(chain),
        ...unsupportedKey(chain.leaf, context),
        ...weakSignatures(chain, context.trust),
    ].map(place);
}
/** The parsed certificates, or why they cannot be read. */
function parseSent(certificates, parse) {
    if (certificates.length === 0)
        return 'the server sent an empty Certificate message';
    const parsed = [];
    for (const [index, der] of certificates.entries()) {
        try {
            parsed.push(parse(der));
        }
        catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            return `certificate #${index + 1} of ${certificates.length} from the server does not parse: ${reason}`;
        }
    }
    return parsed;
}
/**
 * CloudFront accepts a certificate that covers the origin domain or the Host it forwards. Each handshake
 * sends one of the forwarded names as SNI: its certificate must cover that name or the domain.
 */
function nameMismatch(leaf, { origin }, sni) {
    const requiredNames = [...new Set([origin.domain, ...(sni ? [sni] : [])])];
    if (requiredNames.some((name) => certificateCovers(leaf, name)))
        return [];
    return [{ code: 'CERT_NAME_MISMATCH', details: { certificateNames: certificateNames(leaf), requiredNames } }];
}
function validity(chain, now) {
    return chain.relied.flatMap((cert, index) => {
        const position = positionLabel(chain.path, index);
        if (cert.notAfter < now) {
            return [{ code: 'CERT_EXPIRED', details: { position, subject: cert.subject, notAfter: cert.notAfter.toISOString() } }];
        }
        if (cert.notBefore > now) {
            return [{ code: 'CERT_NOT_YET_VALID', details: { position, subject: cert.subject, notBefore: cert.notBefore.toISOString() } }];
        }
        return [];
    });
}
/** Only the soonest-expiring certificate that is valid now: renewing it is the next deadline. */
function expiresSoon(chain, { origin, now }) {
    const valid = chain.relied.map((cert, index) => ({ cert, index })).filter(({ cert }) => cert.notBefore <= now && cert.notAfter >= now);
    const soonest = valid.reduce((best, entry) => (!best || entry.cert.notAfter < best.cert.notAfter ? entry : best), undefined);
    if (!soonest)
        return [];
    const days = daysUntil(soonest.cert.notAfter, now);
    const severity = days < origin.certificate.failDays ? 'error' : days < origin.certificate.warnDays ? 'warning' : undefined;
    if (!severity)
        return [];
    const { cert, index } = soonest;
    const details = { days, notAfter: cert.notAfter.toISOString(), position: positionLabel(chain.path, index), subject: cert.subject };
    return [{ code: 'CERT_EXPIRES_SOON', severity, details }];
}
function chainEnd({ end }) {
    switch (end.kind) {
        case 'trusted':
            return [];
        case 'self-signed':
            return [{ code: 'CERT_SELF_SIGNED', details: { subject: end.certificate.subject } }];
        case 'untrusted-root':
            return [{ code: 'CERT_UNTRUSTED_ROOT', details: untrustedRootDetails(end.root, end.missingIssuer) }];
        case 'incomplete':
            return [{ code: 'CERT_CHAIN_INCOMPLETE', details: { subject: end.certificate.subject, issuer: end.certificate.issuer } }];
    }
}
/** Why the path ends at `root`: a self-signed root that is not trusted, or an issuer that is nowhere. */
function untrustedRootDetails(root, missingIssuer) {
    if (missingIssuer === undefined)
        return { root, rootKind: 'self-signed-untrusted' };
    return { root, issuer: missingIssuer, rootKind: 'issuer-missing' };
}
function chainOrder(chain) {
    if (!chain.outOfOrder)
        return [];
    const details = { sent: chain.sent.map((c) => c.subject), expected: chain.path.map((c) => c.subject) };
    return [{ code: 'CERT_CHAIN_ORDER', details }];
}
/** The edge's limits are on the key it must use in the handshake: the leaf's. */
function unsupportedKey(leaf, { edge }) {
    if ((0,keys/* keyAccepted */.bT)(leaf.key, edge.keyLimits))
        return [];
    return [{ code: 'CERT_KEY_UNSUPPORTED', details: { key: (0,keys/* keyLabel */.w8)(leaf.key), accepted: (0,keys/* acceptedKeysLabel */.SV)(edge.keyLimits) } }];
}
/** A trust anchor's own signature is never checked, so only the signatures below it matter. */
function weakSignatures(chain, trust) {
    return chain.relied.flatMap((cert, index) => {
        const isAnchor = trust.contains(cert) || (cert.selfSigned && index > 0);
        if (isAnchor || !algorithms/* WEAK_HASHES */.U.has(cert.signatureAlgorithm.hash))
            return [];
        const details = { algorithm: cert.signatureAlgorithm.name, position: positionLabel(chain.path, index), subject: cert.subject };
        return [{ code: 'CERT_SIGNATURE_WEAK', details }];
    });
}
/** The soonest-expiring leaf across the origin's addresses and names, for the report header. */
function certificateSummary(observations, now) {
    const parse = cachedParser();
    let soonest;
    for (const hello of observations.tls) {
        if (!hello.ok)
            continue;
        const sent = parseSent(hello.certificates, parse);
        if (typeof sent === 'string')
            continue;
        const { leaf } = arrangePath(sent);
        if (!soonest || leaf.notAfter < soonest.notAfter)
            soonest = leaf;
    }
    if (!soonest)
        return undefined;
    return {
        notAfter: soonest.notAfter.toISOString(),
        daysLeft: daysUntil(soonest.notAfter, now),
        names: certificateNames(soonest),
        subject: soonest.subject,
    };
}
function daysUntil(date, now) {
    return Math.floor((date.getTime() - now.getTime()) / DAY_MS);
}
/** The same chain seen on several addresses or names is parsed once. */
function cachedParser() {
    const parsed = new Map();
    return (der) => {
        const key = der.toString('base64');
        let cert = parsed.get(key);
        if (!cert)
            parsed.set(key, (cert = (0,parse/* parseCertificate */.hB)(der)));
        return cert;
    };
}
/** Collapses only observations that are identical in every byte (same address, port, name and details). */
function withoutDuplicates(found) {
    const seen = new Set();
    return found.filter((observation) => {
        const key = JSON.stringify(observation);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

// EXTERNAL MODULE: ./lib/cert/trust.js
var cert_trust = __webpack_require__(1752);
// EXTERNAL MODULE: ./lib/edges/index.js + 5 modules
var edges = __webpack_require__(5109);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./lib/probes/routes.js


/**
 * Whether this machine can reach an address of the given family at all. Many CI runners have no
 * IPv6 route: probing there would report the origin as broken when the runner is.
 */
function canReach(address, family, interfaces) {
    if (isLoopback(address, family))
        return true;
    // Listing the interfaces costs a system call and a copy of every one: only where the answer needs it.
    return Object.values(interfaces ?? (0,external_node_os_.networkInterfaces)()).some((list) => (list ?? []).some((i) => !i.internal && familyNumber(i.family) === family && !isLinkLocal(i.address, family)));
}
// Any spelling of a loopback address (`0:0:0:0:0:0:0:1`, `::ffff:127.0.0.1`) needs no route.
const LOOPBACK = new external_node_net_.BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addSubnet('::1', 128, 'ipv6');
LOOPBACK.addSubnet('::ffff:127.0.0.0', 104, 'ipv6');
function isLoopback(address, family) {
    return LOOPBACK.check(address, family === 4 ? 'ipv4' : 'ipv6');
}
function isLinkLocal(address, family) {
    return family === 4 ? address.startsWith('169.254.') : /^fe[89ab]/i.test(address);
}
function familyNumber(family) {
    return family === 'IPv6' || family === 6 ? 6 : 4;
}

;// CONCATENATED MODULE: ./lib/probes/resolve.js

/** Addresses the config pins: no lookup. */
function fixedAddresses(addresses) {
    return { ok: true, ms: 0, addresses: addresses.map((address) => ({ address, family: familyOf(address), source: 'config' })) };
}
function familyOf(address) {
    return (0,external_node_net_.isIP)(address) === 6 ? 6 : 4;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:dgram"
var external_node_dgram_ = __webpack_require__(1314);
;// CONCATENATED MODULE: ./lib/probes/deadline.js
function startDeadline(ms, expire) {
    const due = performance.now() + ms;
    let immediate;
    const timer = setTimeout(() => {
        const late = Math.max(0, performance.now() - due);
        immediate = setImmediate(() => expire(late));
    }, ms);
    return {
        cancel() {
            clearTimeout(timer);
            if (immediate)
                clearImmediate(immediate);
        },
    };
}

// EXTERNAL MODULE: ./node_modules/dns-packet/index.js
var dns_packet = __webpack_require__(4894);
// EXTERNAL MODULE: ./lib/probes/dns/names.js
var dns_names = __webpack_require__(1947);
;// CONCATENATED MODULE: ./lib/probes/dns/wire.js


/** EDNS0 buffer size: the 2020 DNS flag day's value, safe from fragmentation on every path. */
const EDNS_UDP_SIZE = 1232;
/** A query as a resolver walking the delegation sends it: no recursion desired, EDNS0, DO on request. */
function encodeQuery(id, question, dnssec = false) {
    return dns_packet.encode({
        type: 'query',
        id,
        flags: 0,
        questions: [{ name: question.name, type: question.type, class: 'IN' }],
        additionals: [
            {
                type: 'OPT',
                name: '.',
                udpPayloadSize: EDNS_UDP_SIZE,
                extendedRcode: 0,
                ednsVersion: 0,
                flags: dnssec ? dns_packet.DNSSEC_OK : 0,
                flag_do: dnssec,
                options: [],
            },
        ],
    });
}
/** Decodes a message and accepts it only as the response to our id and question. */
function decodeResponse(bytes, id, question) {
    let packet;
    try {
        packet = dns_packet.decode(bytes);
    }
    catch (error) {
        return { ok: false, reason: 'malformed', detail: `undecodable message of ${bytes.length} bytes: ${error.message}` };
    }
    if (packet.id !== id || !packet.flag_qr)
        return { ok: false, reason: 'mismatch', detail: `id ${packet.id}${packet.flag_qr ? '' : ' (a query)'}, expected ${id}` };
    const asked = packet.questions?.[0];
    // RFC 7766 allows an empty question section only in error answers; we require the question echoed.
    if (!asked || (0,dns_names/* canonicalName */.Ew)(asked.name) !== (0,dns_names/* canonicalName */.Ew)(question.name) || asked.type !== question.type) {
        return {
            ok: false,
            reason: 'mismatch',
            detail: `question ${asked ? `${asked.name} ${asked.type}` : '(none)'}, expected ${question.name} ${question.type}`,
        };
    }
    return {
        ok: true,
        response: {
            rcode: packet.rcode ?? 'NOERROR',
            aa: packet.flag_aa,
            tc: packet.flag_tc,
            answers: records(packet.answers),
            authorities: records(packet.authorities),
            additionals: records(packet.additionals),
        },
    };
}
function records(answers) {
    return (answers ?? [])
        .filter((a) => a.type !== 'OPT')
        .map((a) => {
        const record = a;
        return { name: (0,dns_names/* canonicalName */.Ew)(record.name), type: record.type, ttl: record.ttl ?? 0, data: renderData(record.type, record.data) };
    });
}
function renderData(type, data) {
    if (typeof data === 'string')
        return ['NS', 'CNAME', 'DNAME', 'PTR'].includes(type) ? (0,dns_names/* canonicalName */.Ew)(data) : data;
    if (type === 'DNSKEY' && data && typeof data === 'object') {
        const key = data;
        return `${key.flags} 3 ${key.algorithm} ${key.key.toString('base64')}`;
    }
    if (type === 'DS' && data && typeof data === 'object') {
        const ds = data;
        return `${ds.keyTag} ${ds.algorithm} ${ds.digestType} ${ds.digest.toString('hex').toUpperCase()}`;
    }
    if (type === 'RRSIG' && data && typeof data === 'object') {
        // Times as seconds since the epoch; the signature itself is not kept.
        const sig = data;
        return [
            sig.typeCovered,
            sig.algorithm,
            sig.labels,
            sig.originalTTL,
            sig.expiration,
            sig.inception,
            sig.keyTag,
            (0,dns_names/* canonicalName */.Ew)(sig.signersName),
        ].join(' ');
    }
    if (type === 'SOA' && data && typeof data === 'object') {
        const soa = data;
        return [(0,dns_names/* canonicalName */.Ew)(soa.mname), (0,dns_names/* canonicalName */.Ew)(soa.rname), soa.serial, soa.refresh, soa.retry, soa.expire, soa.minimum].join(' ');
    }
    if (Buffer.isBuffer(data))
        return data.toString('hex');
    if (Array.isArray(data))
        return data.map((d) => (Buffer.isBuffer(d) ? d.toString('utf8') : String(d))).join(' ');
    return JSON.stringify(data, (_, v) => (v && typeof v === 'object' && 'type' in v && v.type === 'Buffer' ? '(bytes)' : v)) ?? '';
}
/** The serial of an SOA record rendered by this module. */
function soaSerial(record) {
    const serial = Number(record.data.split(' ')[2]);
    return Number.isFinite(serial) ? serial : undefined;
}

;// CONCATENATED MODULE: ./lib/probes/dns/transport.js





/** The largest DNS message either transport can carry; nothing bigger is read. */
const MESSAGE_BUDGET = 65_535;
const NO_ROUTE = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'EAFNOSUPPORT']);
function failureOf(error, transport) {
    const code = error.code ?? 'EUNKNOWN';
    if (code === 'ECONNREFUSED')
        return { kind: 'refused', detail: `${transport}: ${code}` };
    if (NO_ROUTE.has(code))
        return { kind: 'unreachable', detail: `${transport}: ${code}` };
    if (code === 'ECONNRESET' || code === 'EPIPE')
        return { kind: 'closed', detail: `${transport}: ${code}` };
    return { kind: 'unreachable', detail: `${transport}: ${code} ${error.message}` };
}
/** The first result wins; later events (a late datagram, the close after an error) change nothing. */
function settleOnce(resolve, cleanup) {
    let settled = false;
    return (result) => {
        if (settled)
            return;
        settled = true;
        cleanup();
        resolve(result);
    };
}
/** How long a name server's socket stays open with nothing in flight, for the next question to reuse. */
const UDP_IDLE_MS = 500;
/**
 * Questions in flight on one socket: their answers, arriving together, must fit the socket's receive
 * buffer (about 200 KB by default on Linux, with a kernel overhead of a kilobyte or two per datagram).
 */
const UDP_PER_SOCKET = 32;
/**
 * A connected UDP socket to one name server, shared by up to 32 questions in flight: a thousand origins
 * in a few zones ask the same servers thousands of times, and a socket per question cost more than the
 * question. Datagrams go to the question with their id (ids are unique among those in flight on the
 * socket); an error on the socket (ICMP port unreachable, say) is every question's answer, and the
 * socket is replaced. Closed once idle.
 */
class UdpChannel {
    target;
    onClose;
    pending = new Map();
    socket;
    connected;
    idle;
    closed = false;
    constructor(target, onClose) {
        this.target = target;
        this.onClose = onClose;
        this.socket = (0,external_node_dgram_.createSocket)((0,external_node_net_.isIP)(target.address) === 6 ? 'udp6' : 'udp4');
        // The deadlines of the questions in flight keep the process alive, not an idle socket.
        this.socket.unref();
        this.socket.on('error', (error) => this.close(failureOf(error, 'udp')));
        this.socket.on('message', (message) => {
            if (message.length < 2)
                return;
            this.pending.get(message.readUInt16BE(0))?.receive(message);
        });
        // A connected socket hears ICMP port unreachable as ECONNREFUSED instead of waiting out the deadline.
        // With a callback, a failed connect (EACCES for a broadcast address, say) is no 'error' event: it is
        // the callback's argument, and every question waiting on the socket fails with it.
        this.connected = new Promise((resolve) => {
            try {
                // Node passes the error to the callback; its type declarations leave the argument out.
                this.socket.connect(target.port, target.address, (...result) => {
                    const error = result[0];
                    if (error)
                        this.close(failureOf(error, 'udp'));
                    resolve();
                });
            }
            catch (error) {
                queueMicrotask(() => this.close(failureOf(error, 'udp')));
                resolve();
            }
        });
        // Closed if no question ever arrives (the query failed to encode, say); `ask` disarms it.
        this.idle = setTimeout(() => this.close(), UDP_IDLE_MS).unref();
    }
    get room() {
        return !this.closed && this.pending.size < UDP_PER_SOCKET;
    }
    /** An id no question in flight on this socket uses. */
    freeId() {
        for (;;) {
            const id = (0,external_node_crypto_.randomInt)(0, 65_536);
            if (!this.pending.has(id))
                return id;
        }
    }
    ask(id, query, pending) {
        clearTimeout(this.idle);
        this.pending.set(id, pending);
        void this.connected.then(() => {
            if (this.closed)
                return;
            try {
                this.socket.send(query);
            }
            catch (error) {
                this.close(failureOf(error, 'udp'));
            }
        });
        return () => {
            if (this.pending.get(id) !== pending)
                return;
            this.pending.delete(id);
            if (this.pending.size === 0 && !this.closed)
                this.idle = setTimeout(() => this.close(), UDP_IDLE_MS).unref();
        };
    }
    close(failure) {
        if (this.closed)
            return;
        this.closed = true;
        clearTimeout(this.idle);
        this.onClose();
        const waiting = [...this.pending.values()];
        this.pending.clear();
        if (failure)
            for (const query of waiting)
                query.fail(failure);
        this.socket.close();
    }
}
const channels = new Map();
function channelFor(target) {
    const key = `${target.address}|${target.port}`;
    const open = channels.get(key) ?? [];
    const free = open.find((channel) => channel.room);
    if (free)
        return free;
    const made = new UdpChannel(target, () => {
        const left = (channels.get(key) ?? []).filter((channel) => channel !== made);
        if (left.length > 0)
            channels.set(key, left);
        else
            channels.delete(key);
    });
    channels.set(key, [...open, made]);
    return made;
}
/**
 * One datagram out, the first matching datagram back. `encode` makes the query for the id it is given.
 * Answers with another id or question are ignored (they may be spoofed or late), so they only cost the
 * wait; the deadline bounds it.
 */
function udpExchange(target, encode, question, timeoutMs) {
    const channel = channelFor(target);
    const id = channel.freeId();
    const query = encode(id);
    return new Promise((resolve) => {
        let lastMismatch;
        const finish = settleOnce(resolve, () => {
            timer.cancel();
            done();
        });
        const timer = startDeadline(timeoutMs, () => {
            const detail = `udp: no answer within ${timeoutMs} ms${lastMismatch ? ` (ignored a mismatched answer: ${lastMismatch})` : ''}`;
            finish({ ok: false, failure: { kind: 'timeout', detail } });
        });
        const done = channel.ask(id, query, {
            question,
            fail: (failure) => finish({ ok: false, failure }),
            receive: (message) => {
                if (message.length > MESSAGE_BUDGET)
                    return finish({ ok: false, failure: { kind: 'too-large', detail: `udp: ${message.length} bytes` } });
                const decoded = decodeResponse(message, id, question);
                if (decoded.ok)
                    return finish({ ok: true, response: decoded.response });
                if (decoded.reason === 'malformed')
                    return finish({ ok: false, failure: { kind: 'malformed', detail: `udp: ${decoded.detail}` } });
                lastMismatch = decoded.detail;
            },
        });
    });
}
/** One query over a fresh TCP connection (RFC 7766 framing: a two-byte length, then the message). */
function tcpExchange(target, query, id, question, timeoutMs) {
    return new Promise((resolve) => {
        const socket = new external_node_net_.Socket();
        const chunks = [];
        let received = 0;
        const finish = settleOnce(resolve, () => {
            timer.cancel();
            socket.destroy();
        });
        const timer = startDeadline(timeoutMs, () => finish({ ok: false, failure: { kind: 'timeout', detail: `tcp: no answer within ${timeoutMs} ms` } }));
        socket.on('error', (error) => finish({ ok: false, failure: failureOf(error, 'tcp') }));
        socket.on('close', () => finish({ ok: false, failure: { kind: 'closed', detail: `tcp: closed after ${received} bytes` } }));
        socket.on('data', (chunk) => {
            received += chunk.length;
            if (received > MESSAGE_BUDGET + 2)
                return finish({ ok: false, failure: { kind: 'too-large', detail: `tcp: over ${MESSAGE_BUDGET + 2} bytes` } });
            chunks.push(chunk);
            const buffered = Buffer.concat(chunks);
            if (buffered.length < 2)
                return;
            const length = buffered.readUInt16BE(0);
            if (buffered.length < length + 2)
                return;
            const decoded = decodeResponse(buffered.subarray(2, length + 2), id, question);
            finish(decoded.ok
                ? { ok: true, response: decoded.response }
                : { ok: false, failure: { kind: 'malformed', detail: `tcp: ${decoded.detail}` } });
        });
        socket.connect(target.port, target.address, () => {
            const length = Buffer.alloc(2);
            length.writeUInt16BE(query.length);
            socket.write(Buffer.concat([length, query]));
        });
    });
}

;// CONCATENATED MODULE: ./lib/probes/dns/client.js



const DEFAULT_DNS_TIMEOUT_MS = 2_000;
const DEFAULT_UDP_ATTEMPTS = 2;
/**
 * Asks one server one question the way a resolver walking the delegation does: UDP first, again on a
 * timeout, then TCP when the answer is truncated or UDP never answered. Counts every query it sends.
 */
class DnsClient {
    options;
    sent = 0;
    constructor(options) {
        this.options = options;
    }
    async query(target, question, transport = 'udp') {
        const started = performance.now();
        const ms = () => Math.round(performance.now() - started);
        let packets = 0;
        const sent = () => packets;
        if (transport === 'tcp') {
            const tcp = await this.attempt('tcp', target, question, () => packets++);
            return tcp.ok
                ? { ok: true, response: tcp.response, transport: 'tcp', ms: ms(), sent: sent() }
                : { ok: false, failure: tcp.failure, ms: ms(), sent: sent() };
        }
        let udpFailure;
        for (let attempt = 0; attempt < this.options.udpAttempts; attempt++) {
            const udp = await this.attempt('udp', target, question, () => packets++);
            if (udp.ok) {
                if (!udp.response.tc)
                    return { ok: true, response: udp.response, transport: 'udp', ms: ms(), sent: sent() };
                const tcp = await this.attempt('tcp', target, question, () => packets++);
                if (tcp.ok)
                    return { ok: true, response: tcp.response, transport: 'tcp', ms: ms(), sent: sent() };
                // The truncated answer is all there is: keep it, and say why nothing better came.
                return { ok: true, response: udp.response, transport: 'udp', ms: ms(), sent: sent(), tcpFailure: tcp.failure };
            }
            udpFailure = udp.failure;
            // Refused or unroutable is definitive; only a timeout is worth another datagram.
            if (udp.failure.kind !== 'timeout')
                break;
        }
        const tcp = await this.attempt('tcp', target, question, () => packets++);
        if (tcp.ok)
            return { ok: true, response: tcp.response, transport: 'tcp', ms: ms(), sent: sent(), ...(udpFailure ? { udpFailure } : {}) };
        return { ok: false, failure: udpFailure ?? tcp.failure, ms: ms(), sent: sent(), tcpFailure: tcp.failure };
    }
    attempt(transport, target, question, counted) {
        this.sent++;
        counted();
        const encode = (id) => encodeQuery(id, question, this.options.dnssec);
        if (transport === 'udp')
            return udpExchange(target, encode, question, this.options.timeoutMs);
        const id = (0,external_node_crypto_.randomInt)(0, 65_536);
        return tcpExchange(target, encode(id), id, question, this.options.timeoutMs);
    }
}

;// CONCATENATED MODULE: ./lib/probes/dns/descend.js

const OK_RCODES = new Set(['NOERROR', 'NXDOMAIN']);
/**
 * One step down from `zone` towards `name`: asks the zone's authoritative servers, in turn, about the
 * next label (QNAME minimisation, RFC 9156: `label.zone NS`, or the name's own A at the last label),
 * and reads a referral as a zone cut. Servers that fail or refer elsewhere are passed over.
 */
async function descend(zone, question, name, ask) {
    const servers = zone.servers.filter((s) => s.status === 'authoritative');
    if (servers.length === 0)
        return { kind: 'failed', reason: `no name server of ${zone.zone} answers authoritatively` };
    const problems = [];
    for (const server of servers) {
        const exchange = await ask(server.address, question);
        if (!exchange.ok) {
            problems.push(`${server.server} (${server.address}): ${exchange.failure.kind}`);
            continue;
        }
        const response = exchange.response;
        if (!OK_RCODES.has(response.rcode)) {
            problems.push(`${server.server} (${server.address}): ${response.rcode}`);
            continue;
        }
        const referral = referralIn(response, zone.zone, name);
        if (referral)
            return {
                kind: 'cut',
                delegation: {
                    ...referral,
                    parent: zone.zone,
                    referral: { server: server.server, address: server.address, query: `${question.name} ${question.type}` },
                },
            };
        if (response.aa && response.rcode === 'NXDOMAIN') {
            return {
                kind: 'nxdomain',
                at: { server: server.server, address: server.address, query: `${question.name} ${question.type}`, rcode: 'NXDOMAIN' },
            };
        }
        // A server that holds the child zone too answers the cut's NS itself, authoritatively.
        const apexNs = response.answers.filter((r) => r.type === 'NS' && r.name === question.name);
        if (response.aa && question.type === 'NS' && apexNs.length > 0 && question.name !== zone.zone) {
            const delegation = delegationFrom(question.name, apexNs.map((r) => r.data), response, zone.zone);
            return {
                kind: 'cut',
                delegation: {
                    ...delegation,
                    parent: zone.zone,
                    referral: { server: server.server, address: server.address, query: `${question.name} ${question.type}` },
                },
            };
        }
        if (response.aa)
            return { kind: 'inside' };
        problems.push(`${server.server} (${server.address}): ` +
            `${response.authorities.some((r) => r.type === 'NS') ? 'refers elsewhere' : 'not authoritative'}`);
    }
    return { kind: 'failed', reason: `no name server of ${zone.zone} answered ${question.name} ${question.type} (${problems.join('; ')})` };
}
/** A referral to a zone strictly below `zone` that encloses `name`; upward and sideways ones are not. */
function referralIn(response, zone, name) {
    if (response.aa || response.answers.length > 0)
        return undefined;
    const ns = response.authorities.filter((r) => r.type === 'NS');
    const cut = ns[0]?.name;
    if (!cut || !(0,dns_names/* isBelow */.Yw)(cut, zone) || !(0,dns_names/* isAtOrBelow */.a5)(name, cut))
        return undefined;
    return delegationFrom(cut, ns.filter((r) => r.name === cut).map((r) => r.data), response, zone);
}
/** The delegation's NS set and the glue the parent gave: addresses of those names within its own bailiwick. */
function delegationFrom(cut, names, response, parent) {
    const wanted = new Set(names);
    const glue = response.additionals
        .filter((r) => (r.type === 'A' || r.type === 'AAAA') && wanted.has(r.name) && (0,dns_names/* isAtOrBelow */.a5)(r.name, parent))
        .map((r) => ({ name: r.name, address: r.data }));
    return { zone: cut, ns: [...new Set(names)].sort(), glue };
}

;// CONCATENATED MODULE: ./lib/probes/dns/dnssec.js
/**
 * The zone's DNSSEC anchor as a validating resolver meets it: the DS set at the parent (from the server
 * whose referral named the zone), then, where there is one, the zone's own DNSKEY set.
 */
async function observeDnssec(zone, delegation, ask) {
    const from = delegation.referral;
    if (!from)
        return undefined;
    const ds = await ask(from.address, { name: zone.zone, type: 'DS' });
    const dsFrom = { server: from.server, address: from.address };
    if (!ds.ok)
        return { ds: [], dsFrom, error: `${zone.zone} DS: ${ds.failure.kind}` };
    const dsSet = ds.response.answers
        .filter((r) => r.type === 'DS' && r.name === zone.zone)
        .map((r) => r.data)
        .sort();
    if (dsSet.length === 0)
        return undefined;
    const server = zone.servers.find((s) => s.status === 'authoritative');
    if (!server)
        return { ds: dsSet, dsFrom };
    const keys = await ask(server.address, { name: zone.zone, type: 'DNSKEY' });
    const dnskeyFrom = { server: server.server, address: server.address };
    if (!keys.ok)
        return { ds: dsSet, dsFrom, dnskeyFrom, error: `${zone.zone} DNSKEY: ${keys.failure.kind}` };
    const dnskeys = keys.response.answers
        .filter((r) => r.type === 'DNSKEY' && r.name === zone.zone)
        .map((r) => r.data)
        .sort();
    return { ds: dsSet, dsFrom, dnskeys, dnskeyFrom };
}

;// CONCATENATED MODULE: ./lib/text/compare.js
/**
 * Text orderings the reports use, made once: `localeCompare` with a locale or options builds a collator
 * on every call, which a thousand origins' worth of sorting turns into seconds.
 */
const numeric = new Intl.Collator('en', { numeric: true });
/** Digits compared as numbers (`127.0.0.9` before `127.0.0.10`): addresses, names with numbers. */
const compareNumeric = numeric.compare;

;// CONCATENATED MODULE: ./lib/probes/dns/trace.js
function describeQuestion(question) {
    return `${question.name} ${question.type}`;
}
function describeRecord(record) {
    return `${record.name} ${record.type} ${record.data}`;
}
/** The report's view of one exchange. */
function traceOf(question, exchange) {
    const query = describeQuestion(question);
    if (!exchange.ok) {
        const tcp = exchange.tcpFailure && exchange.tcpFailure !== exchange.failure ? `; ${exchange.tcpFailure.detail}` : '';
        return { query, error: `${exchange.failure.kind}: ${exchange.failure.detail}${tcp}`, ms: exchange.ms };
    }
    const { response } = exchange;
    const trace = { query, transport: exchange.transport, rcode: response.rcode, aa: response.aa, ms: exchange.ms };
    if (response.tc)
        trace.tc = true;
    if (response.answers.length)
        trace.answers = response.answers.map(describeRecord);
    if (response.authorities.length)
        trace.authority = response.authorities.map(describeRecord);
    return trace;
}
/** Why an exchange gave nothing: the failure of each transport tried. */
function failureText(exchange) {
    if (exchange.ok)
        return '';
    const tcp = exchange.tcpFailure && exchange.tcpFailure !== exchange.failure ? `; ${exchange.tcpFailure.detail}` : '';
    return `${exchange.failure.detail}${tcp}`;
}

;// CONCATENATED MODULE: ./lib/probes/dns/inspect.js






const inspect_OK_RCODES = new Set(['NOERROR', 'NXDOMAIN']);
/** A hostile zone must not make the walk ask thousands of servers: the root itself has 13. */
const MAX_NAME_SERVERS = 16;
const MAX_ADDRESSES = 4;
/**
 * Asks every name server of a zone, on every address, for the zone's SOA (over UDP, then TCP) and NS:
 * the parent's servers first, then those only the zone itself lists, then in-zone servers the parent
 * gave no glue for, found through their siblings.
 */
async function inspectZone(delegation, services, stack) {
    const { zone } = delegation;
    const entries = [];
    const servers = [];
    const inner = [...stack, zone];
    const probe = async (entry) => {
        if (entry.addresses.length === 0) {
            servers.push({
                server: entry.name,
                address: '',
                port: services.port,
                status: 'no-address',
                failure: 'no-address',
                reason: entry.problem ?? 'no address found',
            });
            return;
        }
        servers.push(...(await Promise.all(entry.addresses.slice(0, MAX_ADDRESSES).map((address) => probeServer(zone, entry.name, address, services)))));
    };
    const addressesFor = async (name, fromZone) => {
        if (fromZone || (0,dns_names/* isAtOrBelow */.a5)(name, zone)) {
            const found = await askAuthoritative(servers, name, services);
            return found.length
                ? { addresses: found, source: 'zone' }
                : { addresses: [], source: 'none', problem: `no server of ${zone} gave an address for it` };
        }
        const lookup = await services.addressesOf(name, inner);
        return {
            addresses: lookup.addresses,
            source: lookup.addresses.length ? 'lookup' : 'none',
            ...(lookup.problem ? { problem: lookup.problem } : {}),
        };
    };
    // The parent's view: glue where given, the name's own walk for out-of-zone servers.
    const later = [];
    await Promise.all(delegation.ns.slice(0, MAX_NAME_SERVERS).map(async (name) => {
        const glue = delegation.glue
            .filter((g) => g.name === name)
            .map((g) => g.address)
            .slice(0, MAX_ADDRESSES);
        const entry = { name, listedBy: ['parent'], source: delegation.fromHints ? 'hints' : 'glue', addresses: glue };
        entries.push(entry);
        if (glue.length)
            return probe(entry);
        if ((0,dns_names/* isBelow */.Yw)(name, zone) || name === zone) {
            entry.missingGlue = true;
            later.push(entry);
            return;
        }
        Object.assign(entry, await addressesFor(name, false));
        return probe(entry);
    }));
    const answeredNs = servers.find((s) => s.status === 'authoritative' && s.ns)?.ns ?? [];
    for (const entry of entries)
        if (answeredNs.includes(entry.name))
            entry.listedBy.push('child');
    // The zone's own view: servers only it lists, and glueless in-zone servers, through their siblings.
    for (const name of answeredNs
        .filter((n) => !entries.some((e) => e.name === n))
        .slice(0, Math.max(0, MAX_NAME_SERVERS - entries.length))) {
        later.push({ name, listedBy: ['child'], source: 'none', addresses: [] });
        entries.push(later.at(-1));
    }
    await Promise.all(later.map(async (entry) => {
        Object.assign(entry, await addressesFor(entry.name, (0,dns_names/* isAtOrBelow */.a5)(entry.name, zone)));
        return probe(entry);
    }));
    entries.sort((a, b) => a.name.localeCompare(b.name));
    servers.sort((a, b) => a.server.localeCompare(b.server) || compareNumeric(a.address, b.address));
    return {
        zone,
        ...(delegation.parent ? { parent: delegation.parent } : {}),
        parentNs: [...delegation.ns].sort(),
        glue: delegation.glue,
        ...(delegation.referral ? { referral: delegation.referral } : {}),
        childNs: [...answeredNs].sort(),
        nameServers: entries,
        servers,
        queries: 0,
    };
}
async function probeServer(zone, server, address, services) {
    const base = { server, address, port: services.port };
    if (!canReach(address, familyOf(address)))
        return { ...base, status: 'unprobed', reason: `this machine has no IPv${familyOf(address)} route` };
    const question = { name: zone, type: 'SOA' };
    const soa = await services.ask(address, question);
    const trace = traceOf(question, soa);
    if (!soa.ok)
        return { ...base, status: 'unreachable', failure: soa.failure.kind, reason: failureText(soa), soa: trace };
    const { response } = soa;
    // RFC 9499: a server named in a delegation that does not answer authoritatively for the zone is lame; REFUSED is the common way.
    if (response.rcode === 'REFUSED')
        return {
            ...base,
            status: 'lame',
            rcode: 'REFUSED',
            lame: { kind: 'refused', rcode: 'REFUSED' },
            reason: 'answered REFUSED',
            soa: trace,
        };
    if (!inspect_OK_RCODES.has(response.rcode))
        return { ...base, status: 'error-rcode', rcode: response.rcode, reason: `answered ${response.rcode}`, soa: trace };
    const lame = lameAnswer(zone, response);
    if (lame)
        return { ...base, status: 'lame', lame, reason: describeLame(lame), soa: trace };
    const record = response.answers.find((r) => r.type === 'SOA' && r.name === zone);
    const [ns, tcp] = await Promise.all([
        services.ask(address, { name: zone, type: 'NS' }),
        soa.transport === 'tcp' ? undefined : services.ask(address, question, 'tcp'),
    ]);
    const observation = {
        ...base,
        status: 'authoritative',
        soa: trace,
        tcp: !tcp ? 'ok' : tcp.ok ? 'ok' : failureText(tcp),
    };
    if (tcp && !tcp.ok)
        observation.tcpFailure = tcp.failure.kind;
    const serial = soaSerial(record);
    if (serial !== undefined)
        observation.serial = serial;
    if (soa.ok && soa.udpFailure)
        observation.reason = `answers over TCP only (${soa.udpFailure.detail})`;
    if (ns.ok && ns.response.aa)
        observation.ns = ns.response.answers
            .filter((r) => r.type === 'NS' && r.name === zone)
            .map((r) => r.data)
            .sort();
    return observation;
}
/** How an answer to `zone SOA` fails to be authoritative for the zone, or undefined when it is. */
function lameAnswer(zone, response) {
    const referral = response.authorities.filter((r) => r.type === 'NS');
    const rcode = response.rcode;
    if (!response.aa) {
        if (referral.length === 0)
            return { kind: 'no-aa', rcode };
        const to = referral[0].name;
        return {
            kind: (0,dns_names/* isBelow */.Yw)(zone, to) || to === '.' ? 'upward-referral' : 'referral',
            rcode,
            zone: to,
            servers: referral.map((r) => r.data).sort(),
        };
    }
    if (response.answers.some((r) => r.type === 'SOA' && r.name === zone))
        return undefined;
    const other = [...response.answers, ...response.authorities].find((r) => r.type === 'SOA');
    return other ? { kind: 'other-soa', rcode, zone: other.name } : { kind: 'no-soa', rcode };
}
/** The walk trace's words for a lame answer. */
function describeLame(lame) {
    const answered = lame.rcode === 'NXDOMAIN' ? 'NXDOMAIN' : 'no SOA record';
    switch (lame.kind) {
        case 'refused':
            return 'answered REFUSED';
        case 'no-aa':
            return 'answers without the AA bit';
        case 'referral':
            return `a referral to ${lame.zone} (${lame.servers?.join(', ')})`;
        case 'upward-referral':
            return `an upward referral to ${lame.zone} (${lame.servers?.join(', ')})`;
        case 'other-soa':
            return `answers ${answered} with the SOA of ${lame.zone}`;
        case 'no-soa':
            return `answers ${answered} for the zone's apex`;
    }
}
/** Asks the zone's authoritative servers for a name's addresses (A and AAAA), first answer wins. */
async function askAuthoritative(servers, name, services) {
    for (const server of servers.filter((s) => s.status === 'authoritative')) {
        const answers = await Promise.all(['A', 'AAAA'].map((type) => services.ask(server.address, { name, type })));
        const found = answers.flatMap((a) => a.ok && a.response.aa
            ? a.response.answers.filter((r) => r.name === name && (r.type === 'A' || r.type === 'AAAA')).map((r) => r.data)
            : []);
        if (answers.some((a) => a.ok && a.response.aa))
            return [...new Set(found)];
    }
    return [];
}

;// CONCATENATED MODULE: ./lib/probes/dns/lookup.js

const LOOKUP_TYPES = ['A', 'AAAA', 'CNAME'];
const lookup_OK_RCODES = new Set(['NOERROR', 'NXDOMAIN']);
/**
 * Asks every authoritative server of the zone that holds `name`, on every address, for its A, AAAA and
 * CNAME records. The name's addresses are the union of what they serve: the edge may get any of them.
 */
async function lookupAt(zone, name, ask) {
    const servers = zone.servers.filter((s) => s.status === 'authoritative');
    const answers = (await Promise.all(servers.flatMap((server) => LOOKUP_TYPES.map(async (type) => {
        const exchange = await ask(server.address, { name, type });
        const base = { server: server.server, address: server.address, query: `${name} ${type}` };
        if (!exchange.ok)
            return { ...base, records: [], error: `${exchange.failure.kind}: ${exchange.failure.detail}` };
        const { response } = exchange;
        const records = response.answers
            .filter((r) => r.name === name && (r.type === type || r.type === 'CNAME'))
            .map((r) => `${r.type} ${r.data}`)
            .sort();
        const signatures = response.answers.filter((r) => r.name === name && r.type === 'RRSIG').map((r) => r.data);
        return { ...base, rcode: response.rcode, aa: response.aa, records, ...(signatures.length ? { signatures } : {}) };
    })))).sort((a, b) => a.server.localeCompare(b.server) || compareNumeric(a.address, b.address) || a.query.localeCompare(b.query));
    const usable = answers.filter((a) => a.aa && a.rcode !== undefined && lookup_OK_RCODES.has(a.rcode));
    const base = { name, zone: zone.zone, answers };
    if (usable.length === 0) {
        return {
            ...base,
            outcome: 'unresolved',
            addresses: [],
            reason: servers.length
                ? `no server of ${zone.zone} answered ${name} authoritatively`
                : `no name server of ${zone.zone} answers authoritatively`,
        };
    }
    const data = (type) => [
        ...new Set(usable.flatMap((a) => a.records.filter((r) => r.startsWith(`${type} `)).map((r) => r.slice(type.length + 1)))),
    ];
    const addresses = [...data('A'), ...data('AAAA')];
    if (addresses.length > 0)
        return { ...base, outcome: 'addresses', addresses };
    const target = data('CNAME')[0];
    if (target)
        return { ...base, outcome: 'cname', addresses: [], target };
    if (usable.every((a) => a.rcode === 'NXDOMAIN'))
        return { ...base, outcome: 'nxdomain', addresses: [] };
    return { ...base, outcome: 'nodata', addresses: [] };
}

;// CONCATENATED MODULE: ./lib/probes/dns/root-hints.js
const ROOTS = [
    ['a', '198.41.0.4', '2001:503:ba3e::2:30'],
    ['b', '170.247.170.2', '2801:1b8:10::b'],
    ['c', '192.33.4.12', '2001:500:2::c'],
    ['d', '199.7.91.13', '2001:500:2d::d'],
    ['e', '192.203.230.10', '2001:500:a8::e'],
    ['f', '192.5.5.241', '2001:500:2f::f'],
    ['g', '192.112.36.4', '2001:500:12::d0d'],
    ['h', '198.97.190.53', '2001:500:1::53'],
    ['i', '192.36.148.17', '2001:7fe::53'],
    ['j', '192.58.128.30', '2001:503:c27::2:30'],
    ['k', '193.0.14.129', '2001:7fd::1'],
    ['l', '199.7.83.42', '2001:500:9f::42'],
    ['m', '202.12.27.33', '2001:dc3::35'],
];
const IANA_ROOT_HINTS = ROOTS.map(([letter, v4, v6]) => ({
    name: `${letter}.root-servers.net`,
    addresses: [v4, v6],
}));
/** Hints from `overrides.dns-roots`: addresses only, each named by its address until the root names it. */
function hintsFromAddresses(addresses) {
    return addresses.map((address) => ({ name: address, addresses: [address] }));
}

;// CONCATENATED MODULE: ./lib/probes/dns/walk-budget.js
/**
 * What the DNS walk may spend, per origin and per run: queries sent, name-server names looked up, and
 * records kept (the walker keeps every answer for the run, so records bound its memory). Work is
 * charged to the origin whose walk caused it; an origin that reuses a zone another origin's walk
 * inspected pays nothing for it. Whichever budget runs out first stops that origin's walk.
 */
/**
 * An ordinary origin costs tens of queries, a handful of name-server names and a few hundred records;
 * a zone that refers to sixteen glueless servers in fresh zones at every level cost 139,922 queries
 * for one origin. One such origin stops at its own budget; many stop at the run's, which grows with
 * the origins a quarter of one origin's budget at a time.
 */
const DEFAULT_WALK_BUDGET = {
    perOrigin: { queries: 2_000, 'name-servers': 200, records: 20_000 },
    runPerOrigin: { queries: 500, 'name-servers': 50, records: 5_000 },
    runCeiling: { queries: 100_000, 'name-servers': 10_000, records: 500_000 },
};
function walkBudget(options = {}) {
    return {
        perOrigin: { ...DEFAULT_WALK_BUDGET.perOrigin, ...options.perOrigin },
        runPerOrigin: { ...DEFAULT_WALK_BUDGET.runPerOrigin, ...options.runPerOrigin },
        runCeiling: { ...DEFAULT_WALK_BUDGET.runCeiling, ...options.runCeiling },
    };
}
/** Thrown inside a walk when a budget is spent; the walk reports it, nothing else sees it. */
class BudgetSpent extends Error {
    spent;
    account;
    constructor(spent, account) {
        super(`the DNS walk's ${spent.scope} ${spent.budget} budget (${spent.limit}) is spent`);
        this.spent = spent;
        this.account = account;
    }
}
const none = () => ({ queries: 0, 'name-servers': 0, records: 0 });
/** The run's accounts, and what they spent together. */
class WalkLedger {
    budget;
    expectedOrigins;
    run = none();
    origins = 0;
    constructor(budget, 
    /** The origins the run will walk, when known: the run's budget is then whole from the start. */
    expectedOrigins = 0) {
        this.budget = budget;
        this.expectedOrigins = expectedOrigins;
    }
    open(origin) {
        this.origins++;
        return { origin, spent: none() };
    }
    runLimit(kind) {
        const share = this.budget.runPerOrigin[kind] * Math.max(this.origins, this.expectedOrigins);
        return Math.min(this.budget.runCeiling[kind], Math.max(this.budget.perOrigin[kind], share));
    }
    /** The BudgetSpent to stop the walk with when `amount` more of `kind` would go over the origin's or the run's budget. */
    refusal(account, kind, amount) {
        const own = this.budget.perOrigin[kind];
        if (account.spent[kind] + amount > own) {
            return new BudgetSpent({ budget: kind, scope: 'origin', limit: own, used: account.spent[kind] }, account);
        }
        const run = this.runLimit(kind);
        if (this.run[kind] + amount > run)
            return new BudgetSpent({ budget: kind, scope: 'run', limit: run, used: this.run[kind] }, account);
        return undefined;
    }
    spend(account, kind, amount) {
        account.spent[kind] += amount;
        this.run[kind] += amount;
    }
    /** What the run has spent so far. */
    get spent() {
        return this.run;
    }
}

;// CONCATENATED MODULE: ./lib/probes/dns/walk.js











/** How often an origin's walk starts again when it waited on work that another origin's budget stopped. */
const MAX_RETRIES = 8;
const MAX_CNAME_LINKS = 8;
/** Out-of-zone name servers whose own names need out-of-zone name servers, and so on. */
const MAX_NS_DEPTH = 4;
const MAX_STEPS = 128;
/**
 * Walks the delegation from the root to each origin name like an iterative resolver, judging nothing:
 * it records every zone cut, every server's answers, and the CNAME chain. One walker serves a whole run,
 * so every zone, query and name is asked once however many origins share it.
 */
class DnsWalker {
    name = 'authoritative walk';
    client;
    port;
    hints;
    limit;
    exchanges = new Map();
    sentByKey = new Map();
    zones = new Map();
    names = new Map();
    nsAddresses = new Map();
    walks = new Map();
    root;
    ledger;
    constructor(options = {}) {
        this.port = options.port ?? 53;
        this.hints = options.roots?.length ? hintsFromAddresses(options.roots) : IANA_ROOT_HINTS;
        // The DO bit on every query: RRSIGs come with the answers, for the DNSSEC check.
        this.client = new DnsClient({
            timeoutMs: options.timeoutMs ?? DEFAULT_DNS_TIMEOUT_MS,
            udpAttempts: options.udpAttempts ?? DEFAULT_UDP_ATTEMPTS,
            dnssec: true,
        });
        this.limit = options.limit ?? ((task) => task());
        this.ledger = new WalkLedger(walkBudget(options.budget), options.origins);
    }
    /** Queries sent so far by this walker, all origins together. */
    get queriesSent() {
        return this.client.sent;
    }
    walk(domain) {
        const name = (0,dns_names/* canonicalName */.Ew)(domain);
        let walk = this.walks.get(name);
        if (!walk) {
            walk = this.walkCharged(name, this.ledger.open(name));
            this.walks.set(name, walk);
        }
        return walk;
    }
    /** What the run's walks have spent together: queries, name-server names, records. */
    get spent() {
        return this.ledger.spent;
    }
    /**
     * The walk, charged to `account`. Work another origin's walk started is shared; when that origin's
     * own budget stops it, the work is dropped from the caches and this walk starts again, paying for
     * what it still needs itself.
     */
    async walkCharged(name, account) {
        for (let attempt = 0;; attempt++) {
            try {
                return await this.walkChain(name, account);
            }
            catch (error) {
                if (!(error instanceof BudgetSpent))
                    throw error;
                const othersOwn = error.account !== account && error.spent.scope === 'origin';
                if (!othersOwn || attempt >= MAX_RETRIES)
                    return this.budgetSpentWalk(name, error.spent, account);
            }
        }
    }
    async resolve(domain) {
        return resolutionOf(await this.walk(domain), this.name);
    }
    async walkChain(origin, account) {
        const started = performance.now();
        const zones = new Map();
        const chain = [];
        const keys = new Set();
        const visited = [origin];
        let outcome;
        for (let name = origin; !outcome;) {
            const result = await this.resolveName(name, [], account);
            result.keys.forEach((k) => keys.add(k));
            for (const zone of result.value.path)
                zones.set(zone.zone, zone);
            const lookup = result.value.lookup;
            chain.push(lookup);
            if (lookup.outcome === 'addresses')
                outcome = { kind: 'addresses', addresses: lookup.addresses };
            else if (lookup.outcome === 'nodata')
                outcome = { kind: 'nodata', name };
            else if (lookup.outcome === 'unresolved')
                outcome = { kind: 'unresolved', name, ...(lookup.zone ? { zone: lookup.zone } : {}), reason: lookup.reason ?? 'unresolved' };
            else if (lookup.outcome === 'nxdomain')
                outcome = chain.length === 1 ? { kind: 'nxdomain', name } : { kind: 'cname-dangling', name: chain.at(-2).name, target: name };
            else {
                const target = lookup.target;
                if (visited.includes(target) || visited.length > MAX_CNAME_LINKS)
                    outcome = { kind: 'cname-loop', chain: [...visited, target] };
                visited.push(target);
                name = target;
            }
        }
        return {
            name: origin,
            port: this.port,
            roots: this.hints.flatMap((h) => h.addresses),
            zones: [...zones.values()],
            chain,
            outcome,
            queriesAlone: this.cost(keys),
            ms: Math.round(performance.now() - started),
        };
    }
    /** A walk the budget stopped: unresolved, and saying which budget, so the check reports it and never passes it. */
    budgetSpentWalk(name, spent, account) {
        return {
            name,
            port: this.port,
            roots: this.hints.flatMap((h) => h.addresses),
            zones: [],
            chain: [],
            outcome: {
                kind: 'unresolved',
                name,
                reason: `the ${spent.scope}'s ${spent.budget} budget of the DNS walk (${spent.limit}) was spent`,
            },
            queriesAlone: account.spent.queries,
            ms: 0,
            budget: spent,
        };
    }
    /** Finds the zone that holds `name` (no CNAME following) and asks all its servers about it. */
    resolveName(name, stack, account) {
        return this.once(this.names, name, async (keys) => {
            let zone = await this.rootZone(keys, account);
            const path = [zone];
            let cursor = zone.zone;
            let stoppedAt;
            for (let step = 0; cursor !== name && step < MAX_STEPS; step++) {
                const candidate = (0,dns_names/* nextLabelBelow */.xx)(cursor, name);
                const question = { name: candidate, type: candidate === name ? 'A' : 'NS' };
                const next = await descend(zone, question, name, (address, q) => this.ask(address, q, account, 'udp', keys));
                if (next.kind === 'failed') {
                    return {
                        path,
                        lookup: {
                            name,
                            zone: zone.zone,
                            answers: [],
                            outcome: 'unresolved',
                            addresses: [],
                            reason: next.reason,
                            queries: this.cost(keys),
                        },
                    };
                }
                if (next.kind === 'nxdomain') {
                    stoppedAt = next.at;
                    break;
                }
                if (next.kind === 'inside') {
                    cursor = candidate;
                    continue;
                }
                if (stack.includes(next.delegation.zone)) {
                    const reason = `the name servers of ${next.delegation.zone} can only be found through ${next.delegation.zone} itself`;
                    return {
                        path,
                        lookup: { name, zone: zone.zone, answers: [], outcome: 'unresolved', addresses: [], reason, queries: this.cost(keys) },
                    };
                }
                zone = await this.zone(next.delegation, stack, keys, account);
                path.push(zone);
                cursor = zone.zone;
            }
            const lookup = await lookupAt(zone, name, (address, q) => this.ask(address, q, account, 'udp', keys));
            return { path, lookup: { ...lookup, ...(stoppedAt ? { stoppedAt } : {}), queries: this.cost(keys) } };
        });
    }
    async rootZone(keys, account) {
        if (!this.root) {
            const root = (async () => {
                const own = new Set();
                const zone = await this.inspect(await this.prime(own, account), [], own, account);
                return { value: zone, keys: own };
            })();
            this.root = root;
            this.forgetIfStopped(root, () => this.root === root && (this.root = undefined));
        }
        const root = await this.root;
        root.keys.forEach((k) => keys.add(k));
        return root.value;
    }
    /**
     * The priming query (RFC 8109): the root's own NS set and addresses, else the hints as they are. Every
     * hint is asked at once: the root's inspection asks each of them the same question anyway.
     */
    async prime(keys, account) {
        const addresses = this.hints.flatMap((h) => h.addresses).filter((a) => canReach(a, familyOf(a)));
        const answers = await Promise.all(addresses.map((address) => this.ask(address, { name: '.', type: 'NS' }, account, 'udp', keys)));
        for (const exchange of answers) {
            if (!exchange.ok || !exchange.response.aa)
                continue;
            const ns = exchange.response.answers.filter((r) => r.type === 'NS' && r.name === '.').map((r) => r.data);
            if (ns.length === 0)
                continue;
            const glue = exchange.response.additionals
                .filter((r) => (r.type === 'A' || r.type === 'AAAA') && ns.includes(r.name))
                .map((r) => ({ name: r.name, address: r.data }));
            return { zone: '.', ns: [...new Set(ns)].sort(), glue, fromHints: true };
        }
        return {
            zone: '.',
            ns: this.hints.map((h) => h.name),
            glue: this.hints.flatMap((h) => h.addresses.map((address) => ({ name: h.name, address }))),
            fromHints: true,
        };
    }
    async zone(delegation, stack, keys, account) {
        const traced = await this.once(this.zones, delegation.zone, (own) => this.inspect(delegation, stack, own, account));
        traced.keys.forEach((k) => keys.add(k));
        return traced.value;
    }
    async inspect(delegation, stack, keys, account) {
        const services = {
            port: this.port,
            ask: (address, question, transport) => this.ask(address, question, account, transport, keys),
            addressesOf: async (name, inner) => {
                const traced = await this.addressesOf(name, inner, account);
                traced.keys.forEach((k) => keys.add(k));
                return traced.value;
            },
        };
        const zone = await inspectZone(delegation, services, stack);
        const dnssec = await observeDnssec(zone, delegation, (address, question) => this.ask(address, question, account, 'udp', keys));
        return { ...zone, ...(dnssec ? { dnssec } : {}), queries: this.cost(keys) };
    }
    /** The addresses of a name server's name outside the zone it serves: that name's own walk. */
    addressesOf(name, stack, account) {
        if (!this.nsAddresses.has(name)) {
            const spent = this.ledger.refusal(account, 'name-servers', 1);
            if (spent)
                return Promise.reject(spent);
            this.ledger.spend(account, 'name-servers', 1);
        }
        return this.once(this.nsAddresses, name, async (keys) => {
            if (stack.length > MAX_NS_DEPTH)
                return { addresses: [], problem: `more than ${MAX_NS_DEPTH} levels of out-of-zone name servers` };
            // Zones whose servers wait on each other's names would wait forever: bound the wait.
            const budget = this.client.options.timeoutMs * (this.client.options.udpAttempts + 1) * 16;
            let timer;
            const deadline = new Promise((resolve) => (timer = setTimeout(() => resolve(undefined), budget)));
            const result = await Promise.race([this.resolveName(name, stack, account), deadline]);
            clearTimeout(timer);
            if (!result)
                return { addresses: [], problem: `no address within ${budget} ms (its name servers wait on each other)` };
            result.keys.forEach((k) => keys.add(k));
            const lookup = result.value.lookup;
            if (lookup.outcome === 'addresses')
                return { addresses: lookup.addresses };
            const problem = lookup.outcome === 'nxdomain'
                ? `${name} does not exist`
                : lookup.outcome === 'nodata'
                    ? `${name} has no A or AAAA record`
                    : lookup.outcome === 'cname'
                        ? `${name} is a CNAME (to ${lookup.target}), which a name server name must not be`
                        : (lookup.reason ?? 'unresolved');
            return { addresses: [], problem };
        });
    }
    /** One question to one server, asked once per run; a new one is charged to `account`, its records too. */
    ask(address, question, account, transport = 'udp', keys) {
        const key = `${address}|${question.name}|${question.type}|${transport}`;
        let exchange = this.exchanges.get(key);
        if (!exchange) {
            // Records are counted when their answer arrives: a walk over its memory budget asks nothing more,
            // and an answer that would take it over (many were in flight) is not kept.
            const spent = this.ledger.refusal(account, 'records', 0) ?? this.ledger.refusal(account, 'queries', 1);
            if (spent)
                return Promise.reject(spent);
            this.ledger.spend(account, 'queries', 1);
            const made = this.limit(() => this.client.query({ address, port: this.port }, question, transport)).then((e) => {
                this.sentByKey.set(key, e.sent);
                if (!e.ok)
                    return e;
                const records = recordsIn(e.response);
                const over = this.ledger.refusal(account, 'records', records);
                if (over)
                    throw over;
                this.ledger.spend(account, 'records', records);
                return e;
            });
            this.exchanges.set(key, made);
            this.forgetIfStopped(made, () => this.exchanges.get(key) === made && this.exchanges.delete(key));
            exchange = made;
        }
        keys?.add(key);
        return exchange;
    }
    cost(keys) {
        let total = 0;
        for (const key of keys)
            total += this.sentByKey.get(key) ?? 0;
        return total;
    }
    once(cache, key, make) {
        let entry = cache.get(key);
        if (!entry) {
            const keys = new Set();
            const made = make(keys).then((value) => ({ value, keys }));
            cache.set(key, made);
            this.forgetIfStopped(made, () => cache.get(key) === made && cache.delete(key));
            entry = made;
        }
        return entry;
    }
    /** Work a budget stopped is not kept: another origin that needs it does it again, on its own budget. */
    forgetIfStopped(work, forget) {
        work.catch((error) => {
            if (error instanceof BudgetSpent)
                forget();
        });
    }
}
function recordsIn(response) {
    return response.answers.length + response.authorities.length + response.additionals.length;
}
/** The walk, as the resolver seam gives it to the port, TLS and HTTP checks. */
function resolutionOf(walk, resolver) {
    if (walk.outcome.kind === 'addresses') {
        return {
            ok: true,
            ms: walk.ms,
            addresses: walk.outcome.addresses.map((address) => ({ address, family: familyOf(address), source: 'resolver' })),
        };
    }
    const code = walk.outcome.kind === 'nxdomain' ? 'ENOTFOUND' : walk.outcome.kind === 'nodata' ? 'ENODATA' : 'EDNSWALK';
    return { ok: false, error: { code, message: `${walk.outcome.kind} (${walk.name})` }, resolver, ms: walk.ms };
}

// EXTERNAL MODULE: ./lib/findings/severity.js
var severity = __webpack_require__(4079);
// EXTERNAL MODULE: ./lib/version.js
var version = __webpack_require__(3411);
;// CONCATENATED MODULE: ./lib/engine/limit.js
/**
 * At most `max` tasks at once, and at most `othersMax` of them not `first`; the rest wait in order, the
 * `first` ones ahead of the others. Keeping the others to a share, or holding them while something more
 * pressing is queued elsewhere (`holdOthers`), leaves the event loop (and the places) to the critical
 * paths while they are busy: every origin's watch starts early and the others' work overlaps it, instead
 * of every origin waiting in one queue behind every other's enumeration.
 */
function createLimiter(max, options = {}) {
    const othersMax = options.othersMax ?? max;
    const held = options.holdOthers ?? (() => false);
    let running = 0;
    let others = 0;
    const urgent = [];
    const waiting = [];
    const othersMayStart = () => others < othersMax && !held();
    // A place is taken on the task's behalf before it is woken, so no newcomer slips in between.
    const take = (first) => {
        running++;
        if (!first)
            others++;
    };
    const wake = () => {
        while (running < max) {
            const first = urgent.length > 0;
            if (!first && (waiting.length === 0 || !othersMayStart()))
                return;
            take(first);
            (first ? urgent : waiting).shift()();
        }
    };
    const limit = async (task, first = false) => {
        const free = running < max && urgent.length === 0 && (first || (waiting.length === 0 && othersMayStart()));
        if (free)
            take(first);
        else
            await new Promise((resolve) => (first ? urgent : waiting).push(resolve));
        try {
            return await task();
        }
        finally {
            running--;
            if (!first)
                others--;
            wake();
            options.onRelease?.();
        }
    };
    return Object.assign(limit, { queued: () => urgent.length + waiting.length, wake });
}
/**
 * Runs `work` over `items` with at most `max` in flight, keeping the input order in the result. A task
 * that only waits (an idle connection being watched) steps `away` so that others can run meanwhile.
 */
async function mapLimited(items, max, work) {
    let free = max;
    const waiting = [];
    const acquire = () => {
        if (free > 0) {
            free--;
            return Promise.resolve();
        }
        return new Promise((resolve) => waiting.push(resolve));
    };
    const release = () => {
        const next = waiting.shift();
        if (next)
            next();
        else
            free++;
    };
    const away = async (wait) => {
        release();
        try {
            return await wait;
        }
        finally {
            await acquire();
        }
    };
    return Promise.all(items.map(async (item, index) => {
        await acquire();
        try {
            return await work(item, index, away);
        }
        finally {
            release();
        }
    }));
}

;// CONCATENATED MODULE: ./lib/probes/observations.js
/** Every key, in the order probes produce them. */
const OBSERVATION_KEYS = (/* unused pure expression or super */ null && ([
    'resolution',
    'addresses',
    'unavailable',
    'dns',
    'tcp',
    'tls',
    'tlsWithoutSni',
    'tlsDiagnostic',
    'tlsScans',
    'http',
]));
/** An origin nothing was observed for: the start of every observation bag, in the engine and in tests. */
function emptyObservations() {
    return {
        resolution: { ok: true, addresses: [], ms: 0 },
        addresses: [],
        unavailable: [],
        tcp: [],
        tls: [],
        tlsWithoutSni: [],
        tlsDiagnostic: [],
        tlsScans: [],
        http: [],
    };
}

;// CONCATENATED MODULE: ./lib/probes/tcp.js


const REFUSED = new Set(['ECONNREFUSED']);
/** What the edge retries: a connection refused or not answered. An unroutable address is not retried. */
const RETRIED = new Set(['refused', 'timeout']);
/**
 * A deadline that fired this late (or later) says the event loop, not the peer, was slow: the attempt
 * proves nothing and is made again without counting against the edge's attempts, a few times at most.
 */
const STALLED_LATE_MS = 200;
const MAX_STALLED = 2;
/**
 * TCP connects as the edge makes them: up to `attempts` (CloudFront's ConnectionAttempts), each within
 * `timeoutMs`, the next one made at once when one is refused or times out. The outcome is the first open
 * connection, else the last failure; the failures before it are kept (a later success after them is an
 * intermittent origin). Never throws. With `keep`, the open connection is handed over instead of closed,
 * so the probe that follows can use it rather than connect again.
 */
async function probeTcp(address, port, timeoutMs, attempts = 1, keep) {
    const started = performance.now();
    const failures = [];
    let stalled = 0;
    let last;
    let made = 0;
    while (made < attempts) {
        last = await connectOnce(address, port, timeoutMs, keep);
        if (last.stalled && stalled < MAX_STALLED) {
            stalled++;
            continue;
        }
        made++;
        if (last.outcome === 'open' || !RETRIED.has(last.outcome))
            break;
        if (made < attempts)
            failures.push(tcp_failureOf(last));
    }
    const observation = {
        address,
        port,
        outcome: last.outcome,
        timeoutMs,
        ms: Math.round(performance.now() - started),
        attempts: made,
        budget: attempts,
        failures,
    };
    if (last.errorCode)
        observation.errorCode = last.errorCode;
    return observation;
}
function tcp_failureOf(attempt) {
    return attempt.errorCode
        ? { outcome: attempt.outcome, errorCode: attempt.errorCode, ms: attempt.ms }
        : { outcome: attempt.outcome, ms: attempt.ms };
}
/** One connect, closed at once unless it opened and `keep` takes it. */
function connectOnce(address, port, timeoutMs, keep) {
    const started = performance.now();
    return new Promise((resolve) => {
        const socket = new external_node_net_.Socket();
        let settled = false;
        const finish = (outcome, errorCode, stalled = false) => {
            if (settled)
                return;
            settled = true;
            deadline.cancel();
            if (outcome === 'open' && keep) {
                socket.removeAllListeners('error');
                keep(socket, Math.round(performance.now() - started));
            }
            else
                socket.destroy();
            const attempt = { outcome, ms: Math.round(performance.now() - started), stalled };
            if (errorCode)
                attempt.errorCode = errorCode;
            resolve(attempt);
        };
        const deadline = startDeadline(timeoutMs, (late) => finish('timeout', 'ETIMEDOUT', late >= STALLED_LATE_MS));
        socket.once('connect', () => finish('open'));
        socket.once('error', (error) => {
            const code = error.code ?? 'EUNKNOWN';
            if (REFUSED.has(code))
                finish('refused', code);
            else if (code === 'ETIMEDOUT')
                finish('timeout', code);
            // EHOSTUNREACH, ENETUNREACH, ECONNRESET during connect, EADDRNOTAVAIL, ...
            else
                finish('unreachable', code);
        });
        try {
            socket.connect({ host: address, port });
        }
        catch (error) {
            finish('unreachable', error.code ?? 'EINVAL');
        }
    });
}

;// CONCATENATED MODULE: ./lib/edges/keep-alive.js
/** How long the edge keeps an idle origin connection for reuse: the config's `timeouts.keep-alive-ms`, else the edge's default. */
function keepAliveWindowFor(origin, edge) {
    return origin.timeouts.keepAliveMs ?? edge.timeouts.keepAliveMs;
}

// EXTERNAL MODULE: ./lib/text/escape.js
var text_escape = __webpack_require__(8944);
;// CONCATENATED MODULE: ./lib/probes/http/evidence.js
/**
 * Offending bytes as they go into a finding: escaped so that every CR, LF and control byte is visible,
 * bounded, and with every value the request carried from the config (custom headers, often secrets)
 * replaced by `***` before anything is escaped or cut, so no fragment of a secret survives.
 */

const MAX_EVIDENCE_BYTES = 120;
class Evidence {
    secrets;
    longest;
    constructor(secrets) {
        this.secrets = [...new Set(secrets.filter((s) => s.length > 0))].map((s) => Buffer.from(s, 'utf8'));
        this.longest = Math.max(0, ...this.secrets.map((s) => s.length));
    }
    /** `bytes[start, end)` escaped, masked, at most MAX_EVIDENCE_BYTES of input (an ellipsis marks the cut). */
    of(bytes, start = 0, end = bytes.length, max = MAX_EVIDENCE_BYTES) {
        const from = Math.max(0, start);
        const cut = Math.min(end, bytes.length, from + max);
        const hidden = this.hiddenRanges(bytes, from, cut);
        let out = '';
        let at = from;
        for (const [hideFrom, hideTo] of hidden) {
            if (hideFrom > at)
                out += (0,text_escape/* escapeBytes */.xO)(bytes.subarray(at, hideFrom), { named: true });
            out += '***';
            at = Math.max(at, hideTo);
        }
        if (at < cut)
            out += (0,text_escape/* escapeBytes */.xO)(bytes.subarray(at, cut), { named: true });
        return cut < Math.min(end, bytes.length) ? `${out}…` : out;
    }
    /** Text from the response (a header value) masked the same way, then escaped. */
    ofText(text, max = MAX_EVIDENCE_BYTES) {
        return this.of(Buffer.from(text, 'latin1'), 0, undefined, max);
    }
    /** Secret occurrences overlapping [from, to), searched in a window wide enough to see ones that straddle it. */
    hiddenRanges(bytes, from, to) {
        if (this.secrets.length === 0)
            return [];
        const windowStart = Math.max(0, from - this.longest);
        const window = Buffer.from(bytes.buffer, bytes.byteOffset + windowStart, Math.min(bytes.length, to + this.longest) - windowStart);
        const ranges = [];
        for (const secret of this.secrets) {
            for (let i = window.indexOf(secret); i >= 0; i = window.indexOf(secret, i + 1)) {
                const start = windowStart + i;
                const end = start + secret.length;
                if (end > from && start < to)
                    ranges.push([Math.max(start, from), Math.min(end, to)]);
            }
        }
        ranges.sort((a, b) => a[0] - b[0]);
        const merged = [];
        for (const range of ranges) {
            const last = merged.at(-1);
            if (last && range[0] <= last[1])
                last[1] = Math.max(last[1], range[1]);
            else
                merged.push(range);
        }
        return merged;
    }
}

// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
;// CONCATENATED MODULE: ./lib/probes/http/byte-log.js
/** Every byte received on one connection, in one growing buffer: offsets stay valid for evidence. */
class ByteLog {
    buffer = Buffer.alloc(4096);
    used = 0;
    append(chunk) {
        if (this.used + chunk.length > this.buffer.length) {
            const grown = Buffer.alloc(Math.max(this.buffer.length * 2, this.used + chunk.length));
            this.buffer.copy(grown, 0, 0, this.used);
            this.buffer = grown;
        }
        this.buffer.set(chunk, this.used);
        this.used += chunk.length;
    }
    get length() {
        return this.used;
    }
    /** The bytes received so far (a view: valid until the next append). */
    view() {
        return this.buffer.subarray(0, this.used);
    }
}

;// CONCATENATED MODULE: ./lib/probes/http/chunked.js
/**
 * A chunked body (RFC 9112 section 7.1), decoded as it arrives: hexadecimal size lines with optional
 * extensions, data followed by exactly CRLF, a last chunk of size 0, trailer fields, an empty line.
 * Only positions are kept, never the data.
 */
const LF = 0x0a;
const CR = 0x0d;
const SIZE_LINE = /^([0-9A-Fa-f]+)[ \t]*(?:;[^\r\n]*)?$/;
const TRAILER_FIELD = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+:[^\r\n]*$/;
/** A size line or trailer line longer than this is not a chunked body. */
const MAX_LINE_BYTES = 4096;
const MAX_TRAILER_BYTES = 32 * 1024;
class ChunkedDecoder {
    at;
    state = 'size';
    lineStart;
    remaining = 0;
    trailerBytes = 0;
    /** Offset where the body ended (after the final empty line). */
    end;
    defect;
    dataBytes = 0;
    constructor(at) {
        this.at = at;
        this.lineStart = at;
    }
    get done() {
        return this.state === 'done';
    }
    /** Consumes what arrived up to `bytes.length`; stops at the end of the body or at the first defect. */
    advance(bytes) {
        while (!this.defect && this.state !== 'done' && this.at < bytes.length) {
            if (this.state === 'data') {
                const take = Math.min(this.remaining, bytes.length - this.at);
                this.at += take;
                this.remaining -= take;
                this.dataBytes += take;
                if (this.remaining === 0)
                    this.state = 'data-end';
            }
            else if (this.state === 'data-end') {
                if (bytes.length - this.at < 2)
                    return;
                if (bytes[this.at] !== CR || bytes[this.at + 1] !== LF) {
                    return this.fail('chunk-data-end', 'chunk-data-no-crlf', this.at, this.at + 2);
                }
                this.at += 2;
                this.lineStart = this.at;
                this.state = 'size';
            }
            else {
                this.readLine(bytes);
            }
        }
    }
    readLine(bytes) {
        const lf = bytes.indexOf(LF, this.at);
        const limit = this.state === 'size' ? MAX_LINE_BYTES : MAX_TRAILER_BYTES - this.trailerBytes;
        if (lf < 0) {
            this.at = bytes.length;
            if (this.at - this.lineStart > limit)
                this.fail(this.state === 'size' ? 'chunk-size' : 'chunk-trailer', 'chunk-line-unterminated', this.lineStart, this.lineStart + 40);
            return;
        }
        const start = this.lineStart;
        this.at = lf + 1;
        this.lineStart = lf + 1;
        if (bytes[lf - 1] !== CR || lf === start) {
            return this.fail(this.state === 'size' ? 'chunk-size' : 'chunk-trailer', 'chunk-line-bare-lf', start, lf + 1);
        }
        const text = bytes.toString('latin1', start, lf - 1);
        if (this.state === 'trailer')
            return this.trailerLine(text, start, lf + 1);
        const size = SIZE_LINE.exec(text);
        const hex = size?.[1];
        if (!hex)
            return this.fail('chunk-size', 'chunk-size-not-hex', start, lf + 1);
        const value = hex.length > 13 ? Number.POSITIVE_INFINITY : Number.parseInt(hex, 16);
        if (!Number.isSafeInteger(value))
            return this.fail('chunk-size', 'chunk-size-too-large', start, lf + 1);
        this.remaining = value;
        this.state = value === 0 ? 'trailer' : 'data';
    }
    trailerLine(text, start, next) {
        this.trailerBytes += next - start;
        if (text.length === 0) {
            this.state = 'done';
            this.end = next;
        }
        else if (!TRAILER_FIELD.test(text)) {
            this.fail('chunk-trailer', 'trailer-not-field', start, next);
        }
    }
    fail(kind, problem, from, to) {
        this.defect = { kind, problem, from, to };
    }
}

;// CONCATENATED MODULE: ./lib/probes/http/head.js
const head_LF = 0x0a;
const head_CR = 0x0d;
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const STATUS_LINE = /^HTTP\/(\d)\.(\d) (\d{3})(?: ([\t\x20-\x7e\x80-\xff]*))?$/;
/** Finds the header block incrementally: each byte is looked at once, however the response is split. */
class HeadScanner {
    start;
    leading = [];
    lines = [];
    lineStart;
    scanned;
    constructor(start) {
        this.start = start;
        this.lineStart = start;
        this.scanned = start;
    }
    scan(bytes, maxBytes) {
        while (this.scanned < bytes.length) {
            const lf = bytes.indexOf(head_LF, this.scanned);
            if (lf < 0) {
                this.scanned = bytes.length;
                break;
            }
            this.scanned = lf + 1;
            if (lf + 1 - this.start > maxBytes)
                return 'too-large';
            const bareLf = lf === this.lineStart || bytes[lf - 1] !== head_CR;
            const line = { start: this.lineStart, end: bareLf ? lf : lf - 1, next: lf + 1, bareLf };
            this.lineStart = lf + 1;
            if (line.end > line.start)
                this.lines.push(line);
            else if (this.lines.length === 0)
                this.leading.push(line);
            else
                return { leading: this.leading, lines: this.lines, blank: line, end: line.next };
        }
        return this.scanned - this.start > maxBytes ? 'too-large' : 'incomplete';
    }
}
/** Judges the syntax of each line of a complete header block. Without a valid status line nothing else is read. */
function parseHead(bytes, head, evidence) {
    const defects = [];
    const defect = (kind, facts, line, from = line.start, to = line.next) => {
        if (defects.some((d) => d.kind === kind))
            return;
        defects.push({ kind, ...facts, bytes: evidence.of(bytes, from, to), offset: from });
    };
    const [first] = head.leading;
    if (first)
        defect('leading-empty-line', { problem: 'leading-empty-line', count: head.leading.length }, first, first.start, head.lines[0]?.next ?? first.next);
    const [statusLine, ...fieldLines] = head.lines;
    if (!statusLine)
        return { fields: [], defects };
    for (const line of [...head.lines, head.blank]) {
        if (line.bareLf)
            defect('bare-lf', { problem: 'bare-lf' }, line);
    }
    const status = STATUS_LINE.exec(bytes.toString('latin1', statusLine.start, statusLine.end));
    if (!status) {
        defect('status-line', { problem: 'status-line-syntax' }, statusLine);
        return { fields: [], defects };
    }
    const version = `HTTP/${status[1]}.${status[2]}`;
    const code = Number(status[3]);
    if (version !== 'HTTP/1.1' && version !== 'HTTP/1.0')
        defect('status-line', { problem: 'unsupported-version', version }, statusLine);
    if (code < 100 || code > 599)
        defect('status-line', { problem: 'status-out-of-range', status: code }, statusLine);
    const fields = [];
    let previous = statusLine;
    for (const line of fieldLines) {
        const text = bytes.toString('latin1', line.start, line.end);
        if (/^\r+$/.test(text)) {
            defect('empty-line-in-headers', { problem: 'stray-cr-line' }, previous, previous.start, line.next);
        }
        else if (text.startsWith(' ') || text.startsWith('\t')) {
            defect('obs-fold', { problem: fields.length === 0 ? 'whitespace-before-first-field' : 'obs-fold' }, previous, previous.start, line.next);
        }
        else {
            const field = fieldOf(text, line, (problem) => defect('field-syntax', { problem }, line));
            if (field) {
                if (/[\x00-\x08\x0a-\x1f\x7f]/.test(field.value)) {
                    defect('control-character', { problem: field.value.includes('\r') ? 'bare-cr-in-value' : 'control-byte-in-value', field: field.name }, line);
                }
                fields.push(field);
            }
        }
        previous = line;
    }
    return { version, status: code, fields, defects };
}
function fieldOf(text, line, fail) {
    const colon = text.indexOf(':');
    if (colon < 0)
        return void fail('no-colon');
    const name = text.slice(0, colon);
    if (name.length === 0)
        return void fail('empty-name');
    if (/[ \t]$/.test(name))
        return void fail('space-before-colon');
    if (!TOKEN.test(name))
        return void fail('name-not-token');
    return { name, value: text.slice(colon + 1).replace(/^[ \t]+|[ \t]+$/g, ''), line };
}
/** Values of every field named `name` (case-insensitive), in order. */
function valuesOf(fields, name) {
    const wanted = name.toLowerCase();
    return fields.filter((f) => f.name.toLowerCase() === wanted);
}
/** Comma-separated list elements of the named fields, lower-cased, empty ones dropped. */
function tokensOf(fields, name) {
    return valuesOf(fields, name)
        .flatMap((f) => f.value.split(','))
        .map((t) => t.trim().toLowerCase())
        .filter(Boolean);
}

;// CONCATENATED MODULE: ./lib/probes/http/framing.js

function framingOf(bytes, method, version, status, fields, evidence) {
    const defects = [];
    const lineEvidence = (list) => {
        const [first] = list;
        const last = list.at(-1);
        return first && last ? { bytes: evidence.of(bytes, first.line.start, last.line.next), offset: first.line.start } : {};
    };
    const contentLengths = valuesOf(fields, 'content-length');
    const transferEncodings = valuesOf(fields, 'transfer-encoding');
    const length = contentLengths.length > 0 ? contentLengthOf(contentLengths, defects, lineEvidence, evidence) : undefined;
    if (contentLengths.length > 0 && transferEncodings.length > 0) {
        defects.push({
            kind: 'cl-and-te',
            problem: 'cl-and-te',
            ...lineEvidence([...contentLengths, ...transferEncodings].sort((a, b) => a.line.start - b.line.start)),
        });
    }
    let framing;
    if (method === 'HEAD' || status === 204 || status === 304 || (status >= 100 && status < 200)) {
        framing = 'none';
    }
    else if (transferEncodings.length > 0) {
        const codings = tokensOf(fields, 'transfer-encoding');
        const chunkedLast = codings.at(-1) === 'chunked' && codings.filter((c) => c === 'chunked').length === 1;
        if (!chunkedLast)
            defects.push({ kind: 'transfer-encoding', problem: 'te-not-chunked-last', ...lineEvidence(transferEncodings) });
        framing = chunkedLast ? 'chunked' : 'unknown';
    }
    else if (contentLengths.length > 0) {
        framing = length === undefined ? 'unknown' : 'length';
    }
    else {
        framing = 'close';
    }
    const connection = tokensOf(fields, 'connection');
    const reusable = version === 'HTTP/1.1' ? !connection.includes('close') : connection.includes('keep-alive');
    const result = {
        framing,
        persistent: reusable && (framing === 'none' || framing === 'length' || framing === 'chunked'),
        defects,
    };
    if (length !== undefined)
        result.length = length;
    const timeout = /(?:^|[,;\s])timeout\s*=\s*"?(\d{1,9})/i.exec(valuesOf(fields, 'keep-alive')
        .map((f) => f.value)
        .join(','));
    if (timeout?.[1])
        result.announcedTimeoutMs = Number(timeout[1]) * 1000;
    return result;
}
/** One non-negative integer, given once or repeated identically (RFC 9110 section 8.6); anything else is a defect. */
function contentLengthOf(fields, defects, lineEvidence, evidence) {
    const value = evidence.ofText(fields.map((f) => f.value).join(', '));
    const parts = fields.flatMap((f) => f.value.split(',').map((p) => p.trim()));
    const bad = parts.find((p) => !/^\d{1,15}$/.test(p));
    if (bad !== undefined) {
        const problem = bad === '' ? 'cl-empty' : /^-\d+$/.test(bad) ? 'cl-negative' : /^\d+$/.test(bad) ? 'cl-too-large' : 'cl-not-integer';
        defects.push({ kind: 'content-length-invalid', problem, value, ...lineEvidence(fields) });
        return undefined;
    }
    const distinct = new Set(parts.map(Number));
    if (distinct.size > 1) {
        defects.push({ kind: 'content-length-conflict', problem: 'cl-conflict', value, ...lineEvidence(fields) });
        return undefined;
    }
    return [...distinct][0];
}

;// CONCATENATED MODULE: ./lib/probes/http/reader.js
/**
 * Reads one response strictly, as bytes arrive, and keeps every defect a balancer would refuse with the
 * bytes that show it. Bounded: a header block over 32 KiB or a body over the budget stops the reading.
 * Interim 1xx responses are skipped; the final response is judged.
 */




/**
 * ALB answers 502 when the target's response header block exceeds 32 KiB (ELB User Guide for ALB,
 * "Troubleshoot your Application Load Balancers"); applied to every edge.
 */
const MAX_HEADER_BLOCK_BYTES = 32 * 1024;
/** Enough for any health body; past it the body is not read further (and not judged). */
const MAX_BODY_BYTES = 1024 * 1024;
const MAX_INTERIM_RESPONSES = 4;
/** Bytes kept after the announced end of the response: enough to show what they are. */
const MAX_EXCESS_BYTES = 64 * 1024;
/** How far into the body stray header lines are looked for. */
const STRAY_HEADER_WINDOW = 8 * 1024;
/** A body whose last bytes came this recently when the deadline passed was still arriving. */
const STILL_ARRIVING_MS = 500;
const STRAY_HEADER_LINES = /^(?:\r\n)*(?:[!#$%&'*+.^_`|~0-9A-Za-z-]+:[^\r\n]*\r\n)+\r\n/;
/** Defects about where the body ends: they are consequences when the header block was cut short by a stray empty line. */
const BODY_DEFECTS = new Set([
    'no-framing',
    'body-exceeds-content-length',
    'incomplete-body',
    'chunk-size',
    'chunk-data-end',
    'chunk-trailer',
    'after-last-chunk',
    'incomplete-chunked',
    'body-unread',
]);
class ResponseReader {
    method;
    evidence;
    maxBodyBytes;
    phase = 'head';
    log = new ByteLog();
    defects = [];
    interim = [];
    head;
    framing;
    persistent = false;
    announcedTimeoutMs;
    /** The Location header as sent (to follow it); the head carries it escaped. */
    location;
    scanner = new HeadScanner(0);
    lastHeadLine = 0;
    bodyStart = 0;
    length;
    chunked;
    bodyEnd;
    constructor(method, evidence, maxBodyBytes = MAX_BODY_BYTES) {
        this.method = method;
        this.evidence = evidence;
        this.maxBodyBytes = maxBodyBytes;
    }
    push(chunk) {
        if (this.phase === 'failed' || this.phase === 'stopped' || this.phase === 'ended')
            return;
        if (this.phase === 'done' && this.log.length - (this.bodyEnd ?? 0) > MAX_EXCESS_BYTES)
            return;
        this.log.append(chunk);
        const bytes = this.log.view();
        while (this.phase === 'head' && this.readHead(bytes)) {
            /* interim responses: read the next head */
        }
        if (this.phase === 'body')
            this.readBody(bytes);
        if (this.phase === 'done')
            this.noteExcess(bytes);
    }
    get bodyBytes() {
        if (!this.head)
            return 0;
        if (this.chunked)
            return this.chunked.dataBytes;
        const received = this.log.length - this.bodyStart;
        return this.length === undefined ? received : Math.min(received, this.length);
    }
    /**
     * Reading is over: the stream ended, the deadline passed (an unfinished response becomes its defect),
     * or `how` is absent: the reader itself stopped.
     */
    end(how) {
        if (how && this.phase === 'head')
            this.endInHead(how);
        else if (how && this.phase === 'body')
            this.endInBody(how);
        if (this.phase !== 'done')
            this.phase = 'ended';
        this.reclassifyStrayHeaderLines();
    }
    /** Returns true when an interim response was consumed and another head follows. */
    readHead(bytes) {
        const scan = this.scanner.scan(bytes, MAX_HEADER_BLOCK_BYTES);
        if (scan === 'incomplete')
            return false;
        if (scan === 'too-large') {
            this.defects.push({
                kind: 'header-block-too-large',
                problem: 'header-block-too-large',
                limit: MAX_HEADER_BLOCK_BYTES,
                bytes: this.evidence.of(bytes, this.scanner.start, this.scanner.start + 60),
                offset: this.scanner.start,
            });
            this.phase = 'failed';
            return false;
        }
        const parsed = parseHead(bytes, scan, this.evidence);
        this.defects.push(...parsed.defects.filter((d) => !this.defects.some((seen) => seen.kind === d.kind)));
        if (parsed.status === undefined || parsed.version === undefined) {
            this.phase = 'failed';
            return false;
        }
        if (parsed.status >= 100 && parsed.status < 200 && parsed.status !== 101) {
            this.interim.push(parsed.status);
            if (this.interim.length > MAX_INTERIM_RESPONSES) {
                const statusLine = scan.lines[0];
                this.defects.push({
                    kind: 'status-line',
                    problem: 'too-many-interim',
                    limit: MAX_INTERIM_RESPONSES,
                    bytes: this.evidence.of(bytes, statusLine?.start ?? 0, statusLine?.next ?? 0),
                    offset: statusLine?.start ?? 0,
                });
                this.phase = 'failed';
                return false;
            }
            this.scanner = new HeadScanner(scan.end);
            return true;
        }
        const framing = framingOf(bytes, this.method, parsed.version, parsed.status, parsed.fields, this.evidence);
        this.defects.push(...framing.defects);
        this.head = {
            version: parsed.version,
            status: parsed.status,
            fieldNames: parsed.fields.map((f) => f.name),
            headBytes: scan.end - this.scanner.start,
        };
        const location = valuesOf(parsed.fields, 'location')[0]?.value;
        if (location !== undefined) {
            this.location = location;
            this.head.location = this.evidence.ofText(location, 400);
        }
        this.framing = framing.framing;
        this.persistent = framing.persistent;
        if (framing.length !== undefined)
            this.length = framing.length;
        if (framing.announcedTimeoutMs !== undefined)
            this.announcedTimeoutMs = framing.announcedTimeoutMs;
        this.lastHeadLine = scan.lines.at(-1)?.start ?? this.scanner.start;
        this.bodyStart = scan.end;
        if (framing.framing === 'chunked')
            this.chunked = new ChunkedDecoder(scan.end);
        this.phase = 'body';
        return false;
    }
    readBody(bytes) {
        if (this.framing === 'none') {
            this.finishBody(this.bodyStart);
        }
        else if (this.length !== undefined && this.framing === 'length') {
            if (bytes.length - this.bodyStart >= this.length)
                this.finishBody(this.bodyStart + this.length);
        }
        else if (this.chunked) {
            this.chunked.advance(bytes);
            const defect = this.chunked.defect;
            if (defect) {
                this.defects.push({
                    kind: defect.kind,
                    problem: defect.problem,
                    bytes: this.evidence.of(bytes, defect.from, defect.to),
                    offset: defect.from,
                });
                this.phase = 'failed';
            }
            else if (this.chunked.end !== undefined) {
                this.finishBody(this.chunked.end);
            }
        }
        if (this.phase === 'body' && bytes.length - this.bodyStart > this.maxBodyBytes)
            this.stopOverBudget();
    }
    /** The body goes on past the byte budget: it is left unread, and that is said. */
    stopOverBudget() {
        this.phase = 'stopped';
        const facts = { bodyBytes: this.bodyBytes, limit: this.maxBodyBytes };
        if (this.framing === 'length' || this.framing === 'chunked') {
            this.defects.push({ kind: 'body-unread', problem: 'body-over-byte-budget', framing: this.framing, ...this.announced(), ...facts });
        }
        else if (this.framing === 'close') {
            this.defects.push({ kind: 'no-framing', problem: 'unframed-body-over-budget', ...facts, ...this.bodyEvidence() });
        }
    }
    announced() {
        return this.framing === 'length' && this.length !== undefined ? { contentLength: this.length } : {};
    }
    bodyEvidence() {
        return { bytes: this.evidence.of(this.log.view(), this.bodyStart, this.bodyStart + 40), offset: this.bodyStart };
    }
    finishBody(end) {
        this.bodyEnd = end;
        this.phase = 'done';
    }
    /** Bytes after the announced end: the edge would read them as the start of the next response. */
    noteExcess(bytes) {
        const end = this.bodyEnd ?? bytes.length;
        if (bytes.length <= end)
            return;
        const extra = { extraBytes: bytes.length - end, bytes: this.evidence.of(bytes, end), offset: end };
        const defect = this.framing === 'chunked'
            ? { kind: 'after-last-chunk', problem: 'bytes-after-last-chunk', ...extra }
            : this.framing === 'length'
                ? { kind: 'body-exceeds-content-length', problem: 'bytes-beyond-length', contentLength: this.length ?? 0, ...extra }
                : {
                    kind: 'body-exceeds-content-length',
                    problem: 'body-not-allowed',
                    contentLength: 0,
                    method: this.method,
                    ...(this.head ? { status: this.head.status } : {}),
                    ...extra,
                };
        // More may arrive later: the latest count replaces the earlier one.
        const earlier = this.defects.findIndex((d) => d.kind === defect.kind);
        if (earlier >= 0)
            this.defects[earlier] = defect;
        else
            this.defects.push(defect);
    }
    endInHead(how) {
        const received = this.log.length;
        const problem = how.cause === 'timeout'
            ? received === 0
                ? 'nothing-before-timeout'
                : 'partial-head-before-timeout'
            : received === 0
                ? 'ended-before-any-byte'
                : 'ended-in-head';
        const defect = { kind: 'no-response', problem, stage: 'response', ...endFacts(how), bytesReceived: received };
        if (received > 0)
            Object.assign(defect, { bytes: this.evidence.of(this.log.view(), 0, received, 60), offset: 0 });
        this.defects.push(defect);
    }
    endInBody(how) {
        const facts = { ...endFacts(how), bytesReceived: this.log.length, bodyBytes: this.bodyBytes };
        if ((this.framing === 'length' || this.framing === 'chunked') &&
            how.cause === 'timeout' &&
            how.quietMs !== undefined &&
            how.quietMs < STILL_ARRIVING_MS) {
            // Still arriving at the deadline: an endless (or merely long) body, not a broken one.
            this.defects.push({ kind: 'body-unread', problem: 'body-over-time-budget', framing: this.framing, ...this.announced(), ...facts });
        }
        else if (this.framing === 'length') {
            this.defects.push({ kind: 'incomplete-body', problem: 'ended-in-body', contentLength: this.length ?? 0, ...facts });
        }
        else if (this.framing === 'chunked') {
            const end = this.log.length;
            const from = Math.max(this.bodyStart, end - 40);
            this.defects.push({
                kind: 'incomplete-chunked',
                problem: 'ended-in-chunks',
                ...facts,
                bytes: this.evidence.of(this.log.view(), from, end),
                offset: from,
            });
        }
        else if (this.framing === 'close') {
            if (how.cause === 'timeout') {
                this.defects.push({ kind: 'no-framing', problem: 'unframed-body-timeout', ...facts, ...this.bodyEvidence() });
            }
            else if (how.cause === 'reset') {
                // Only a clean close ends such a body: a reset cuts it short, however many bytes came.
                this.defects.push({ kind: 'incomplete-body', problem: 'unframed-body-reset', ...facts, ...this.bodyEvidence() });
            }
            else if (this.bodyBytes > 0) {
                this.defects.push({ kind: 'no-framing', problem: 'unframed-body-close', ...facts, ...this.bodyEvidence() });
            }
        }
    }
    /**
     * `A: 1\r\n\r\nB: 2\r\n\r\n`: the empty line ends the header block early, and what looks like a body
     * is more header fields. Only trusted when the framing already failed, so a body that merely looks
     * like header lines is never blamed.
     */
    reclassifyStrayHeaderLines() {
        if (!this.head || !this.defects.some((d) => BODY_DEFECTS.has(d.kind)))
            return;
        const bytes = this.log.view();
        const after = bytes.toString('latin1', this.bodyStart, Math.min(bytes.length, this.bodyStart + STRAY_HEADER_WINDOW));
        const stray = STRAY_HEADER_LINES.exec(after);
        if (!stray)
            return;
        const kept = this.defects.filter((d) => !BODY_DEFECTS.has(d.kind));
        this.defects.length = 0;
        this.defects.push(...kept, {
            kind: 'empty-line-in-headers',
            problem: 'stray-empty-line',
            bytes: this.evidence.of(bytes, this.lastHeadLine, this.bodyStart + stray[0].length),
            offset: this.lastHeadLine,
        });
    }
}
function endFacts(how) {
    return how.cause === 'timeout' ? { end: 'timeout', afterMs: how.afterMs } : { end: how.cause };
}

;// CONCATENATED MODULE: ./lib/probes/http/request.js
/** The request the edge sends to the origin, as bytes. */

/** Fields the exchange owns: a custom header of the same name would break the request's own framing or reuse. */
const OWN_FIELDS = new Set(['host', 'connection', 'keep-alive', 'content-length', 'transfer-encoding', 'te', 'upgrade', 'trailer']);
function buildRequest(spec) {
    const lines = [
        `${spec.method} ${spec.path} HTTP/1.1`,
        `Host: ${spec.host}`,
        `User-Agent: origin-preflight/${version/* TOOL_VERSION */.w}`,
        'Accept: */*',
        ...customFields(spec.headers).map(([name, value]) => `${name}: ${value}`),
        'Connection: keep-alive',
        '',
        '',
    ];
    return Buffer.from(lines.join('\r\n'), 'utf8');
}
/** The custom headers that go out: not the exchange's own fields, never a value that could split the request. */
function customFields(headers) {
    return Object.entries(headers).filter(([name, value]) => !OWN_FIELDS.has(name.toLowerCase()) && !/[\r\n\0]/.test(value));
}

;// CONCATENATED MODULE: ./lib/probes/http/exchange.js
/**
 * One HTTP/1.1 exchange made the way the edge makes it: TCP, TLS with the edge's SNI where the port is
 * HTTPS, one request with `Connection: keep-alive`, the response read strictly, then the idle connection
 * watched to see when the origin closes it. Never throws: every failure is part of the observation.
 *
 * Bounded: the connect has its own deadline; the handshake, the whole response and the idle watch share
 * one deadline of `readTimeoutMs` from the connect, so a slow-drip origin costs at most that.
 */






/** After a response that closes the connection (or once stray bytes arrive), how long to look for more bytes. */
const EXCESS_WINDOW_MS = 300;
const EXCESS_GRACE_MS = 50;
function startHttpExchange(target, request, limits, secrets) {
    let markResponded = () => undefined;
    const responded = new Promise((resolve) => (markResponded = resolve));
    const done = new Promise((resolve) => {
        const started = performance.now();
        const since = (t) => Math.round(performance.now() - t);
        const reader = new ResponseReader(request.method, new Evidence(secrets), limits.maxBodyBytes);
        const timings = { totalMs: 0 };
        const failures = [];
        let raw;
        let socket;
        let timer;
        let deadline = Number.POSITIVE_INFINITY;
        let requestAt = started;
        let respondedAt;
        let lastDataAt;
        let keepAlive;
        let settled = false;
        const respond = () => {
            const info = {};
            if (reader.head)
                info.status = reader.head.status;
            if (reader.location !== undefined)
                info.location = reader.location;
            markResponded(info);
        };
        const finish = (end) => {
            if (settled)
                return;
            settled = true;
            timer?.cancel();
            socket?.destroy();
            raw?.destroy();
            // Again after the watch: stray header lines may have arrived late.
            reader.end(respondedAt === undefined ? end : undefined);
            respond();
            timings.totalMs = since(started);
            resolve(result());
        };
        const result = () => {
            const observation = {
                address: target.address,
                port: target.port,
                tls: target.servername !== undefined,
                host: request.host,
                method: request.method,
                path: request.path,
                interim: reader.interim,
                bodyBytes: reader.bodyBytes,
                defects: [...failures, ...reader.defects],
                persistent: reader.persistent,
                timings,
            };
            if (reader.head)
                observation.head = reader.head;
            if (reader.framing)
                observation.framing = reader.framing;
            if (keepAlive)
                observation.keepAlive = { ...keepAlive };
            return reader.location === undefined ? { observation } : { observation, location: reader.location };
        };
        const failBelowHttp = (stage, failure) => {
            const problem = 'error' in failure ? (stage === 'connect' ? 'connect-error' : 'tls-error') : stage === 'connect' ? 'connect-timeout' : 'tls-timeout';
            failures.push({ kind: 'no-response', stage, problem, ...failure });
            finish();
        };
        const wait = (until, then) => {
            timer?.cancel();
            timer = startDeadline(Math.max(0, until - performance.now()), then);
        };
        /** The response ended where announced: watch the connection for stray bytes and for the origin closing it. */
        const watchIdle = () => {
            respondedAt = performance.now();
            timings.responseMs = Math.round(respondedAt - requestAt);
            reader.end();
            respond();
            const reusable = reader.persistent && reader.defects.length === 0;
            const watchFor = reusable ? limits.idleWatchMs : EXCESS_WINDOW_MS;
            if (reusable) {
                keepAlive = { watchedMs: 0 };
                if (reader.announcedTimeoutMs !== undefined)
                    keepAlive.announcedTimeoutMs = reader.announcedTimeoutMs;
            }
            wait(Math.min(deadline, respondedAt + watchFor), () => {
                if (keepAlive)
                    keepAlive.watchedMs = since(respondedAt ?? started);
                finish();
            });
        };
        const onData = (chunk) => {
            lastDataAt = performance.now();
            if (timings.firstByteMs === undefined)
                timings.firstByteMs = since(started);
            const wasDone = reader.phase === 'done';
            reader.push(chunk);
            if (wasDone) {
                // Bytes on an idle connection: the next request would read them as its response.
                keepAlive = undefined;
                wait(Math.min(deadline, performance.now() + EXCESS_GRACE_MS), () => finish());
            }
            else if (reader.phase === 'done') {
                watchIdle();
                if (reader.defects.some((d) => d.kind === 'body-exceeds-content-length' || d.kind === 'after-last-chunk')) {
                    keepAlive = undefined;
                    wait(Math.min(deadline, performance.now() + EXCESS_GRACE_MS), () => finish());
                }
            }
            else if (reader.phase === 'failed' || reader.phase === 'stopped') {
                finish();
            }
        };
        const onEnd = (cause) => {
            if (settled)
                return; // our own destroy() after the end
            if (respondedAt !== undefined && keepAlive) {
                keepAlive.closedAfterMs = since(respondedAt);
                keepAlive.watchedMs = keepAlive.closedAfterMs;
            }
            finish(respondedAt === undefined ? { cause } : undefined);
        };
        const sendRequest = (s) => {
            socket = s;
            requestAt = performance.now();
            deadline = performance.now() + limits.readTimeoutMs - (timings.tlsMs ?? 0);
            wait(deadline, () => {
                const end = { cause: 'timeout', afterMs: limits.readTimeoutMs };
                if (lastDataAt !== undefined)
                    end.quietMs = since(lastDataAt);
                finish(end);
            });
            s.on('data', onData);
            s.on('end', () => onEnd('closed'));
            s.on('close', () => onEnd('closed'));
            s.on('error', (error) => onEnd(error.code === 'ECONNRESET' ? 'reset' : 'closed'));
            s.write(buildRequest(request));
        };
        const onConnect = (tcp, connectMs) => {
            timings.connectMs = connectMs;
            tcp.removeAllListeners('error');
            if (target.servername === undefined)
                return sendRequest(tcp);
            // From here the TLS socket reports what happens to the connection.
            tcp.on('error', () => undefined);
            const tlsStarted = performance.now();
            wait(tlsStarted + limits.readTimeoutMs, () => failBelowHttp('tls', { afterMs: limits.readTimeoutMs }));
            // Certificates are judged by the certificate check; this connection only carries the request.
            const secure = (0,external_node_tls_.connect)({ socket: tcp, servername: target.servername, rejectUnauthorized: false, secureContext: exchangeContext() });
            socket = secure;
            secure.on('error', (error) => failBelowHttp('tls', { error: messageOf(error) }));
            secure.once('secureConnect', () => {
                timings.tlsMs = since(tlsStarted);
                secure.removeAllListeners('error');
                sendRequest(secure);
            });
        };
        if (target.connected) {
            raw = target.connected.socket;
            return onConnect(raw, target.connected.connectMs);
        }
        try {
            raw = (0,external_node_net_.connect)({ host: target.address, port: target.port });
        }
        catch (error) {
            return failBelowHttp('connect', { error: messageOf(error) });
        }
        wait(performance.now() + limits.connectTimeoutMs, () => failBelowHttp('connect', { afterMs: limits.connectTimeoutMs }));
        raw.on('error', (error) => failBelowHttp('connect', { error: messageOf(error) }));
        const connecting = raw;
        raw.once('connect', () => onConnect(connecting, since(started)));
    });
    return { responded, done };
}
let sharedContext;
/** One TLS context for every exchange: building one per connection costs more than the handshake's own work. */
function exchangeContext() {
    return (sharedContext ??= (0,external_node_tls_.createSecureContext)({ ciphers: 'DEFAULT@SECLEVEL=0', minVersion: 'TLSv1' }));
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(4371);
;// CONCATENATED MODULE: ./lib/probes/http/redirect.js
/**
 * Where a redirect to another host leads. This is an ordinary client's job, so undici does it (its
 * fetch follows up to 20 hops); nothing from the config is sent along: custom headers are the edge's
 * secret for the origin, not for whatever host the origin points at.
 */


/** The host[:port] a Location points at, or undefined when it stays on the host that was asked (relative, same host). */
function redirectHost(location, requestedHost, tls) {
    let url;
    try {
        url = new URL(location, `${tls ? 'https' : 'http'}://${requestedHost}/`);
    }
    catch {
        return undefined;
    }
    return url.hostname.toLowerCase() === requestedHost.toLowerCase() ? undefined : url.host;
}
async function followRedirect(location, base, limits) {
    let url;
    try {
        url = new URL(location, base);
    }
    catch {
        return { error: 'the Location is not a URL' };
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return { error: `not followed: ${url.protocol} URL` };
    const agent = new undici/* Agent */.g6({
        connect: { timeout: limits.connectTimeoutMs, rejectUnauthorized: false },
        headersTimeout: limits.readTimeoutMs,
        bodyTimeout: limits.readTimeoutMs,
    });
    try {
        const response = await (0,undici/* fetch */.hd)(url, {
            redirect: 'follow',
            dispatcher: agent,
            signal: AbortSignal.timeout(limits.connectTimeoutMs + limits.readTimeoutMs),
        });
        await response.body?.cancel().catch(() => undefined);
        return { url: response.url, status: response.status };
    }
    catch (error) {
        return { error: (0,text_escape/* escapeControl */.hN)(describe(error)) };
    }
    finally {
        await agent.destroy().catch(() => undefined);
    }
}
function describe(error) {
    if (!(error instanceof Error))
        return String(error);
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return `${error.message}${cause}`;
}

;// CONCATENATED MODULE: ./lib/engine/observe-http.js




/** Watch a little past the edge's window: a close right at its end still counts as before it. */
const IDLE_WATCH_MARGIN_MS = 250;
async function observeHttpTarget(origin, edge, target, ctx) {
    const health = origin.health;
    if (!health)
        return undefined;
    const { host } = target;
    const { connectMs, readMs } = origin.timeouts;
    const idleWatchMs = keepAliveWindowFor(origin, edge) + IDLE_WATCH_MARGIN_MS;
    const request = { method: health.method, path: health.path, host, headers: health.headers };
    const secrets = Object.values(health.headers);
    const key = [
        'http',
        target.address,
        target.port,
        target.tls,
        host,
        health.method,
        health.path,
        JSON.stringify(Object.entries(health.headers).sort()),
        connectMs,
        readMs,
        idleWatchMs,
    ].join('|');
    const started = await ctx.cache.get(key, async () => {
        const begin = (connected) => startHttpExchange({ address: target.address, port: target.port, ...(target.tls ? { servername: host } : {}), ...(connected ? { connected } : {}) }, request, { connectTimeoutMs: connectMs, readTimeoutMs: readMs, idleWatchMs }, secrets);
        // Over the connection the bare connect left open, where there is one (see `helloOverSpare`).
        const spare = ctx.cache.spares.take(target.address, target.port);
        const exchange = begin(spare);
        const responded = await exchange.responded;
        if (!spare || responded.status !== undefined || !endedUnanswered((await exchange.done).observation))
            return { exchange, responded };
        const fresh = begin();
        return { exchange: fresh, responded: await fresh.responded };
    }, ctx.cache.perAddress.for(target.address), 
    // Its keep-alive watch is the origin's longest wait: started early, it overlaps the rest of the run.
    true);
    const { status, location } = started.responded;
    const elsewhere = location !== undefined && status !== undefined && status >= 300 && status < 400 ? redirectHost(location, host, target.tls) : undefined;
    const following = elsewhere && location !== undefined
        ? ctx.cache.get(`redirect|${location}|${host}|${connectMs}|${readMs}`, () => followRedirect(location, `${target.tls ? 'https' : 'http'}://${host}/`, { connectTimeoutMs: connectMs, readTimeoutMs: readMs }))
        : undefined;
    const away = ctx.away ?? ((wait) => wait);
    const [{ observation }, followed] = await away(Promise.all([started.exchange.done, following]));
    if (!elsewhere || !observation.head?.location)
        return observation;
    const evidence = new Evidence(secrets);
    return {
        ...observation,
        redirect: {
            location: observation.head.location,
            host: elsewhere,
            ...(followed
                ? { followed: 'url' in followed ? { url: evidence.ofText(followed.url, 400), status: followed.status } : followed }
                : {}),
        },
    };
}
/**
 * The connection ended or broke before a byte of response, and not at a deadline: on a connection that
 * waited for its request, that may be the waiting, so the exchange is made again on a fresh one.
 */
function endedUnanswered(observation) {
    return !observation.head && observation.timings.firstByteMs === undefined && !observation.defects.some((d) => d.afterMs !== undefined);
}

// EXTERNAL MODULE: ./lib/edges/hello.js
var hello = __webpack_require__(7078);
// EXTERNAL MODULE: ./lib/probes/tls/names.js
var names = __webpack_require__(4357);
;// CONCATENATED MODULE: ./lib/probes/tls/client-hello.js


const CONTENT_HANDSHAKE = 22;
const HANDSHAKE_CLIENT_HELLO = 1;
const X25519 = 29;
/** RFC 5746: signals secure renegotiation support in hellos that carry no extensions. */
const EMPTY_RENEGOTIATION_INFO_SCSV = 0x00ff;
const EXT = {
    serverName: 0,
    supportedGroups: 10,
    ecPointFormats: 11,
    signatureAlgorithms: 13,
    extendedMasterSecret: 23,
    supportedVersions: 43,
    keyShare: 51,
    renegotiationInfo: 0xff01,
};
/**
 * Random bytes for hellos, drawn from a block filled at once: one call into the random source per 128
 * hellos instead of one per field. Each field still gets bytes no other field got.
 */
const RANDOM_BLOCK = 4096;
let randomBlock = Buffer.alloc(0);
let randomAt = 0;
function randomField(length) {
    if (randomAt + length > randomBlock.length) {
        randomBlock = (0,external_node_crypto_.randomBytes)(RANDOM_BLOCK);
        randomAt = 0;
    }
    randomAt += length;
    return randomBlock.subarray(randomAt - length, randomAt);
}
/**
 * Writes a hello into one buffer: lengths are filled in when their vector closes. One allocation per
 * hello instead of one per field (a thousand origins send thousands of hellos).
 */
class HelloWriter {
    out;
    at = 0;
    constructor(capacity) {
        this.out = Buffer.allocUnsafe(capacity);
    }
    u8(value) {
        this.at = this.out.writeUInt8(value, this.at);
    }
    u16(value) {
        this.at = this.out.writeUInt16BE(value, this.at);
    }
    u16s(values) {
        for (const value of values)
            this.u16(value);
    }
    bytes(data) {
        this.at += data.copy(this.out, this.at);
    }
    /** Opens a vector whose length takes `width` bytes; `close` writes it. */
    open(width) {
        const start = this.at;
        this.at += width;
        return () => this.out.writeUIntBE(this.at - start - width, start, width);
    }
    extension(type) {
        this.u16(type);
        return this.open(2);
    }
    done() {
        return this.out.subarray(0, this.at);
    }
}
/** A complete handshake record holding one ClientHello, ready to write to the socket. */
function buildClientHello(spec) {
    const isTls13 = spec.version === 'TLSv1.3';
    const isSsl3 = spec.version === 'SSLv3';
    // TLS 1.3 hides behind 1.2 on the wire (RFC 8446 section 4.1.2) and names itself in supported_versions.
    const clientVersion = isTls13 ? (0,names/* wireVersion */.UL)('TLSv1.2') : (0,names/* wireVersion */.UL)(spec.version);
    const suites = isSsl3 ? [...spec.cipherSuites, EMPTY_RENEGOTIATION_INFO_SCSV] : spec.cipherSuites;
    const sni = spec.sni === undefined ? undefined : Buffer.from(spec.sni, 'ascii');
    const w = new HelloWriter(256 + 2 * (suites.length + 2 * spec.groups.length + spec.signatureAlgorithms.length) + (sni?.length ?? 0));
    w.u8(CONTENT_HANDSHAKE);
    // Record version 0x0301 for every TLS hello: old servers reject higher record versions.
    w.u16(isSsl3 ? (0,names/* wireVersion */.UL)('SSLv3') : (0,names/* wireVersion */.UL)('TLSv1'));
    const record = w.open(2);
    w.u8(HANDSHAKE_CLIENT_HELLO);
    const handshake = w.open(3);
    w.u16(clientVersion);
    w.bytes(randomField(32));
    // A 32-byte session id makes middleboxes see a resumption attempt (RFC 8446 appendix D.4).
    const sessionId = w.open(1);
    if (isTls13)
        w.bytes(randomField(32));
    sessionId();
    const suiteList = w.open(2);
    w.u16s(suites);
    suiteList();
    w.u8(1); // null compression only
    w.u8(0);
    if (!isSsl3) {
        const list = w.open(2);
        writeExtensions(w, spec, sni);
        list();
    }
    handshake();
    record();
    return w.done();
}
function writeExtensions(w, spec, sni) {
    const isTls13 = spec.version === 'TLSv1.3';
    if (sni) {
        const end = w.extension(EXT.serverName);
        const names = w.open(2);
        w.u8(0); // host_name
        const name = w.open(2);
        w.bytes(sni);
        name();
        names();
        end();
    }
    let end = w.extension(EXT.supportedGroups);
    let list = w.open(2);
    w.u16s(spec.groups);
    list();
    end();
    end = w.extension(EXT.ecPointFormats);
    w.u8(1);
    w.u8(0); // uncompressed
    end();
    if (spec.version === 'TLSv1.2' || isTls13) {
        end = w.extension(EXT.signatureAlgorithms);
        list = w.open(2);
        w.u16s(spec.signatureAlgorithms);
        list();
        end();
    }
    if (isTls13) {
        end = w.extension(EXT.supportedVersions);
        w.u8(2);
        w.u16((0,names/* wireVersion */.UL)('TLSv1.3'));
        end();
        end = w.extension(EXT.keyShare);
        list = w.open(2);
        writeKeyShares(w, spec.groups);
        list();
        end();
    }
    else {
        // Real clients send both; servers in FIPS mode refuse TLS 1.2 without extended master secret.
        w.extension(EXT.extendedMasterSecret)();
        end = w.extension(EXT.renegotiationInfo);
        w.u8(0);
        end();
    }
}
/**
 * One x25519 share when the hello offers x25519. Any 32 bytes are a well-formed public value
 * (RFC 7748 section 5); the handshake never gets far enough to need the private key. Without x25519
 * the list is empty and the server answers with a HelloRetryRequest, which still shows its choice.
 */
function writeKeyShares(w, groups) {
    if (!groups.includes(X25519))
        return;
    w.u16(X25519);
    const share = w.open(2);
    w.bytes(randomField(32));
    share();
}

;// CONCATENATED MODULE: ./lib/probes/tls/records.js
/**
 * Incremental, bounded reader of the server's cleartext TLS records: reassembles handshake messages
 * (one may span records; one record may hold several) and decodes alerts. It holds at most one
 * partial record and one partial handshake message, so a hostile server cannot make it grow.
 */

/** RFC 8446 section 5.2: a ciphertext record may carry 2048 bytes of expansion over 2^14. */
const MAX_RECORD_LENGTH = 16384 + 2048;
/** Total handshake bytes accepted; real certificate chains stay far below this. */
const MAX_HANDSHAKE_BYTES = 256 * 1024;
const RECEIVED_PREVIEW_BYTES = 64;
const RECORD_HEADER = 5;
const HANDSHAKE_HEADER = 4;
const CONTENT = { changeCipherSpec: 20, alert: 21, handshake: 22, applicationData: 23, heartbeat: 24 };
class TlsRecordReader {
    pending = Buffer.alloc(0);
    handshake = Buffer.alloc(0);
    handshakeBytes = 0;
    recordsSeen = 0;
    failure;
    /** Bytes received but not yet part of a complete record or handshake message. */
    get partialBytes() {
        return this.pending.length + this.handshake.length;
    }
    /** Feed the next bytes from the socket; returns the messages they complete, or the first problem. */
    push(chunk) {
        const messages = [];
        if (this.failure)
            return { messages, failure: this.failure };
        this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
        while (!this.failure) {
            const headerProblem = this.checkHeader();
            if (headerProblem)
                return this.fail(messages, headerProblem);
            if (this.pending.length < RECORD_HEADER)
                break;
            const length = this.pending.readUInt16BE(3);
            if (this.pending.length < RECORD_HEADER + length)
                break;
            const contentType = this.pending[0];
            const fragment = this.pending.subarray(RECORD_HEADER, RECORD_HEADER + length);
            this.pending = this.pending.subarray(RECORD_HEADER + length);
            this.recordsSeen += 1;
            const problem = this.readRecord(contentType, fragment, messages);
            if (problem)
                return this.fail(messages, problem);
        }
        return { messages };
    }
    /** Judges the next record header from as few bytes as possible, so HTTP or garbage shows at once. */
    checkHeader() {
        const [contentType, major] = this.pending;
        if (contentType === undefined)
            return undefined;
        const first = this.recordsSeen === 0;
        const badType = contentType < CONTENT.changeCipherSpec || contentType > CONTENT.heartbeat;
        if (badType || (major !== undefined && major !== 3)) {
            if (first) {
                return { kind: 'not-tls', error: 'the answer is not a TLS record', received: escapeBytes(this.pending) };
            }
            return { kind: 'malformed', error: `bad record header after ${this.recordsSeen} records` };
        }
        if (this.pending.length >= RECORD_HEADER) {
            const length = this.pending.readUInt16BE(3);
            if (length > MAX_RECORD_LENGTH) {
                return { kind: 'too-large', error: `record of ${length} bytes exceeds ${MAX_RECORD_LENGTH}` };
            }
        }
        // Peek at a handshake message header before its record is complete: a server announcing a huge
        // message and then dribbling must not hold the probe until the deadline.
        const peekable = this.pending.length >= RECORD_HEADER + HANDSHAKE_HEADER && this.handshake.length === 0;
        if (contentType === CONTENT.handshake && peekable && this.pending.readUInt16BE(3) >= HANDSHAKE_HEADER) {
            const length = this.pending.readUIntBE(RECORD_HEADER + 1, 3);
            if (length > MAX_HANDSHAKE_BYTES)
                return tooLargeMessage(length);
        }
        return undefined;
    }
    readRecord(contentType, fragment, messages) {
        if (contentType === CONTENT.handshake)
            return this.readHandshake(fragment, messages);
        if (this.handshake.length > 0) {
            return { kind: 'malformed', error: 'a handshake message was interrupted by another record type' };
        }
        if (contentType === CONTENT.alert) {
            if (fragment.length === 0 || fragment.length % 2 !== 0) {
                return { kind: 'malformed', error: `alert record of ${fragment.length} bytes` };
            }
            for (let at = 0; at < fragment.length; at += 2) {
                messages.push({ type: 'alert', level: fragment[at], description: fragment[at + 1] });
            }
            return undefined;
        }
        messages.push({ type: 'record', contentType, length: fragment.length });
        return undefined;
    }
    readHandshake(fragment, messages) {
        this.handshakeBytes += fragment.length;
        if (this.handshakeBytes > MAX_HANDSHAKE_BYTES) {
            return { kind: 'too-large', error: `handshake exceeds ${MAX_HANDSHAKE_BYTES} bytes` };
        }
        this.handshake = this.handshake.length === 0 ? fragment : Buffer.concat([this.handshake, fragment]);
        while (this.handshake.length >= HANDSHAKE_HEADER) {
            const length = this.handshake.readUIntBE(1, 3);
            if (length > MAX_HANDSHAKE_BYTES)
                return tooLargeMessage(length);
            if (this.handshake.length < HANDSHAKE_HEADER + length)
                break;
            messages.push({
                type: 'handshake',
                msgType: this.handshake[0],
                body: this.handshake.subarray(HANDSHAKE_HEADER, HANDSHAKE_HEADER + length),
            });
            this.handshake = this.handshake.subarray(HANDSHAKE_HEADER + length);
        }
        return undefined;
    }
    fail(messages, failure) {
        this.failure = failure;
        this.pending = Buffer.alloc(0);
        this.handshake = Buffer.alloc(0);
        return { messages, failure };
    }
}
function tooLargeMessage(length) {
    return { kind: 'too-large', error: `handshake message of ${length} bytes exceeds ${MAX_HANDSHAKE_BYTES}` };
}
/** Printable ASCII as is, every other byte as \xNN; at most the first 64 bytes. */
function escapeBytes(bytes, max = RECEIVED_PREVIEW_BYTES) {
    return (0,text_escape/* escapeBytes */.xO)(bytes.subarray(0, max));
}

// EXTERNAL MODULE: ./lib/cert/shared-der.js
var shared_der = __webpack_require__(6051);
// EXTERNAL MODULE: ./lib/probes/tls/wire.js
var wire = __webpack_require__(1016);
;// CONCATENATED MODULE: ./lib/probes/tls/server-messages.js
/** Parsers for the cleartext server handshake messages the probe needs. Undefined means malformed. */


/** RFC 8446 section 4.1.3: a ServerHello with this random is a HelloRetryRequest. */
const HELLO_RETRY_REQUEST_RANDOM = Buffer.from('cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c', 'hex');
const EXT_SUPPORTED_VERSIONS = 43;
function parseServerHello(body) {
    const reader = new wire/* Cursor */.bs(body);
    const legacyVersion = reader.u16();
    const random = reader.bytes(32);
    reader.bytes(reader.u8()); // session id
    const cipherSuite = reader.u16();
    reader.u8(); // compression method
    if (legacyVersion === undefined || random === undefined || cipherSuite === undefined || reader.failed) {
        return undefined;
    }
    let version = legacyVersion;
    // SSLv3 and extension-less TLS servers end the message here.
    if (!reader.atEnd) {
        const extensions = reader.vector16();
        if (extensions === undefined || !reader.atEnd)
            return undefined;
        const selected = selectedVersion(extensions);
        if (selected === null)
            return undefined;
        if (selected !== undefined)
            version = selected;
    }
    return { version, cipherSuite, helloRetryRequest: random.equals(HELLO_RETRY_REQUEST_RANDOM) };
}
/** The supported_versions value, undefined when absent, null when the extension block does not parse. */
function selectedVersion(extensions) {
    const reader = new wire/* Cursor */.bs(extensions);
    let selected;
    while (!reader.atEnd) {
        const type = reader.u16();
        const data = reader.vector16();
        if (type === undefined || data === undefined)
            return null;
        if (type === EXT_SUPPORTED_VERSIONS) {
            if (data.length !== 2)
                return null;
            selected = data.readUInt16BE(0);
        }
    }
    return selected;
}
/**
 * The TLS 1.2 (and earlier) Certificate message: a 24-bit-length list of 24-bit-length DER certificates,
 * kept in the order sent. Each is copied so the socket's chunks can be released, once per distinct
 * certificate (see `sharedDer`).
 */
function parseCertificateList(body) {
    const outer = new wire/* Cursor */.bs(body);
    const list = outer.vector24();
    if (list === undefined || !outer.atEnd)
        return undefined;
    const reader = new wire/* Cursor */.bs(list);
    const certificates = [];
    while (!reader.atEnd) {
        const der = reader.vector24();
        if (der === undefined || der.length === 0)
            return undefined;
        certificates.push((0,shared_der/* sharedDer */.n)(der));
    }
    return certificates;
}

;// CONCATENATED MODULE: ./lib/probes/tls/server-flight.js



const HANDSHAKE = {
    helloRequest: 0,
    serverHello: 2,
    certificate: 11,
    certificateRequest: 13,
    serverHelloDone: 14,
};
const ALERT_WARNING = 1;
const ALERT_CLOSE_NOTIFY = 0;
const TLS13 = 0x0304;
/**
 * Follows the server's first flight, message by message, and says when it is over: at ServerHelloDone
 * (TLS 1.2 and earlier), at the ServerHello of TLS 1.3 (everything after it is encrypted), or at a fatal
 * alert. Pure: no socket, so it can be fed recorded bytes.
 */
class ServerFlight {
    serverHello;
    certificates = [];
    certificateRequested = false;
    accept(message) {
        if (message.type === 'alert') {
            // Warnings (an unrecognized_name, say) let the handshake go on; close_notify does not.
            if (message.level === ALERT_WARNING && message.description !== ALERT_CLOSE_NOTIFY)
                return undefined;
            const alert = { level: message.level, description: message.description, name: (0,names/* alertName */.Q6)(message.description) };
            return { ok: false, kind: 'alert', alert, error: `server sent alert ${alert.name}` };
        }
        if (message.type === 'record') {
            if (message.contentType === CONTENT.applicationData) {
                return malformed('application data before the handshake finished');
            }
            return undefined; // ChangeCipherSpec (TLS 1.3 middlebox compatibility) or heartbeat
        }
        return this.acceptHandshake(message.msgType, message.body);
    }
    acceptHandshake(msgType, body) {
        if (msgType === HANDSHAKE.helloRequest)
            return undefined;
        if (msgType === HANDSHAKE.serverHello) {
            if (this.serverHello)
                return malformed('a second ServerHello');
            const serverHello = parseServerHello(body);
            if (!serverHello)
                return malformed('ServerHello does not parse');
            this.serverHello = serverHello;
            // From a TLS 1.3 ServerHello (or a HelloRetryRequest) on, the server's choice is known and the
            // rest is encrypted.
            return serverHello.version === TLS13 || serverHello.helloRetryRequest ? this.success() : undefined;
        }
        if (!this.serverHello)
            return malformed(`handshake message ${msgType} before ServerHello`);
        switch (msgType) {
            case HANDSHAKE.certificate: {
                const certificates = parseCertificateList(body);
                if (!certificates)
                    return malformed('Certificate message does not parse');
                this.certificates = certificates;
                return undefined;
            }
            case HANDSHAKE.certificateRequest:
                this.certificateRequested = true;
                return undefined;
            case HANDSHAKE.serverHelloDone:
                return this.success();
            default:
                return undefined; // ServerKeyExchange, CertificateStatus: not needed
        }
    }
    success() {
        const serverHello = this.serverHello;
        return {
            ok: true,
            version: (0,names/* versionName */.sh)(serverHello.version),
            cipherSuite: serverHello.cipherSuite,
            certificates: this.certificates,
            certificateRequested: this.certificateRequested,
        };
    }
}
function malformed(error) {
    return { ok: false, kind: 'malformed', error };
}

;// CONCATENATED MODULE: ./lib/probes/tls/probe.js





/** The handshake budget plus room for record headers and stray records. */
const DEFAULT_MAX_BYTES = MAX_HANDSHAKE_BYTES + 64 * 1024;
/**
 * Sends one ClientHello over a plain TCP socket and reports what the server chose. No TLS library is
 * involved, so suites and versions that Node's OpenSSL refuses can be offered too. Never throws and
 * never rejects: every failure is a result.
 */
function probeTlsHello(target, spec, limits) {
    const started = performance.now();
    const context = { address: target.address, port: target.port, sni: spec.sni, offered: spec.version };
    return new Promise((resolve) => {
        // A connection handed over is this probe's from the start: any early finish must close it.
        let socket = target.socket;
        let timer;
        let settled = false;
        let connected = false;
        let received = 0;
        const finish = (outcome) => {
            if (settled)
                return;
            settled = true;
            timer?.cancel();
            socket?.destroy();
            resolve({ ...outcome, ...context, ms: Math.round(performance.now() - started) });
        };
        let hello;
        try {
            hello = buildClientHello(spec);
        }
        catch (error) {
            finish({ ok: false, kind: 'malformed', error: `cannot build the ClientHello: ${message(error)}` });
            return;
        }
        const reader = new TlsRecordReader();
        const flight = new ServerFlight();
        const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
        const onData = (chunk) => {
            received += chunk.length;
            if (received > maxBytes) {
                finish({ ok: false, kind: 'too-large', error: `server sent more than ${maxBytes} bytes` });
                return;
            }
            const { messages, failure } = reader.push(chunk);
            for (const tlsMessage of messages) {
                const outcome = flight.accept(tlsMessage);
                if (outcome)
                    return finish(outcome);
            }
            if (failure)
                finish({ ok: false, ...failure });
        };
        const onError = (error) => {
            if (!connected) {
                finish({ ok: false, kind: 'connect', error: message(error) });
            }
            else if (error.code === 'ECONNRESET' || error.code === 'ECONNABORTED') {
                finish({ ok: false, kind: 'reset', error: `connection reset after ${received} bytes` });
            }
            else {
                finish({ ok: false, kind: 'closed', error: message(error) });
            }
        };
        const onClosed = () => {
            finish({ ok: false, kind: 'closed', error: `closed by the server after ${received} bytes` });
        };
        const onConnect = () => {
            connected = true;
            timer?.cancel();
            timer = startDeadline(limits.readTimeoutMs, () => {
                const error = `no complete answer within ${limits.readTimeoutMs} ms (${received} bytes received)`;
                finish({ ok: false, kind: 'timeout', error });
            });
            socket?.write(hello);
        };
        if (socket) {
            onConnect();
        }
        else {
            try {
                socket = (0,external_node_net_.connect)({ host: target.address, port: target.port });
            }
            catch (error) {
                finish({ ok: false, kind: 'connect', error: message(error) });
                return;
            }
            timer = startDeadline(limits.connectTimeoutMs, () => {
                finish({ ok: false, kind: 'connect', error: `no connection within ${limits.connectTimeoutMs} ms` });
            });
            socket.on('connect', onConnect);
        }
        socket.on('data', onData);
        socket.on('error', onError);
        socket.on('end', onClosed);
        socket.on('close', onClosed);
    });
}
function message(error) {
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: ./lib/engine/plan.js
var plan = __webpack_require__(8479);
// EXTERNAL MODULE: ./lib/vocabulary.js
var vocabulary = __webpack_require__(9539);
;// CONCATENATED MODULE: ./lib/probes/tls/outcome.js
/** The server answered a hello offering `version` with a ServerHello for exactly that version. */
function acceptedAt(result, version) {
    return result !== undefined && result.ok && result.version === version;
}
/**
 * The server refused the offer at TLS level: an alert, a hang-up right after the hello, or a ServerHello
 * for a lower version (servers pick their highest version not above the client's). Not a refusal: an
 * answer that is not TLS, a timeout, a failed connect, malformed or oversized records.
 */
function refusedByTls(result, version) {
    if (result.ok)
        return result.version !== version;
    return result.kind === 'alert' || result.kind === 'closed' || result.kind === 'reset';
}
/** Proof the peer speaks TLS: a ServerHello or an alert. */
function spokeTls(result) {
    return result.ok || result.kind === 'alert';
}
/** The last hello sent at one version: the widest that was needed. */
function lastAnswer(scan) {
    return scan.everySuite ?? scan.edgeSuitesWide ?? scan.edge;
}
/** Nothing was accepted at any of these versions in any form, and every answer was a TLS-level refusal. */
function everyVersionRefused(versions) {
    return versions.length > 0 && versions.every((v) => refusedByTls(lastAnswer(v), v.version));
}

;// CONCATENATED MODULE: ./lib/engine/tls-scan.js



/**
 * The edge's hello once per allowed version, all versions at once. Where one is refused, a wide hello with
 * the edge's suites, then one with every suite of that version, tell a key or curve problem from a cipher
 * problem from a version problem. Where one is accepted, the edge's other suites are enumerated, one
 * connection per accepted suite (the caller bounds connections per address). Where no version is accepted at
 * all, the versions the edge does not use are tried, to say what the origin speaks instead.
 */
async function scanTlsTarget(plan, send) {
    const started = performance.now();
    let probes = 0;
    const counted = (spec, again) => {
        probes += 1;
        return send(spec, again);
    };
    const versions = await Promise.all(plan.versions.map((version) => scanVersion(plan, version, counted)));
    const otherVersions = everyVersionRefused(versions)
        ? await Promise.all(vocabulary/* SSL_PROTOCOLS */.BF.filter((v) => !plan.versions.includes(v)).map((v) => counted((0,hello/* wideHelloFor */.D)(plan.edge, v, 'every-suite', plan.sni))))
        : [];
    return {
        address: plan.address,
        port: plan.port,
        ...(plan.sni === undefined ? {} : { sni: plan.sni }),
        versions,
        otherVersions,
        probes,
        ms: Math.round(performance.now() - started),
    };
}
async function scanVersion(plan, version, send) {
    const edgeHello = (0,hello/* clientHelloFor */.b)(plan.edge, version, plan.sni);
    const edge = await send(edgeHello);
    if (acceptedAt(edge, version)) {
        if (!plan.enumerate)
            return { version, edge };
        const { accepted, untested } = await enumerate(edgeHello, edge.cipherSuite, version, send);
        return { version, edge, acceptedSuites: accepted, ...(untested.length > 0 ? { untestedSuites: untested } : {}) };
    }
    // A ServerHello for a lower version already says this one is refused; anything not TLS needs no more.
    if (edge.ok || !refusedByTls(edge, version))
        return { version, edge };
    const edgeSuitesWide = await send((0,hello/* wideHelloFor */.D)(plan.edge, version, 'edge-suites', plan.sni));
    if (!refusedByTls(edgeSuitesWide, version))
        return { version, edge, edgeSuitesWide };
    const everySuite = await send((0,hello/* wideHelloFor */.D)(plan.edge, version, 'every-suite', plan.sni));
    return { version, edge, edgeSuitesWide, everySuite };
}
/**
 * The suite the server picked from the full offer is accepted. It is struck from the offer and the rest
 * offered again, until the server refuses what is left: one connection per accepted suite and one more,
 * the fewest that can prove the list (each hello names at most one accepted suite, and only a refusal
 * proves none of the rest is). Splitting the offer instead would add a connection per refused part.
 * The hellos follow each other, so the depth is the number of accepted suites: a few round trips, well
 * inside the keep-alive window watched meanwhile, and nothing the per-address limit has to hold back.
 *
 * Only a refusal (an alert, or a ServerHello for another version) ends the list. A hello that fails
 * instead (no answer, a reset, bytes that are not TLS, a pick outside the offer) proves nothing about the
 * suites left: it is sent once more on a fresh connection, and if that fails too, the suites left are
 * reported untested rather than counted as refused.
 */
async function enumerate(edgeHello, chosen, version, send) {
    const accepted = new Set([chosen]);
    let offer = edgeHello.cipherSuites.filter((code) => code !== chosen);
    let untested = [];
    const picked = (result) => acceptedAt(result, version) && offer.includes(result.cipherSuite) ? result.cipherSuite : undefined;
    while (offer.length > 0) {
        const spec = { ...edgeHello, cipherSuites: offer };
        let result = await send(spec);
        if (picked(result) === undefined && !saidNo(result, version))
            result = await send(spec, true);
        const suite = picked(result);
        if (suite === undefined) {
            if (!saidNo(result, version))
                untested = offer;
            break;
        }
        accepted.add(suite);
        offer = offer.filter((code) => code !== suite);
    }
    return { accepted: edgeHello.cipherSuites.filter((code) => accepted.has(code)), untested };
}
/** The server refused the offer: an alert, or a ServerHello for another version. A hang-up or silence is no answer. */
function saidNo(result, version) {
    return result.ok ? result.version !== version : result.kind === 'alert';
}

;// CONCATENATED MODULE: ./lib/engine/observe-tls.js




/**
 * Every hello for one open HTTPS address and port. Per SNI name: the edge's hello at each allowed version
 * (where `tlsScans` is needed; else only at the chain version, for the certificate), the wide hellos that
 * explain a refusal, and the suite enumeration. Plus the edge's hello without SNI. Identical hellos are
 * sent once per run (the cache), and at most a few at a time to one address.
 */
async function observeTlsEndpoint(address, port, origin, edge, ctx, needs, into) {
    const chainVersion = (0,plan/* chainProbeVersion */.WI)(origin, edge);
    if (!chainVersion)
        return;
    const scanning = needs.has('tlsScans');
    const { connectMs, readMs } = origin.timeouts;
    const limits = { connectTimeoutMs: connectMs, readTimeoutMs: readMs };
    const send = (spec, again = false) => ctx.cache.get(`tls|${address}|${port}|${connectMs}|${readMs}|${helloKey(spec, ctx.cache)}${again ? '|again' : ''}`, () => (again ? probeTlsHello({ address, port }, spec, limits) : helloOverSpare(ctx, { address, port }, spec, limits)), ctx.cache.perAddress.for(address));
    const versions = scanning ? (0,plan/* allowedVersions */.Ei)(origin, edge) : [chainVersion];
    const [scans, withoutSni] = await Promise.all([
        Promise.all((0,plan/* sniNamesFor */.qi)(origin).map((sni) => scanTlsTarget({ address, port, sni, edge, versions, enumerate: scanning }, send))),
        needs.has('tlsWithoutSni') ? send((0,hello/* clientHelloFor */.b)(edge, chainVersion)) : undefined,
    ]);
    for (const scan of scans) {
        const atChainVersion = scan.versions.find((v) => v.version === chainVersion);
        if (!atChainVersion)
            continue;
        into.tls.push(atChainVersion.edge);
        // The certificate behind a refusal, read with a wider hello: the key or curve may be why.
        const diagnostic = [atChainVersion.edgeSuitesWide, atChainVersion.everySuite].find((r) => r?.ok) ?? atChainVersion.edgeSuitesWide;
        if (diagnostic && !atChainVersion.edge.ok && atChainVersion.edge.kind === 'alert')
            into.tlsDiagnostic.push(diagnostic);
        if (scanning)
            into.tlsScans.push(scan);
    }
    if (withoutSni)
        into.tlsWithoutSni.push(withoutSni);
}
/**
 * The hello over the connection the bare connect left open, where there is one. A peer that closes it
 * before answering may have closed it for waiting, not for the hello: that is asked again on a fresh
 * connection, whose answer stands.
 */
async function helloOverSpare(ctx, target, spec, limits) {
    const spare = ctx.cache.spares.take(target.address, target.port);
    if (!spare)
        return probeTlsHello(target, spec, limits);
    const result = await probeTlsHello({ ...target, socket: spare.socket }, spec, limits);
    return !result.ok && (result.kind === 'closed' || result.kind === 'reset') ? probeTlsHello(target, spec, limits) : result;
}
/** Everything that makes two hellos differ on the wire, except the random bytes. */
function helloKey(spec, cache) {
    const offer = cache.abbreviate([spec.cipherSuites.join(','), spec.groups.join(','), spec.signatureAlgorithms.join(',')].join('|'));
    return [spec.version, spec.sni ?? '', offer].join('|');
}

;// CONCATENATED MODULE: ./lib/engine/observe.js








/** Observations that need a TCP connection first. */
const OVER_TCP = ['tcp', 'tls', 'tlsWithoutSni', 'tlsDiagnostic', 'tlsScans', 'http'];
const OVER_TLS = ['tls', 'tlsWithoutSni', 'tlsDiagnostic', 'tlsScans'];
/** Makes the probes that produce what the origin's checks `need`, and nothing more. */
async function observeOrigin(origin, edge, needs, ctx) {
    const observations = emptyObservations();
    // The walk runs for the DNS check even where the config pins the addresses it connects to.
    if (needs.has('dns') || !origin.addresses)
        observations.dns = await ctx.resolver.walk(origin.domain);
    observations.resolution = origin.addresses
        ? fixedAddresses(origin.addresses)
        : await ctx.cache.share(`resolve|${ctx.resolver.name}|${origin.domain}`, () => ctx.resolver.resolve(origin.domain, origin.timeouts.connectMs));
    if (!observations.resolution.ok)
        return observations;
    for (const a of observations.resolution.addresses.filter((a) => edgeUsesFamily(origin, a))) {
        if (canReach(a.address, a.family))
            observations.addresses.push(a);
        else
            observations.unavailable.push({ address: a.address, family: a.family });
    }
    if (!OVER_TCP.some((key) => needs.has(key)))
        return observations;
    const wantsTls = OVER_TLS.some((key) => needs.has(key));
    const ports = (0,plan/* portsFor */.Ui)(origin);
    const { connectMs, connectAttempts } = origin.timeouts;
    // A connection is kept open only for a probe certain to ask over it: a hello, or the HTTP exchange.
    const helloFollows = wantsTls && (0,plan/* chainProbeVersion */.WI)(origin, edge) !== undefined;
    const httpExchanges = [];
    await Promise.all(observations.addresses.flatMap(({ address }) => ports.map(async ({ port, tls }) => {
        const tcp = await ctx.cache.get(`tcp|${address}|${port}|${connectMs}|${connectAttempts}`, 
        // The first hello to this port (or, with none, its HTTP exchange) goes over the connection the connect opened.
        () => probeTcp(address, port, connectMs, connectAttempts, (tls && helloFollows) || needs.has('http') ? (s, ms) => ctx.cache.spares.put(address, port, s, ms) : undefined), ctx.cache.perAddress.for(address), true);
        observations.tcp.push(tcp);
        if (tcp.outcome !== 'open')
            return;
        // Every name the edge may forward is a Host (and SNI) it sends: one exchange each.
        if (needs.has('http')) {
            for (const host of (0,plan/* sniNamesFor */.qi)(origin)) {
                const exchange = observeHttpTarget(origin, edge, { address, port, tls, host }, ctx);
                exchange.catch(() => undefined); // awaited below; this only keeps an early failure from counting as unhandled
                httpExchanges.push(exchange);
            }
        }
        if (tls && wantsTls)
            await observeTlsEndpoint(address, port, origin, edge, ctx, needs, observations);
    })));
    observations.http = (await Promise.all(httpExchanges)).filter((h) => h !== undefined);
    sortByTarget(observations.tcp);
    sortByTarget(observations.http);
    sortByTarget(observations.tls);
    sortByTarget(observations.tlsDiagnostic);
    sortByTarget(observations.tlsScans);
    return observations;
}
function edgeUsesFamily(origin, address) {
    if (address.source === 'config')
        return true;
    if (origin.ipAddressType === 'dualstack')
        return true;
    return origin.ipAddressType === (address.family === 4 ? 'ipv4' : 'ipv6');
}
/** Probes finish in any order; reports must not. */
function sortByTarget(items) {
    items.sort((a, b) => compareNumeric(a.address, b.address) || a.port - b.port);
}

// EXTERNAL MODULE: ./lib/engine/static-findings.js
var static_findings = __webpack_require__(1365);
;// CONCATENATED MODULE: ./lib/engine/address-limit.js

/**
 * Connections in flight to one address at once. sslyze's scheduler allows 5 per server by default; the
 * same bound keeps the suite enumeration polite to a single origin while many origins run side by side.
 */
const CONNECTIONS_PER_ADDRESS = 5;
/** One limiter per address, made on first use. */
class AddressLimits {
    max;
    limits = new Map();
    constructor(max = CONNECTIONS_PER_ADDRESS) {
        this.max = max;
    }
    for(address) {
        let limit = this.limits.get(address);
        if (!limit)
            this.limits.set(address, (limit = createLimiter(this.max)));
        return limit;
    }
}

;// CONCATENATED MODULE: ./lib/engine/spare-sockets.js
/**
 * How long an unclaimed connection waits for its probe. The probe may queue behind a thousand origins'
 * hellos first; an origin that closes idle connections sooner only costs the fresh connection it would
 * have cost anyway.
 */
const SPARE_WAIT_MS = 15_000;
/**
 * Open connections left by the bare TCP connect, each claimable once by the first probe to the same
 * address and port: its question is asked on a connection that already exists instead of a new one. A
 * connection the peer closes or breaks while it waits, or that nobody claims in time, is dropped. Only
 * the first connection to an address and port is kept (two connects to one port, for origins that differ
 * only in their connect attempts, feed one cached hello), a waiting connection keeps no process alive, and
 * `clear` drops them all when the run ends.
 */
class SpareSockets {
    spares = new Map();
    offered = new Set();
    cleared = false;
    put(address, port, socket, connectMs) {
        const key = `${address}|${port}`;
        if (this.cleared || this.offered.has(key))
            return void socket.destroy();
        this.offered.add(key);
        const spare = {
            socket,
            connectMs,
            timer: setTimeout(() => this.drop(key), SPARE_WAIT_MS).unref(),
            gone: () => this.spares.get(key) === spare && this.drop(key),
        };
        // Only its own listeners: the socket's own 'end' handling must stay.
        socket.on('error', spare.gone).on('end', spare.gone).on('close', spare.gone);
        socket.unref();
        this.spares.set(key, spare);
    }
    /** The connection, removed from the pool, or undefined when there is none. */
    take(address, port) {
        const key = `${address}|${port}`;
        const spare = this.spares.get(key);
        if (!spare)
            return undefined;
        this.spares.delete(key);
        clearTimeout(spare.timer);
        spare.socket.off('error', spare.gone).off('end', spare.gone).off('close', spare.gone);
        if (spare.socket.destroyed)
            return undefined;
        spare.socket.ref();
        return { socket: spare.socket, connectMs: spare.connectMs };
    }
    /** Drops every waiting connection, and every one offered later: the run is over. */
    clear() {
        this.cleared = true;
        for (const key of [...this.spares.keys()])
            this.drop(key);
    }
    /** Connections waiting to be claimed. */
    get size() {
        return this.spares.size;
    }
    drop(key) {
        const spare = this.spares.get(key);
        if (!spare)
            return;
        this.spares.delete(key);
        clearTimeout(spare.timer);
        spare.socket.destroy();
    }
}

;// CONCATENATED MODULE: ./lib/engine/probe-cache.js


/** Probe results shared by every origin of a run: one probe per (address, port, SNI, hello). */
class ProbeCache {
    limit;
    entries = new Map();
    abbreviations = new Map();
    constructor(limit) {
        this.limit = limit;
    }
    /** Connections in flight per address: every probe that opens one asks for it. */
    perAddress = new AddressLimits();
    /** Open connections the bare connects leave for the first probe to the same address and port. */
    spares = new SpareSockets();
    /**
     * `within` (a per-address limit) is taken before the run's own, so waiting never holds a run-wide slot.
     * `first`: the probe is on its origin's critical path and goes ahead in both (see `Limit`).
     */
    get(key, probe, within, first = false) {
        let entry = this.entries.get(key);
        if (!entry) {
            entry = within ? within(() => this.limit(probe, first), first) : this.limit(probe, first);
            this.entries.set(key, entry);
        }
        return entry;
    }
    /** Shared like a probe, outside the socket budget: for work with limits of its own (the DNS walk). */
    share(key, work) {
        let entry = this.entries.get(key);
        if (!entry)
            this.entries.set(key, (entry = work()));
        return entry;
    }
    /**
     * A short stand-in for a long key part (a hello's suite, group and signature lists): the same text
     * gets the same number within the run, so thousands of keys do not each hold the lists.
     */
    abbreviate(text) {
        let id = this.abbreviations.get(text);
        if (id === undefined)
            this.abbreviations.set(text, (id = this.abbreviations.size));
        return id;
    }
    get size() {
        return this.entries.size;
    }
}

;// CONCATENATED MODULE: ./lib/checks/dns/answers.js
const answers_OK_RCODES = new Set(['NOERROR', 'NXDOMAIN']);
/** The answers for each name of the chain, and what the chain ends in. */
function judgeAnswers(walk) {
    return [...walk.chain.flatMap((lookup) => [...failedLookups(lookup), ...inconsistent(lookup)]), ...outcome(walk)];
}
const serverOf = (a) => `${a.server} (${a.address})`;
function failedLookups(lookup) {
    return lookup.answers
        .filter((a) => a.rcode !== undefined && !answers_OK_RCODES.has(a.rcode))
        .map((a) => ({
        code: 'DNS_SERVFAIL',
        address: a.address,
        details: { zone: lookup.zone ?? '', server: a.server, address: a.address, query: a.query, rcode: a.rcode, resolver: serverOf(a) },
    }));
}
/** Servers of one zone answering one question differently (records, or NXDOMAIN against NOERROR). */
function inconsistent(lookup) {
    const usable = lookup.answers.filter((a) => a.aa && a.rcode !== undefined && answers_OK_RCODES.has(a.rcode));
    const differing = [...new Set(usable.map((a) => a.query))].filter((query) => {
        const forQuery = usable.filter((a) => a.query === query);
        return new Set(forQuery.map(signature)).size > 1;
    });
    if (differing.length === 0)
        return [];
    const answers = usable.filter((a) => differing.includes(a.query)).map((a) => `${serverOf(a)} ${a.query}: ${signature(a)}`);
    return [{ code: 'DNS_INCONSISTENT_ANSWERS', details: { zone: lookup.zone ?? '', query: lookup.name, queries: differing, answers } }];
}
function signature(answer) {
    return answer.records.length ? answer.records.join(', ') : answer.rcode === 'NXDOMAIN' ? 'NXDOMAIN' : 'no records';
}
function outcome(walk) {
    const result = walk.outcome;
    const last = walk.chain.at(-1);
    const witness = (lookup, rcode) => {
        const answer = lookup?.answers.find((a) => (rcode ? a.rcode === rcode : a.aa));
        const at = lookup?.stoppedAt ?? answer;
        return at
            ? { address: at.address, server: at.server, resolver: `${at.server} (${at.address})` }
            : { resolver: 'the authoritative walk' };
    };
    const zone = { zone: last?.zone ?? '' };
    switch (result.kind) {
        case 'nxdomain': {
            const w = witness(last, 'NXDOMAIN');
            return [
                {
                    code: 'DNS_NXDOMAIN',
                    ...(w.address ? { address: w.address, port: walk.port } : {}),
                    details: { query: result.name, ...zone, ...json(w) },
                },
            ];
        }
        case 'nodata': {
            const w = witness(last);
            const chain = walk.chain.map((l) => l.name);
            return [
                {
                    code: 'DNS_NO_ADDRESS',
                    ...(w.address ? { address: w.address, port: walk.port } : {}),
                    details: { query: result.name, ...zone, ...json(w), ...(chain.length > 1 ? { chain } : {}) },
                },
            ];
        }
        case 'cname-dangling': {
            const w = witness(last, 'NXDOMAIN');
            return [
                {
                    code: 'DNS_CNAME_DANGLING',
                    ...(w.address ? { address: w.address, port: walk.port } : {}),
                    details: { query: result.name, target: result.target, ...zone, ...json(w) },
                },
            ];
        }
        case 'cname-loop':
            return [
                {
                    code: 'DNS_CNAME_LOOP',
                    details: {
                        query: walk.name,
                        chain: result.chain,
                        links: result.chain.length - 1,
                        zones: [...new Set(walk.chain.flatMap((l) => (l.zone ? [l.zone] : [])))],
                    },
                },
            ];
        default:
            return [];
    }
}
function json(witness) {
    return Object.fromEntries(Object.entries(witness).filter((entry) => entry[1] !== undefined));
}

// EXTERNAL MODULE: ./lib/probes/dns/keys.js
var dns_keys = __webpack_require__(5527);
;// CONCATENATED MODULE: ./lib/checks/dns/dnssec.js

/**
 * What a validating resolver would reject (DNS_DNSSEC_BOGUS): a DS at the parent that matches no DNSKEY
 * of the zone, or, in a zone the parent vouches for with a DS, a signature over the origin's records
 * outside its validity. Only the time window and the key digests are checked, not the cryptography.
 */
function judgeDnssec(walk, now) {
    const secure = new Set(walk.zones.filter((z) => z.dnssec && z.dnssec.ds.length > 0).map((z) => z.zone));
    const found = [
        ...walk.zones.flatMap(dnssec_anchor),
        ...walk.chain.filter((l) => l.zone && secure.has(l.zone)).flatMap((lookup) => signatures(lookup, now)),
    ];
    return found.map((f) => ({ ...f, port: walk.port }));
}
function dnssec_anchor(zone) {
    const dnssec = zone.dnssec;
    if (!dnssec || dnssec.ds.length === 0 || !dnssec.dnskeys || !dnssec.dnskeyFrom)
        return [];
    const keys = dnssec.dnskeys;
    if (dnssec.ds.some((ds) => keys.some((key) => (0,dns_keys/* dsMatches */.fd)(zone.zone, ds, key))))
        return [];
    const keyTags = dnssec.ds.map((r) => Number(r.split(' ')[0]));
    const problem = keys.length ? 'ds-matches-no-dnskey' : 'no-dnskey';
    const { server, address } = dnssec.dnskeyFrom;
    return [
        {
            code: 'DNS_DNSSEC_BOGUS',
            address,
            details: {
                zone: zone.zone,
                server,
                address,
                query: `${zone.zone} DNSKEY`,
                problem,
                parent: zone.parent ?? 'the parent',
                keyTags,
                ds: dnssec.ds,
                dnskeys: keys,
                dsFrom: `${dnssec.dsFrom.server} (${dnssec.dsFrom.address})`,
            },
        },
    ];
}
/** One finding per name: the first signature out of its window, with every server that serves one. */
function signatures(lookup, now) {
    const seconds = Math.floor(now.getTime() / 1000);
    const outside = lookup.answers.flatMap((answer) => (answer.signatures ?? []).flatMap((signature) => {
        const [covered = '', , , , expiration = '0', inception = '0'] = signature.split(' ');
        if (Number(expiration) < seconds)
            return [{ answer, covered, problem: 'rrsig-expired', at: iso(expiration) }];
        if (Number(inception) > seconds)
            return [{ answer, covered, problem: 'rrsig-not-yet-valid', at: iso(inception) }];
        return [];
    }));
    const first = outside[0];
    if (!first)
        return [];
    return [
        {
            code: 'DNS_DNSSEC_BOGUS',
            address: first.answer.address,
            details: {
                zone: lookup.zone ?? '',
                server: first.answer.server,
                address: first.answer.address,
                query: first.answer.query,
                problem: first.problem,
                covered: first.covered,
                at: first.at,
                servers: [...new Set(outside.map((o) => `${o.answer.server} (${o.answer.address})`))],
            },
        },
    ];
}
function iso(epochSeconds) {
    return new Date(Number(epochSeconds) * 1000).toISOString();
}

;// CONCATENATED MODULE: ./lib/checks/dns/servers.js
const ANSWERED = new Set(['authoritative', 'lame', 'error-rcode']);
/**
 * Each name server of each zone on the path, on each address: does it answer (UDP or TCP), is it
 * authoritative, does it answer without an error code, does it answer over TCP.
 */
function judgeServers(walk) {
    return walk.zones.flatMap((zone) => zone.servers.flatMap((server) => judgeServer(zone, server)));
}
function judgeServer(zone, server) {
    const details = { zone: zone.zone, server: server.server, address: server.address || 'no address', query: `${zone.zone} SOA` };
    const at = server.address ? { address: server.address, port: server.port } : {};
    const someAnswer = zone.servers.some((s) => ANSWERED.has(s.status));
    const someAuthoritative = zone.servers.some((s) => s.status === 'authoritative');
    switch (server.status) {
        case 'unreachable':
            return [
                {
                    code: 'DNS_NS_UNREACHABLE',
                    severity: someAnswer ? 'warning' : 'error',
                    ...at,
                    details: { ...details, failure: server.failure ?? 'timeout' },
                },
            ];
        case 'no-address': {
            // A glueless in-zone server is the parent's fault, reported once as missing glue.
            if (zone.nameServers.some((e) => e.name === server.server && e.missingGlue))
                return [];
            return [{ code: 'DNS_NS_UNREACHABLE', severity: someAnswer ? 'warning' : 'error', details: { ...details, failure: 'no-address' } }];
        }
        case 'lame':
            return [
                {
                    code: 'DNS_LAME_DELEGATION',
                    severity: someAuthoritative ? 'warning' : 'error',
                    ...at,
                    details: { ...details, ...lameFacts(server) },
                },
            ];
        case 'error-rcode':
            return [
                {
                    code: 'DNS_SERVFAIL',
                    ...at,
                    details: { ...details, rcode: server.rcode ?? 'an error', resolver: `${server.server} (${server.address})` },
                },
            ];
        case 'authoritative':
            if (server.tcp === undefined || server.tcp === 'ok')
                return [];
            return [{ code: 'DNS_TCP_UNSUPPORTED', ...at, details: { ...details, tcpFailure: server.tcpFailure ?? 'timeout' } }];
        case 'unprobed':
            return [];
    }
}
/** How the lame server answered, as facts. */
function lameFacts(server) {
    const lame = server.lame;
    if (!lame)
        return { lame: 'no-aa' };
    return {
        lame: lame.kind,
        rcode: lame.rcode,
        ...(lame.zone ? { answeredFor: lame.zone } : {}),
        ...(lame.servers ? { referredTo: lame.servers } : {}),
    };
}

;// CONCATENATED MODULE: ./lib/checks/dns/zones.js
/** What the servers of one zone say together: glue at the parent, NS sets that agree, one SOA serial. */
function judgeZones(walk) {
    return walk.zones.flatMap((zone) => [...missingGlue(zone, walk.port), ...delegationMismatch(zone), ...serialMismatch(zone)]);
}
function missingGlue(zone, port) {
    if (zone.parent === undefined)
        return [];
    const referral = zone.referral;
    return zone.nameServers
        .filter((e) => e.missingGlue)
        .map((entry) => ({
        code: 'DNS_MISSING_GLUE',
        ...(referral ? { address: referral.address, port } : {}),
        details: {
            zone: zone.zone,
            server: entry.name,
            parent: zone.parent,
            ...(referral ? { parentServer: referral.server, address: referral.address, query: referral.query } : { query: `${zone.zone} NS` }),
            foundAddresses: entry.addresses,
        },
    }));
}
function delegationMismatch(zone) {
    if (zone.parent === undefined)
        return [];
    const parentNs = zone.parentNs.join(' ');
    const differing = zone.servers.filter((s) => s.status === 'authoritative' && s.ns && s.ns.length > 0 && s.ns.join(' ') !== parentNs);
    if (differing.length === 0)
        return [];
    const childNs = differing[0].ns;
    return [
        {
            code: 'DNS_DELEGATION_MISMATCH',
            details: {
                zone: zone.zone,
                parent: zone.parent,
                parentNs: zone.parentNs,
                childNs,
                query: `${zone.zone} NS`,
                servers: differing.map((s) => `${s.server} (${s.address})`),
            },
        },
    ];
}
function serialMismatch(zone) {
    const serving = zone.servers.filter((s) => s.status === 'authoritative' && s.serial !== undefined);
    if (new Set(serving.map((s) => s.serial)).size < 2)
        return [];
    return [
        {
            code: 'DNS_SOA_SERIAL_MISMATCH',
            details: { zone: zone.zone, query: `${zone.zone} SOA`, serials: serving.map((s) => `${s.server} (${s.address}): ${s.serial}`) },
        },
    ];
}

;// CONCATENATED MODULE: ./lib/checks/dns/judge.js




/** Every DNS finding one walk supports: its zones, their servers, the answers and where the chain ends. */
function judgeWalk(walk, now = new Date()) {
    const found = [...judgeZones(walk), ...judgeServers(walk), ...judgeAnswers(walk), ...judgeDnssec(walk, now)];
    // A walk that stopped must say why; the server findings usually do.
    const outcome = walk.outcome;
    if (walk.budget)
        return [...found, { code: 'PROBE_ERROR', details: { step: 'dns walk', query: walk.name, ...walk.budget } }];
    if (outcome.kind === 'unresolved' && !found.some((f) => (f.severity ?? 'error') === 'error' && f.code !== 'DNS_MISSING_GLUE')) {
        // Name servers only on a family this machine cannot reach (IPv6 on many CI runners) are unchecked, not broken.
        const unprobed = walk.zones.find((z) => z.zone === outcome.zone)?.servers.filter((s) => s.status === 'unprobed') ?? [];
        const answering = walk.zones.find((z) => z.zone === outcome.zone)?.servers.some((s) => s.status === 'authoritative');
        if (unprobed.length > 0 && !answering) {
            const first = unprobed[0];
            found.push({
                code: 'PROBE_UNAVAILABLE',
                address: first.address,
                details: {
                    unchecked: 'dns',
                    because: 'name-servers-unroutable',
                    zone: outcome.zone ?? '',
                    servers: unprobed.map((s) => `${s.server} ${s.address}`),
                    family: first.address.includes(':') ? 'IPv6' : 'IPv4',
                },
            });
        }
        else {
            found.push({ code: 'PROBE_ERROR', details: { step: 'dns walk', query: outcome.name, error: outcome.reason } });
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./lib/checks/dns.js


/**
 * The one place DNS findings come from: every zone on the authoritative path, every server and every
 * answer. It always runs when the lookup fails: that failure is why the other checks of the origin did
 * not run.
 */
const dnsCheck = defineCheck({
    id: 'dns',
    family: 'dns',
    needs: ['dns', 'addresses', 'unavailable'],
    prerequisiteOf: ['ports', 'tls', 'certificate', 'http'],
    codes: [
        'DNS_NXDOMAIN',
        'DNS_NO_ADDRESS',
        'DNS_SERVFAIL',
        'DNS_NS_UNREACHABLE',
        'DNS_LAME_DELEGATION',
        'DNS_DELEGATION_MISMATCH',
        'DNS_SOA_SERIAL_MISMATCH',
        'DNS_INCONSISTENT_ANSWERS',
        'DNS_CNAME_DANGLING',
        'DNS_CNAME_LOOP',
        'DNS_MISSING_GLUE',
        'DNS_TCP_UNSUPPORTED',
        'DNS_DNSSEC_BOGUS',
        'PROBE_ERROR',
        'PROBE_UNAVAILABLE',
    ],
    run({ dns, addresses, unavailable }, { origin, now }) {
        if (!dns)
            return [];
        const found = judgeWalk(dns, now);
        // Addresses exist, but none of the families the edge connects over.
        if (dns.outcome.kind === 'addresses' && !origin.addresses && addresses.length === 0 && unavailable.length === 0) {
            found.push({
                code: 'DNS_NO_ADDRESS',
                details: { query: origin.domain, resolver: 'the authoritative walk', families: origin.ipAddressType, found: dns.outcome.addresses },
            });
        }
        return found;
    },
});

;// CONCATENATED MODULE: ./lib/checks/ports.js

/**
 * C4: every address x port the edge may pick must accept a TCP connection, within the edge's connection
 * attempts; one that answers only after failed attempts is intermittent (PORT_FLAKY), never a pass. An
 * address this machine has no route to is said to be unchecked, never passed nor failed.
 */
const portsCheck = defineCheck({
    id: 'ports',
    family: 'ports',
    needs: ['tcp', 'unavailable'],
    prerequisiteOf: ['tls', 'certificate', 'http'],
    codes: ['PORT_REFUSED', 'PORT_TIMEOUT', 'PORT_UNREACHABLE', 'PORT_FLAKY', 'PROBE_UNAVAILABLE'],
    run({ tcp, unavailable }) {
        const unchecked = unavailable.map(({ address, family }) => ({
            code: 'PROBE_UNAVAILABLE',
            address,
            details: { unchecked: 'address', because: 'no-route', family: `IPv${family}` },
        }));
        return [
            ...unchecked,
            ...tcp.flatMap((t) => {
                const where = { address: t.address, port: t.port };
                // Every attempt made failed, or some did before one answered.
                const failed = t.outcome === 'open' ? t.failures.length : t.failures.length + 1;
                const attempts = `${failed} of ${t.attempts} failed`;
                switch (t.outcome) {
                    case 'open':
                        if (t.failures.length === 0)
                            return [];
                        return [
                            {
                                code: 'PORT_FLAKY',
                                ...where,
                                details: { attempts, failed: t.failures.map((f) => f.errorCode ?? f.outcome), budget: t.budget, timeoutMs: t.timeoutMs },
                            },
                        ];
                    case 'refused':
                        return [{ code: 'PORT_REFUSED', ...where, details: { error: t.errorCode ?? 'ECONNREFUSED', ms: t.ms, attempts } }];
                    case 'timeout':
                        return [{ code: 'PORT_TIMEOUT', ...where, details: { timeoutMs: t.timeoutMs, attempts } }];
                    case 'unreachable':
                        return [{ code: 'PORT_UNREACHABLE', ...where, details: { error: t.errorCode ?? 'unknown', ms: t.ms } }];
                }
            }),
        ];
    },
});

// EXTERNAL MODULE: ./lib/edges/suites.js
var suites = __webpack_require__(4641);
;// CONCATENATED MODULE: ./lib/checks/tls-compatibility.js




function judgeTlsScan(scan, edge) {
    const accepted = scan.versions.filter((v) => acceptedAt(v.edge, v.version)).map((v) => v.version);
    if (accepted.length > 0) {
        return { kind: 'compatible', accepted, weakOnly: accepted.every((v) => edge.deprecatedProtocols.includes(v)) };
    }
    // The edge's suites work once the hello names more curves or signature schemes: a key problem.
    if (scan.versions.some((v) => acceptedAt(v.edgeSuitesWide, v.version)))
        return { kind: 'failed' };
    const cipherOnly = scan.versions.filter((v) => acceptedAt(v.everySuite, v.version));
    const chose = cipherOnly.map((v) => v.everySuite).find((r) => r?.ok);
    if (chose?.ok)
        return { kind: 'no-common-cipher', versions: cipherOnly.map((v) => v.version), originChose: suiteName(chose.cipherSuite) };
    const results = [...scan.versions.flatMap(resultsOf), ...scan.otherVersions];
    if (everyVersionRefused(scan.versions) && results.some(spokeTls)) {
        return { kind: 'no-common-protocol', offered: scan.versions.map((v) => v.version), originSpeaks: originSpeaks(results) };
    }
    return { kind: 'failed' };
}
/** Whether a verdict names the failure more precisely than TLS_HANDSHAKE_FAILED would. */
function explainsFailure(verdict) {
    return verdict.kind === 'no-common-protocol' || verdict.kind === 'no-common-cipher';
}
/** The scan of the same address, port and SNI as a hello, if any. */
function scanFor(scans, hello) {
    return scans?.find((s) => s.address === hello.address && s.port === hello.port && s.sni === hello.sni);
}
/** OpenSSL name when known, else the code point in hex. */
function suiteName(code) {
    return (0,suites/* suiteByCode */.Te)(code)?.openssl ?? (0,names/* hex16 */.LN)(code);
}
/** Versions the origin answered with a ServerHello, whatever was offered: what it speaks. */
function originSpeaks(results) {
    const versions = new Set(results.flatMap((r) => (r.ok ? [r.version] : [])));
    return [...versions].sort(vocabulary/* byProtocolAge */.rq);
}
function resultsOf(v) {
    return [v.edge, v.edgeSuitesWide, v.everySuite].filter((r) => r !== undefined);
}

;// CONCATENATED MODULE: ./lib/checks/tls-handshake.js





/** C2/C3: the handshake the edge would start must reach ServerHelloDone without asking for a client certificate. */
const tlsHandshakeCheck = defineCheck({
    id: 'tls-handshake',
    family: 'tls',
    needs: ['tls', 'tlsDiagnostic', 'tlsScans'],
    prerequisiteOf: ['certificate'],
    codes: ['TLS_HANDSHAKE_FAILED'],
    run({ tls, tlsDiagnostic, tlsScans }, { edge }) {
        return tls.flatMap((chainHello) => {
            const where = { address: chainHello.address, port: chainHello.port, ...(chainHello.sni ? { name: chainHello.sni } : {}) };
            const scan = scanFor(tlsScans, chainHello);
            const verdict = scan ? judgeTlsScan(scan, edge) : undefined;
            // TLS_NO_COMMON_PROTOCOL or TLS_NO_COMMON_CIPHER says it better.
            if (verdict && explainsFailure(verdict))
                return [];
            const hello = scan && verdict?.kind === 'compatible' ? helloUsed(scan, chainHello) : chainHello;
            if (hello.ok && !hello.certificateRequested)
                return [];
            const details = hello.ok
                ? { kind: 'client-certificate-requested' }
                : { ...describeFailure(hello), ...explainRefusal(hello, tlsDiagnostic, edge) };
            return [{ code: 'TLS_HANDSHAKE_FAILED', ...where, details: { ...details, offered: hello.offered, ms: hello.ms } }];
        });
    },
});
/** What the wider diagnostic hello tells about a refusal: a certificate key the edge cannot use, or a wider offer that works. */
function explainRefusal(refused, diagnostics, edge) {
    const diagnostic = diagnostics.find((d) => d.address === refused.address && d.port === refused.port && d.sni === refused.sni);
    if (!diagnostic?.ok)
        return {};
    const leaf = diagnostic.certificates[0];
    const key = leaf ? keyOf(leaf) : undefined;
    if (key && !(0,keys/* keyAccepted */.bT)(key, edge.keyLimits)) {
        return { refusedBecause: 'key-unsupported', key: (0,keys/* keyLabel */.w8)(key), acceptedKeys: (0,keys/* acceptedKeysLabel */.SV)(edge.keyLimits) };
    }
    return { refusedBecause: 'wider-hello-accepted' };
}
/** The hello the edge would complete: the chain version's when accepted, else the first accepted version's. */
function helloUsed(scan, chainHello) {
    if (acceptedAt(chainHello, chainHello.offered))
        return chainHello;
    return scan.versions.find((v) => acceptedAt(v.edge, v.version))?.edge ?? chainHello;
}
function keyOf(der) {
    try {
        return (0,parse/* parseCertificate */.hB)(der).key;
    }
    catch {
        return undefined;
    }
}
function describeFailure(failure) {
    const details = { kind: failure.kind };
    if (failure.alert)
        details['alert'] = failure.alert.name;
    if (failure.received)
        details['received'] = failure.received;
    if (failure.error)
        details['error'] = failure.error;
    return details;
}

;// CONCATENATED MODULE: ./lib/checks/sni.js


/** C1: notes an origin whose certificate depends on SNI (the edge sends SNI; other clients may not). */
const sniCheck = defineCheck({
    id: 'sni',
    family: 'tls',
    needs: ['tls', 'tlsWithoutSni'],
    codes: ['TLS_SNI_REQUIRED'],
    run({ tls, tlsWithoutSni }) {
        return tls.flatMap((withSni) => {
            if (!withSni.ok || withSni.certificates.length === 0)
                return [];
            const withoutSni = tlsWithoutSni.find((t) => t.address === withSni.address && t.port === withSni.port);
            if (!withoutSni)
                return [];
            const leaf = withSni.certificates[0];
            if (withoutSni.ok && withoutSni.certificates[0]?.equals(leaf))
                return [];
            return [
                {
                    code: 'TLS_SNI_REQUIRED',
                    address: withSni.address,
                    port: withSni.port,
                    ...(withSni.sni ? { name: withSni.sni } : {}),
                    details: { withSni: subjectOf(leaf), ...withoutSniFacts(withoutSni) },
                },
            ];
        });
    },
});
/** The certificate served without SNI, or how that hello failed. */
function withoutSniFacts(hello) {
    if (!hello.ok)
        return { withoutSniFailure: hello.kind, ...(hello.alert ? { withoutSniAlert: hello.alert.name } : {}) };
    const leaf = hello.certificates[0];
    return leaf ? { withoutSni: subjectOf(leaf) } : { withoutSniFailure: 'no-certificate' };
}
function subjectOf(der) {
    try {
        return (0,parse/* parseCertificate */.hB)(der).subject;
    }
    catch {
        return `(unparseable, ${der.length} bytes)`;
    }
}

;// CONCATENATED MODULE: ./lib/checks/tls-protocol.js




/** C2: the edge's hello at each allowed version, judged together: no common version, no common suite, or only deprecated versions. */
const tlsProtocolCheck = defineCheck({
    id: 'tls-protocol',
    family: 'tls',
    needs: ['tlsScans'],
    codes: ['TLS_NO_COMMON_PROTOCOL', 'TLS_NO_COMMON_CIPHER', 'TLS_WEAK_PROTOCOL_ONLY'],
    run({ tlsScans }, { edge }) {
        return (tlsScans ?? []).flatMap((scan) => {
            const where = { address: scan.address, port: scan.port, ...(scan.sni ? { name: scan.sni } : {}) };
            const finding = judge(judgeTlsScan(scan, edge), scan, edge);
            return finding ? [{ ...where, ...finding }] : [];
        });
    },
});
function judge(verdict, scan, edge) {
    const note = edge.assumedTargetPolicy ? { assumedTargetPolicy: edge.assumedTargetPolicy } : {};
    switch (verdict.kind) {
        case 'no-common-protocol':
            return { code: 'TLS_NO_COMMON_PROTOCOL', details: { ...describeProtocols(verdict, edge), ...note } };
        case 'no-common-cipher':
            return {
                code: 'TLS_NO_COMMON_CIPHER',
                details: {
                    protocols: verdict.versions,
                    originChose: verdict.originChose,
                    suggested: suggestedSuites(verdict.versions, edge, leafKeyType(scan)),
                    ...note,
                },
            };
        case 'compatible': {
            if (!verdict.weakOnly)
                return undefined;
            const refused = scan.versions.map((v) => v.version).filter((v) => !verdict.accepted.includes(v));
            return { code: 'TLS_WEAK_PROTOCOL_ONLY', details: { protocols: verdict.accepted, refused } };
        }
        case 'failed':
            return undefined;
    }
}
function describeProtocols(verdict, edge) {
    const { offered, originSpeaks } = verdict;
    const edgeOffers = (v) => edge.protocols.includes(v);
    const tls13Only = originSpeaks.length > 0 && originSpeaks.every((v) => v === 'TLSv1.3') && !edgeOffers('TLSv1.3');
    const details = { offered, originProtocols: originSpeaks, highestOffered: offered.at(-1) ?? '', edge: edge.title };
    if (tls13Only)
        return { ...details, tls13Only: true, situation: 'tls13-only' };
    const enableOnEdge = originSpeaks.filter(edgeOffers);
    if (enableOnEdge.length > 0)
        return { ...details, edgeCouldUse: enableOnEdge, situation: 'edge-could-use' };
    return { ...details, situation: originSpeaks.length > 0 ? 'speaks-others' : 'refused-all' };
}
/** The edge's first ECDHE suite at the highest version concerned, for the certificate's key type when known. */
function suggestedSuites(versions, edge, keyType) {
    const version = versions.at(-1);
    const usable = edge.cipherSuites.filter((s) => (0,suites/* suiteVersions */._D)(s).includes(version ?? ''));
    const kinds = keyType === 'rsa' ? ['_ECDHE_RSA_'] : keyType === 'ec' ? ['_ECDHE_ECDSA_'] : ['_ECDHE_RSA_', '_ECDHE_ECDSA_'];
    return kinds.flatMap((kind) => usable.find((s) => s.iana.includes(kind))?.openssl ?? []);
}
/** The key type of the certificate the wide hello read, if it read one. */
function leafKeyType(scan) {
    const leaf = scan.versions.flatMap((v) => (v.everySuite?.ok ? v.everySuite.certificates.slice(0, 1) : []))[0];
    if (!leaf)
        return undefined;
    try {
        return (0,parse/* parseCertificate */.hB)(leaf).key.type;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./lib/checks/http-response.js

/** Which finding each defect of the strict reader is. */
const CODE_OF = {
    'no-response': 'HTTP_NO_RESPONSE',
    'incomplete-body': 'HTTP_NO_RESPONSE',
    'leading-empty-line': 'HTTP_MALFORMED_RESPONSE',
    'status-line': 'HTTP_MALFORMED_RESPONSE',
    'bare-lf': 'HTTP_MALFORMED_RESPONSE',
    'control-character': 'HTTP_MALFORMED_RESPONSE',
    'field-syntax': 'HTTP_MALFORMED_RESPONSE',
    'obs-fold': 'HTTP_MALFORMED_RESPONSE',
    'header-block-too-large': 'HTTP_MALFORMED_RESPONSE',
    'transfer-encoding': 'HTTP_MALFORMED_RESPONSE',
    'empty-line-in-headers': 'HTTP_EXTRA_CRLF_IN_HEADERS',
    'content-length-invalid': 'HTTP_CONTENT_LENGTH_INVALID',
    'content-length-conflict': 'HTTP_CONTENT_LENGTH_INVALID',
    'cl-and-te': 'HTTP_CL_AND_TE',
    'body-exceeds-content-length': 'HTTP_BODY_EXCEEDS_CONTENT_LENGTH',
    'no-framing': 'HTTP_NO_FRAMING',
    'chunk-size': 'HTTP_BAD_CHUNKING',
    'chunk-data-end': 'HTTP_BAD_CHUNKING',
    'chunk-trailer': 'HTTP_BAD_CHUNKING',
    'after-last-chunk': 'HTTP_BAD_CHUNKING',
    'incomplete-chunked': 'HTTP_BAD_CHUNKING',
    'body-unread': 'HTTP_BODY_UNREAD',
};
/**
 * C6: the response must reach the edge whole and strictly framed. Each defect the reader found is a
 * finding with its bytes. A connection or handshake failure already reported by the ports or TLS
 * check is not reported again.
 */
const httpResponseCheck = defineCheck({
    id: 'http-response',
    family: 'http',
    needs: ['http', 'tcp', 'tls'],
    codes: [...new Set([...Object.values(CODE_OF), 'HTTP_CONNECTION_RESET'])],
    run(observations) {
        return (observations.http ?? []).flatMap((exchange) => exchange.defects.filter((d) => !reportedElsewhere(d, exchange, observations)).map((defect) => findingOf(defect, exchange)));
    },
});
/** The defect's facts become the finding's details, with the request; the catalogue words them by `problem`. */
function findingOf(defect, exchange) {
    const { kind, problem, bytes, ...facts } = defect;
    const details = { defect: kind, problem, bytes: bytes ?? '', ...requestOf(exchange) };
    for (const [key, value] of Object.entries(facts))
        if (value !== undefined)
            details[key] = value;
    if (exchange.head && details['status'] === undefined)
        details['status'] = exchange.head.status;
    details['ms'] = exchange.timings.totalMs;
    return { code: codeOf(defect), ...whereOf(exchange), details };
}
/**
 * A reset after part of the response arrived is its own finding, whatever it cut short: the edge has a
 * half response and a dead connection. A reset before any byte stays a response that never came.
 */
function codeOf(defect) {
    if (defect.end === 'reset' && (defect.bytesReceived ?? 0) > 0)
        return 'HTTP_CONNECTION_RESET';
    return CODE_OF[defect.kind];
}
/** Where a finding about this exchange points: the address and port, and the SNI name on HTTPS. */
function whereOf(exchange) {
    return { address: exchange.address, port: exchange.port, ...(exchange.tls ? { name: exchange.host } : {}) };
}
/** The request, as evidence: method, Host and path (header values never: they may be secrets). */
function requestOf(exchange) {
    return { method: exchange.method, host: exchange.host, path: exchange.path, scheme: exchange.tls ? 'https' : 'http' };
}
function reportedElsewhere(defect, exchange, observations) {
    const same = (t) => t.address === exchange.address && t.port === exchange.port;
    if (defect.stage === 'connect')
        return observations.tcp.some((t) => same(t) && t.outcome !== 'open');
    if (defect.stage === 'tls')
        return observations.tls.some((t) => same(t) && !t.ok);
    return false;
}

;// CONCATENATED MODULE: ./lib/checks/http-status.js


/** C6: the health path must answer an expected status; a 5xx the origin sends itself reaches viewers as an error. */
const httpStatusCheck = defineCheck({
    id: 'http-status',
    family: 'http',
    needs: ['http'],
    codes: ['HTTP_BACKEND_5XX', 'HTTP_UNEXPECTED_STATUS'],
    run({ http }, { origin }) {
        const expected = origin.health?.expectStatus ?? [200];
        return (http ?? []).flatMap((exchange) => {
            const status = exchange.head?.status;
            if (status === undefined || expected.includes(status))
                return [];
            const details = { status, expected, ...requestOf(exchange) };
            if (exchange.redirect) {
                details['redirect'] = { ...exchange.redirect };
                details['redirectOutcome'] = outcomeOf(exchange.redirect);
            }
            return [{ code: status >= 500 ? 'HTTP_BACKEND_5XX' : 'HTTP_UNEXPECTED_STATUS', ...whereOf(exchange), details }];
        });
    },
});
/** Where following a redirect to another host ended: the catalogue words each. */
function outcomeOf(redirect) {
    if (!redirect.followed)
        return 'not-followed';
    return 'error' in redirect.followed ? 'follow-failed' : 'followed';
}

;// CONCATENATED MODULE: ./lib/checks/http-keepalive.js



/**
 * C8: the edge reuses an idle origin connection for up to its window (CloudFront keep-alive timeout,
 * ALB/CLB idle timeout); an origin that closes it at or before that time races the edge's next request,
 * which fails with 502. Judged from the close observed while watching, else from `Keep-Alive: timeout=`.
 * Only for clean responses on reusable connections: a response that says `Connection: close` is never reused.
 */
const httpKeepAliveCheck = defineCheck({
    id: 'http-keepalive',
    family: 'http',
    needs: ['http'],
    codes: ['HTTP_KEEPALIVE_TOO_SHORT'],
    run({ http }, { origin, edge }) {
        const edgeMs = keepAliveWindowFor(origin, edge);
        const edgeWindowFrom = origin.timeouts.keepAliveMs === undefined ? 'default' : 'config';
        return (http ?? []).flatMap((exchange) => {
            const idle = exchange.keepAlive;
            if (!idle || exchange.defects.length > 0)
                return [];
            const observed = idle.closedAfterMs !== undefined && idle.closedAfterMs <= edgeMs;
            const announced = idle.announcedTimeoutMs !== undefined && idle.announcedTimeoutMs <= edgeMs;
            if (!observed && !announced)
                return [];
            const closedAfterMs = observed ? (idle.closedAfterMs ?? 0) : (idle.announcedTimeoutMs ?? 0);
            const source = observed ? 'observed' : 'announced';
            const details = { closedAfterMs, edgeMs, source, edgeWindowFrom, edge: edge.name, watchedMs: idle.watchedMs, ...requestOf(exchange) };
            if (idle.announcedTimeoutMs !== undefined)
                Object.assign(details, { announcedTimeoutMs: idle.announcedTimeoutMs, announcedTimeoutS: idle.announcedTimeoutMs / 1000 });
            return [{ code: 'HTTP_KEEPALIVE_TOO_SHORT', ...whereOf(exchange), details }];
        });
    },
});

;// CONCATENATED MODULE: ./lib/checks/registry.js









/** Every check, in report order. A new check is one file and one line here. */
const CHECKS = [
    dnsCheck,
    portsCheck,
    tlsHandshakeCheck,
    tlsProtocolCheck,
    sniCheck,
    certificateCheck,
    httpResponseCheck,
    httpStatusCheck,
    httpKeepAliveCheck,
];

// EXTERNAL MODULE: ./lib/findings/to-finding.js + 1 modules
var to_finding = __webpack_require__(2303);
;// CONCATENATED MODULE: ./lib/engine/run-checks.js


/** The checks that run for these families: theirs, and those that are a prerequisite of one of them. */
function checksFor(families) {
    return CHECKS.filter((check) => families.has(check.family) || check.prerequisiteOf?.some((f) => families.has(f)));
}
/**
 * What the probes must observe for these families: the union of the needs of their own checks. A check
 * that runs only as a prerequisite judges what was observed anyway (a walk made to find the addresses, a
 * connection made for TLS), and never adds a probe of its own.
 */
function needsOf(checks, families) {
    return new Set(checks.filter((check) => families.has(check.family)).flatMap((check) => check.needs));
}
/**
 * Runs each check on its slice of the observations. A check that throws, or says a code it did not
 * declare, is a PROBE_ERROR: a gate must not pass because a check broke.
 */
function runChecks(checks, observations, context) {
    const policy = context.edge.severityPolicy;
    return checks.flatMap((check) => {
        let drafts;
        try {
            drafts = check
                .run(sliceFor(check, observations), context)
                .map((draft) => check.codes.includes(draft.code)
                ? draft
                : { code: 'PROBE_ERROR', details: { step: check.id, error: `undeclared finding code ${draft.code}` } });
        }
        catch (error) {
            drafts = [{ code: 'PROBE_ERROR', details: { step: check.id, error: String(error?.message ?? error) } }];
        }
        return drafts.map((draft) => (0,to_finding/* toFinding */.N)(draft, context.origin.name, check.family, policy));
    });
}
/** Only the observations the check declared: reading another is a type error, and absent at run time. */
function sliceFor(check, observations) {
    const slice = {};
    for (const key of check.needs)
        Object.assign(slice, { [key]: observations[key] });
    return slice;
}

;// CONCATENATED MODULE: ./lib/engine/shard.js

/**
 * Which shard each origin runs in, by name alone, so that adding, removing or editing one origin moves no
 * other between shards (a matrix job keeps its origins from one commit to the next).
 *
 * The rule, exactly:
 * 1. Each origin goes to the shard I (1..N) with the highest score sha256("I/N\0name"), the first 8 bytes read
 *    as an unsigned big-endian integer (rendezvous hashing). Ties cannot occur in practice; the lower I wins.
 * 2. Only when that leaves a shard empty while the origins number at least N: each empty shard, lowest I
 *    first, takes the origin with the highest score for it among shards that hold two or more origins.
 *    With a few origins per shard this step keeps every matrix job busy; it may move origins when the list
 *    changes, which step 1 alone never does. With many origins per shard it never applies in practice
 *    (for 1,000 origins and 4 shards an empty shard has a probability below 10^-120).
 */
function assignShards(names, count) {
    const scores = new Map(names.map((name) => [name, scoresOf(name, count)]));
    const members = Array.from({ length: count }, () => []);
    for (const name of names)
        members[best(scores.get(name))].push(name);
    if (names.length >= count) {
        for (let shard = 0; shard < count; shard++) {
            if (members[shard].length > 0)
                continue;
            let pick;
            members.forEach((list, from) => {
                if (list.length < 2)
                    return;
                for (const name of list) {
                    const s = scores.get(name)[shard];
                    if (!pick || s > pick.score)
                        pick = { name, from, score: s };
                }
            });
            if (!pick)
                break;
            const { name, from } = pick;
            members[from] = members[from].filter((n) => n !== name);
            members[shard].push(name);
        }
    }
    const assigned = new Map();
    members.forEach((list, shard) => list.forEach((name) => assigned.set(name, shard + 1)));
    return assigned;
}
/** The items of one shard, in their given order. */
function selectShard(items, shard) {
    const assigned = assignShards(items.map((i) => i.name), shard.count);
    return items.filter((item) => assigned.get(item.name) === shard.index);
}
/** Step 1 alone: the shard (1-based) an origin's name prefers. */
function preferredShard(name, count) {
    return best(scoresOf(name, count)) + 1;
}
function scoresOf(name, count) {
    return Array.from({ length: count }, (_, i) => score(name, i + 1, count));
}
function score(name, index, count) {
    return (0,external_node_crypto_.createHash)('sha256').update(`${index}/${count}\0${name}`).digest().readBigUInt64BE(0);
}
function best(scores) {
    let top = 0;
    for (let i = 1; i < scores.length; i++)
        if (scores[i] > scores[top])
            top = i;
    return top;
}

;// CONCATENATED MODULE: ./lib/engine/tls-summary.js



/** The report's view of the TLS scans: per target and version, the edge's suites the origin accepts. */
function tlsSummary(observations, edge) {
    return (observations.tlsScans ?? []).map((scan) => {
        const speaks = scan.otherVersions.flatMap((r) => (acceptedAt(r, r.offered) ? [r.offered] : []));
        return {
            address: scan.address,
            port: scan.port,
            ...(scan.sni === undefined ? {} : { name: scan.sni }),
            versions: scan.versions.map((v) => ({
                version: v.version,
                accepted: acceptedAt(v.edge, v.version),
                suites: (v.acceptedSuites ?? []).map(suiteName),
                offered: (0,hello/* clientHelloFor */.b)(edge, v.version).cipherSuites.length,
                ...(v.untestedSuites ? { untested: v.untestedSuites.map(suiteName) } : {}),
                ...(acceptedAt(v.edge, v.version) ? {} : { outcome: tls_summary_outcomeOf(v) }),
            })),
            ...(scan.otherVersions.length > 0 ? { originAlsoSpeaks: speaks } : {}),
            probes: scan.probes,
            ms: scan.ms,
        };
    });
}
/** Why the edge's hello at one version got no ServerHello for it, in a few words. */
function tls_summary_outcomeOf(v) {
    if (acceptedAt(v.edgeSuitesWide, v.version))
        return 'accepted only with curves or signature schemes the edge does not offer';
    if (acceptedAt(v.everySuite, v.version))
        return `version accepted, none of the edge's suites (it picks ${suiteName(v.everySuite.cipherSuite)})`;
    const { edge } = v;
    if (edge.ok)
        return `answered with ${edge.version}`;
    if (edge.kind === 'alert')
        return `refused with alert ${edge.alert?.name ?? 'unknown'}`;
    return edge.kind === 'not-tls' ? 'not TLS' : edge.kind;
}

// EXTERNAL MODULE: ./lib/findings/gate.js
var gate = __webpack_require__(6063);
// EXTERNAL MODULE: ./lib/config/edge-function-config.js
var edge_function_config = __webpack_require__(3041);
// EXTERNAL MODULE: ./lib/engine/run-functions.js + 1 modules
var run_functions = __webpack_require__(473);
;// CONCATENATED MODULE: ./lib/engine/deadline.js

/**
 * The run's deadline when neither `--deadline-ms` nor `run-deadline-ms` sets one: each origin's worst
 * case (its connect and read timeouts on each of its ports, and a slow DNS walk), times the batches the
 * eight origins make, twice over, and never under a minute. A run that needs longer is
 * stuck on something, and reports what it could not finish as unchecked.
 */
function defaultRunDeadlineMs(origins, concurrency, dnsTimeoutMs) {
    const worst = Math.max(0, ...origins.map((origin) => 2 * (origin.timeouts.connectMs + origin.timeouts.readMs) + 16 * dnsTimeoutMs));
    const batches = Math.ceil(origins.length / Math.max(1, concurrency));
    return Math.max(60_000, 2 * worst * batches);
}
function deadline_startDeadline(ms) {
    let passed = false;
    let timer;
    const reached = new Promise((resolve) => {
        timer = setTimeout(() => {
            passed = true;
            resolve('deadline');
        }, ms);
        // The deadline must not keep a finished run alive.
        timer.unref();
    });
    return { ms, reached, passed: () => passed, clear: () => clearTimeout(timer) };
}
/** An origin the run had no time for: unchecked, which fails the gate rather than passing it quietly. */
function uncheckedOrigin(origin, deadlineMs, failOn) {
    const finding = (0,to_finding/* toFinding */.N)({ code: 'PROBE_UNAVAILABLE', details: { unchecked: 'origin', because: 'run-deadline', deadlineMs } }, origin.name, 'dns');
    return {
        name: origin.name,
        domain: origin.domain,
        ...(origin.hostHeaders.length ? { hostHeader: origin.hostHeaders.join(', '), hostHeaders: [...origin.hostHeaders] } : {}),
        edge: origin.edge,
        // Unchecked is not passed; only `fail-on: never` lets it through, as it lets everything through.
        passed: (failOn ?? origin.failOn) === 'never',
        configLine: origin.line,
        durationMs: 0,
        addresses: [],
        checks: [],
        findings: [finding],
    };
}

// EXTERNAL MODULE: ./lib/findings/acceptance.js
var acceptance = __webpack_require__(9011);
;// CONCATENATED MODULE: ./lib/engine/run.js























/**
 * Sockets in flight at once across the whole run (connects, hellos, exchanges until their response; idle
 * watches hold none). Enough for a thousand origins to overlap, so that no origin waits on another's
 * timeout; each probe's deadline starts when its socket does, so time spent waiting here never counts.
 */
const SOCKET_BUDGET = 512;
/**
 * Of those, the most that work off the critical path (the suite enumeration's hellos) may hold: enough
 * to finish a thousand origins' enumerations within the keep-alive watches that run meanwhile.
 */
const OFF_PATH_SOCKETS = 384;
/** DNS queries in flight at once across the whole run. */
const DNS_CONCURRENCY = 512;
/** The engine: config in, report out. Knows nothing of GitHub or terminals. */
async function runPreflight(config, options = {}) {
    const started = performance.now();
    const startedAt = new Date();
    const now = options.now ?? startedAt;
    const origins = selectOrigins(config.origins, options);
    const trust = (0,cert_trust/* loadTrustStore */.Kl)(config.overrides.trustRoots);
    // DNS questions waiting for a place start origins' critical paths: enumeration hellos wait until none do.
    const sockets = createLimiter(SOCKET_BUDGET, { othersMax: OFF_PATH_SOCKETS, holdOthers: () => dnsLimit.queued() > 0 });
    const dnsLimit = createLimiter(DNS_CONCURRENCY, { onRelease: () => dnsLimit.queued() === 0 && sockets.wake() });
    const cache = new ProbeCache(sockets);
    const { dnsRoots, dnsPort, dnsTimeoutMs } = config.overrides;
    const resolver = options.resolver ?? new DnsWalker({ roots: dnsRoots, port: dnsPort, timeoutMs: dnsTimeoutMs, limit: dnsLimit, origins: origins.length });
    const accept = config.accept ?? [];
    const used = new Set();
    const staticFindings = config.staticFindings ?? [];
    let done = 0;
    // The default deadline reckons in batches of 8 origins, however many run at once: a generous bound.
    const derived = () => defaultRunDeadlineMs(origins, 8, dnsTimeoutMs ?? DEFAULT_DNS_TIMEOUT_MS);
    const deadline = deadline_startDeadline(options.deadlineMs ?? config.runDeadlineMs ?? derived());
    // Beside the origin probes, not after them: a function's run is bounded by its own budget.
    const functionRun = functionsToRun(config, options)
        ? runFunctions(config, options, { entries: accept, now, used })
        : Promise.resolve(undefined);
    // Every origin starts at once: the socket budget, the per-address limit and the DNS budget pace them.
    const originRun = mapLimited(origins, options.concurrency ?? Math.max(1, origins.length), async (origin, _index, away) => {
        const context = { trust, cache, resolver, now, only: options.only, failOn: options.failOn, accept, used, away, staticFindings };
        // What the deadline cut short is unchecked, never passed; probes still in flight end on their own timeouts.
        const report = deadline.passed()
            ? uncheckedOrigin(origin, deadline.ms, options.failOn)
            : await Promise.race([
                checkOrigin(origin, context),
                deadline.reached.then(() => uncheckedOrigin(origin, deadline.ms, options.failOn)),
            ]);
        options.onProgress?.({ done: ++done, total: origins.length, origin: origin.name });
        return report;
    });
    // Connections the bare connects left open and nobody claimed (or that a probe the deadline cut short
    // leaves later) must not outlive the run: the CLI would linger until they time out.
    const [reports, functions] = await Promise.all([originRun, functionRun]).finally(() => {
        deadline.clear();
        cache.spares.clear();
    });
    // Findings about a source file as a whole belong to no origin: the first shard (or an unselective run) reports them.
    if (!options.origins?.length && (options.shard?.index ?? 1) === 1)
        reports.push(...(0,static_findings/* fileReports */._h)(staticFindings, options.failOn ?? 'error'));
    // Whether an entry matched nothing is only known in a run of every origin and every check, unselected;
    // a shard that ran all of its slice says what it left unused, and the merge decides.
    const wholeSlice = !options.origins?.some(Boolean) && options.only === undefined;
    const complete = wholeSlice && options.shard === undefined;
    const configFindings = (0,acceptance/* acceptanceFindings */.q8)(accept, used, { now, complete });
    const unusedAccept = (0,acceptance/* acceptanceFindings */.q8)(accept, used, { now, complete: true }).filter((f) => f.code === 'ACCEPTANCE_UNUSED');
    const configFails = configFindings.some((finding) => (0,gate/* fails */.c)([finding], options.failOn ?? strictestFailOn(finding, config.origins)));
    const judged = [...reports, ...(functions ?? [])];
    const counted = [...judged.flatMap((r) => r.findings), ...configFindings].filter((f) => f.accepted === undefined);
    return {
        version: 1,
        tool: { name: 'origin-preflight', version: version/* TOOL_VERSION */.w },
        startedAt: startedAt.toISOString(),
        durationMs: Math.round(performance.now() - started),
        passed: judged.every((r) => r.passed) && !configFails,
        ...(options.failOn ? { failOn: options.failOn } : {}),
        config: displayPath(config.file),
        configDigest: config.digest,
        ...(options.shard ? { shard: { ...options.shard, ...(wholeSlice ? { unusedAccept } : {}) } } : {}),
        overrides: describeOverrides(config),
        summary: {
            origins: reports.length,
            ...(functions ? { functions: functions.length } : {}),
            failed: judged.filter((r) => !r.passed).length,
            errors: counted.filter((f) => f.severity === 'error').length,
            warnings: counted.filter((f) => f.severity === 'warning').length,
            notices: counted.filter((f) => f.severity === 'notice').length,
            accepted: judged.reduce((sum, r) => sum + r.findings.filter((f) => f.accepted !== undefined).length, 0),
        },
        origins: reports,
        configFindings,
        ...(functions ? { functions } : {}),
    };
}
/** A finding about a config entry is judged at the strictest `fail-on` of the origins its pattern names (any origin when it names none). */
function strictestFailOn(finding, origins) {
    const named = origins.filter((origin) => (0,acceptance/* matchesOriginPattern */.QQ)(finding.origin, origin.name));
    const levels = (named.length > 0 ? named : origins).map((origin) => origin.failOn);
    return ['warning', 'error', 'never'].find((level) => levels.includes(level)) ?? 'error';
}
/**
 * Edge functions run with the whole config: not when `--origin` or `--only` narrow the run to some
 * origins or families (they ask about those), and in shard 1 only, so a merged report has each once.
 */
function functionsToRun(config, options) {
    if (!config.edgeFunctions?.length)
        return false;
    if (options.origins?.some(Boolean) || options.only)
        return false;
    return !options.shard || options.shard.index === 1;
}
async function runFunctions(config, options, acceptance) {
    const root = (0,edge_function_config/* repositoryRoot */.H)(config.file);
    const reports = await (0,run_functions/* checkFunctions */.C)(config.edgeFunctions ?? [], options.failOn ?? 'error', options.edgeFunctions, acceptance);
    // Findings about the declaration point at the config: named from the repository root, like the code's file.
    const configFile = (0,external_node_path_.relative)(root, config.file).split(external_node_path_.sep).join('/');
    for (const report of reports) {
        for (const finding of report.findings)
            if (finding.file !== undefined && finding.file !== report.file && (0,external_node_path_.resolve)(finding.file) === config.file)
                finding.file = configFile;
    }
    return reports;
}
async function checkOrigin(origin, run) {
    const started = performance.now();
    const edge = (0,edges/* edgeProfile */.f)(origin.edge);
    const families = (0,plan/* familiesFor */.qy)(origin, run.only);
    const checks = checksFor(families);
    // Nothing to judge (every family skipped, or left unknown by the source): nothing to probe either.
    const observations = families.size === 0
        ? emptyObservations()
        : await observeOrigin(origin, edge, needsOf(checks, families), {
            resolver: run.resolver,
            cache: run.cache,
            ...(run.away ? { away: run.away } : {}),
        });
    const context = { origin, edge, trust: run.trust, now: run.now };
    const judged = [...(0,static_findings/* staticFindingsOf */.Ax)(origin, run.staticFindings), ...runChecks(checks, observations, context)];
    const findings = (0,acceptance/* applyAcceptances */.Rm)(judged, run.accept, run.now, run.used);
    findings.sort(severity/* bySeverity */.Np);
    const certificate = families.has('certificate')
        ? certificateSummary({ tls: [...observations.tls, ...observations.tlsDiagnostic] }, run.now)
        : undefined;
    const report = {
        name: origin.name,
        domain: origin.domain,
        ...(origin.hostHeaders.length ? { hostHeader: origin.hostHeaders.join(', '), hostHeaders: [...origin.hostHeaders] } : {}),
        edge: origin.edge,
        passed: !(0,gate/* fails */.c)(findings, run.failOn ?? origin.failOn),
        configLine: origin.line,
        ...(origin.declaredIn ? { declaredIn: { ...origin.declaredIn } } : {}),
        durationMs: Math.round(performance.now() - started),
        addresses: [...observations.addresses, ...observations.unavailable].map((a) => a.address),
        checks: checksRun(families, origin, observations.dns !== undefined),
        findings,
    };
    // The limits it was judged against travel with it: the expiry calendar draws them.
    if (certificate)
        report.certificate = { ...certificate, warnDays: origin.certificate.warnDays, failDays: origin.certificate.failDays };
    if (families.has('tls') && observations.tlsScans.length)
        report.tls = tlsSummary(observations, edge);
    if (observations.dns)
        report.dns = observations.dns;
    return report;
}
/** The families that judged something: those with a check, less DNS where nothing walked and the config pins the addresses. */
function checksRun(families, origin, walked) {
    return [...families].filter((f) => checksFor(new Set([f])).some((c) => c.family === f) && !(f === 'dns' && origin.addresses && !walked));
}
function selectOrigins(origins, options) {
    const wanted = options.origins?.filter(Boolean) ?? [];
    const unknown = wanted.filter((name) => !origins.some((o) => o.name === name));
    if (unknown.length > 0)
        throw new errors/* UsageError */.eb(`no origin named ${unknown.join(', ')} in the config (known: ${origins.map((o) => o.name).join(', ')})`);
    const selected = wanted.length > 0 ? origins.filter((o) => wanted.includes(o.name)) : origins;
    return options.shard ? selectShard(selected, options.shard) : selected;
}
function describeOverrides(config) {
    const { trustRoots, dnsRoots, dnsPort } = config.overrides;
    const lines = trustRoots.map((file) => `trust-roots: ${displayPath(file)}`);
    if (dnsRoots?.length)
        lines.push(`dns-roots: ${dnsRoots.join(', ')}`);
    if (dnsPort !== undefined)
        lines.push(`dns-port: ${dnsPort}`);
    if (config.overrides.dnsTimeoutMs !== undefined)
        lines.push(`dns-timeout-ms: ${config.overrides.dnsTimeoutMs}`);
    return lines;
}
/** Relative to the working directory when below it (as users typed it), absolute otherwise. */
function displayPath(file) {
    const rel = (0,external_node_path_.relative)(process.cwd(), file);
    return rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel : file;
}


/***/ }),

/***/ 1365:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ax: () => (/* binding */ staticFindingsOf),
/* harmony export */   _h: () => (/* binding */ fileReports),
/* harmony export */   c9: () => (/* binding */ staticFinding)
/* harmony export */ });
/* harmony import */ var _findings_gate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6063);
/* harmony import */ var _findings_severity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4079);
/* harmony import */ var _findings_to_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2303);
/**
 * Findings made by reading the sources, without a network: those about an origin join its report; those
 * about a file (one that does not parse, a behaviour targeting no origin) make an entry of their own,
 * named after the file, so they count in the verdict like any other.
 */



function staticFinding(found, origin) {
    const draft = {
        code: found.code,
        ...(found.severity ? { severity: found.severity } : {}),
        details: { ...found.details, file: found.file, line: found.line },
    };
    return { ...(0,_findings_to_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .toFinding */ .N)(draft, origin, 'source'), location: { file: found.file, line: found.line } };
}
/** The static findings about this origin, as reported findings. */
function staticFindingsOf(origin, all) {
    return all.filter((f) => f.origin === origin.name).map((f) => staticFinding(f, origin.name));
}
/** One entry per source file with findings about no origin in particular. */
function fileReports(all, failOn) {
    const byFile = new Map();
    for (const f of all)
        if (f.origin === undefined)
            byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
    return [...byFile].map(([file, found]) => {
        const findings = found.map((f) => staticFinding(f, file)).sort(_findings_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .bySeverity */ .Np);
        const line = Math.min(...found.map((f) => f.line));
        return {
            name: file,
            domain: '',
            edge: 'cloudfront',
            passed: !(0,_findings_gate_js__WEBPACK_IMPORTED_MODULE_2__/* .fails */ .c)(findings, failOn),
            configLine: 1,
            declaredIn: { file, line },
            durationMs: 0,
            addresses: [],
            checks: [],
            findings,
        };
    });
}


/***/ }),

/***/ 5527:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fd: () => (/* binding */ dsMatches),
/* harmony export */   ld: () => (/* binding */ dsFor)
/* harmony export */ });
/* unused harmony exports dnskeyRdata, keyTag */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1947);


/** DNSKEY arithmetic of RFC 4034: key tags (appendix B) and DS digests (section 5.1.4). */
const DIGESTS = { 1: 'sha1', 2: 'sha256', 4: 'sha384' };
/** The DNSKEY RDATA (flags, protocol, algorithm, key) from its presentation `flags 3 alg base64`. */
function dnskeyRdata(presentation) {
    const [flags = '0', protocol = '3', algorithm = '0', ...key] = presentation.trim().split(/\s+/);
    const head = Buffer.alloc(4);
    head.writeUInt16BE(Number(flags));
    head.writeUInt8(Number(protocol), 2);
    head.writeUInt8(Number(algorithm), 3);
    return Buffer.concat([head, Buffer.from(key.join(''), 'base64')]);
}
function keyTag(rdata) {
    let sum = 0;
    for (let i = 0; i < rdata.length; i++)
        sum += i & 1 ? rdata[i] : rdata[i] << 8;
    sum += (sum >> 16) & 0xffff;
    return sum & 0xffff;
}
/** The owner name in canonical wire form: lower case labels, each after its length. */
function wireName(name) {
    const canonical = (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalName */ .Ew)(name);
    const labels = canonical === '.' ? [] : canonical.split('.');
    return Buffer.concat([...labels.map((l) => Buffer.concat([Buffer.from([Buffer.byteLength(l)]), Buffer.from(l)])), Buffer.from([0])]);
}
/** The DS a parent publishes for this DNSKEY of `zone`: `tag alg digestType HEX`, or undefined for an unknown digest. */
function dsFor(zone, dnskey, digestType = 2) {
    const algorithm = DIGESTS[digestType];
    if (!algorithm)
        return undefined;
    const rdata = dnskeyRdata(dnskey);
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm)
        .update(Buffer.concat([wireName(zone), rdata]))
        .digest('hex')
        .toUpperCase();
    return `${keyTag(rdata)} ${rdata[3]} ${digestType} ${digest}`;
}
/** Whether a DS record (`tag alg digestType HEX`) names this DNSKEY of `zone`. */
function dsMatches(zone, ds, dnskey) {
    const [, , digestType] = ds.split(' ');
    const expected = dsFor(zone, dnskey, Number(digestType));
    return expected !== undefined && expected === ds.toUpperCase().split(' ').join(' ');
}


/***/ }),

/***/ 1947:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ew: () => (/* binding */ canonicalName),
/* harmony export */   Yw: () => (/* binding */ isBelow),
/* harmony export */   a5: () => (/* binding */ isAtOrBelow),
/* harmony export */   xx: () => (/* binding */ nextLabelBelow)
/* harmony export */ });
/* unused harmony export absolute */
/** Domain names as the walk compares them: lower case, no trailing dot, the root as '.'. */
function canonicalName(name) {
    const trimmed = name.trim().toLowerCase().replace(/\.+$/, '');
    return trimmed === '' ? '.' : trimmed;
}
/** True when `name` is `zone` or lies below it. */
function isAtOrBelow(name, zone) {
    return zone === '.' || name === zone || name.endsWith(`.${zone}`);
}
function isBelow(name, zone) {
    return name !== zone && isAtOrBelow(name, zone);
}
/** The ancestor of `name` one label below `zone` (which must enclose it). */
function nextLabelBelow(zone, name) {
    const labels = name.split('.');
    const depth = zone === '.' ? 0 : zone.split('.').length;
    return labels.slice(labels.length - depth - 1).join('.');
}
/** The name with a trailing dot, as zone files and people write it. */
function absolute(name) {
    return name === '.' ? '.' : `${name}.`;
}


/***/ }),

/***/ 4357:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LN: () => (/* binding */ hex16),
/* harmony export */   Q6: () => (/* binding */ alertName),
/* harmony export */   UL: () => (/* binding */ wireVersion),
/* harmony export */   sh: () => (/* binding */ versionName)
/* harmony export */ });
/** Wire values of protocol versions (RFC 6101, 2246, 4346, 5246, 8446). */
const WIRE_VERSIONS = {
    SSLv3: 0x0300,
    TLSv1: 0x0301,
    'TLSv1.1': 0x0302,
    'TLSv1.2': 0x0303,
    'TLSv1.3': 0x0304,
};
function wireVersion(version) {
    return WIRE_VERSIONS[version];
}
/** `TLSv1.2` for 0x0303; an unknown value as hex (`0x7f1c`) so it still reads in a report. */
function versionName(wire) {
    for (const [name, value] of Object.entries(WIRE_VERSIONS)) {
        if (value === wire)
            return name;
    }
    return hex16(wire);
}
/** Alert descriptions: RFC 8446 section 6 and RFC 5246 section 7.2, plus RFC 6066's additions. */
const ALERTS = {
    0: 'close_notify',
    10: 'unexpected_message',
    20: 'bad_record_mac',
    21: 'decryption_failed',
    22: 'record_overflow',
    30: 'decompression_failure',
    40: 'handshake_failure',
    41: 'no_certificate',
    42: 'bad_certificate',
    43: 'unsupported_certificate',
    44: 'certificate_revoked',
    45: 'certificate_expired',
    46: 'certificate_unknown',
    47: 'illegal_parameter',
    48: 'unknown_ca',
    49: 'access_denied',
    50: 'decode_error',
    51: 'decrypt_error',
    60: 'export_restriction',
    70: 'protocol_version',
    71: 'insufficient_security',
    80: 'internal_error',
    86: 'inappropriate_fallback',
    90: 'user_canceled',
    100: 'no_renegotiation',
    109: 'missing_extension',
    110: 'unsupported_extension',
    111: 'certificate_unobtainable',
    112: 'unrecognized_name',
    113: 'bad_certificate_status_response',
    114: 'bad_certificate_hash_value',
    115: 'unknown_psk_identity',
    116: 'certificate_required',
    120: 'no_application_protocol',
};
function alertName(description) {
    return ALERTS[description] ?? `unknown_alert_${description}`;
}
function hex16(value) {
    return `0x${value.toString(16).padStart(4, '0')}`;
}


/***/ }),

/***/ 1016:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NX: () => (/* binding */ u16),
/* harmony export */   Pn: () => (/* binding */ vector16),
/* harmony export */   W2: () => (/* binding */ vector24),
/* harmony export */   Y8: () => (/* binding */ vector8),
/* harmony export */   bs: () => (/* binding */ Cursor),
/* harmony export */   mj: () => (/* binding */ u24)
/* harmony export */ });
/** Encoding and bounds-checked decoding of TLS wire vectors (RFC 8446 section 3), shared by every TLS message. */
function u16(value) {
    const out = Buffer.alloc(2);
    out.writeUInt16BE(value);
    return out;
}
function u24(value) {
    return Buffer.from([(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff]);
}
function vector8(data) {
    return Buffer.concat([Buffer.from([data.length]), data]);
}
function vector16(data) {
    return Buffer.concat([u16(data.length), data]);
}
function vector24(data) {
    return Buffer.concat([u24(data.length), data]);
}
/** Bounds-checked reading: any overrun sets `failed` and yields undefined from then on. */
class Cursor {
    data;
    at = 0;
    failed = false;
    constructor(data) {
        this.data = data;
    }
    get atEnd() {
        return this.at >= this.data.length;
    }
    u8() {
        return this.bytes(1)?.[0];
    }
    u16() {
        return this.bytes(2)?.readUInt16BE(0);
    }
    bytes(length) {
        if (this.failed || length === undefined || this.at + length > this.data.length) {
            this.failed = true;
            return undefined;
        }
        const out = this.data.subarray(this.at, this.at + length);
        this.at += length;
        return out;
    }
    vector8() {
        return this.bytes(this.u8());
    }
    vector16() {
        return this.bytes(this.u16());
    }
    vector24() {
        const header = this.bytes(3);
        return header === undefined ? undefined : this.bytes(header.readUIntBE(0, 3));
    }
}


/***/ })

};
