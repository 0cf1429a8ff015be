export const id = 826;
export const ids = [826];
export const modules = {

/***/ 7826:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderValidation: () => (/* binding */ renderValidation)
/* harmony export */ });
/* harmony import */ var _engine_static_findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1365);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9539);
/* harmony import */ var _report_mask_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9672);
/* harmony import */ var _engine_plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8479);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8944);
/**
 * `validate`: what the config and its sources say, without a network: one line per origin, declared in
 * the config or read from a source (where it is declared, and how the edge will reach it), and every
 * finding made by reading the sources.
 */





function renderValidation(config, configPath) {
    const discovered = config.origins.filter((o) => o.declaredIn);
    const statics = config.staticFindings ?? [];
    const count = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const read = discovered.length || statics.length
        ? ` (${discovered.length} read from sources, ${count(statics.length, 'finding')} from reading them)`
        : '';
    const lines = [`${configPath}: valid, ${count(config.origins.length, 'origin')}${read}`];
    for (const origin of config.origins)
        lines.push(`  ${originLine(origin, configPath)}`);
    for (const found of statics) {
        const finding = (0,_engine_static_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .staticFinding */ .c9)(found, found.origin ?? found.file);
        lines.push(`  ${finding.severity} ${finding.code} ${found.file}:${found.line} ${finding.message}`);
    }
    return `${lines.map((line) => (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeControl */ .hN)((0,_report_mask_js__WEBPACK_IMPORTED_MODULE_1__/* .maskSecrets */ .Q)(line, config.secrets))).join('\n')}\n`;
}
function originLine(origin, configPath) {
    const where = origin.declaredIn ? `${origin.declaredIn.file}:${origin.declaredIn.line}` : `${configPath}:${origin.line}`;
    const unchecked = origin.unchecked ?? [];
    const blocked = unchecked.length === _vocabulary_js__WEBPACK_IMPORTED_MODULE_3__/* .CHECK_FAMILIES */ .iY.length ? 'not probed' : unchecked.length ? `unchecked ${unchecked.join(',')}` : '';
    const ports = (0,_engine_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .portsFor */ .Ui)(origin)
        .map((p) => `${p.port}/${p.tls ? 'https' : 'http'}`)
        .join(',');
    const fields = [
        origin.name,
        origin.domain,
        `ports ${ports}`,
        origin.protocolPolicy,
        origin.sslProtocols.join(','),
        `hosts ${(origin.hostHeaders.length ? origin.hostHeaders : [origin.domain]).join(',')}`,
        where,
        blocked,
    ];
    return fields.filter((f) => f !== '').join('  ');
}


/***/ }),

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
