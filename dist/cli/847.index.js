export const id = 847;
export const ids = [847];
export const modules = {

/***/ 4847:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sarifPlaces: () => (/* binding */ sarifPlaces)
/* harmony export */ });
/* unused harmony exports findingPlace, findingLine, placeLocator, lineLocator */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);

/**
 * Where a finding is about: a static finding at its own line of its source; else the line of the field it
 * concerns (the port that refused, the name the certificate fails to cover, the health path an HTTP
 * defect answered, the edge whose keep-alive window is outlived, the domain whose DNS is broken), in the
 * config where the origin's entry sets it, in the source where the source declares it; else where the
 * origin is declared: its source line, or its config line.
 */
function findingPlace(finding, origin) {
    if (finding.location)
        return { ...finding.location };
    const fieldPlace = (key) => {
        const own = origin.fieldLines[key];
        if (own !== undefined)
            return { line: own };
        const declared = origin.sourceLines?.[key];
        return declared !== undefined && origin.declaredIn ? { file: origin.declaredIn.file, line: declared } : undefined;
    };
    const originPlace = origin.declaredIn ? { ...origin.declaredIn } : { line: origin.line };
    return fieldPlaceOf(finding, origin, fieldPlace) ?? originPlace;
}
function fieldPlaceOf(finding, origin, fieldPlace) {
    if (finding.code.startsWith('PORT_')) {
        const portField = finding.port === origin.httpsPort ? 'https-port' : finding.port === origin.httpPort ? 'http-port' : undefined;
        return portField ? fieldPlace(portField) : undefined;
    }
    if (finding.code === 'CERT_NAME_MISMATCH') {
        const aboutHostHeader = finding.name !== undefined && finding.name !== origin.domain && origin.hostHeaders.includes(finding.name);
        return aboutHostHeader ? (fieldPlace('host-header') ?? fieldPlace('domain')) : (fieldPlace('domain') ?? fieldPlace('host-header'));
    }
    if (finding.code.startsWith('HTTP_'))
        return httpFieldPlace(finding, fieldPlace);
    // DNS findings are about the name the edge resolves.
    if (finding.code.startsWith('DNS_'))
        return fieldPlace('domain');
    return undefined;
}
/** An unexpected status points at expect-status, short keep-alive at the edge's window, the rest at the health path. */
function httpFieldPlace(finding, fieldPlace) {
    const healthPlace = fieldPlace('health.path') ?? fieldPlace('health');
    if (finding.code === 'HTTP_UNEXPECTED_STATUS')
        return fieldPlace('health.expect-status') ?? healthPlace;
    if (finding.code === 'HTTP_KEEPALIVE_TOO_SHORT')
        return fieldPlace('timeouts.keep-alive-ms') ?? fieldPlace('edge');
    return healthPlace;
}
/** The config line of a finding (for a finding placed in a source file: the origin's config line). */
function findingLine(finding, origin) {
    const place = findingPlace(finding, origin);
    return place.file === undefined ? place.line : origin.line;
}
/** `findingPlace` over a whole config; a finding whose origin the config lacks points at its report's place. */
function placeLocator(origins) {
    const byName = new Map(origins.map((origin) => [origin.name, origin]));
    return (finding, originReport) => {
        const origin = byName.get(finding.origin) ?? byName.get(originReport.name);
        if (origin)
            return findingPlace(finding, origin);
        if (finding.location)
            return { ...finding.location };
        return originReport.declaredIn ? { ...originReport.declaredIn } : { line: originReport.configLine };
    };
}
/** The config line only, for callers that know no other file. */
function lineLocator(origins) {
    const byName = new Map(origins.map((origin) => [origin.name, origin]));
    return (finding, originReport) => {
        const origin = byName.get(finding.origin) ?? byName.get(originReport.name);
        return origin ? findingLine(finding, origin) : originReport.configLine;
    };
}
/**
 * Where each finding points, as a path relative to the repository root: the config, or the source file
 * (whose paths are relative to `sourceRoot`, the config's repository root).
 */
function sarifPlaces(origins, configFile, repoRoot, sourceRoot = repoRoot) {
    const configPath = relativePath(configFile, repoRoot);
    const locate = placeLocator(origins);
    return (finding, originReport) => {
        const place = locate(finding, originReport);
        return { uri: place.file === undefined ? configPath : relativePath(node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(sourceRoot, place.file), repoRoot), line: place.line };
    };
}
/** `file` relative to `root`, forward slashes (what SARIF and annotations want). */
function relativePath(file, root) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.relative(root, node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(root, file)).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
}


/***/ })

};
